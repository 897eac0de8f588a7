// The `time` annotator: time expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) with values
// normalised against the document's reference date: the dateline's date, else the publication
// date, else an option. Never the clock.

import type { TokenTypes } from '../../doc/doc.ts';
import type { Mention, TimeExpr } from '../../doc/types.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { fmtDay, parseYmd, type Ymd } from './calendar.ts';
import { SentenceParser, type Match } from './grammar.ts';
import { tenseAround } from './tense.ts';
import { CARDINALS, DAY_PARTS, DEICTIC, FREQUENCY, MONTHS, ORDINALS, REFS, SEASONS, UNITS, WEEKDAYS } from './data/lexicon.ts';

export { durationValue, SentenceParser, type Granularity, type Match, type TimexType } from './grammar.ts';
export { tenseAround } from './tense.ts';

/**
 * Words that can carry a time expression on their own ("Monday", "week", "now", "2015"); the
 * parser only looks at a sentence that has one, and starts at a weak word ("the", "about",
 * "early") only when a strong one follows within four tokens. This keeps the annotator cheap.
 */
const STRONG = new Set<string>([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((w) => `${w}s`), ...Object.keys(UNITS),
  ...Object.keys(DEICTIC), ...Object.keys(FREQUENCY), ...Object.keys(SEASONS), ...Object.keys(DAY_PARTS), ...Object.keys(CARDINALS),
  ...Object.keys(ORDINALS), ...Object.keys(REFS).filter((k) => !k.includes(' ')),
  'today', 'tonight', 'yesterday', 'tomorrow', 'overnight', 'noon', 'midnight', 'midday', 'fiscal', 'year-end', 'year-ago',
  'year-earlier', 'half', 'future', 'once', 'twice', 'every', 'each', 'recent', 'moment', 'time', 'days', 'ago', 'nineties',
  'eighties', 'seventies', 'sixties', 'fifties', 'forties', 'thirties', 'twenties', 'latest', 'term', 'ahead', 'coming',
]);
const WEAK = new Set<string>([
  'the', 'a', 'an', 'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'under', 'over', 'just', 'more',
  'less', 'fewer', 'at', 'up', 'no', 'well', 'early', 'late', 'mid', 'earlier', 'later', 'right', 'these', 'as', 'in', 'this',
  'most', 'several', 'few', 'many', 'couple', 'per', "'", '’', 'end', 'beginning', 'start', 'middle',
]);

/** Strength by token as written: news vocabulary repeats, so each form is judged once. */
const STRENGTH_CACHE = new Map<string, 2 | 1 | 0>();

function strengthOf(token: string): 2 | 1 | 0 {
  let s = STRENGTH_CACHE.get(token);
  if (s === undefined) {
    s = strength(token.toLowerCase());
    if (STRENGTH_CACHE.size > 200_000) STRENGTH_CACHE.clear();
    STRENGTH_CACHE.set(token, s);
  }
  return s;
}

function strength(lower: string): 2 | 1 | 0 {
  const c = lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return 2; // a digit
  const bare = lower.length > 2 && lower.endsWith('.') && lower.indexOf('.') === lower.length - 1 ? lower.slice(0, -1) : lower;
  if (STRONG.has(bare)) return 2;
  if (bare.includes('-') && (/^mid-|^fy|-(?:year|month|week|day|hour|minute|second|decade|century|quarter|half|long|old)s?\b/.test(bare) || TENS_HYPHEN.test(bare))) return 2;
  if (/^q[1-4]$|^fy\d/.test(bare)) return 2;
  if (WEAK.has(bare)) return 1;
  return 0;
}
const TENS_HYPHEN = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+$/;

/** A single-word month or weekday inside a person's or organisation's name is part of the name ("Theresa May", "Sunday Times"). */
function insideName(start: number, end: number, names: readonly Mention[]): boolean {
  for (const n of names) {
    if (n.start <= start && n.end >= end && n.end - n.start > end - start && (n.type === 'PERSON' || n.type === 'ORG')) return true;
  }
  return false;
}

export function findTimes(
  text: string,
  tokens: readonly { start: number; end: number }[],
  sentences: readonly { start: number; end: number; tokenStart: number; tokenEnd: number }[],
  anchor: Ymd | null,
  names: readonly Mention[] = [],
  types?: TokenTypes,
): TimeExpr[] {
  const word = (t: number): string => (types ? types.words[types.ids[t]] : text.slice(tokens[t].start, tokens[t].end));
  // strength + 1 per distinct word of the document (0: not judged yet), see Doc.tokenTypes()
  const typeStrength = types ? new Uint8Array(types.words.length) : null;
  const strengthAt = (t: number): 2 | 1 | 0 => {
    if (!typeStrength || !types) return strengthOf(word(t));
    const id = types.ids[t];
    if (typeStrength[id] === 0) typeStrength[id] = strengthOf(types.words[id]) + 1;
    return (typeStrength[id] - 1) as 2 | 1 | 0;
  };
  const out: TimeExpr[] = [];
  const anchorText = anchor ? fmtDay(anchor) : undefined;
  for (const s of sentences) {
    let parser: SentenceParser | null = null;
    const n = s.tokenEnd - s.tokenStart;
    const power = new Uint8Array(n);
    let any = false;
    for (let t = 0; t < n; t++) {
      power[t] = strengthAt(s.tokenStart + t);
      if (power[t] === 2) any = true;
    }
    if (!any) continue;
    const o: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) o.push(word(t));
    let i = 0;
    while (i < o.length) {
      let go = power[i] === 2;
      if (power[i] === 1) for (let k = i + 1; k <= i + 4 && k < n && !go; k++) go = power[k] === 2;
      if (!go) {
        i++;
        continue;
      }
      if (!parser) {
        const p: SentenceParser = new SentenceParser(o, anchor, (a, b) => tenseAround(p.w, a, b));
        parser = p;
      }
      const parse = parser.parseAt(i);
      if (!parse || parse.end <= i) {
        i++;
        continue;
      }
      const m: Match = { ...parse, start: i };
      const start = tokens[s.tokenStart + m.start].start;
      const end = tokens[s.tokenStart + m.end - 1].end;
      if (names.length && insideName(start, end, names)) {
        i = m.end;
        continue;
      }
      const item: TimeExpr = { id: '', start, end, type: m.type, value: m.value, granularity: m.gran };
      if (m.mod) item.mod = m.mod;
      if (m.zone) item.zone = m.zone;
      if (m.relative && anchorText) item.anchor = anchorText;
      out.push(item);
      i = m.end;
    }
  }
  out.forEach((t, k) => (t.id = `t${k}`));
  return out;
}

export const timeAnnotator = defineAnnotator({
  name: 'time',
  version: '0.1.0',
  description: 'Time expressions (TimeML TIMEX3 types and values), resolved against the dateline or publication date.',
  requires: ['tokens', 'sentences'],
  produces: ['times'],
  options: {
    referenceDate: { type: 'string', default: '', pattern: /^(?:\d{4}-\d{2}-\d{2})?$/, description: 'reference date (YYYY-MM-DD) for documents without a publication or dateline date' },
    useDateline: { type: 'boolean', default: true, description: "prefer the dateline's date over the publication date as the anchor" },
  },
  create: (config) => {
    const fallback = parseYmd(config.referenceDate);
    return (doc) => {
      const anchor = (config.useDateline ? parseYmd(doc.meta.dateline?.date) : null) ?? parseYmd(doc.meta.date) ?? fallback;
      const names = doc.has('mentions') ? doc.layer('mentions').filter((m) => m.form === 'name') : [];
      return { times: findTimes(doc.text, doc.layer('tokens'), doc.layer('sentences'), anchor, names, doc.tokenTypes()) };
    };
  },
});
