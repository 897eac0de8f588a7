// Datelines: the place (and sometimes agency and date) that opens a wire story, e.g.
//   ERBIL, Kurdistan Region — ...      WASHINGTON (Reuters) - ...     LONDON, March 3 (AP) — ...
//   SPRINGFIELD, Ill. (AP) — ...       NEW DELHI, Oct 5: ...          BEIRUT: ...
// The first place word is written in capitals (the convention of every major agency); further
// comma-separated parts may be a region/country in title case, a date, or both.

import type { Dateline } from '../doc/types.ts';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
const PLACE_HEAD = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const TITLE_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const REGION = String.raw`${TITLE_WORD}(?: (?:${TITLE_WORD}|of|and|de|del|al))*`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`${MONTH} \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH}(?: \d{4})?`;
const AGENCY = String.raw`\((?<agency>[\p{L}&.' /-]{1,40})\)`;
const SEPARATOR = String.raw`\s*(?:—|–|--|-|:|\u2015)\s+`;

const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE_HEAD}(?:, (?!${MONTH} \d)(?:${REGION}))?(?:, (?!${MONTH} \d)(?:${REGION}))?)` +
    String.raw`(?:,? (?<date>${DATE}))?` +
    String.raw`(?: ${AGENCY})?` +
    SEPARATOR,
  'u',
);

/** Words in capitals that open sentences but are not places ("BREAKING —", "UPDATE:"). */
const NOT_PLACES = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'WATCH', 'VIDEO', 'PHOTOS', 'LIVE', 'NOTE', 'CORRECTION', 'EDITOR’S NOTE', "EDITOR'S NOTE"]);

/** Resolve "March 3" / "3 March 2015" against the publication date: the latest such day not after it. */
export function resolveDatelineDate(dateText: string, pubDate?: string): string | undefined {
  const m = /^(?:(\p{L}+)\.? (\d{1,2})(?:, (\d{4}))?|(\d{1,2}) (\p{L}+)\.?(?: (\d{4}))?)$/u.exec(dateText);
  if (!m) return undefined;
  const month = MONTHS[(m[1] ?? m[5]).toLowerCase()];
  const day = Number(m[2] ?? m[4]);
  const explicitYear = m[3] ?? m[6];
  if (!month || day < 1 || day > 31) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (explicitYear) return `${explicitYear}-${pad(month)}-${pad(day)}`;
  if (!pubDate) return undefined;
  let year = Number(pubDate.slice(0, 4));
  const candidate = `${year}-${pad(month)}-${pad(day)}`;
  if (candidate > pubDate) year--; // a dateline never points after publication
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The dateline at `offset` of `text` (the start of the first body paragraph), or null.
 * The returned span covers the whole dateline including its dash; `place` only the place words.
 */
export function detectDateline(text: string, offset: number, pubDate?: string): Dateline | null {
  const head = text.slice(offset, offset + 160);
  const m = DATELINE.exec(head);
  if (!m?.groups) return null;
  const placeText = m.groups.place.replace(/[,\s]+$/, '');
  const firstWord = placeText.split(',')[0];
  if (NOT_PLACES.has(firstWord)) return null;
  // a capitalised first word must be more than an initialism like "A" or "I"
  if (firstWord.replace(/[^\p{L}]/gu, '').length < 2) return null;
  const dateline: Dateline = {
    start: offset,
    end: offset + m[0].trimEnd().length,
    place: { start: offset, end: offset + placeText.length, text: placeText },
  };
  if (m.groups.agency) dateline.agency = m.groups.agency.trim();
  if (m.groups.date) {
    dateline.dateText = m.groups.date;
    const iso = resolveDatelineDate(m.groups.date.replace(/\.(?= )/, ''), pubDate);
    if (iso) dateline.date = iso;
  }
  return dateline;
}
