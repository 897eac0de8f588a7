// Last-resort heuristics on the page text, for pages without markup for dates:
// the date written next to the headline (the byline), dates in inline scripts under publication-like keys,
// and the most frequent full date of the page (htmldate's idea), constrained by the URL's year/month if any.

import { findDatesInText, formatYmd, parseMachineDate, validYmd, type Ymd } from './parseDate.ts';
import type { Candidate, Context } from './types.ts';
import { inBoilerplate } from './elements.ts';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION', 'TEXTAREA']);

/** Text nodes directly under the element (children elements excluded): the element's own words. */
function ownText(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) out += c.nodeValue ?? '';
  return out;
}

function isSkipped(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (SKIP_TAGS.has(p.tagName.toUpperCase())) return true;
  return false;
}

/** Page text in document order as (element index, own text) runs; skips scripts and styles. */
export function textRuns(elements: Element[]): { pos: number; text: string }[] {
  const runs: { pos: number; text: string }[] = [];
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) continue;
    const t = ownText(el).replace(/\s+/g, ' ').trim();
    if (t && !isSkipped(el)) runs.push({ pos: i, text: t });
  }
  return runs;
}

// (a hand-written ancestor walk: linkedom's closest() with selectors is ~10x slower)
function inCaption(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) {
    const tag = p.tagName.toUpperCase();
    if (tag === 'FIGURE' || tag === 'FIGCAPTION') return true;
    if (tag === 'BODY') return false;
    if (/(?:^|\s|-)caption(?:$|\s)/i.test(p.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * The byline date: the date written nearest to the headline, in the ~400 characters after it or the
 * ~200 before it (some layouts put the date above the title). Text in sidebars and lists is skipped.
 */
export function headlineDate(runs: { pos: number; text: string }[], elements: Element[], headlinePos: number, ctx: Context): Candidate | null {
  if (headlinePos < 0) return null;
  const opts = { bounds: ctx.bounds, monthFirst: ctx.monthFirst, shortYears: true };
  let after = '';
  let before = '';
  let i = runs.findIndex((r) => r.pos > headlinePos);
  if (i < 0) i = runs.length;
  const headline = elements[headlinePos];
  for (let j = i; j < runs.length && after.length < 400; j++) {
    const el = elements[runs[j].pos];
    // the headline's own words (h1 > a > text) are not a byline, photo captions date the photo
    if (!headline.contains(el) && !inCaption(el) && !inBoilerplate(el)) after += ' ' + runs[j].text;
  }
  for (let j = i - 1; j >= 0 && before.length < 200; j--) {
    if (runs[j].pos === headlinePos) continue;
    const el = elements[runs[j].pos];
    if (!inCaption(el) && !inBoilerplate(el)) before = runs[j].text + ' ' + before;
  }
  after = after.slice(0, 400);
  before = before.slice(-200);
  const a = findDatesInText(after, { ...opts, limit: 1 })[0];
  const b = findDatesInText(before, opts).at(-1);
  if (!a && !b) return null;
  // nearest wins; text after the headline is the usual byline place, so before-distances count 1.5x
  const da = a ? a.index : Infinity;
  const db = b ? (before.length - b.index - b.length) * 1.5 : Infinity;
  return { ymd: (da <= db ? a : b)!.ymd, source: 'text:headline' };
}

// Publication-like keys in inline scripts and data blobs: "publishDate":"…", pub_date = '…', "firstPublished":…
const SCRIPT_KEY =
  /["']?(?:date_?published|published_?(?:at|date|time|on)?|publish_?(?:date|time|at)|pub_?date|first_?published(?:_?(?:at|date|time))?|post_?date|created_?(?:at|date|time)?|date_?created|release_?date|datetime_?published|article_?date|story_?date)["']?\s*[:=]\s*["']?([^"'<>,}\]]{6,40})/gi;

export function scriptDate(html: string, ctx: Context): Candidate | null {
  SCRIPT_KEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCRIPT_KEY.exec(html))) {
    const ymd = parseMachineDate(m[1], ctx.bounds);
    if (ymd) return { ymd, source: 'script' };
  }
  return null;
}

/**
 * The most frequent full date in the page text. Pages list other stories' dates too, so frequency is
 * a weak signal: dates must match the URL's year/month when the URL gives them.
 */
export function frequentDate(runs: { pos: number; text: string }[], ctx: Context, urlYear: number | null, urlMonth: number | null): Candidate | null {
  const counts = new Map<string, { ymd: Ymd; n: number }>();
  for (const r of runs) {
    if (!/\d{2}/.test(r.text)) continue;
    for (const d of findDatesInText(r.text, { bounds: ctx.bounds, monthFirst: ctx.monthFirst })) {
      if (urlYear !== null && d.ymd.y !== urlYear) continue;
      if (urlMonth !== null && d.ymd.m !== urlMonth) continue;
      const key = formatYmd(d.ymd);
      const e = counts.get(key);
      if (e) e.n++;
      else counts.set(key, { ymd: d.ymd, n: 1 });
    }
  }
  let best: { ymd: Ymd; n: number } | null = null;
  // ties go to the most recent day: older dates on a news page are registrations, founding years, archives
  for (const e of counts.values()) {
    if (!best || e.n > best.n || (e.n === best.n && formatYmd(e.ymd) > formatYmd(best.ymd))) best = e;
  }
  return best ? { ymd: best.ymd, source: 'text:frequent' } : null;
}

// A full timestamp anywhere in the source (inline scripts, attributes): 2020/04/17 01:43:09, 17.04.2020 01:43
const STAMP = /(?<![\d.\/-])(?:((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}))[T\s,]+\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g;

/** The first date-and-time stamp in the HTML source (htmldate's timestamp rescue). */
export function timestampDate(html: string, ctx: Context): Candidate | null {
  STAMP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STAMP.exec(html))) {
    const ymd = m[1] ? validYmd(+m[1], +m[3], +m[4], ctx.bounds) : validYmd(+m[7], +m[6], +m[5], ctx.bounds);
    if (ymd) return { ymd, source: 'timestamp' };
  }
  return null;
}
