// Publication date of a news page. The design follows htmldate's order of evidence: the URL, then
// machine-readable metadata (JSON-LD, <meta>), then marked-up dates in the body (itemprop, <time>, classes),
// then text heuristics. Original publication is preferred over modification dates throughout.

import { DEFAULT_BOUNDS, formatYmd, type Bounds } from './parseDate.ts';
import { metaDates } from './metaTags.ts';
import { jsonLdDates } from './jsonLd.ts';
import { urlDate } from './urlDate.ts';
import { bodyDates } from './elements.ts';
import { frequentDate, headlineDate, scriptDate, textRuns } from './textDates.ts';
import type { Candidate, Context } from './types.ts';

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

/** US English pages write 03/04/2020 month first; the page language says whether this is one. */
function monthFirstPage(doc: Document): boolean {
  const root = doc.documentElement;
  const langs = [root?.getAttribute('lang'), root?.getAttribute('xml:lang')];
  for (const el of doc.querySelectorAll('meta[property="og:locale"], meta[http-equiv], meta[name="language"]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('http-equiv') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:locale' || key === 'content-language' || key === 'language') langs.push(el.getAttribute('content'));
  }
  const first = langs.find((l) => l && l.trim());
  return !!first && /^en[-_]us\b/i.test(first.trim());
}

function result(c: Candidate): PubDate {
  return { date: formatYmd(c.ymd), source: c.source };
}

export function findPublicationDate(doc: Document, opts: PubDateOptions = {}): PubDate | null {
  const ctx: Context = { bounds: boundsFor(opts.today), monthFirst: monthFirstPage(doc) };

  // 1. a full date in the page URL (or its canonical URL) is what the CMS filed the story under
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const meta = metaDates(doc, ctx.bounds);
  const urls = [opts.url, canonical, ...meta.urls].filter((u): u is string => !!u);
  const fromUrls = urls.map((u) => urlDate(u, ctx.bounds));
  const fullUrl = fromUrls.find((u) => u.ymd);
  if (fullUrl?.ymd) return { date: formatYmd(fullUrl.ymd), source: 'url' };
  const partialUrl = fromUrls.find((u) => u.year !== null);

  // 2. structured metadata
  const ld = jsonLdDates(doc, ctx.bounds);
  if (ld.published[0]) return result(ld.published[0]);
  if (meta.published[0]) return result(meta.published[0]);

  // 3. dates marked up in the body, the one nearest the headline first
  const body = bodyDates(doc, ctx);
  const dist = (pos: number) => (body.headlinePos < 0 ? pos : Math.abs(pos - body.headlinePos));
  const pick = (tier: number) =>
    body.candidates
      .filter((c) => c.tier === tier && !c.modified && !c.boilerplate)
      .sort((a, b) => dist(a.pos) - dist(b.pos))[0];
  for (const tier of [3, 2]) {
    const c = pick(tier);
    if (c) return result(c);
  }

  // 4. inline scripts, the byline next to the headline, weaker containers
  const script = opts.html ? scriptDate(opts.html, ctx) : null;
  if (script) return result(script);
  const runs = textRuns(body.elements);
  const byline = headlineDate(runs, body.headlinePos, ctx);
  if (byline) return result(byline);
  const weak = pick(1);
  if (weak) return result(weak);

  // 5. a modification date is usually the publication day of a news story, or close to it
  const modified = ld.modified[0] ?? meta.modified[0] ?? body.candidates.find((c) => c.modified);
  if (modified) return result(modified);

  // 6. most frequent date of the page, within the URL's year/month when it has them
  const frequent = frequentDate(runs, ctx, partialUrl?.year ?? null, partialUrl?.month ?? null);
  if (frequent) return result(frequent);
  const anyBody = body.candidates[0];
  return anyBody ? result(anyBody) : null;
}
