// Dates in URLs: /2020/01/15/, /2020-01-15-slug, /20200115/, and partial /2020/01/ (year and month only).
// News CMSs put the publication day in the path, which makes it the most reliable signal when complete.

import { validYmd, type Bounds, type Ymd } from './parseDate.ts';

export interface UrlDate {
  /** the full day, when the URL states one */
  ymd: Ymd | null;
  /** year and month, when at least those are stated (constrains text heuristics) */
  year: number | null;
  month: number | null;
}

function pathOf(url: string): string {
  // the query string carries ids and tracking values, not dates; keep only scheme-less host + path
  const noQuery = url.split(/[?#]/)[0];
  try {
    return decodeURIComponent(noQuery);
  } catch {
    return noQuery;
  }
}

export function urlDate(url: string | undefined | null, bounds: Bounds): UrlDate {
  const none: UrlDate = { ymd: null, year: null, month: null };
  if (!url) return none;
  const path = pathOf(url);
  // year, month, day with one separator kind: /2020/01/15/ 2020-01-15 2020_01_15 /2020/8/24/
  for (const m of path.matchAll(/(?<!\d)((?:19|20)\d{2})([/_.-])(\d{1,2})\2(\d{1,2})(?!\d)/g)) {
    const ymd = validYmd(+m[1], +m[3], +m[4], bounds);
    if (ymd) return { ymd, year: ymd.y, month: ymd.m };
  }
  // compact 20200115, alone or followed by a time (202001151030, 20200115103000); other digit runs are ids
  for (const m of path.matchAll(/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})((?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?!\d)/g)) {
    const ymd = validYmd(+m[1], +m[2], +m[3], bounds);
    if (ymd) return { ymd, year: ymd.y, month: ymd.m };
  }
  // year and month only: /2020/10/slug
  const ym = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])(?:\/|$|[_-]\D)/.exec(path);
  if (ym) {
    const y = +ym[1];
    if (validYmd(y, +ym[2], 1, bounds)) return { ymd: null, year: y, month: +ym[2] };
  }
  return none;
}
