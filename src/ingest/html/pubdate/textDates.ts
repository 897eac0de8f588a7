// Heuristics on the page text, for pages without markup for dates: the date announced as the publication
// date ("Published: …"), the date written next to the headline (the byline), dates in inline scripts under
// publication-like keys, date-time stamps in the source, and the most frequent full date of the page
// (htmldate's ideas), constrained by the URL's year/month if any.

import { findDatesInText, formatYmd, parseMachineDate, validYmd, type Ymd } from './parseDate.ts';
import type { Candidate, Context } from './types.ts';
import type { Page } from './walk.ts';

/** Text nodes directly under the element (children elements excluded): the element's own words. */
function ownText(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) out += c.nodeValue ?? '';
  return out;
}

/** Page text in document order as (element index, own text) runs (the element list has no scripts or styles). */
export function textRuns(elements: Element[]): { pos: number; text: string }[] {
  const runs: { pos: number; text: string }[] = [];
  for (let i = 0; i < elements.length; i++) {
    const t = ownText(elements[i]).replace(/\s+/g, ' ').trim();
    if (t) runs.push({ pos: i, text: t });
  }
  return runs;
}

/**
 * The byline date: the date written nearest to the headline, in the ~400 characters after it or the
 * ~200 before it (some layouts put the date above the title). Text in sidebars and lists is skipped.
 */
export function headlineDate(runs: { pos: number; text: string }[], page: Page, headlinePos: number, ctx: Context): Candidate | null {
  const elements = page.elements;
  if (headlinePos < 0) return null;
  const opts = { bounds: ctx.bounds, monthFirst: ctx.monthFirst, shortYears: true };
  let after = '';
  let before = '';
  let i = runs.findIndex((r) => r.pos > headlinePos);
  if (i < 0) i = runs.length;
  // the headline's subtree is contiguous in document order
  const headline = elements[headlinePos];
  let headlineEnd = headlinePos + 1;
  while (headlineEnd < elements.length && headline.contains(elements[headlineEnd])) headlineEnd++;
  // bounded in elements too: when everything after the headline is boilerplate, do not walk the whole page
  const lastPos = headlinePos + 300;
  for (let j = i; j < runs.length && after.length < 400 && runs[j].pos <= lastPos; j++) {
    const el = elements[runs[j].pos];
    // the headline's own words (h1 > a > text) are not a byline, photo captions date the photo
    if (runs[j].pos >= headlineEnd && !page.inCaption(el) && !page.inBoilerplate(el)) after += ' ' + runs[j].text;
  }
  const firstPos = headlinePos - 150;
  for (let j = i - 1; j >= 0 && before.length < 200 && runs[j].pos >= firstPos; j--) {
    if (runs[j].pos === headlinePos) continue;
    const el = elements[runs[j].pos];
    if (!page.inCaption(el) && !page.inBoilerplate(el)) before = runs[j].text + ' ' + before;
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
// (creation keys are left out: createdAt/_created belong to every comment, user and asset in a JSON state blob)
const SCRIPT_KEY =
  /(?<![\w$])["']?(?:date_?published|published_?(?:at|date|time|on)?|publish_?(?:date|time|at|on)|pub_?date|first_?published(?:_?(?:at|date|time))?|post_?date|release_?date|datetime_?published|article_?date|story_?date)["']?\s*[:=]\s*["']?([^"'<>,}\]]{6,40})/gi;

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
    // build stamps in HTML comments ("<!-- generated 2020-03-30 01:41 -->") say nothing of the story
    if (html.lastIndexOf('<!--', m.index) > html.lastIndexOf('-->', m.index)) continue;
    const ymd = m[1] ? validYmd(+m[1], +m[3], +m[4], ctx.bounds) : validYmd(+m[7], +m[6], +m[5], ctx.bounds);
    if (ymd) return { ymd, source: 'timestamp' };
  }
  return null;
}

// "Published: 15 March 2021", "Veröffentlicht am 15.03.2021", "Publicado el…", "Опубликовано…": a date announced
// as the publication date anywhere in the story text (htmldate's idiosyncrasies, in many languages).
const PUBLISHED_WORD =
  /(?<![\p{L}])(?:first published|published|posted|publication date|date published|veröffentlicht|erschienen|publiziert|publié|mis en ligne|publicado|publicada|fecha de publicación|pubblicato|gepubliceerd|geplaatst|опубликовано|дата публикации|опубліковано|opublikowano|publikováno|zveřejněno|yayınlanma|yayınlandı|yayın tarihi|diterbitkan|dipublikasikan|diposting|publicat|publicerad|publiceret|publisert|julkaistu|megjelent|objavljeno)(?![\p{L}])/iu;

export function keywordDate(runs: { pos: number; text: string }[], page: Page, ctx: Context): Candidate | null {
  const opts = { bounds: ctx.bounds, monthFirst: ctx.monthFirst, shortYears: true, limit: 1 };
  for (let i = 0; i < runs.length; i++) {
    const m = PUBLISHED_WORD.exec(runs[i].text);
    // a label starts its element ("Published: …", "Von X | Veröffentlicht am …"); mid-sentence uses
    // ("the report, published on 3 March 2019, …") date something else
    if (!m || m.index > 30) continue;
    const el = page.elements[runs[i].pos];
    if (page.inBoilerplate(el) || page.inCaption(el)) continue;
    // the date follows the word, in the same text or in the next runs (<p>Published <time>…</time></p>)
    let window = runs[i].text.slice(m.index + m[0].length);
    for (let j = i + 1; j < runs.length && window.length < 80; j++) window += ' ' + runs[j].text;
    const d = findDatesInText(window.slice(0, 80), opts)[0];
    if (d && d.index < 40) return { ymd: d.ymd, source: 'text:published' };
  }
  return null;
}
