// Date parsing shared by every signal: machine values (ISO, compact, timestamps) and human text
// in many languages. Pure functions on strings; no clock reads.

import { MONTH_NAMES } from './data/months.ts';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Plausibility window, inclusive, as YYYY-MM-DD strings (lexical order = chronological order). */
export interface Bounds {
  min: string;
  max: string;
}

export const DEFAULT_BOUNDS: Bounds = { min: '1995-01-01', max: '2100-12-31' };

export function formatYmd({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar day inside the bounds. */
export function validYmd(y: number, m: number, d: number, bounds: Bounds): Ymd | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const ymd = { y, m, d };
  const s = formatYmd(ymd);
  return s >= bounds.min && s <= bounds.max ? ymd : null;
}

/** Two-digit years: 90-99 → 19xx, else 20xx (news pages are recent). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 90 ? 1900 + n : 2000 + n;
}

// Native digits of scripts common on news pages, mapped to ASCII so one set of regexes serves all.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0xff10];

const NATIVE_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`);

export function normaliseDigits(s: string): string {
  if (!NATIVE_DIGIT.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let mapped = ch;
    for (const zero of DIGIT_ZEROS) {
      if (c >= zero && c <= zero + 9) {
        mapped = String(c - zero);
        break;
      }
    }
    out += mapped;
  }
  return out;
}

/**
 * A machine-written value: meta content, datetime attribute, JSON-LD. The date part is taken as written
 * ("2020-01-15T23:30:00-05:00" is the 15th: the page's own local day, not converted to UTC).
 */
export function parseMachineDate(value: string | null | undefined, bounds: Bounds = DEFAULT_BOUNDS): Ymd | null {
  if (!value) return null;
  const s = normaliseDigits(value.trim());
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(s) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/.exec(s);
  if (m) return validYmd(+m[1], +m[2], +m[3], bounds);
  // compact 20200115 or 20200115T103000 / 202001151030
  m = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s_-]|\d{2,6}$)/.exec(s);
  const compact = m && validYmd(+m[1], +m[2], +m[3], bounds);
  if (compact) return compact;
  // Unix timestamps in seconds or milliseconds: the day in UTC, the best a bare number allows
  m = /^(\d{10})(\d{3})?$/.exec(s);
  if (m) {
    const dt = new Date(Number(m[1]) * 1000);
    return validYmd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), bounds);
  }
  // anything else: RFC 822 ("Wed, 15 Jan 2020 10:00:00 GMT"), "January 15, 2020", "15.01.2020"
  return findDatesInText(s, { bounds, limit: 1 })[0]?.ymd ?? null;
}

/**
 * A timestamp stated in UTC ("…T23:15:00Z", "+00:00", "GMT"): its day may not be the page's local day,
 * so a date the page shows in words can overrule it.
 */
export function isUtcStamp(value: string | null | undefined): boolean {
  if (!value) return false;
  return /\d{1,2}:\d{2}(?::\d{1,2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|(?:GMT|UTC)(?:[+-]0+)?\b)/i.test(value);
}

export interface TextDate {
  ymd: Ymd;
  /** offset of the match in the (digit-normalised) text */
  index: number;
  length: number;
  /** 'named' (month name), 'ymd', 'cjk', 'dmy' (numeric day-first or month-first) */
  kind: 'named' | 'ymd' | 'cjk' | 'dmy';
}

export interface TextOptions {
  bounds?: Bounds;
  /** numeric dates like 03/04/2020 read month-first (US English); default day-first */
  monthFirst?: boolean;
  /** accept two-digit years (15.01.20); off for free text where they are mostly noise */
  shortYears?: boolean;
  /** stop after this many dates */
  limit?: number;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Month names are matched as any word, then looked up (a regex alternation of ~600 names costs ~50µs per
// short string); only names with a space ("tháng mười hai", "كانون الثاني") need spelling out.
const MULTIWORD_ALT = [...MONTH_NAMES.keys()]
  .filter((n) => n.includes(' '))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');
const L = '[\\p{L}\\p{M}]';
// a word, with inner dots for abbreviations like Thai "ม.ค."; a trailing dot ("Jan.") is left outside
const MONTH = `(?<!${L})(${MULTIWORD_ALT ? MULTIWORD_ALT + '|' : ''}${L}+(?:\\.${L}+)*)\\.?(?!${L})`;
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})(?!\\d)';

// Each pattern is searched over the whole string; the earliest match wins.
// Whitespace runs are bounded ({0,3}) so long blank runs cannot make the regexes backtrack quadratically.
const PATTERNS: { re: RegExp; kind: TextDate['kind']; order: 'dmy' | 'mdy' | 'ymd' | 'num-ymd' | 'num-dmy' }[] = [
  {
    // 15 January 2020, 15. Januar 2020, 15 de enero de 2020, 1er janvier 2020, 15-Jan-2020, 15 января 2020
    re: new RegExp(
      `(?<!\\d)${DAY}(?:st|nd|rd|th|er|e|º|°|ª)?\\.?[\\s\\u00a0]{0,3}(?:de |of |-|/)?[\\s\\u00a0]{0,3}${MONTH}[\\s\\u00a0]{0,3}(?:,|-|/|de |del |'|’)?[\\s\\u00a0]{0,3}(?:de )?${YEAR}`,
      'gu',
    ),
    kind: 'named',
    order: 'dmy',
  },
  {
    // January 15, 2020 · Jan. 15 2020 · Wednesday, January 15th, 2020
    re: new RegExp(`${MONTH}[\\s\\u00a0]{0,3}(?<!\\d)${DAY}(?:st|nd|rd|th)?(?!\\d)[\\s\\u00a0]{0,3},?[\\s\\u00a0]{0,3}${YEAR}`, 'gu'),
    kind: 'named',
    order: 'mdy',
  },
  {
    // 2020. január 15. (hu) · 2020 m. spalio 26 d. (lt) · 2020 Jan 15
    re: new RegExp(`(?<!\\d)${YEAR}[\\s\\u00a0]{0,3}(?:\\.|,|m\\.|-)?[\\s\\u00a0]{0,3}${MONTH}[\\s\\u00a0]{0,3}(?<!\\d)${DAY}(?!\\d)`, 'gu'),
    kind: 'named',
    order: 'ymd',
  },
  {
    // 2020年1月15日 · 2020년 1월 15일
    re: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})(?!\d)/gu,
    kind: 'cjk',
    order: 'num-ymd',
  },
  {
    // 2020-01-15 · 2020/1/15 · 2020.01.15 · 2020. 01. 15
    re: /(?<![\d.])(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?!\d)/gu,
    kind: 'ymd',
    order: 'num-ymd',
  },
  {
    // 15.01.2020 · 15/01/2020 · 01-15-2020 · 15.01.20 (short years only when asked)
    re: /(?<![\d.\/-])(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d]|[.\/-]\d)/gu,
    kind: 'dmy',
    order: 'num-dmy',
  },
];

function monthOf(name: string): number {
  return MONTH_NAMES.get(name) ?? MONTH_NAMES.get(name + '.') ?? 0;
}

/** Lower case without changing offsets (a few characters, like "İ", lower-case to two code units). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Thai pages count years in the Buddhist era (2563 = 2020) next to month names. */
function namedYear(y: string): number {
  const n = Number(y);
  return n >= 2500 && n < 2700 ? n - 543 : n;
}

function toYmd(m: RegExpExecArray, order: (typeof PATTERNS)[number]['order'], opts: TextOptions, bounds: Bounds): Ymd | null {
  switch (order) {
    case 'dmy':
      return validYmd(namedYear(m[3]), monthOf(m[2]), +m[1], bounds);
    case 'mdy':
      return validYmd(namedYear(m[3]), monthOf(m[1]), +m[2], bounds);
    case 'ymd':
      return validYmd(namedYear(m[1]), monthOf(m[2]), +m[3], bounds);
    case 'num-ymd':
      // CJK has 3 groups, separated forms 4 (group 2 is the separator)
      return m.length === 4 ? validYmd(+m[1], +m[2], +m[3], bounds) : validYmd(+m[1], +m[3], +m[4], bounds);
    case 'num-dmy': {
      if (m[4].length === 2 && !opts.shortYears) return null;
      const y = fullYear(m[4]);
      const a = +m[1];
      const b = +m[3];
      // an impossible month settles the order; otherwise the page's convention decides
      if (a > 12) return validYmd(y, b, a, bounds);
      if (b > 12) return validYmd(y, a, b, bounds);
      return opts.monthFirst ? validYmd(y, a, b, bounds) : validYmd(y, b, a, bounds);
    }
  }
}

/** Every date written in the text, in order of appearance (overlaps resolved in favour of the earlier match). */
export function findDatesInText(text: string, opts: TextOptions = {}): TextDate[] {
  const bounds = opts.bounds ?? DEFAULT_BOUNDS;
  // month names are stored in lower case; the patterns run without the (slow, Unicode) i flag
  const s = lowerSameLength(normaliseDigits(text));
  // cheap gates: every pattern but short-year numeric dates needs a 4-digit year; month names need letters
  const hasYear = /\d{4}/.test(s);
  if (!hasYear && !(opts.shortYears && /\d/.test(s))) return [];
  const hasLetters = /\p{L}/u.test(s);
  const found: TextDate[] = [];
  for (const p of PATTERNS) {
    if (!hasYear && p.order !== 'num-dmy') continue;
    if (p.kind === 'named' && !hasLetters) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(s))) {
      const ymd = toYmd(m, p.order, opts, bounds);
      if (ymd) found.push({ ymd, index: m.index, length: m[0].length, kind: p.kind });
      // resume right after the start, so a failed candidate does not hide an overlapping one
      p.re.lastIndex = m.index + 1;
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: TextDate[] = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    out.push(f);
    end = f.index + f.length;
    if (opts.limit && out.length >= opts.limit) break;
  }
  return out;
}

/** The first date written in the text. */
export function findDateInText(text: string, opts: TextOptions = {}): Ymd | null {
  return findDatesInText(text, { ...opts, limit: 1 })[0]?.ymd ?? null;
}
