// Publication date of a news page. The design follows htmldate's order of evidence: the URL, then
// machine-readable metadata (<meta>, JSON-LD), then marked-up dates in the body (itemprop, <time>, classes),
// then text heuristics. Original publication is preferred over modification dates throughout.

import { DEFAULT_BOUNDS, formatYmd, type Bounds, type Ymd } from './parseDate.ts';
import { metaDates } from './metaTags.ts';
import { jsonLdDates } from './jsonLd.ts';
import { urlDate } from './urlDate.ts';
import { bodyDates, type BodyCandidate } from './elements.ts';
import { frequentDate, headlineDate, keywordDate, scriptDate, textRuns, timestampDate } from './textDates.ts';
import type { Candidate, Context } from './types.ts';
import { Page } from './walk.ts';

export interface PubDate {
  /** YYYY-MM-DD, the local day the page states */
  date: string;
  /** which signal gave it: 'url', 'json-ld:datePublished', 'meta:article:published_time', 'time[datetime]', 'text:…' */
  source: string;
}

export interface PubDateOptions {
  /** the raw HTML (enables the inline-script search) */
  html?: string;
  /** the page URL (dates in the path) */
  url?: string;
  /** YYYY-MM-DD upper bound for plausible dates; absent → 2100 */
  today?: string;
}

function boundsFor(today: string | undefined): Bounds {
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return DEFAULT_BOUNDS;
  // one day of slack: a page east of the caller may already be "tomorrow"
  const t = new Date(`${today}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return { min: DEFAULT_BOUNDS.min, max: t.toISOString().slice(0, 10) };
}

/** The page's language tag, from <html lang>, xml:lang, og:locale or content-language. */
function pageLanguage(page: Page): string {
  const root = page.root;
  const langs = [root?.getAttribute('lang'), root?.getAttribute('xml:lang')];
  for (const el of page.metas) {
    const key = (el.getAttribute('property') ?? el.getAttribute('http-equiv') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:locale' || key === 'content-language' || key === 'language') langs.push(el.getAttribute('content'));
  }
  return (langs.find((l) => l && l.trim()) ?? '').trim().toLowerCase();
}

/**
 * Whether numeric dates like 06/01/2020 are month-first (US) on this page. Unambiguous slash dates
 * in the source (13/06/2020 vs 06/13/2020) decide; otherwise the language: only en-US is month-first.
 */
function monthFirstPage(page: Page, html: string | undefined): boolean {
  if (html) {
    let dayFirst = 0;
    let monthFirst = 0;
    for (const m of html.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:19|20)\d{2}(?![\d/])/g)) {
      if (+m[1] > 12 && +m[2] <= 12) dayFirst++;
      else if (+m[2] > 12 && +m[1] <= 12) monthFirst++;
    }
    if (dayFirst !== monthFirst) return monthFirst > dayFirst;
  }
  return /^en[-_]us\b/.test(pageLanguage(page));
}

function result(c: Candidate): PubDate {
  return { date: formatYmd(c.ymd), source: c.source };
}

/** Calendar days from a to b. */
function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

// Elements between the headline and the byline (share bars, images, nested wrappers) are many;
// a date element within this window belongs to the story's own header.
const NEAR_BEFORE = 40;
const NEAR_AFTER = 120;

export function findPublicationDate(doc: Document, opts: PubDateOptions = {}): PubDate | null {
  const page = new Page(doc);
  const ctx: Context = { bounds: boundsFor(opts.today), monthFirst: monthFirstPage(page, opts.html) };

  // 1. a full date in the page URL (or its canonical URL) is what the CMS filed the story under
  const canonical = page.links.find((l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical')?.getAttribute('href') ?? null;
  const meta = metaDates(page.metas, ctx.bounds);
  const urls = [opts.url, canonical, ...meta.urls].filter((u): u is string => !!u);
  const fromUrls = urls.map((u) => urlDate(u, ctx.bounds));
  const fullUrl = fromUrls.find((u) => u.ymd);
  if (fullUrl?.ymd) return { date: formatYmd(fullUrl.ymd), source: 'url' };
  const partialUrl = fromUrls.find((u) => u.year !== null);

  // body dates are only read when the metadata leaves the question open (most pages: they do not)
  let bodyResult: ReturnType<typeof bodyDates> | null = null;
  const body = () => (bodyResult ??= bodyDates(page, ctx));
  const dist = (pos: number) => (body().headlinePos < 0 ? pos : Math.abs(pos - body().headlinePos));
  const isNear = (pos: number) => {
    const hp = body().headlinePos;
    return hp >= 0 && pos >= hp - NEAR_BEFORE && pos <= hp + NEAR_AFTER;
  };
  // a URL filed under /2020/10/ rules out body dates from other months (other stories, archives)
  const fitsUrl = (c: BodyCandidate) =>
    !partialUrl || ((partialUrl.year === null || c.ymd.y === partialUrl.year) && (partialUrl.month === null || c.ymd.m === partialUrl.month));
  // strongest tier first, then nearest the headline
  const best = (keep: (c: BodyCandidate) => boolean) =>
    body()
      .candidates.filter((c) => !c.modified && !c.boilerplate && fitsUrl(c) && keep(c))
      .sort((a, b) => b.tier - a.tier || dist(a.pos) - dist(b.pos))[0];
  // a date repeated down a list of stories (see markRepeated) is weaker than a one-off date element
  const clearDate = () => best((c) => c.tier === 3 && !c.repeated) ?? best((c) => isNear(c.pos) && !c.repeated);
  const markedDate = () => clearDate() ?? best((c) => c.tier === 3) ?? best((c) => isNear(c.pos));
  const tier = (t: number) => best((c) => c.tier === t);
  let runs: ReturnType<typeof textRuns> | null = null;
  const byline = () => headlineDate((runs ??= textRuns(page.elements)), page, body().headlinePos, ctx);

  // 2. structured metadata: well-known <meta> names (htmldate's order), JSON-LD articles, then weaker names
  const ld = jsonLdDates(page.scripts, ctx.bounds);
  const machine = meta.published[0] ?? ld.published[0] ?? meta.weak[0] ?? ld.other[0];
  if (machine) {
    // a UTC timestamp may fall on the day before/after the page's local day: the day the page shows in words wins
    if (machine.utc) {
      const shown = [clearDate(), byline()].filter((c): c is Candidate => !!c && ('fromText' in c ? !!c.fromText : true));
      const agrees = shown.some((c) => dayDiff(machine.ymd, c.ymd) === 0);
      const local = shown.find((c) => Math.abs(dayDiff(machine.ymd, c.ymd)) === 1);
      if (local && !agrees) return result(local);
    }
    return result(machine);
  }

  // 3. dates marked up in the body, nearest the headline first, or announced as the publication date
  const clear = clearDate();
  if (clear) return result(clear);
  const announced = keywordDate((runs ??= textRuns(page.elements)), page, ctx);
  if (announced) return result(announced);
  const marked = markedDate();
  if (marked) return result(marked);

  // 4. inline scripts, the byline next to the headline, date elements elsewhere
  const script = opts.html ? scriptDate(opts.html, ctx) : null;
  if (script) return result(script);
  const near = byline() ?? tier(2) ?? tier(1);
  if (near) return result(near);

  // 5. a modification date is usually the publication day of a news story, or close to it
  const modified = ld.modified[0] ?? meta.modified[0] ?? body().candidates.find((c) => c.modified && !c.boilerplate);
  if (modified) return result(modified);

  // 6. a date-time stamp in the source, then the most frequent date (within the URL's year/month if given)
  const stamp = opts.html ? timestampDate(opts.html, ctx) : null;
  if (stamp) return result(stamp);
  const frequent = frequentDate((runs ??= textRuns(page.elements)), ctx, partialUrl?.year ?? null, partialUrl?.month ?? null);
  if (frequent) return result(frequent);
  const anyBody = body().candidates[0];
  return anyBody ? result(anyBody) : null;
}
