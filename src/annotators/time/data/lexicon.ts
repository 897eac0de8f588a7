// Words of English time expressions: months, weekdays, units, number words, parts of the day,
// seasons, modifiers and tense cues. Written by the newsgraph team from the TimeML/TIMEX3
// guidelines (Pustejovsky et al.; TIDES 2005 standard for the annotation of temporal expressions).
// Data only: the grammar (../grammar.ts) and the resolver (../resolve.ts) hold the logic.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month words that are also ordinary English words: only a month when written with a capital and near a number/date word. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'sep', 'dec', 'jun', 'jul', 'aug']);

/** ISO weekday numbers (Monday 1 ... Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
/** Weekday abbreviations that are English words: only with a following date ("Sat., March 3"). */
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';

export const UNITS: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  weekend: 'weekend', weekends: 'weekend',
  fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
  millennium: 'millennium', millennia: 'millennium', millenniums: 'millennium',
};

/** Number words (cardinals). "a"/"an" count as one only before a unit. */
export const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
export const TENS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23, 'twenty-fourth': 24, 'twenty-fifth': 25,
  'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28, 'twenty-ninth': 29, 'thirty-first': 31,
  last: -1, final: -1,
};

/** Vague amounts: the value gets an X ("several years" P XY). */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous', 'multiple', 'couple']);

/** Parts of the day, TIMEX3 codes. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO', mornings: 'MO', afternoon: 'AF', afternoons: 'AF', evening: 'EV', evenings: 'EV',
  night: 'NI', nights: 'NI', overnight: 'NI', midday: 'MI', 'mid-day': 'MI', 'mid-afternoon': 'AF',
  'mid-morning': 'MO', daytime: 'DT',
};

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI', springs: 'SP', summers: 'SU', winters: 'WI', autumns: 'FA',
};

/** Words before a unit or named period that point back, forward or to the present one. */
export const DEICTIC: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1,
  this: 0, current: 0, present: 0,
  next: 1, coming: 1, following: 1, upcoming: 1,
};

/** Modifiers that may open a time expression (TIMEX3 `mod`), lower case, by first word. */
export const APPROX: Readonly<Record<string, { words: string[]; mod: string }[]>> = {
  about: [{ words: ['about'], mod: 'APPROX' }],
  around: [{ words: ['around'], mod: 'APPROX' }],
  approximately: [{ words: ['approximately'], mod: 'APPROX' }],
  roughly: [{ words: ['roughly'], mod: 'APPROX' }],
  some: [{ words: ['some'], mod: 'APPROX' }],
  nearly: [{ words: ['nearly'], mod: 'LESS_THAN' }],
  almost: [{ words: ['almost'], mod: 'LESS_THAN' }],
  under: [{ words: ['under'], mod: 'LESS_THAN' }],
  over: [{ words: ['over'], mod: 'MORE_THAN' }],
  just: [{ words: ['just', 'over'], mod: 'MORE_THAN' }, { words: ['just', 'under'], mod: 'LESS_THAN' }],
  more: [{ words: ['more', 'than'], mod: 'MORE_THAN' }],
  less: [{ words: ['less', 'than'], mod: 'LESS_THAN' }],
  fewer: [{ words: ['fewer', 'than'], mod: 'LESS_THAN' }],
  at: [{ words: ['at', 'least'], mod: 'EQUAL_OR_MORE' }, { words: ['at', 'most'], mod: 'EQUAL_OR_LESS' }],
  up: [{ words: ['up', 'to'], mod: 'EQUAL_OR_LESS' }],
  no: [{ words: ['no', 'more', 'than'], mod: 'EQUAL_OR_LESS' }, { words: ['no', 'less', 'than'], mod: 'EQUAL_OR_MORE' }],
  well: [{ words: ['well', 'over'], mod: 'MORE_THAN' }],
};

/** Position inside a period: "early 2015", "the end of the month". */
export const POSITION: Readonly<Record<string, string>> = {
  early: 'START', 'earlier': 'START', late: 'END', later: 'END', mid: 'MID', middle: 'MID', beginning: 'START', start: 'START', end: 'END',
};

/** Vague references, whole phrases (lower case, space-separated tokens). */
export const REFS: Readonly<Record<string, { type: 'DATE' | 'TIME'; value: string }>> = {
  now: { type: 'DATE', value: 'PRESENT_REF' },
  'right now': { type: 'DATE', value: 'PRESENT_REF' },
  'just now': { type: 'DATE', value: 'PAST_REF' },
  currently: { type: 'DATE', value: 'PRESENT_REF' },
  presently: { type: 'DATE', value: 'PRESENT_REF' },
  nowadays: { type: 'DATE', value: 'PRESENT_REF' },
  'these days': { type: 'DATE', value: 'PRESENT_REF' },
  'at present': { type: 'DATE', value: 'PRESENT_REF' },
  'the present': { type: 'DATE', value: 'PRESENT_REF' },
  recently: { type: 'DATE', value: 'PAST_REF' },
  'more recently': { type: 'DATE', value: 'PAST_REF' },
  'most recently': { type: 'DATE', value: 'PAST_REF' },
  lately: { type: 'DATE', value: 'PAST_REF' },
  formerly: { type: 'DATE', value: 'PAST_REF' },
  'the past': { type: 'DATE', value: 'PAST_REF' },
  'recent days': { type: 'DATE', value: 'PAST_REF' },
  'the recent past': { type: 'DATE', value: 'PAST_REF' },
  'the future': { type: 'DATE', value: 'FUTURE_REF' },
  'the near future': { type: 'DATE', value: 'FUTURE_REF' },
  'the distant future': { type: 'DATE', value: 'FUTURE_REF' },
  'the foreseeable future': { type: 'DATE', value: 'FUTURE_REF' },
  'the near term': { type: 'DATE', value: 'FUTURE_REF' },
  'the short term': { type: 'DATE', value: 'FUTURE_REF' },
  'the long term': { type: 'DATE', value: 'FUTURE_REF' },
  'the medium term': { type: 'DATE', value: 'FUTURE_REF' },
  soon: { type: 'DATE', value: 'FUTURE_REF' },
  'as soon as possible': { type: 'DATE', value: 'FUTURE_REF' },
  'coming days': { type: 'DATE', value: 'FUTURE_REF' },
  'coming weeks': { type: 'DATE', value: 'FUTURE_REF' },
  'coming months': { type: 'DATE', value: 'FUTURE_REF' },
  'coming years': { type: 'DATE', value: 'FUTURE_REF' },
  'the coming days': { type: 'DATE', value: 'FUTURE_REF' },
  'the coming weeks': { type: 'DATE', value: 'FUTURE_REF' },
  'the coming months': { type: 'DATE', value: 'FUTURE_REF' },
  'the coming years': { type: 'DATE', value: 'FUTURE_REF' },
  'future quarters': { type: 'DATE', value: 'FUTURE_REF' },
  'the days ahead': { type: 'DATE', value: 'FUTURE_REF' },
  'the weeks ahead': { type: 'DATE', value: 'FUTURE_REF' },
  'the months ahead': { type: 'DATE', value: 'FUTURE_REF' },
  'the years ahead': { type: 'DATE', value: 'FUTURE_REF' },
  'the time being': { type: 'DATE', value: 'PRESENT_REF' },
  'past years': { type: 'DATE', value: 'PAST_REF' },
};

/** Regular frequency adverbs (SET). */
export const FREQUENCY: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', yearly: 'P1Y', annually: 'P1Y', biannually: 'P6M', 'semi-annually': 'P6M',
};

/** Time zones (kept on the expression, not in the TIMEX3 value), with UTC offsets in hours. */
export const ZONES: Readonly<Record<string, number>> = {
  utc: 0, gmt: 0, z: 0, bst: 1, cet: 1, cest: 2, eet: 2, eest: 3, msk: 3, ist: 5.5, pkt: 5, ict: 7, wib: 7,
  cst: -6, cdt: -5, est: -5, edt: -4, mst: -7, mdt: -6, pst: -8, pdt: -7, akst: -9, hst: -10, jst: 9, kst: 9, hkt: 8,
  sgt: 8, aest: 10, aedt: 11, awst: 8, nzst: 12, nzdt: 13, et: -5, pt: -8, ct: -6, mt: -7,
};

/** Words that make a following or surrounding verb future (the weekday rule leans forward). */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'gonna', 'plans', 'plan', 'planned', 'planning', 'scheduled', 'expected', 'expects', 'due',
  'intends', 'intend', 'aims', 'hopes', 'set', 'upcoming', 'next', 'tomorrow', 'until', 'till', 'by',
]);
/** Past-tense cues beyond regular -ed forms. */
export const PAST_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'was', 'were', 'had', 'did', 'ago', 'last', 'yesterday', 'earlier', 'began', 'came', 'went', 'made',
  'took', 'gave', 'met', 'held', 'left', 'saw', 'found', 'killed', 'struck', 'hit', 'won', 'lost', 'fell', 'rose', 'announced',
  'reported', 'claimed', 'added', 'wrote', 'spoke', 'broke', 'sent', 'led', 'paid', 'sold', 'bought', 'ran', 'died', 'got',
  'became', 'brought', 'thought', 'felt', 'kept', 'stood', 'heard', 'put', 'set', 'shot', 'fled', 'flew', 'drew', 'grew', 'knew',
  'chose', 'rode', 'wore', 'sank', 'spent', 'began', 'arrived', 'since',
]);
/** Verbs ending in -ed that are not (only) past forms in news. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set(['need', 'feed', 'seed', 'speed', 'bleed', 'breed', 'exceed', 'proceed', 'succeed', 'red', 'bed', 'shed', 'hundred', 'scheduled', 'expected', 'planned', 'indeed', 'united', 'based', 'related']);
