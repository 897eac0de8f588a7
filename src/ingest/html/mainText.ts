import { Readability } from '@mozilla/readability';
import { InputError } from '../../pipeline/errors.ts';
import { parseHtmlDocument } from './dom.ts';
import { toBlocks } from './text.ts';
import { filterBlocks, boilerplateReason } from './blockFilter.ts';
import { preClean, protectEmbeddedPosts } from './boilerplate.ts';

export interface HtmlArticle {
  paragraphs: string[];
  title?: string;
  byline?: string;
  siteName?: string;
  language?: string;
  canonicalUrl?: string;
  excerpt?: string;
}

export function extractHtmlArticle(html: string, opts: { url?: string } = {}): HtmlArticle {
  const doc = parseHtmlDocument(html);
  if (process.env.NG_EMB) protectEmbeddedPosts(doc);
  if (process.env.NG_PRE) preClean(doc, undefined, process.env.NG_PRE === 'mark');
  const r = new Readability<Element>(doc, { serializer: (n) => n as Element, keepClasses: true }).parse();
  const el = r?.content;
  if (!el) throw new InputError('no-content', 'no main text found');
  let blocks = toBlocks(el, (e) => e.getAttribute('data-ng-boiler') === '1');
  if (process.env.NG_DEBUG) for (const b of blocks) { const w = boilerplateReason(b); if (w) console.error('DROP', w, b.text.slice(0, 100)); }
  if (process.env.NG_BF !== undefined) blocks = filterBlocks(blocks, new Set(process.env.NG_BF.split(',')));
  const paragraphs = blocks.map((b) => b.text);
  if (!paragraphs.length) throw new InputError('no-content', 'no main text found');
  return { paragraphs };
}
