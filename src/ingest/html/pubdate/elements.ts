// Dates in the page body: itemprop="datePublished", <time datetime>, <abbr class="published">, and elements
// whose class/id names a date (class="date", "post-meta", "byline", "fecha"...). One walk over the elements
// in document order; the document is only read, never changed.

import { findDatesInText, parseMachineDate, type Ymd } from './parseDate.ts';
import type { Context } from './types.ts';
import { SKIP_TAGS, type Page } from './walk.ts';
import { findHeadline } from './headline.ts';

export interface BodyCandidate {
  ymd: Ymd;
  source: string;
  /** document-order index of the element (for distance to the headline) */
  pos: number;
  /** strength of the evidence: 3 = marked as publication date, 2 = a date element, 1 = date-ish container */
  tier: number;
  modified: boolean;
  /** inside navigation, sidebars, related-article lists or comments: probably another item's date */
  boilerplate: boolean;
  /** read from the visible text (local day as the reader sees it), not from an attribute */
  fromText: boolean;
  /** the same tag+class carries several different dates: a list of stories, each with its date */
  repeated: boolean;
}

export interface BodyResult {
  candidates: BodyCandidate[];
  /** document-order index of the main headline, -1 if none */
  headlinePos: number;
}

/** The first `max` characters of an element's text, whitespace collapsed, without building the whole subtree text. */
export function leadingText(el: Element, max: number): string {
  let out = '';
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
        if (out.length >= max * 2) return true;
      } else if (child.nodeType === 1) {
        if (SKIP_TAGS.has((child as Element).tagName.toUpperCase())) continue;
        out += ' ';
        if (visit(child)) return true;
      }
    }
    return false;
  };
  visit(el);
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

const STRONG_NAME = /publi|pub-?date|posted|created|dateline|date-?pub|fecha|datum|data-?publica|post-?date|entry-?date|article-?date|story-?date|news-?date|time-?stamp|timestamp/;
const DATE_NAME = /date|datum|time|zeit|fecha|data|tarih|ngay|calendar|clock|published|submitted|dateline/;
const WEAK_NAME = /(?:^|[\s_-])meta(?:$|[\s_-])|meta-|-meta|_meta|postmeta|byline|subline|author|autor|info|details|field-content|parution|signature/;
const MODIFIED_NAME = /updat|modif|edited|aktualis|actualiza|atualiza|mise-?a-?jour/;

/** Machine value of an element: datetime, content, data-* timestamps. */
function attributeDate(el: Element, ctx: Context): Ymd | null {
  for (const attr of ['datetime', 'content', 'data-datetime', 'data-date', 'data-published', 'data-timestamp', 'data-utime', 'data-time']) {
    const v = el.getAttribute(attr);
    if (v) {
      const ymd = parseMachineDate(v, ctx.bounds);
      if (ymd) return ymd;
    }
  }
  return null;
}

function textDate(el: Element, ctx: Context, max = 80): Ymd | null {
  const text = leadingText(el, max);
  if (text.length < 6) return null;
  const dates = findDatesInText(text, { bounds: ctx.bounds, monthFirst: ctx.monthFirst, shortYears: true, limit: 3 });
  if (dates.length === 0) return null;
  // "Updated 16 Jan 2020 · Published 15 Jan 2020": skip dates announced as updates when another is there
  if (dates.length > 1) {
    const before = (d: (typeof dates)[number]) => text.slice(Math.max(0, d.index - 30), d.index).toLowerCase();
    const original = dates.find((d) => !MODIFIED_NAME.test(before(d)));
    if (original) return original.ymd;
  }
  return dates[0].ymd;
}

/**
 * Flags candidates whose tag+class recurs 3+ times with 2+ different dates outside boilerplate (story lists,
 * comment threads the boilerplate test missed). Class-less elements are too common to tell anything.
 */
function markRepeated(candidates: BodyCandidate[], keys: string[]): void {
  const days = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (c.boilerplate || keys[i].endsWith('.')) return;
    let g = days.get(keys[i]);
    if (!g) days.set(keys[i], (g = new Set()));
    g.add(`${c.ymd.y}-${c.ymd.m}-${c.ymd.d}`);
    counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
  });
  candidates.forEach((c, i) => {
    c.repeated = (counts.get(keys[i]) ?? 0) >= 3 && (days.get(keys[i])?.size ?? 0) >= 2;
  });
}

export function bodyDates(page: Page, ctx: Context): BodyResult {
  const elements = page.elements;
  const headlinePos = findHeadline(page);
  const candidates: BodyCandidate[] = [];
  const keys: string[] = [];
  const push = (el: Element, pos: number, found: { ymd: Ymd; fromText: boolean } | null, source: string, tier: number, modified = false) => {
    if (found) {
      candidates.push({ ymd: found.ymd, source, pos, tier, modified, boilerplate: page.inBoilerplate(el), fromText: found.fromText, repeated: false });
      keys.push(`${el.tagName}.${(el.getAttribute('class') ?? '').trim()}`);
    }
  };
  const attr = (el: Element) => {
    const ymd = attributeDate(el, ctx);
    return ymd ? { ymd, fromText: false } : null;
  };
  const text = (el: Element, max?: number) => {
    const ymd = textDate(el, ctx, max);
    return ymd ? { ymd, fromText: true } : null;
  };
  for (let pos = 0; pos < elements.length; pos++) {
    const el = elements[pos];
    const tag = el.tagName.toUpperCase();
    // most elements carry no attribute at all: skip the (costly in linkedom) attribute lookups for them
    const hasAttributes = el.hasAttributes();
    const itemprop = hasAttributes ? (el.getAttribute('itemprop') ?? '').toLowerCase() : '';
    const name = hasAttributes ? page.name(el) : '';
    if (itemprop === 'datepublished' || itemprop === 'datecreated') {
      push(el, pos, attr(el) ?? text(el), `itemprop:${itemprop}`, 3);
      continue;
    }
    if (itemprop === 'datemodified') {
      push(el, pos, attr(el) ?? text(el), 'itemprop:datemodified', 3, true);
      continue;
    }
    if (tag === 'TIME') {
      const marked = el.hasAttribute('pubdate') || STRONG_NAME.test(name);
      const modified = !marked && MODIFIED_NAME.test(name);
      const ymd = parseMachineDate(el.getAttribute('datetime'), ctx.bounds);
      if (ymd) push(el, pos, { ymd, fromText: false }, 'time[datetime]', marked ? 3 : 2, modified);
      else push(el, pos, text(el), 'time', marked ? 3 : 2, modified);
      continue;
    }
    if (tag === 'ABBR' && (el.hasAttribute('title') || el.hasAttribute('data-utime'))) {
      const ymd = parseMachineDate(el.getAttribute('data-utime'), ctx.bounds) ?? parseMachineDate(el.getAttribute('title'), ctx.bounds);
      if (ymd) {
        push(el, pos, { ymd, fromText: false }, 'abbr', STRONG_NAME.test(name) ? 3 : 2);
        continue;
      }
    }
    if (name.length < 2) continue;
    const strong = STRONG_NAME.test(name);
    const dateish = strong || DATE_NAME.test(name);
    if (!dateish && !WEAK_NAME.test(name)) continue;
    const modified = !strong && MODIFIED_NAME.test(name);
    push(el, pos, attr(el) ?? text(el, dateish ? 80 : 48), strong ? 'class:published' : dateish ? 'class:date' : 'class:meta', strong ? 3 : dateish ? 2 : 1, modified);
  }
  markRepeated(candidates, keys);
  return { candidates, headlinePos };
}
