// JSON-LD (schema.org) blocks: datePublished of the page's article, found through @graph, arrays and nesting.
// Article-like types outrank others (a WebPage or an embedded VideoObject may carry other dates).

import { isUtcStamp, parseMachineDate, type Bounds } from './parseDate.ts';
import type { Candidate } from './types.ts';

const ARTICLE_TYPE = /article|posting|report|news|blog|story|review|opinion|analysis/i;
const PUBLISHED_PROPS = ['datePublished', 'dateCreated', 'uploadDate'];

export interface JsonLdResult {
  /** datePublished/dateCreated of article-like objects, best first */
  published: Candidate[];
  /** the same on other objects (WebPage, VideoObject.uploadDate...): weaker than <meta> tags */
  other: Candidate[];
  modified: Candidate[];
}

interface Found {
  article: boolean;
  depth: number;
  c: Candidate;
}

function typesOf(node: Record<string, unknown>): string {
  const t = node['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function walk(node: unknown, depth: number, bounds: Bounds, out: Found[], modified: Candidate[]): void {
  if (depth > 12 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, depth + 1, bounds, out, modified);
    return;
  }
  const obj = node as Record<string, unknown>;
  const article = ARTICLE_TYPE.test(typesOf(obj));
  for (const prop of PUBLISHED_PROPS) {
    const v = obj[prop];
    const ymd = typeof v === 'string' || typeof v === 'number' ? parseMachineDate(String(v), bounds) : null;
    if (ymd) out.push({ article, depth, c: { ymd, source: `json-ld:${prop}`, utc: isUtcStamp(String(v)) } });
  }
  const mod = obj['dateModified'];
  if (typeof mod === 'string') {
    const ymd = parseMachineDate(mod, bounds);
    if (ymd) modified.push({ ymd, source: 'json-ld:dateModified', modified: true });
  }
  for (const [k, v] of Object.entries(obj)) {
    // authors, publishers and images have no publication date of the page
    if (k === 'author' || k === 'publisher' || k === 'image' || k === 'logo') continue;
    if (v !== null && typeof v === 'object') walk(v, depth + 1, bounds, out, modified);
  }
}

function parseLoose(text: string): unknown {
  const cleaned = text
    .replace(/^\s*<!--|-->\s*$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    // raw newlines/tabs inside strings are common and invalid JSON
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1');
  return JSON.parse(cleaned);
}

export function jsonLdDates(scripts: Element[], bounds: Bounds): JsonLdResult {
  const found: Found[] = [];
  const modified: Candidate[] = [];
  for (const script of scripts) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (!text.includes('date') && !text.includes('Date')) continue;
    try {
      walk(parseLoose(text), 0, bounds, found, modified);
    } catch {
      // broken JSON: fall back to the first "datePublished": "..." pair
      const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(text);
      const ymd = m ? parseMachineDate(m[1], bounds) : null;
      if (ymd) found.push({ article: true, depth: 0, c: { ymd, source: 'json-ld:datePublished', utc: isUtcStamp(m![1]) } });
      const mm = /"dateModified"\s*:\s*"([^"]+)"/.exec(text);
      const mymd = mm ? parseMachineDate(mm[1], bounds) : null;
      if (mymd) modified.push({ ymd: mymd, source: 'json-ld:dateModified', modified: true });
    }
  }
  // datePublished over dateCreated/uploadDate, then shallower, then document order
  const propRank = (c: Candidate) => PUBLISHED_PROPS.indexOf(c.source.slice('json-ld:'.length));
  const ranked = found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => propRank(a.f.c) - propRank(b.f.c) || a.f.depth - b.f.depth || a.i - b.i)
    .map((r) => r.f);
  return {
    published: ranked.filter((f) => f.article).map((f) => f.c),
    other: ranked.filter((f) => !f.article).map((f) => f.c),
    modified,
  };
}
