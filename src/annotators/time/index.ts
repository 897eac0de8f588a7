// The `time` annotator: time expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) with values
// normalised against the document's reference date: the dateline's date, else the publication
// date, else an option. Never the clock.

import type { Mention, TimeExpr } from '../../doc/types.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { fmtDay, parseYmd, type Ymd } from './calendar.ts';
import { SentenceParser, type Match } from './grammar.ts';
import { tenseAround } from './tense.ts';
import { MONTHS, WEEKDAYS } from './data/lexicon.ts';

export { durationValue, SentenceParser, type Granularity, type Match, type TimexType } from './grammar.ts';
export { tenseAround } from './tense.ts';

/** Characters a token must contain for the parser to look at it (a cheap pre-filter). */
const TRIGGER = /^(?:\d|'|’|the$|a$|an$|about$|around$|approximately$|roughly$|some$|nearly$|almost$|under$|over$|just$|more$|less$|fewer$|at$|up$|no$|well$|early$|late|earl|mid|every$|each$|per$|once$|twice$|this$|last$|next$|past$|previous$|preceding$|prior$|current$|present$|coming$|following$|upcoming$|recent|right$|now$|current|present|nowad|these$|in$|soon$|lately$|formerly$|previously$|today|tonight$|yesterday|tomorrow|overnight$|noon$|midnight$|midday$|fiscal$|fy|q[1-4]$|year|half$|several$|few$|many$|numerous$|multiple$|couple$|first|second|third|fourth|final|hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|biannually|semi|future|dozen|hundred|quarter|decade|centur|week|month|day|hour|minute|season|summer|winter|spring|fall$|autumn)/;

function isTrigger(lower: string): boolean {
  if (TRIGGER.test(lower)) return true;
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (MONTHS[bare] !== undefined || WEEKDAYS[bare] !== undefined || WEEKDAYS[bare.slice(0, -1)] !== undefined) return true;
  if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)/.test(lower)) return true;
  return false;
}

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
): TimeExpr[] {
  const out: TimeExpr[] = [];
  const anchorText = anchor ? fmtDay(anchor) : undefined;
  for (const s of sentences) {
    let parser: SentenceParser | null = null;
    const o: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) o.push(text.slice(tokens[t].start, tokens[t].end));
    let i = 0;
    while (i < o.length) {
      const lower = o[i].toLowerCase();
      if (!isTrigger(lower)) {
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
      return { times: findTimes(doc.text, doc.layer('tokens'), doc.layer('sentences'), anchor, names) };
    };
  },
});
