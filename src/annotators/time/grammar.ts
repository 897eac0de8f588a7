// A hand-written grammar of English time expressions over the tokens of one sentence. Each parser
// reads from a token index and returns the furthest reach it can justify with a TIMEX3 type and
// value already resolved against the anchor (the publication or dateline date). The longest
// parse at a position wins; spans follow TimeML: leading prepositions are left out, determiners
// and modifiers ("the past three months", "nearly two years", "early next year") are kept.

import { addDays, addMonths, daysInMonth, fmtDay, fmtWeek, pad2, pad4, quarterOf, validDay, weekday, type Ymd } from './calendar.ts';
import {
  AMBIGUOUS_MONTHS, APPROX, CARDINALS, DAY_PARTS, DEICTIC, FREQUENCY, MONTHS, ORDINALS, POSITION, REFS, SEASONS, TENS, UNITS,
  VAGUE_AMOUNTS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, ZONES, type Unit,
} from './data/lexicon.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Granularity = 'time' | 'part' | 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'ref' | 'duration' | 'set';

export interface Parse {
  /** token index one past the expression (within the sentence's token array) */
  end: number;
  type: TimexType;
  value: string | null;
  gran: Granularity;
  mod?: string;
  zone?: string;
  /** the resolved day, when the expression names one (lets a clock time attach to it) */
  day?: Ymd;
  /** true when the value depends on the anchor date */
  relative?: boolean;
}

export interface Match extends Parse {
  start: number;
}

/** -1 past, 1 future, 0 unknown. */
export type Tense = -1 | 0 | 1;

interface Num {
  n: number | null;
  end: number;
}

const UNIT_CODE: Record<Unit, string> = {
  second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', weekend: 'WE', fortnight: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'Y', century: 'Y', millennium: 'Y',
};
const UNIT_SCALE: Partial<Record<Unit, number>> = { fortnight: 2, decade: 10, century: 100, millennium: 1000 };
const VAGUE_CODE: Partial<Record<Unit, string>> = { decade: 'DE', century: 'CE', millennium: 'ML', fortnight: 'W' };

/** ISO 8601 duration for n units (null n: unspecified, X). */
export function durationValue(n: number | null, unit: Unit): string {
  const code = UNIT_CODE[unit];
  const time = code.startsWith('T');
  const letter = time ? code.slice(1) : code;
  const prefix = time ? 'PT' : 'P';
  if (n === null) return `${prefix}X${VAGUE_CODE[unit] ?? letter}`;
  const scaled = n * (UNIT_SCALE[unit] ?? 1);
  if (Number.isInteger(scaled)) return `${prefix}${scaled}${letter}`;
  const whole = Math.floor(scaled);
  const frac = scaled - whole;
  const lower: Partial<Record<string, [string, number, boolean]>> = { Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], M_T: ['S', 60, true] };
  const key = time && letter === 'M' ? 'M_T' : letter;
  const l = lower[key];
  if (l && Number.isInteger(Math.round(frac * l[1] * 1000) / 1000)) {
    const sub = Math.round(frac * l[1]);
    const head = whole ? `${whole}${letter}` : '';
    if (!time && l[2]) return `P${head}T${sub}${l[0]}`;
    return `${prefix}${head}${sub}${l[0]}`;
  }
  return `${prefix}${scaled}${letter}`;
}

const CAPITAL = /^\p{Lu}/u;
/** First words of the reference phrases ("now", "right now", "the moment"): other words start none. */
const REF_FIRST_WORDS = new Set(Object.keys(REFS).map((k) => k.split(' ')[0]));
const DIGITS = /^\d+$/;
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)?$/;
const MILITARY = /^([01]\d|2[0-3])([0-5]\d)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_ORD = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const HYPHEN_DUR = /^(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)-(second|minute|hour|day|week|month|year|decade|century)s?(?:-(old|long))?$/;
const LONG_DUR = /^(year|month|week|day|decade|hour|night|century)-long$/;
const DECADE = /^(\d{3})0s$/;
const SHORT_DECADE = /^(?:'|’)?(\d)0s$/;
const ORD_QUARTER = /^(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)$/;
const FISCAL_YEAR = /^fy(\d{2}|\d{4})$/;
const Q_TOKEN = /^q([1-4])$/;
const MID = /^mid-(.+)$/;

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const PREP_BEFORE_YEAR = new Set(['in', 'since', 'of', 'by', 'from', 'until', 'till', 'to', 'before', 'after', 'during', 'year', 'through', 'throughout', 'between', 'and', 'or', 'early', 'late', 'mid', 'fiscal', 'around', 'circa', 'c.', 'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'beginning', 'start', 'middle', ',']);
/** Words after a four-digit number that show it is a quantity, not a year. */
const QUANTITY_AFTER = /^(?:people|persons|percent|per|troops|soldiers|men|women|children|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|feet|dollars|euros|pounds|yuan|rupees|units|cases|deaths|votes|times|points|hectares|acres|barrels|kg|mw|mph|cc|[a-z]+s)$/;
const NOT_PLURAL_NOUN = new Set(['was', 'is', 'has', 'as', 'its', 'this', 'thus', 'plus', 'us', 'has', 'does', 'his', 'versus', 'across', 'always', 'perhaps', 'whereas', 'elections', 'olympics', 'games', 'talks', 'polls', 'accords', 'levels', 'rates', 'figures', 'results', 'earnings', 'sales', 'profits', 'budgets', 'estimates', 'forecasts', 'numbers', 'prices']);

/** Words after "daily", "weekly"... that keep them adverbs ("meets weekly in Geneva"). */
const ADVERB_FOLLOWERS = new Set(['in', 'on', 'at', 'for', 'since', 'and', 'or', 'but', 'to', 'from', 'by', 'with', 'until', 'during', 'throughout', 'basis', 'ever', 'now', 'as', 'while', 'because', 'if', 'when', 'so', 'than', 'the', 'a', 'an', 'after', 'before', 'into', 'over', 'across', 'under', 'around', 'through', 'via', 'against']);

export class SentenceParser {
  /** lower-case tokens, abbreviation dots removed ("oct." -> "oct", "p.m." kept) */
  readonly w: string[];
  constructor(
    readonly o: readonly string[],
    readonly anchor: Ymd | null,
    private readonly tenseAt: (start: number, end: number) => Tense,
  ) {
    this.w = o.map((t) => {
      const l = t.toLowerCase();
      return l.length > 2 && l.endsWith('.') && l.indexOf('.') === l.length - 1 ? l.slice(0, -1) : l;
    });
  }

  private word(i: number): string {
    return i < this.w.length ? this.w[i] : '';
  }

  private isCap(i: number): boolean {
    return i < this.o.length && CAPITAL.test(this.o[i]);
  }

  // ───────────── numbers ─────────────

  /** A cardinal number at i: digits, words ("twenty four", "twenty-four", "a hundred"), vague amounts (n null). */
  num(i: number, allowArticle: boolean): Num | null {
    const t = this.word(i);
    if (!t) return null;
    if (/^\d+(?:\.\d+)?$/.test(t)) {
      let n = Number(t);
      let end = i + 1;
      // "2 1/2"
      const f = /^(\d)\/(\d)$/.exec(this.word(end));
      if (f && Number(f[2]) > 0) {
        n += Number(f[1]) / Number(f[2]);
        end++;
      }
      return { n, end };
    }
    if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return { n: Number(t.replace(/,/g, '')), end: i + 1 };
    if (t === 'a' || t === 'an') {
      const nx = this.word(i + 1);
      if (nx === 'few' || nx === 'number' || nx === 'couple') {
        if (nx === 'couple') return { n: 2, end: this.word(i + 2) === 'of' ? i + 3 : i + 2 };
        return { n: null, end: this.word(i + 2) === 'of' ? i + 3 : i + 2 };
      }
      if (nx === 'hundred' || nx === 'dozen' || nx === 'thousand') return { n: nx === 'dozen' ? 12 : nx === 'hundred' ? 100 : 1000, end: i + 2 };
      if (allowArticle) return { n: 1, end: i + 1 };
      return null;
    }
    if (VAGUE_AMOUNTS.has(t)) {
      if (t === 'couple') return null;
      return { n: null, end: this.word(i + 1) === 'of' ? i + 2 : i + 1 };
    }
    const word = this.wordNumber(t);
    if (word === null) return null;
    let n = word;
    let end = i + 1;
    if (TENS.has(t)) {
      const u = CARDINALS[this.word(end)];
      if (u !== undefined && u >= 1 && u <= 9) {
        n += u;
        end++;
      }
    }
    if (this.word(end) === 'hundred' && n < 100) {
      n *= 100;
      end++;
    } else if (this.word(end) === 'thousand' && n < 1000) {
      n *= 1000;
      end++;
    }
    return { n, end };
  }

  private wordNumber(t: string): number | null {
    const c = CARDINALS[t];
    if (c !== undefined) return c;
    const m = /^([a-z]+)-([a-z]+)$/.exec(t);
    if (m && TENS.has(m[1])) {
      const u = CARDINALS[m[2]];
      if (u !== undefined && u >= 1 && u <= 9) return CARDINALS[m[1]] + u;
    }
    return null;
  }

  // ───────────── entry point ─────────────

  /** The longest expression starting at token i, or null. */
  parseAt(i: number): Parse | null {
    const t = this.w[i];
    let best: Parse | null = null;
    const take = (p: Parse | null): void => {
      if (p && (!best || p.end > best.end)) best = p;
    };
    // modifiers first: "about two years", "nearly a decade", "more than four hours", "around 7:15 p.m."
    const approx = APPROX[t];
    if (approx) {
      for (const a of approx) {
        if (!a.words.every((x, k) => this.word(i + k) === x)) continue;
        const j = i + a.words.length;
        const inner = this.core(j);
        if (!inner) continue;
        const dateOk = a.mod === 'APPROX' && t !== 'some' && (inner.type === 'DATE' || inner.type === 'TIME');
        // "over the past year", "under the next president": a preposition, not an amount
        if ((t === 'over' || t === 'under' || t === 'just' || t === 'well' || t === 'some') && (this.word(j) === 'the' || this.word(j) === 'this' || this.word(j) === 'that')) continue;
        if (inner.type === 'DURATION' || dateOk) take({ ...inner, mod: inner.mod ?? a.mod });
      }
    }
    take(this.positioned(i));
    take(this.core(i));
    return best;
  }

  /** Expressions without a leading modifier; memoised, since modifiers and ranges ask again at the same token. */
  core(i: number): Parse | null {
    const hit = this.coreMemo.get(i);
    if (hit !== undefined) return hit;
    const p = this.coreAt(i);
    this.coreMemo.set(i, p);
    return p;
  }

  private readonly coreMemo = new Map<number, Parse | null>();

  private coreAt(i: number): Parse | null {
    let best: Parse | null = null;
    const take = (p: Parse | null): void => {
      if (p && (!best || p.end > best.end)) best = p;
    };
    take(this.ref(i));
    take(this.set(i));
    take(this.dateOrTime(i));
    take(this.duration(i));
    return best;
  }

  /** Dates and times, with a clock time joined to an adjacent date ("10 p.m. Wednesday"). */
  private dateOrTime(i: number): Parse | null {
    let best: Parse | null = null;
    const take = (p: Parse | null): void => {
      if (p && (!best || p.end > best.end)) best = p;
    };
    take(this.dayWord(i));
    take(this.weekdayExpr(i));
    take(this.monthExpr(i));
    take(this.yearExpr(i));
    take(this.decadeExpr(i));
    take(this.quarterExpr(i));
    take(this.deicticExpr(i));
    take(this.numericDate(i));
    const clock = this.clock(i);
    if (clock) {
      let j = clock.end;
      if (this.word(j) === ',' || this.word(j) === 'on') j++;
      const date = this.dayWord(j) ?? this.weekdayExpr(j) ?? this.monthExpr(j) ?? this.numericDate(j);
      if (date?.day && (date.gran === 'day' || date.gran === 'time' || date.gran === 'part') && !(this.word(clock.end) === 'on' && false)) {
        take({ ...clock, end: date.end, value: `${fmtDay(date.day)}${clock.value!.slice(clock.value!.indexOf('T'))}`, day: date.day, relative: date.relative });
      } else take(clock);
    }
    return best;
  }

  // ───────────── references: now, recently, the future ─────────────

  private ref(i: number): Parse | null {
    if (!REF_FIRST_WORDS.has(this.w[i])) return null;
    let key = '';
    let best: Parse | null = null;
    for (let k = 0; k < 4 && i + k < this.w.length; k++) {
      key = k === 0 ? this.w[i] : `${key} ${this.w[i + k]}`;
      const r = REFS[key];
      if (r) best = { end: i + k + 1, type: r.type, value: r.value, gran: 'ref' };
    }
    if (best) {
      const first = this.w[i];
      const after = this.word(best.end);
      // "as soon as", "soon after": conjunctions; "the future of the party": a noun
      if (first === 'soon' && (this.word(i - 1) === 'as' || this.word(i - 1) === 'how' || after === 'after' || after === 'as')) return null;
      if (best.value === 'FUTURE_REF' && first === 'the' && after === 'of') return null;
    }
    if (best && key.startsWith('the moment') && this.word(i + 2) !== ',' && this.word(i + 2) !== '.' && this.word(i + 2) !== '') {
      // "the moment he arrived" is a conjunction, not a time
      if (best.end === i + 2) return null;
    }
    return best;
  }

  // ───────────── sets: every Monday, weekly, twice a year ─────────────

  private set(i: number): Parse | null {
    const t = this.w[i];
    const freq = FREQUENCY[t];
    if (freq) {
      // an adjective before a noun ("quarterly dividend", "daily flights") is no time expression
      const nx = this.word(i + 1);
      if (/^[a-z]/.test(nx) && !ADVERB_FOLLOWERS.has(nx)) return null;
      return { end: i + 1, type: 'SET', value: freq, gran: 'set' };
    }
    if (t === 'every' || t === 'each' || t === 'per') {
      let j = i + 1;
      if (this.word(j) === 'other') j++;
      const other = j > i + 1;
      const n = this.num(j, false);
      if (n && n.n !== null) {
        const u = UNITS[this.word(n.end)];
        if (u) return { end: n.end + 1, type: 'SET', value: durationValue(n.n, u), gran: 'set' };
      }
      const u = UNITS[this.word(j)];
      if (u && u !== 'weekend') return { end: j + 1, type: 'SET', value: durationValue(other ? 2 : 1, u), gran: 'set' };
      if (this.word(j) === 'weekend') return { end: j + 1, type: 'SET', value: 'XXXX-WXX-WE', gran: 'set' };
      const wd = WEEKDAYS[this.word(j)];
      if (wd && !WEEKDAY_ABBREVIATIONS.has(this.word(j))) {
        const part = DAY_PARTS[this.word(j + 1)];
        return { end: part ? j + 2 : j + 1, type: 'SET', value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, gran: 'set' };
      }
      const m = MONTHS[this.word(j)];
      if (m && this.isCap(j)) return { end: j + 1, type: 'SET', value: `XXXX-${pad2(m)}`, gran: 'set' };
      const s = SEASONS[this.word(j)];
      if (s) return { end: j + 1, type: 'SET', value: `XXXX-${s}`, gran: 'set' };
      const p = DAY_PARTS[this.word(j)];
      if (p) return { end: j + 1, type: 'SET', value: `XXXX-XX-XXT${p}`, gran: 'set' };
      return null;
    }
    // once a week, twice a year, three times a day
    let j = -1;
    let n = 0;
    if (t === 'once') (j = i + 1), (n = 1);
    else if (t === 'twice') (j = i + 1), (n = 2);
    else {
      const c = this.num(i, false);
      if (c && c.n !== null && this.word(c.end) === 'times') (j = c.end + 1), (n = c.n);
    }
    if (j > 0 && (this.word(j) === 'a' || this.word(j) === 'an' || this.word(j) === 'per' || this.word(j) === 'each' || this.word(j) === 'every')) {
      const u = UNITS[this.word(j + 1)];
      if (u && n) return { end: j + 2, type: 'SET', value: durationValue(1, u), gran: 'set' };
    }
    // plural weekdays: "on Mondays", "Tuesday nights"
    if (/s$/.test(t) && this.isCap(i)) {
      const wd = WEEKDAYS[t.slice(0, -1)];
      if (wd && !WEEKDAY_ABBREVIATIONS.has(t.slice(0, -1)) && (this.word(i - 1) === 'on' || this.word(i - 1) === 'most' || this.word(i - 1) === 'some')) {
        return { end: i + 1, type: 'SET', value: `XXXX-WXX-${wd}`, gran: 'set' };
      }
    }
    const wd = WEEKDAYS[t];
    if (wd && !WEEKDAY_ABBREVIATIONS.has(t) && this.isCap(i) && /s$/.test(this.word(i + 1)) && DAY_PARTS[this.word(i + 1)] && this.word(i + 1) !== 'overnight') {
      return { end: i + 2, type: 'SET', value: `XXXX-WXX-${wd}T${DAY_PARTS[this.word(i + 1)]}`, gran: 'set' };
    }
    return null;
  }

  // ───────────── relative days ─────────────

  private dayWord(i: number): Parse | null {
    const t = this.w[i];
    let offset: number;
    let part: string | undefined;
    if (t === 'today') offset = 0;
    else if (t === 'yesterday') offset = -1;
    else if (t === 'tomorrow') offset = 1;
    else if (t === 'tonight') (offset = 0), (part = 'NI');
    else if (t === 'overnight') (offset = -1), (part = 'NI');
    else if ((t === 'this' || t === 'last') && DAY_PARTS[this.word(i + 1)] && !/s$/.test(this.word(i + 1))) {
      // this morning, last night (last night = yesterday night), last evening
      const p = DAY_PARTS[this.word(i + 1)];
      const last = t === 'last';
      if (last && p !== 'NI' && p !== 'EV') return null;
      const day = this.shift(last ? -1 : 0);
      return { end: i + 2, type: 'TIME', value: day ? `${fmtDay(day)}T${p}` : `XXXX-XX-XXT${p}`, gran: 'part', day: day ?? undefined, relative: true };
    } else return null;
    if (t === 'overnight' && this.word(i - 1) !== ',' && i > 0 && !/^(said|on|the)$/.test(this.word(i - 1))) {
      // "overnight" as an adverb of a clause is a time; "an overnight stay" is not
      if (this.word(i - 1) === 'an') return null;
    }
    // "VOA Today", "USA Today": a name
    if (i > 0 && this.isCap(i) && this.isCap(i - 1) && !/^[.!?:;"“”'‘’]$/.test(this.o[i - 1]) && !/^(and|but|so|then|until|since|from|by|before|after|on|in|as|at)$/.test(this.word(i - 1))) return null;
    const day = this.shift(offset);
    let end = i + 1;
    if (!part) {
      const p = DAY_PARTS[this.word(end)];
      if (p && !/s$/.test(this.word(end))) {
        part = p;
        end++;
      } else if (this.word(end) === 'at' && (this.word(end + 1) === 'noon' || this.word(end + 1) === 'midnight')) {
        // leave "at noon" to the clock parser
      }
    }
    if (part) return { end, type: 'TIME', value: day ? `${fmtDay(day)}T${part}` : `XXXX-XX-XXT${part}`, gran: 'part', day: day ?? undefined, relative: true };
    return { end, type: 'DATE', value: day ? fmtDay(day) : 'XXXX-XX-XX', gran: 'day', day: day ?? undefined, relative: true };
  }

  private shift(days: number): Ymd | null {
    return this.anchor ? addDays(this.anchor, days) : null;
  }

  // ───────────── weekdays ─────────────

  private weekdayExpr(i: number): Parse | null {
    const t = this.w[i];
    const wd = WEEKDAYS[t];
    if (!wd || !this.isCap(i)) return null;
    const abbrev = WEEKDAY_ABBREVIATIONS.has(t);
    let j = i + 1;
    if (this.word(j) === ',') j++;
    // "Monday, Oct. 5" / "Friday Oct. 13" / "Saturday, 3 March 2015"
    const explicit = this.monthExpr(j);
    if (explicit && explicit.gran === 'day') return { ...explicit };
    if (abbrev) return null;
    const dir = this.tenseAt(i, i + 1);
    const day = this.anchor ? this.weekdayNear(wd, dir === 1 ? 1 : -1, true) : null;
    return this.withPart(i + 1, day, `XXXX-WXX-${wd}`);
  }

  /** The day of weekday wd nearest the anchor in direction dir (inclusive of the anchor when allowed). */
  private weekdayNear(wd: number, dir: 1 | -1, inclusive: boolean): Ymd {
    const a = this.anchor!;
    const cur = weekday(a);
    let diff = dir === -1 ? -((cur - wd + 7) % 7) : (wd - cur + 7) % 7;
    if (diff === 0 && !inclusive) diff = dir * 7;
    return addDays(a, diff);
  }

  /** A day followed by an optional part of the day ("Monday night", "Thursday evening"). */
  private withPart(j: number, day: Ymd | null, unknown: string): Parse {
    const p = DAY_PARTS[this.word(j)];
    if (p && !/s$/.test(this.word(j)) && this.word(j) !== 'overnight') {
      return { end: j + 1, type: 'TIME', value: day ? `${fmtDay(day)}T${p}` : `${unknown}T${p}`, gran: 'part', day: day ?? undefined, relative: true };
    }
    return { end: j, type: 'DATE', value: day ? fmtDay(day) : unknown, gran: 'day', day: day ?? undefined, relative: true };
  }

  // ───────────── months and calendar dates ─────────────

  private monthAt(i: number): number | null {
    const t = this.w[i];
    if (!t) return null;
    const m = MONTHS[t];
    if (!m || !this.isCap(i)) return null;
    // "Sept." / "Oct." written with the dot, or a full name
    return m;
  }

  private monthExpr(i: number): Parse | null {
    let t = this.w[i];
    if (!t) return null;
    // "the 5th of October"
    if (t === 'the' && DAY_ORD.test(this.word(i + 1)) && this.word(i + 2) === 'of') {
      const m = this.monthAt(i + 3);
      const d = Number(DAY_ORD.exec(this.word(i + 1))![1]);
      if (m && /\d(st|nd|rd|th)$/.test(this.word(i + 1))) return this.dayOf(i + 4, m, d, i);
    }
    // day-first: "5 October", "5 October 2015", "5th October"
    const dm = DAY_ORD.exec(t);
    if (dm && this.w[i + 1]) {
      const m = this.monthAt(i + 1);
      const d = Number(dm[1]);
      if (m && d >= 1 && d <= 31) return this.dayOf(i + 2, m, d, i);
    }
    const ordDay = ORDINALS[t];
    if (ordDay && ordDay > 0 && this.word(i + 1) === 'of') {
      const m = this.monthAt(i + 2);
      if (m) return this.dayOf(i + 3, m, ordDay, i);
    }
    let mid = false;
    const midm = MID.exec(t);
    if (midm && MONTHS[midm[1]]) {
      mid = true;
      t = midm[1];
    }
    const m = mid ? MONTHS[t] : this.monthAt(i);
    if (!m) return null;
    const ambiguous = AMBIGUOUS_MONTHS.has(t) && !/\.$/.test(this.o[i]);
    const nx = this.word(i + 1);
    // month day
    const dd = DAY_ORD.exec(nx);
    if (!mid && dd && Number(dd[1]) >= 1 && Number(dd[1]) <= 31) {
      return this.dayOf(i + 2, m, Number(dd[1]), i);
    }
    // "October the 5th"
    if (!mid && nx === 'the' && /^\d{1,2}(st|nd|rd|th)$/.test(this.word(i + 2))) return this.dayOf(i + 3, m, Number(DAY_ORD.exec(this.word(i + 2))![1]), i);
    // month year: "October 2015", "October of 2015", "March, 2015"
    let j = i + 1;
    if (this.word(j) === 'of' || this.word(j) === ',') j++;
    const y = this.yearNumber(j);
    if (y !== null) return { end: j + 1, type: 'DATE', value: `${pad4(y)}-${pad2(m)}`, gran: 'month', mod: mid ? 'MID' : undefined };
    const spoken = this.spokenYear(i + 1);
    if (spoken) return { end: spoken.end, type: 'DATE', value: `${pad4(spoken.y)}-${pad2(m)}`, gran: 'month', mod: mid ? 'MID' : undefined };
    // "January this year", "June last year"
    if ((nx === 'this' || nx === 'last' || nx === 'next') && this.word(i + 2) === 'year' && this.anchor) {
      const y2 = this.anchor.y + DEICTIC[nx];
      return { end: i + 3, type: 'DATE', value: `${pad4(y2)}-${pad2(m)}`, gran: 'month', relative: true, mod: mid ? 'MID' : undefined };
    }
    if (ambiguous && !mid) {
      const prev = this.word(i - 1);
      if (!['in', 'since', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through', 'before', 'after', 'during', 'between', 'and', 'to'].includes(prev)) return null;
      if (t === 'may' && (prev === 'and' || prev === 'to')) return null;
    }
    // a person's name: "Theresa May", "April Smith"
    if (!mid && i > 0 && this.isCap(i - 1) && !/^(in|since|until|by|of|early|late|last|next|this)$/.test(this.word(i - 1)) && this.o[i - 1] !== this.o[i - 1].toUpperCase()) return null;
    if (!mid && this.isCap(i + 1) && /^\p{Lu}\p{Ll}/u.test(this.o[i + 1] ?? '') && !WEEKDAYS[this.word(i + 1)]) return null;
    const year = this.yearFor(m, i);
    return { end: i + 1, type: 'DATE', value: year === null ? `XXXX-${pad2(m)}` : `${pad4(year)}-${pad2(m)}`, gran: 'month', relative: true, mod: mid ? 'MID' : undefined };
  }

  /** "Oct. 5" (+ ", 2015"): the day, with the year given or chosen by tense. */
  private dayOf(j: number, m: number, d: number, start: number): Parse | null {
    let end = j;
    let y: number | null = null;
    let k = j;
    if (this.word(k) === ',' || this.word(k) === 'of') k++;
    const yy = this.yearNumber(k);
    if (yy !== null) {
      y = yy;
      end = k + 1;
    } else {
      const sp = this.spokenYear(k);
      if (sp) {
        y = sp.y;
        end = sp.end;
      }
    }
    const relative = y === null;
    if (y === null) y = this.yearFor(m, start, d);
    if (y !== null && !validDay(y, m, d)) return null;
    if (y === null && (d < 1 || d > 31)) return null;
    const day = y !== null ? { y, m, d } : undefined;
    const p = this.withPart(end, day ?? null, `XXXX-${pad2(m)}-${pad2(d)}`);
    return { ...p, relative };
  }

  /** The year of a month (and day) named without one: the tense decides around the anchor. */
  private yearFor(m: number, at: number, d = 0): number | null {
    if (!this.anchor) return null;
    const a = this.anchor;
    const tense = this.tenseAt(at, at + 1);
    if (d > 0) {
      // a day without a year: the nearest such day, leaning with the tense (a deadline in December
      // written in November is this year's; "on Dec. 28" reported in January is last year's)
      let best = a.y;
      let bestScore = Infinity;
      for (const y of [a.y - 1, a.y, a.y + 1]) {
        if (!validDay(y, m, d)) continue;
        const diff = (Date.UTC(y, m - 1, d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
        const score = Math.abs(diff) + (tense === -1 && diff > 7 ? 200 : 0) + (tense === 1 && diff < -7 ? 200 : 0);
        if (score < bestScore) (bestScore = score), (best = y);
      }
      return best;
    }
    // a month alone: the nearest such month, leaning with the tense
    let best = a.y;
    let bestScore = Infinity;
    for (const y of [a.y - 1, a.y, a.y + 1]) {
      const diff = (y - a.y) * 12 + m - a.m;
      const score = Math.abs(diff) + (tense === -1 && diff > 0 ? 6 : 0) + (tense === 1 && diff < 0 ? 6 : 0) + (diff > 0 ? 0.5 : 0);
      if (score < bestScore) (bestScore = score), (best = y);
    }
    return best;
  }

  /** A four-digit number that reads as a year (1000-2099), else null. */
  yearNumber(i: number): number | null {
    const t = this.word(i);
    if (!DIGITS.test(t) || t.length !== 4) return null;
    const y = Number(t);
    if (y < 1000 || y > 2099) return null;
    return y;
  }

  private spokenYear(i: number): { y: number; end: number } | null {
    const t = this.word(i);
    if (t === 'nineteen' || t === 'eighteen' || t === 'twenty') {
      const century = CARDINALS[t];
      const rest = this.word(i + 1);
      const n = this.wordNumber(rest);
      if (n !== null && n >= 10 && n <= 99) {
        let y = century * 100 + n;
        let end = i + 2;
        if (TENS.has(rest) && CARDINALS[this.word(end)] !== undefined && CARDINALS[this.word(end)] < 10) {
          y += CARDINALS[this.word(end)];
          end++;
        }
        return { y, end };
      }
      if (t === 'twenty' && this.word(i + 1) === 'hundred') return null;
      return null;
    }
    if (t === 'two' && this.word(i + 1) === 'thousand') {
      let end = i + 2;
      let y = 2000;
      if (this.word(end) === 'and') end++;
      const n = this.wordNumber(this.word(end));
      if (n !== null && n < 100) {
        y += n;
        end++;
      } else if (end > i + 2) end--;
      return { y, end };
    }
    return null;
  }

  // ───────────── years, decades, centuries ─────────────

  private yearExpr(i: number): Parse | null {
    const t = this.w[i];
    // "the year 2000", "the year two thousand"
    if (t === 'the' && this.word(i + 1) === 'year') {
      const y = this.yearNumber(i + 2) ?? this.spokenYear(i + 2)?.y;
      if (y !== undefined && y !== null) return { end: this.yearNumber(i + 2) !== null ? i + 3 : this.spokenYear(i + 2)!.end, type: 'DATE', value: pad4(y), gran: 'year' };
    }
    // fiscal 1989, fiscal year 1989, FY2015
    if (t === 'fiscal') {
      let j = i + 1;
      if (this.word(j) === 'year') j++;
      const y = this.yearNumber(j);
      if (y !== null) return { end: j + 1, type: 'DATE', value: pad4(y), gran: 'year' };
      return null;
    }
    const fy = FISCAL_YEAR.exec(t);
    if (fy) {
      const y = fy[1].length === 2 ? 2000 + Number(fy[1]) : Number(fy[1]);
      return { end: i + 1, type: 'DATE', value: pad4(y), gran: 'year' };
    }
    const sp = this.spokenYear(i);
    if (sp && sp.end > i + 1 && (sp.y >= 1800 && sp.y <= 2099) && (t !== 'twenty' || this.word(sp.end) !== 'years')) {
      // "nineteen ninety-six" (a count like "twenty two people" is no year: it must be followed by no noun)
      const after = this.word(sp.end);
      if (!UNITS[after] && !(/^[a-z]+s$/.test(after) && !this.isCap(sp.end))) return { end: sp.end, type: 'DATE', value: pad4(sp.y), gran: 'year' };
    }
    const y = this.yearNumber(i);
    if (y === null) return null;
    const prev = this.word(i - 1);
    const next = this.word(i + 1);
    if (prev === '$' || prev === '£' || prev === '€' || prev === '#' || prev === 'no' || prev === 'number' || prev === 'flight' || prev === 'route' || prev === 'page' || prev === 'rs' || prev === 'us$') return null;
    if (/^[\d,.]+$/.test(prev) && prev !== ',' && prev !== '.') return null;
    if (next === '%' || next === 'percent' || next === 'per' || next === 'gmt' || next === 'utc' || next === 'hours' || next === 'hrs') return null;
    if (QUANTITY_AFTER.test(next) && !NOT_PLURAL_NOUN.has(next) && !PREP_BEFORE_YEAR.has(prev)) return null;
    if ((y < 1800 || y > 2040) && !PREP_BEFORE_YEAR.has(prev)) return null;
    // a name with a number: "Orion 1980", "Vision 2030" (but "In 1998", "March 1998", "Fiscal 1999")
    if (i > 0 && this.isCap(i - 1) && !PREP_BEFORE_YEAR.has(prev) && MONTHS[prev] === undefined && SEASONS[prev] === undefined && !/^(in|since|by|from|until|before|after|during|of|the|and|or|early|late|mid|through)$/.test(prev)) return null;
    // "1994 or later", "1990 and beyond"
    return { end: i + 1, type: 'DATE', value: pad4(y), gran: 'year' };
  }

  private decadeExpr(i: number): Parse | null {
    let j = i;
    if (this.w[j] === 'the') j++;
    let mod: string | undefined;
    const pos = POSITION[this.word(j)];
    if (pos && (this.word(j) === 'early' || this.word(j) === 'late' || this.word(j) === 'mid')) {
      mod = pos;
      j++;
    }
    const t = this.word(j);
    let m = DECADE.exec(t);
    if (m) return { end: j + 1, type: 'DATE', value: m[1], gran: 'decade', mod };
    const midm = MID.exec(t);
    if (midm && DECADE.exec(midm[1])) return { end: j + 1, type: 'DATE', value: DECADE.exec(midm[1])![1], gran: 'decade', mod: 'MID' };
    // the '90s (the apostrophe may be its own token)
    let k = j;
    if (this.word(k) === "'" || this.word(k) === '’') k++;
    m = SHORT_DECADE.exec(this.word(k));
    if (m && j > i) {
      const d = Number(m[1]);
      const century = d <= 2 && this.anchor && this.anchor.y >= 2010 ? 20 : 19;
      return { end: k + 1, type: 'DATE', value: `${century}${d}`, gran: 'decade', mod };
    }
    if (j > i && DECADE_WORDS[t] !== undefined) {
      return { end: j + 1, type: 'DATE', value: `19${DECADE_WORDS[t]}`, gran: 'decade', mod };
    }
    // the 20th century, the nineteenth century
    const ord = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
    const n = ord ? Number(ord[1]) : ORDINALS[t];
    if (n && n > 0 && (this.word(j + 1) === 'century' || this.word(j + 1) === 'centuries')) {
      return { end: j + 2, type: 'DATE', value: pad2(n - 1), gran: 'century', mod };
    }
    return null;
  }

  // ───────────── quarters and halves ─────────────

  private quarterExpr(i: number): Parse | null {
    let j = i;
    const the = this.w[j] === 'the';
    if (the) j++;
    let year: number | null = null;
    let rel = false;
    // "the 1988 second quarter"
    const yFirst = this.yearNumber(j);
    if (yFirst !== null && the) {
      year = yFirst;
      j++;
      // "the 1988 quarter", "the 1989 period": that year's quarter matching the latest one
      if ((this.word(j) === 'quarter' || this.word(j) === 'period') && this.anchor) {
        const q = quarterOf(this.anchor.m) - 1 || 4;
        return { end: j + 1, type: 'DATE', value: `${pad4(year)}-Q${q}`, gran: 'quarter', relative: true };
      }
    }
    // "this year's third quarter", "next year's first quarter", "the year-ago third quarter"
    if (!the && (this.w[i] === 'this' || this.w[i] === 'next' || this.w[i] === 'last') && this.word(i + 1) === 'year' && (this.word(i + 2) === "'s" || this.word(i + 2) === '’s') && this.anchor) {
      year = this.anchor.y + DEICTIC[this.w[i]];
      j = i + 3;
      if (this.word(j) === 'quarter' || this.word(j) === 'period') {
        const q = quarterOf(this.anchor.m) - 1 || 4;
        return { end: j + 1, type: 'DATE', value: `${pad4(year)}-Q${q}`, gran: 'quarter', relative: true };
      }
    } else if (the && (this.word(j) === 'year-ago' || this.word(j) === 'year-earlier') && this.anchor) {
      year = this.anchor.y - 1;
      j++;
    }
    // this year's third quarter
    if (this.word(j) === 'fiscal') j++;
    let q: number | null = null;
    let half: number | null = null;
    const t = this.word(j);
    const oq = ORD_QUARTER.exec(t);
    if (oq) {
      const n = ORDINALS[oq[1]] ?? Number(oq[1][0]);
      if (oq[2] === 'quarter') q = n;
      else if (n <= 2) half = n;
      j++;
    } else {
      const qt = Q_TOKEN.exec(t);
      if (qt) {
        q = Number(qt[1]);
        j++;
      } else {
        const n = ORDINALS[t] ?? (/^[1-4](st|nd|rd|th)$/.test(t) ? Number(t[0]) : undefined);
        if (n === undefined || n === 0) return null;
        let k = j + 1;
        if (this.word(k) === 'fiscal') k++;
        const u = this.word(k);
        if (u === 'quarter' && n >= 1 && n <= 4) q = n;
        else if (u === 'quarter' && n === -1) q = -1;
        else if (u === 'half' && (n === 1 || n === 2 || n === -1)) half = n === -1 ? 2 : n;
        else return null;
        if (!the && !this.isCap(j) && (i === 0 || this.word(i - 1) !== 'in')) {
          // "first quarter" without "the" is still a quarter in business news
        }
        j = k + 1;
      }
    }
    if (q === null && half === null) return null;
    // "of 1989", "of fiscal 1989", "1989", "of this year", "of next year"
    let k = j;
    if (this.word(k) === 'of') k++;
    if (this.word(k) === 'fiscal') k++;
    const y2 = this.yearNumber(k);
    if (y2 !== null && year === null) {
      year = y2;
      j = k + 1;
    } else if (this.word(j) === 'of' && (this.word(j + 1) === 'this' || this.word(j + 1) === 'next' || this.word(j + 1) === 'last') && this.word(j + 2) === 'year' && this.anchor) {
      year = this.anchor.y + DEICTIC[this.word(j + 1)];
      j += 3;
    } else if (this.word(j) === 'of' && this.word(j + 1) === 'the' && this.word(j + 2) === 'year' && this.anchor) {
      year = this.anchor.y;
      j += 3;
    }
    if (year === null) {
      rel = true;
      if (this.anchor) {
        const a = this.anchor;
        const cur = quarterOf(a.m);
        year = a.y;
        const tense = this.tenseAt(i, j);
        if (q !== null && q > 0 && q > cur && tense === -1) year = a.y - 1;
        if (q !== null && q > 0 && q < cur - 1 && tense === 1) year = a.y + 1;
        if (q === -1) q = 4;
      }
    }
    if (q === -1) q = 4;
    const y = year === null ? 'XXXX' : pad4(year);
    if (q !== null) return { end: j, type: 'DATE', value: `${y}-Q${q}`, gran: 'quarter', relative: rel };
    return { end: j, type: 'DATE', value: `${y}-H${half}`, gran: 'half', relative: rel };
  }

  // ───────────── last week, this year, next month, the past year ─────────────

  private deicticExpr(i: number): Parse | null {
    let j = i;
    const the = this.w[j] === 'the';
    if (the) j++;
    let t = this.word(j);
    let dir: number | undefined = DEICTIC[t];
    // "the latest quarter", "the most recent quarter", "the year-ago quarter"
    if (the && (t === 'latest' || t === 'recent' || (t === 'most' && this.word(j + 1) === 'recent'))) {
      if (t === 'most') j++;
      if (this.word(j + 1) === 'quarter') return this.relQuarter(j + 2, -1);
      return null;
    }
    if (the && (t === 'comparable' || t === 'same' || t === 'corresponding') && (this.word(j + 1) === 'year-ago' || this.word(j + 1) === 'year-earlier')) t = this.word(++j);
    if (the && (t === 'year-ago' || t === 'year-earlier') && (this.word(j + 1) === 'quarter' || this.word(j + 1) === 'period')) {
      const p = this.relQuarter(j + 2, -1);
      if (p && p.value && this.anchor) p.value = `${pad4(Number(p.value.slice(0, 4)) - 1)}${p.value.slice(4)}`;
      return p;
    }
    if (dir === undefined) {
      // year-ago, year-earlier (adjectives of business news): the same period a year before
      if (!the && (t === 'year-ago' || t === 'year-earlier') && this.anchor) return { end: j + 1, type: 'DATE', value: pad4(this.anchor.y - 1), gran: 'year', relative: true };
      if (!the) return null;
      // the full year, the fiscal year, the calendar year
      if ((t === 'full' || t === 'fiscal' || t === 'calendar') && this.word(j + 1) === 'year') {
        j++;
        t = 'year';
      }
      if (t === 'year' || t === 'month' || t === 'week' || t === 'quarter' || t === 'weekend') {
        if (this.isCap(j) && j > 0) return null; // a title: "The Week"
        const nx = this.word(j + 1);
        // "the year ended June 30": a fiscal period, a duration
        if (t === 'year' && (nx === 'ended' || nx === 'ending' || nx === 'to')) return { end: j + 1, type: 'DURATION', value: 'P1Y', gran: 'duration' };
        // "the year", "the week", "the quarter" (current; the quarter: the latest reported one)
        if (t === 'quarter') return this.relQuarter(j + 1, this.tenseAt(i, j + 1) === 1 ? 0 : -1);
        if (t === 'weekend') return this.weekend(j + 1, this.tenseAt(i, j + 1) === 1 ? 1 : -1, true);
        if (nx === 'before' || nx === 'after' || nx === 'of' || nx === 'that' || nx === 'when' || nx === 'in' || nx === 'since') return null;
        return this.relUnit(j + 1, t as Unit, 0);
      }
      // the summer, the morning
      const s = SEASONS[t];
      if (s && !/s$/.test(t) && this.word(j + 1) !== 'of') return this.season(j + 1, s, 0);
      const p = DAY_PARTS[t];
      if (p && !/s$/.test(t) && t !== 'overnight' && !/^(of|after|before|the|that|when|he|she|they|it|we|i|you|his|her|their)$/.test(this.word(j + 1))) {
        const day = this.anchor;
        return { end: j + 1, type: 'TIME', value: day ? `${fmtDay(day)}T${p}` : `XXXX-XX-XXT${p}`, gran: 'part', day: day ?? undefined, relative: true };
      }
      return null;
    }
    if (t === 'present') return null;
    j++;
    // "this past spring"
    if (t === 'this' && this.word(j) === 'past') {
      dir = -1;
      j++;
    }
    t = this.word(j);
    if (t === 'fiscal') {
      j++;
      t = this.word(j);
    }
    const u = UNITS[t];
    if ((u && !/s$/.test(t)) || t === 'weekend') {
      if (this.isCap(j) && !this.isCap(i)) return null; // a title: "This Week"
      if (this.isCap(j) && this.isCap(i) && i > 0) return null;
      if (t === 'weekend') return this.weekend(j + 1, dir === 0 ? (this.tenseAt(i, j + 1) === 1 ? 1 : -1) : dir, dir === 0);
      if (u === 'quarter') return this.relQuarter(j + 1, dir);
      if (u === 'day') {
        // "the next day", "the previous day": relative to the anchor as the best guess
        if (!the || dir === 0) return null;
        const day = this.shift(dir);
        return { end: j + 1, type: 'DATE', value: day ? fmtDay(day) : 'XXXX-XX-XX', gran: 'day', day: day ?? undefined, relative: true };
      }
      if (u === 'hour' || u === 'minute' || u === 'second') return null;
      return this.relUnit(j + 1, u!, dir);
    }
    // last Monday, next Friday, this Thursday
    const wd = WEEKDAYS[t];
    if (wd && !WEEKDAY_ABBREVIATIONS.has(t) && this.isCap(j) && (!the || dir !== 0)) {
      let day: Ymd | null = null;
      if (this.anchor) {
        if (dir === -1) day = this.weekdayNear(wd, -1, false);
        else if (dir === 1) {
          // "next Tuesday": the Tuesday of next week
          day = this.weekdayNear(wd, 1, false);
          if (wd > weekday(this.anchor)) day = addDays(day, 7);
        }
        else day = this.weekdayNear(wd, this.tenseAt(i, j + 1) === 1 ? 1 : -1, true);
      }
      return this.withPart(j + 1, day, `XXXX-WXX-${wd}`);
    }
    // last summer, this fall
    const s = SEASONS[t];
    if (s && !/s$/.test(t) && !(t === 'fall' && !the && /^(in|of|to|by|from|on)$/.test(this.word(j + 1)))) return this.season(j + 1, s, dir);
    // last April, this September
    const m = MONTHS[t];
    if (m && this.isCap(j) && !the) {
      if (!this.anchor) return { end: j + 1, type: 'DATE', value: `XXXX-${pad2(m)}`, gran: 'month', relative: true };
      const a = this.anchor;
      let y = a.y;
      if (dir === -1) y = m < a.m ? a.y : a.y - 1;
      else if (dir === 1) y = m > a.m ? a.y : a.y + 1;
      return { end: j + 1, type: 'DATE', value: `${pad4(y)}-${pad2(m)}`, gran: 'month', relative: true };
    }
    return null;
  }

  /** A season: this one (dir 0), the most recent one before the anchor (-1), the next one (1). */
  private season(end: number, s: string, dir: number): Parse {
    const a = this.anchor;
    if (!a) return { end, type: 'DATE', value: `XXXX-${s}`, gran: 'season', relative: true };
    // months each season starts and ends (northern hemisphere; winter named by the year it starts)
    const span: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };
    const [from, to] = span[s];
    const m = a.m < 3 && s === 'WI' ? a.m + 12 : a.m;
    const base = s === 'WI' && a.m < 3 ? a.y - 1 : a.y;
    let y = base;
    if (dir === -1) y = m > to ? base : base - 1;
    else if (dir === 1) y = m < from ? base : base + 1;
    else if (this.tenseAt(end - 1, end) === 1 && m > to) y = base + 1;
    return { end, type: 'DATE', value: `${pad4(y)}-${s}`, gran: 'season', relative: true };
  }

  private relUnit(end: number, u: Unit, dir: number): Parse | null {
    const a = this.anchor;
    switch (u) {
      case 'year':
        return { end, type: 'DATE', value: a ? pad4(a.y + dir) : 'XXXX', gran: 'year', relative: true };
      case 'month': {
        if (!a) return { end, type: 'DATE', value: 'XXXX-XX', gran: 'month', relative: true };
        const m = addMonths(a.y, a.m, dir);
        return { end, type: 'DATE', value: `${pad4(m.y)}-${pad2(m.m)}`, gran: 'month', relative: true };
      }
      case 'week':
        return { end, type: 'DATE', value: a ? fmtWeek(addDays(a, 7 * dir)) : 'XXXX-WXX', gran: 'week', relative: true };
      case 'decade':
        return { end, type: 'DATE', value: a ? String(Math.floor(a.y / 10) + dir) : 'XXX', gran: 'decade', relative: true };
      case 'century':
        return { end, type: 'DATE', value: a ? String(Math.floor(a.y / 100) + dir) : 'XX', gran: 'century', relative: true };
      default:
        return null;
    }
  }

  private relQuarter(end: number, dir: number): Parse {
    const a = this.anchor;
    if (!a) return { end, type: 'DATE', value: 'XXXX-QX', gran: 'quarter', relative: true };
    const q0 = (a.y * 4 + quarterOf(a.m) - 1) + dir;
    return { end, type: 'DATE', value: `${pad4(Math.floor(q0 / 4))}-Q${(q0 % 4) + 1}`, gran: 'quarter', relative: true };
  }

  private weekend(end: number, dir: number, inclusive: boolean): Parse {
    const a = this.anchor;
    if (!a) return { end, type: 'DATE', value: 'XXXX-WXX-WE', gran: 'weekend', relative: true };
    // the Saturday of the weekend meant
    const wd = weekday(a);
    let sat: Ymd;
    if (wd >= 6 && inclusive) sat = addDays(a, 6 - wd);
    else if (dir < 0) sat = addDays(a, -((wd - 6 + 7) % 7 || 7));
    else sat = addDays(a, (6 - wd + 7) % 7 || 7);
    return { end, type: 'DATE', value: `${fmtWeek(sat)}-WE`, gran: 'weekend', relative: true };
  }

  // ───────────── numeric dates ─────────────

  private numericDate(i: number): Parse | null {
    const t = this.w[i];
    let m = ISO_DATE.exec(t);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (!validDay(y, mo, d)) return null;
      const day = { y, m: mo, d };
      if (m[4]) return { end: i + 1, type: 'TIME', value: `${fmtDay(day)}T${m[4]}:${m[5]}`, gran: 'time', day };
      return { end: i + 1, type: 'DATE', value: fmtDay(day), gran: 'day', day };
    }
    m = ISO_MONTH.exec(t);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1800) return { end: i + 1, type: 'DATE', value: `${m[1]}-${m[2]}`, gran: 'month' };
    m = SLASH_DATE.exec(t) ?? DOT_DATE.exec(t);
    if (m) {
      let y = Number(m[3]);
      if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
      // month/day/year (US) with slashes; day.month.year with dots
      let mo = Number(m[1]);
      let d = Number(m[2]);
      if (t.includes('.') || mo > 12) [mo, d] = [d, mo];
      if (!validDay(y, mo, d)) return null;
      const day = { y, m: mo, d };
      return { end: i + 1, type: 'DATE', value: fmtDay(day), gran: 'day', day };
    }
    return null;
  }

  // ───────────── clock times ─────────────

  private clock(i: number): Parse | null {
    const t = this.w[i];
    let h: number;
    let mi = 0;
    let end = i + 1;
    if (t === 'noon' || t === 'midday') h = 12;
    else if (t === 'midnight') h = 24;
    else {
      const mil = MILITARY.exec(t);
      if (mil && (ZONES[this.word(i + 1)] !== undefined && this.word(i + 1) !== 'et' || this.word(i + 1) === 'hours' || this.word(i + 1) === 'hrs')) {
        h = Number(mil[1]);
        mi = Number(mil[2]);
      } else {
        const m = CLOCK.exec(t);
        if (!m) return null;
        h = Number(m[1]);
        if (m[2]) mi = Number(m[2]);
        let ampm = m[4];
        if (!ampm) {
          const nx = this.word(i + 1);
          if (/^(a\.?m\.?|p\.?m\.?)$/.test(nx)) {
            ampm = nx;
            end++;
          } else if (nx === "o'clock" || nx === 'o’clock') {
            end++;
          } else if (!m[2] || ZONES[nx] === undefined && !(this.word(i - 1) === 'at' && m[2])) {
            return null;
          }
        }
        if (h > 24 || mi > 59) return null;
        if (ampm && h > 12) return null;
        if (ampm?.startsWith('p') && h < 12) h += 12;
        if (ampm?.startsWith('a') && h === 12) h = 0;
      }
    }
    let zone: string | undefined;
    const z = this.word(end);
    if (ZONES[z] !== undefined && (z.length >= 3 || this.o[end] === this.o[end].toUpperCase())) {
      zone = this.o[end].toUpperCase();
      end++;
    } else if (this.word(end) === '(' && ZONES[this.word(end + 1)] !== undefined && this.word(end + 2) === ')') {
      zone = this.o[end + 1].toUpperCase();
      end += 3;
    } else if (this.word(end) === 'local' && this.word(end + 1) === 'time') {
      end += 2;
    }
    const day = this.anchor;
    const hm = `T${pad2(h)}:${pad2(mi)}`;
    return { end, type: 'TIME', value: day ? `${fmtDay(day)}${hm}` : `XXXX-XX-XX${hm}`, gran: 'time', zone, day: day ?? undefined, relative: true };
  }

  // ───────────── durations and "ago" ─────────────

  private duration(i: number): Parse | null {
    let j = i;
    const t0 = this.w[i];
    // adjectival: two-year, 52-week, 8-month-old, year-long
    const hy = HYPHEN_DUR.exec(t0);
    if (hy) {
      const n = /^\d/.test(hy[1]) ? Number(hy[1]) : hy[1] === 'several' || hy[1] === 'multi' || hy[1] === 'many' ? null : this.wordNumber(hy[1]);
      if (n === undefined || (n === null && !['several', 'multi', 'many'].includes(hy[1]))) return null;
      return { end: i + 1, type: 'DURATION', value: durationValue(n, hy[2] as Unit), gran: 'duration' };
    }
    const lg = LONG_DUR.exec(t0);
    if (lg) return { end: i + 1, type: 'DURATION', value: durationValue(1, (lg[1] === 'night' ? 'day' : lg[1]) as Unit), gran: 'duration' };
    let the = false;
    if (t0 === 'the') {
      the = true;
      j++;
    }
    let lead: string | undefined;
    const l = this.word(j);
    if (['past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'following', 'initial', 'latest', 'recent', 'ensuing', 'remaining', 'additional', 'further', 'same', 'other', 'better', 'full'].includes(l)) {
      lead = l;
      j++;
    }
    // "recent years", "in recent months"
    if (lead === 'recent' && !the) {
      const u = UNITS[this.word(j)];
      if (u && /s$/.test(this.word(j))) return { end: j + 1, type: 'DURATION', value: durationValue(null, u === 'quarter' ? 'month' : u), gran: 'duration' };
      return null;
    }
    // half an hour, a half hour, half a day
    if (this.word(j) === 'half' && (this.word(j + 1) === 'an' || this.word(j + 1) === 'a') && UNITS[this.word(j + 2)]) {
      return { end: j + 3, type: 'DURATION', value: durationValue(0.5, UNITS[this.word(j + 2)]), gran: 'duration' };
    }
    if ((this.word(j) === 'a' || this.word(j) === 'an') && this.word(j + 1) === 'half' && UNITS[this.word(j + 2)]) {
      return { end: j + 3, type: 'DURATION', value: durationValue(0.5, UNITS[this.word(j + 2)]), gran: 'duration' };
    }
    const n = this.num(j, !the || lead === undefined);
    let k: number;
    let amount: number | null;
    if (n) {
      k = n.end;
      amount = n.n;
      // "two and a half years"
      if (amount !== null && this.word(k) === 'and' && this.word(k + 1) === 'a' && this.word(k + 2) === 'half' && UNITS[this.word(k + 3)]) {
        amount += 0.5;
        k += 3;
      }
      // "two to three weeks", "12 to 18 months", "two or three days"
      if ((this.word(k) === 'to' || this.word(k) === 'or' || this.word(k) === '-' || this.word(k) === '–') && this.num(k + 1, false)) {
        const n2 = this.num(k + 1, false)!;
        if (UNITS[this.word(n2.end)]) k = n2.end;
      }
    } else if (the && lead) {
      // "the past year" is a date (deictic); "the first years", "the past few" need a number
      return null;
    } else {
      // bare plural units after "for", "in", "over", "within": "for years", "in months"
      const u = UNITS[this.word(j)];
      const prev = this.word(i - 1);
      if (u && /s$/.test(this.word(j)) && j === i && (prev === 'for' || prev === 'in' || prev === 'over' || prev === 'within' || prev === 'after' || prev === 'take' || prev === 'takes' || prev === 'took') && u !== 'weekend') {
        const nxt = this.word(j + 1);
        if (nxt === 'ago') return { end: j + 2, type: 'DATE', value: 'PAST_REF', gran: 'ref' };
        if (nxt === 'of' || nxt === 'to' && prev === 'in') return null;
        if (/^(and|or)$/.test(nxt) && UNITS[this.word(j + 2)]) return { end: j + 3, type: 'DURATION', value: durationValue(null, u), gran: 'duration' };
        return { end: j + 1, type: 'DURATION', value: durationValue(null, u), gran: 'duration' };
      }
      return null;
    }
    let ut = this.word(k);
    if (ut === 'more' || ut === 'additional' || ut === 'full' || ut === 'long' || ut === 'straight' || ut === 'consecutive' || ut === 'trading' || ut === 'working' || ut === 'business' || ut === 'calendar') {
      if (UNITS[this.word(k + 1)]) {
        k++;
        ut = this.word(k);
      }
    }
    const unit = UNITS[ut];
    if (!unit) return null;
    const article = (this.word(j) === 'a' || this.word(j) === 'an') && n !== null && n.end === j + 1;
    if (article && /s$/.test(ut)) return null;
    if (article && (unit === 'second' || unit === 'quarter')) return null;
    // rates: "358,000 a month", "four flights a week", "$1.76 a year"
    if (article && j > 0 && (/^\d[\d,.]*$/.test(this.word(j - 1)) || /[a-z]s$/.test(this.word(j - 1)) && !/^(was|is|has|as|this|us|its|his|does)$/.test(this.word(j - 1)) || this.word(j - 1) === '%' || this.word(j - 1) === 'times' || this.word(j - 1) === 'dollars')) return null;
    // ages: "37 years old" (the adjectival "37-year-old" is a duration in TimeML)
    if (this.word(k + 1) === 'old' && unit === 'year') return null;
    if (unit === 'weekend' && amount !== null && !article) return null;
    if (amount !== null && amount > 1 && !/s$/.test(ut) && !DIGITS.test(this.word(j)) && unit !== 'quarter') {
      // "three year" without plural: still a duration in speech transcripts ("five year plan") only before a noun
    }
    if (amount === 1 && !article && /s$/.test(ut) && ut !== 'hours') return null;
    if (amount !== null && amount > 5000) return null;
    if (amount !== null && amount >= 1000 && !/s$/.test(ut)) return null; // "the 1988 quarter" names a year
    k++;
    // "a year and a half", "two and a half years" (handled in num?) / "or so" / "or more"
    if (this.word(k) === 'and' && this.word(k + 1) === 'a' && this.word(k + 2) === 'half' && amount !== null) {
      amount += 0.5;
      k += 3;
    }
    if (this.word(k) === 'or' && this.word(k + 1) === 'so' && this.word(k + 2) === 'ago') k += 2;
    const after = this.word(k);
    // "a day earlier", "three days later": narrative time, kept as a duration; a year or more earlier is a date
    if ((after === 'earlier' || after === 'later') && (unit === 'day' || unit === 'hour' || unit === 'minute' || unit === 'second' || unit === 'week' || unit === 'weekend')) {
      return { end: k, type: 'DURATION', value: durationValue(amount, unit), gran: 'duration' };
    }
    if (after === 'ago' || ((after === 'earlier' || after === 'later' || after === 'hence') && this.word(k + 1) !== 'than') || (after === 'from' && this.word(k + 1) === 'now')) {
      const dir = after === 'ago' || after === 'earlier' ? -1 : 1;
      const end = after === 'from' ? k + 2 : k + 1;
      return this.agoValue(end, amount, unit, dir);
    }
    if (after === 'or' && (this.word(k + 1) === 'so' || this.word(k + 1) === 'more' || this.word(k + 1) === 'less')) k += 2;
    // "quarters": P3M each
    if (unit === 'quarter') return { end: k, type: 'DURATION', value: durationValue(amount === null ? null : amount * 3, 'month'), gran: 'duration' };
    if (the && !lead && amount === null) return null;
    return { end: k, type: 'DURATION', value: durationValue(amount, unit), gran: 'duration' };
  }

  /** "two days ago", "a year earlier", "three weeks from now". */
  private agoValue(end: number, n: number | null, unit: Unit, dir: number): Parse {
    const a = this.anchor;
    if (n === null) return { end, type: 'DATE', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', gran: 'ref' };
    const k = Math.round(n) * dir;
    if (!a) return { end, type: 'DATE', value: null, gran: 'day', relative: true };
    switch (unit) {
      case 'day': {
        const day = addDays(a, k);
        return { end, type: 'DATE', value: fmtDay(day), gran: 'day', day, relative: true };
      }
      case 'week':
      case 'fortnight':
        return { end, type: 'DATE', value: fmtWeek(addDays(a, 7 * k * (unit === 'fortnight' ? 2 : 1))), gran: 'week', relative: true };
      case 'month': {
        const m = addMonths(a.y, a.m, k);
        return { end, type: 'DATE', value: `${pad4(m.y)}-${pad2(m.m)}`, gran: 'month', relative: true };
      }
      case 'quarter': {
        const q0 = a.y * 4 + quarterOf(a.m) - 1 + k;
        return { end, type: 'DATE', value: `${pad4(Math.floor(q0 / 4))}-Q${(q0 % 4) + 1}`, gran: 'quarter', relative: true };
      }
      case 'year':
        return { end, type: 'DATE', value: pad4(a.y + k), gran: 'year', relative: true };
      case 'decade':
        return { end, type: 'DATE', value: pad4(a.y + 10 * k), gran: 'year', relative: true };
      case 'century':
        return { end, type: 'DATE', value: pad2(Math.floor((a.y + 100 * k) / 100)), gran: 'century', relative: true };
      case 'hour':
      case 'minute':
      case 'second':
        return { end, type: 'DATE', value: fmtDay(a), gran: 'day', day: a, relative: true };
      default:
        return { end, type: 'DATE', value: 'PAST_REF', gran: 'ref' };
    }
  }

  // ───────────── positions: early 2015, the end of the month, later this year ─────────────

  private positioned(i: number): Parse | null {
    const t = this.w[i];
    // the end of / the beginning of / the middle of / the start of
    if (t === 'the' && POSITION[this.word(i + 1)] && this.word(i + 2) === 'of') {
      const pos = POSITION[this.word(i + 1)];
      const inner = this.dateOrTime(i + 3) ?? this.ref(i + 3);
      if (inner && inner.type !== 'DURATION' && inner.type !== 'SET' && inner.gran !== 'ref') return { ...inner, mod: pos };
      return null;
    }
    // year-end
    if (t === 'year-end' && this.anchor) {
      const y = this.word(i - 1) === 'since' || (this.tenseAt(i, i + 1) === -1 && this.anchor.m < 6) ? this.anchor.y - 1 : this.anchor.y;
      return { end: i + 1, type: 'DATE', value: pad4(y), gran: 'year', mod: 'END', relative: true };
    }
    // mid-1996, mid-November, mid-afternoon
    const mid = MID.exec(t);
    if (mid) {
      const y = /^\d{4}$/.test(mid[1]) ? Number(mid[1]) : null;
      if (y !== null && y >= 1000 && y <= 2099) return { end: i + 1, type: 'DATE', value: pad4(y), gran: 'year', mod: 'MID' };
      if (DAY_PARTS[t]) {
        const next = this.dayWord(i + 1) ?? this.weekdayExpr(i + 1);
        if (next?.day && next.gran === 'day') return { end: next.end, type: 'TIME', value: `${fmtDay(next.day)}T${DAY_PARTS[t]}`, gran: 'part', day: next.day, relative: true };
        const day = this.anchor;
        return { end: i + 1, type: 'TIME', value: day ? `${fmtDay(day)}T${DAY_PARTS[t]}` : `XXXX-XX-XXT${DAY_PARTS[t]}`, gran: 'part', day: day ?? undefined, relative: true };
      }
      return null; // mid-November: monthExpr
    }
    // early / late / mid (as its own word) / earlier / later + date
    const pos = POSITION[t];
    if (pos && (t === 'early' || t === 'late' || t === 'mid' || t === 'earlier' || t === 'later')) {
      const inner = this.dateOrTime(i + 1);
      if (!inner || inner.type === 'DURATION' || inner.type === 'SET') {
        if ((t === 'mid' || t === 'early' || t === 'late') && DAY_PARTS[this.word(i + 1)] && !/s$/.test(this.word(i + 1))) {
          const day = this.anchor;
          const p = DAY_PARTS[this.word(i + 1)];
          return { end: i + 2, type: 'TIME', value: day ? `${fmtDay(day)}T${p}` : `XXXX-XX-XXT${p}`, gran: 'part', day: day ?? undefined, relative: true };
        }
        return null;
      }
      // "earlier"/"later" only before a deictic or day word: "earlier this month", "later today"
      if ((t === 'earlier' || t === 'later') && !/^(this|next|last|today|tonight|yesterday|tomorrow|in)$/.test(this.word(i + 1)) && !WEEKDAYS[this.word(i + 1)]) return null;
      return { ...inner, mod: inner.mod ?? pos };
    }
    return null;
  }
}
