// Main-text extraction: Readability picks the article container, markup rules (boilerplate.ts) and text
// rules (blockFilter.ts) remove the furniture it keeps. See extractWithTuning for the passes.

import { Readability } from '@mozilla/readability';
import { InputError } from '../../pipeline/errors.ts';
import { filterBlocks } from './blockFilter.ts';
import { BOILER_MARK, preClean, protectEmbeddedPosts } from './boilerplate.ts';
import { parseHtmlDocument } from './dom.ts';
import { extractMetadata, type PageMetadata } from './metadata.ts';
import { limitDepth, normalizeSpace, toBlocks, type TextBlock } from './text.ts';

export interface HtmlArticle extends PageMetadata {
  /** main text blocks in order (paragraphs, list items, subheads, blockquotes), whitespace-normalised */
  paragraphs: string[];
}

/** Switches for measuring each pass; the defaults are what extractHtmlArticle uses. */
export interface ExtractTuning {
  /** drop boilerplate elements before Readability (else only mark them and skip them afterwards) */
  removeBeforeReadability?: boolean;
  /** also run Readability on the uncleaned page and prefer it when cleaning misled the container choice */
  crossCheck?: boolean;
  /** block-filter rules to switch off (see BlockRule in blockFilter.ts) */
  disabledRules?: ReadonlySet<string>;
}

/** Real pages nest 15-50 elements deep; far deeper is broken markup that would stall Readability. */
const MAX_DEPTH = 80;

const charLen = (blocks: TextBlock[]) => blocks.reduce((n, b) => n + b.text.length, 0);

interface PassResult {
  /** Readability's container, cut into blocks and filtered */
  blocks: TextBlock[];
  /** the densest cluster of sibling paragraphs, as blocks: the fallback when Readability loses the body */
  cluster: TextBlock[];
  clusterChars: number;
}

/**
 * Readability over `doc` (mutated). Boilerplate is removed (mode 'remove') or only marked (mode 'mark':
 * Readability then sees the page as published and picks the container it would pick alone).
 */
function readabilityPass(doc: Document, mode: 'remove' | 'mark', tuning: ExtractTuning): PassResult {
  const skip = (e: Element) => e.hasAttribute(BOILER_MARK);
  if (doc.documentElement) limitDepth(doc.documentElement, MAX_DEPTH);
  protectEmbeddedPosts(doc);
  const report = preClean(doc, mode === 'mark');
  // read the cluster now: Readability moves and rewrites nodes
  const cluster = report.cluster ? filterBlocks(toBlocks(report.cluster, skip), tuning.disabledRules) : [];
  let content: Element | null | undefined;
  try {
    content = new Readability<Element>(doc, { serializer: (n) => n as Element, keepClasses: true }).parse()?.content;
  } catch {
    content = null; // Readability throws on some odd DOMs; treat as "found nothing"
  }
  const blocks = content ? filterBlocks(toBlocks(content, skip), tuning.disabledRules) : [];
  return { blocks, cluster, clusterChars: report.clusterChars };
}

function parse(html: string): Document {
  try {
    return parseHtmlDocument(html);
  } catch (err) {
    throw new InputError('parse', `HTML could not be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const key = (s: string) => normalizeSpace(s).toLowerCase().replace(/^by\s+/, '');

/** The headline and byline often sit inside the extracted container; they belong in metadata, not the body. */
function dropMetadataEcho(blocks: TextBlock[], meta: PageMetadata): string[] {
  const title = meta.title ? key(meta.title) : null;
  const byline = meta.byline ? key(meta.byline) : null;
  let start = 0;
  // a leading <h1> is the headline even when it is worded differently from og:title
  while (start < blocks.length && start < 3 && (key(blocks[start].text) === title || blocks[start].el.tagName.toUpperCase() === 'H1')) start++;
  return blocks
    .slice(start)
    .map((b) => b.text)
    .filter((t) => !byline || key(t) !== byline);
}

export function extractWithTuning(html: string, opts: { url?: string } = {}, tuning: ExtractTuning = {}): HtmlArticle {
  const { removeBeforeReadability = true, crossCheck = true } = tuning;
  if (!/\S/.test(html)) throw new InputError('no-content', 'empty HTML');
  const doc = parse(html);
  const meta = extractMetadata(doc, opts.url);
  const first = readabilityPass(doc, removeBeforeReadability ? 'remove' : 'mark', tuning);
  let blocks = first.blocks;
  const a = charLen(blocks);
  // Removing furniture can mislead Readability: stripped teaser headers make a list of teasers look like
  // article paragraphs, or a guard fails and the body goes. When the result is far from the size of the
  // page's main paragraph cluster, compare with Readability's own pick on the page as published.
  if (removeBeforeReadability && crossCheck && (a < 0.6 * first.clusterChars || a > 1.6 * first.clusterChars + 500)) {
    const plain = readabilityPass(parse(html), 'mark', tuning).blocks;
    const b = charLen(plain);
    if (b > 0 && (a > 1.25 * b || a < 0.5 * b)) blocks = plain;
  }
  // last resort: what Readability kept is far smaller than the page's own paragraph cluster
  if (charLen(blocks) < 0.5 * charLen(first.cluster)) blocks = first.cluster;
  const paragraphs = dropMetadataEcho(blocks, meta);
  if (!paragraphs.length) throw new InputError('no-content', 'no main text found in the HTML');
  return { paragraphs, ...meta };
}

/**
 * The article in an HTML page: its text blocks in reading order, without navigation, share bars, related
 * links, comments, captions or ads, plus headline, byline, site, language, canonical URL and description.
 * Throws InputError('no-content') when the page holds no article text.
 */
export function extractHtmlArticle(html: string, opts: { url?: string } = {}): HtmlArticle {
  return extractWithTuning(html, opts);
}
