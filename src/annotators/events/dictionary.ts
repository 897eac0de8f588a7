// Compiles the pattern dictionary (data/patterns.ts) into token patterns indexed by their first word,
// and finds the triggers of one sentence: every pattern match, then the most specific non-overlapping
// ones (longest literal part first, then the group's weight).

import { PATTERN_GROUPS, type FrameKind, type PatternGroup } from './data/patterns.ts';
import { PREPOSITIONS } from './data/lexicon.ts';
import { nounForms, verbForms } from './inflect.ts';
import { sortStable } from './sort.ts';

/** One element of a compiled pattern: a set of literal alternatives (each a token sequence) or a gap. */
export type Element =
  | { kind: 'lit'; alts: string[][]; optional: boolean }
  | { kind: 'gap'; max: number; wide: boolean; min: number };

export interface Pattern {
  id: number;
  /** a passive variant generated from a "verb * object" pattern ("sanctions were imposed") */
  passive?: boolean;
  group: PatternGroup;
  code: string;
  frame?: FrameKind;
  weight: number;
  elements: Element[];
  /** index of the element that is the trigger's head word (the verb or noun) */
  head: number;
  pos: 'verb' | 'noun' | 'phrase';
  /** how many literal tokens the pattern needs at least: its specificity */
  literals: number;
  /** one word (all alternatives one token long): the index lookup is the whole match */
  single?: boolean;
  /** the words that may follow the first one, when the second element is a plain word (a cheap pre-check) */
  second?: Set<string>;
  /**
   * Otherwise, the first words of the next required literal element, and how far after the start it
   * may begin at most: a match needs one of them in that window (a cheap pre-check before matching).
   */
  ahead?: { words: Set<number>; within: number };
  /** the pattern's base form, for the event's trigger ("call for", "airstrike") */
  lemma: string;
  source: string;
}

/** The patterns that may start at a word: those any second word suits, and those that need a given second word (by id). */
export interface Starts {
  any: Pattern[];
  bySecond: Map<number, Pattern[]>;
}

export interface Dictionary {
  patterns: Pattern[];
  /** first token -> patterns that may start there */
  index: Map<string, Pattern[]>;
  /**
   * Every word of the patterns (and the words the matcher's gap rules look at), numbered: the matcher
   * works on the ids of a sentence's tokens (-1 for a word no pattern has), looked up once per token.
   */
  vocab: Map<string, number>;
  /** word id -> the patterns that may start there, split by the second word they need */
  starts: (Starts | undefined)[];
  /** word id -> GAP_* flags for the gap rules */
  flags: Uint8Array;
  /** head words of noun patterns ("meeting", "bombing"): an -ing form after "the" is one of these or no trigger */
  nounHeads: Set<string>;
  /** `starts` and the patterns' pre-checks packed in typed arrays, for the matcher's scan */
  packed: PackedStarts;
}

/**
 * The matcher's per-token data in a few small typed arrays: they stay in the CPU cache across
 * sentences, where the Pattern objects they stand for are scattered over the heap. A pattern
 * object is read only once its pre-check passed.
 */
export interface PackedStarts {
  /** word id -> 1 when patterns may start there (starts[id] is set) */
  starts: Uint8Array;
  /** word id -> its patterns that any second word suits: anyPatterns[anyFrom[id] .. anyFrom[id + 1]) */
  anyFrom: Int32Array;
  anyPatterns: Int32Array;
  /** word id -> 1 when some of its patterns need a given second word (starts[id].bySecond) */
  bySecond: Uint8Array;
  /**
   * starts[first].bySecond.get(second) as an open-addressing table over the pair first * vocab size
   * + second: per slot [pair + 1 (0: empty), from, to) into secondPatterns (pattern ids, in order)
   */
  pairSlots: Int32Array;
  pairBits: number;
  vocabSize: number;
  secondPatterns: Int32Array;
  /** pattern id -> the window of its ahead pre-check (Pattern.ahead.within), -1 when it has none */
  within: Int8Array;
  /** pattern id -> its ahead words: aheadWords[aheadFrom[id] .. aheadFrom[id + 1]) */
  aheadFrom: Int32Array;
  aheadWords: Int32Array;
  /** pattern id -> where its elements start in `program` (see compileProgram) */
  programAt: Int32Array;
  program: Int32Array;
}

// A pattern's elements as the matcher reads them, in one run of `program`: a header
// [element count, head element, 1 if a noun pattern, the offset of each element], then per element
// [GAP, max, 1 if wide, min] or [LIT, 1 if optional, alternative count, then per alternative its
// length and its word ids]. One pattern's matching then reads a few adjacent cache lines instead of
// element objects, Maps and typed arrays spread over the heap.
const GAP = 0;
const LIT = 1;

function compileProgram(p: Pattern, idOf: (w: string) => number, out: number[]): number {
  const at = out.length;
  out.push(p.elements.length, p.head, p.pos === 'noun' ? 1 : 0);
  const offsets = out.length;
  for (let i = 0; i < p.elements.length; i++) out.push(0);
  p.elements.forEach((el, i) => {
    out[offsets + i] = out.length;
    if (el.kind === 'gap') {
      out.push(GAP, el.max, el.wide ? 1 : 0, el.min);
      return;
    }
    out.push(LIT, el.optional ? 1 : 0, el.alts.length);
    for (const a of el.alts) out.push(a.length, ...a.map(idOf));
  });
  return at;
}

const GAP_MAX = 8;
const WIDE_GAP_MAX = 12;
/** A wide gap may hold commas, parentheses and a leading preposition (the recipient). */
const WIDE_OK = new Set([',', '(', ')']);
const GAP_PREPS = new Set(['to', 'in', 'at', 'on', 'from', 'into', 'over', 'against', 'with', 'by', 'after', 'during', 'since', 'for']);

function splitAlts(el: string): string[][] {
  return el.split('|').map((a) => a.split('_').filter(Boolean));
}

function inflectAlts(alts: string[][], pos: 'verb' | 'noun', onlyInflected: boolean): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const a of alts) {
    // a verb inflects its first word ("step_up" -> stepped up); a noun its last ("air_strike" -> air strikes)
    const at = pos === 'verb' ? 0 : a.length - 1;
    const forms = pos === 'verb' ? verbForms(a[at], { base: !onlyInflected }) : nounForms(a[at]);
    for (const f of forms) {
      const w = [...a];
      w[at] = f;
      const key = w.join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(w);
      }
    }
  }
  return out;
}

function compileOne(id: number, group: PatternGroup, text: string, pos: 'verb' | 'noun' | 'phrase'): Pattern {
  const raw = text.trim().split(/\s+/);
  let head = raw.findIndex((w) => /[\^~!]$/.test(w.replace(/\?$/, '')));
  if (head < 0) head = pos === 'verb' ? 0 : pos === 'noun' ? raw.length - 1 : 0;
  // a noun pattern's head is its last word before any trailing preposition ("support for", "end to")
  if (pos === 'noun' && !/[\^~!]/.test(text)) {
    while (head > 0 && PREPOSITIONS.has(raw[head])) head--;
  }
  const elements: Element[] = [];
  let literals = 0;
  raw.forEach((w, i) => {
    if (w === '*' || w === '**' || w === '+') {
      elements.push({ kind: 'gap', max: w === '**' ? WIDE_GAP_MAX : GAP_MAX, wide: w === '**', min: w === '+' ? 1 : 0 });
      return;
    }
    const optional = w.endsWith('?');
    let word = optional ? w.slice(0, -1) : w;
    const only = word.endsWith('!');
    word = word.replace(/[\^~!]$/, '');
    let alts = splitAlts(word);
    if (i === head && pos !== 'phrase') alts = inflectAlts(alts, w.endsWith('~') || (pos === 'noun' && !w.endsWith('^') && !only) ? 'noun' : 'verb', only);
    elements.push({ kind: 'lit', alts, optional });
    if (!optional) literals += Math.min(...alts.map((a) => a.length));
  });
  // the head index counts elements, which map 1:1 to raw words
  if (elements[0].kind !== 'lit' || elements[0].optional) throw new Error(`events: pattern "${text}" must start with a word`);
  const single = elements.length === 1 && elements[0].kind === 'lit' && elements[0].alts.every((a) => a.length === 1);
  const lemma = text
    .replace(/[\^~!?]/g, '')
    .split(' ')
    .filter((x) => x !== '*' && x !== '**' && x !== '+')
    .map((x) => x.split('|')[0].replace(/_/g, ' '))
    .join(' ');
  const p: Pattern = { id, group, code: group.code, frame: group.frame, weight: group.weight ?? 0.7, elements, head, pos, literals, source: text, single, lemma };
  p.second = secondWords(p);
  return p;
}

/** The possible second tokens of a pattern whose first two words are fixed (no gap, nothing optional). */
function secondWords(p: Pattern): Set<string> | undefined {
  const [a, b] = p.elements;
  if (!a || !b || a.kind !== 'lit' || a.optional) return undefined;
  const out = new Set<string>();
  for (const alt of a.alts) {
    if (alt.length > 1) out.add(alt[1]);
    else if (b.kind === 'lit' && !b.optional) for (const x of b.alts) out.add(x[0]);
    else return undefined;
  }
  return out;
}

function aheadOf(p: Pattern, idOf: (w: string) => number): Pattern['ahead'] {
  const longest = (el: Element): number => (el.kind === 'gap' ? el.max : Math.max(...el.alts.map((a) => a.length)));
  let within = longest(p.elements[0]);
  for (let i = 1; i < p.elements.length; i++) {
    const el = p.elements[i];
    if (el.kind === 'lit' && !el.optional) return { words: new Set(el.alts.map((a) => idOf(a[0]))), within };
    within += longest(el);
  }
  return undefined;
}

const BE_PASSIVE = [['was'], ['were'], ['is'], ['are'], ['been'], ['be'], ['being'], ['has', 'been'], ['have', 'been'], ['had', 'been'], ['will', 'be'], ['would', 'be'], ['to', 'be'], ['was', 'not'], ['were', 'not'], ["wasn't"], ["weren't"], ['was', 'also'], ['were', 'also'], ['was', 'later'], ['were', 'later']];

/**
 * The passive of a "verb * object" pattern: "impose * sanctions" -> "sanctions (were) imposed".
 * The object becomes the first word; the verb keeps only its participle forms.
 */
function passiveOf(id: number, p: Pattern): Pattern | null {
  if (p.pos !== 'verb' || p.head !== 0) return null;
  const els = p.elements;
  if (els.length !== 3 || els[1].kind !== 'gap' || els[2].kind !== 'lit' || els[2].optional) return null;
  const verb = els[0] as Extract<Element, { kind: 'lit' }>;
  const object = els[2] as Extract<Element, { kind: 'lit' }>;
  const participles = verb.alts.filter((a) => /(ed|en|wn|ne|ld|ht|nt|pt|lt|ck|ung|ut|ot|id|it|et|ad)$/.test(a[0]) && !a[0].endsWith('ing'));
  if (!participles.length) return null;
  // the object's own words, as a noun phrase's head (plural or singular both)
  const objectAlts = object.alts.filter((a) => !PREPOSITIONS.has(a[0]) && !['a', 'an', 'the', 'to', 'of'].includes(a[0]));
  if (!objectAlts.length) return null;
  return {
    ...p,
    id,
    passive: true,
    elements: [{ kind: 'lit', alts: objectAlts, optional: false }, { kind: 'lit', alts: BE_PASSIVE, optional: false }, { kind: 'lit', alts: participles, optional: false }],
    head: 2,
    literals: p.literals + 1,
    source: `${p.source} (passive)`,
    single: false,
    second: undefined,
  };
}

let cached: Dictionary | null = null;

/** The compiled built-in dictionary (compiled once per process; it is immutable). */
export function loadDictionary(): Dictionary {
  if (cached) return cached;
  const patterns: Pattern[] = [];
  for (const g of PATTERN_GROUPS) {
    for (const v of g.verbs ?? []) patterns.push(compileOne(patterns.length, g, v, 'verb'));
    for (const n of g.nouns ?? []) patterns.push(compileOne(patterns.length, g, n, 'noun'));
    for (const p of g.phrases ?? []) patterns.push(compileOne(patterns.length, g, p, 'phrase'));
  }
  for (const p of [...patterns]) {
    const pass = passiveOf(patterns.length, p);
    if (pass) {
      pass.second = secondWords(pass);
      patterns.push(pass);
    }
  }
  const index = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const first = p.elements[0] as Extract<Element, { kind: 'lit' }>;
    for (const a of first.alts) {
      const list = index.get(a[0]) ?? [];
      if (!list.includes(p)) list.push(p);
      index.set(a[0], list);
    }
  }
  const vocab = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    return id;
  };
  for (const p of patterns) for (const el of p.elements) if (el.kind === 'lit') for (const a of el.alts) for (const w of a) idOf(w);
  for (const w of [...GAP_STOP, ...WIDE_OK, ...PREPOSITIONS, ...GAP_PREPS]) idOf(w);
  const flags = new Uint8Array(vocab.size);
  for (const [w, id] of vocab) {
    flags[id] = (GAP_STOP.has(w) ? F_STOP : 0) | (WIDE_OK.has(w) ? F_WIDE_OK : 0) | (PREPOSITIONS.has(w) && w !== "'s" ? F_PREP : 0) | (GAP_PREPS.has(w) ? F_GAP_PREP : 0);
  }
  const starts: (Starts | undefined)[] = new Array(vocab.size).fill(undefined);
  for (const [w, list] of index) {
    const st: Starts = { any: [], bySecond: new Map() };
    for (const p of list) {
      if (!p.second) {
        st.any.push(p);
        continue;
      }
      for (const x of p.second) {
        const l = st.bySecond.get(idOf(x)) ?? [];
        if (!l.includes(p)) l.push(p);
        st.bySecond.set(idOf(x), l);
      }
    }
    starts[idOf(w)] = st;
  }
  for (const p of patterns) if (!p.single && !p.second) p.ahead = aheadOf(p, idOf);
  const nounHeads = new Set<string>();
  for (const p of patterns) {
    if (p.pos !== 'noun') continue;
    const h = p.elements[p.head];
    if (h.kind === 'lit') for (const a of h.alts) nounHeads.add(a[a.length - 1]);
  }
  cached = { patterns, index, vocab, starts, flags, nounHeads, packed: packStarts(patterns, starts, idOf) };
  return cached;
}

function packStarts(patterns: readonly Pattern[], starts: readonly (Starts | undefined)[], idOf: (w: string) => number): PackedStarts {
  const anyFrom = new Int32Array(starts.length + 1);
  const any: number[] = [];
  const bySecond = new Uint8Array(starts.length);
  const has = new Uint8Array(starts.length);
  for (let id = 0; id < starts.length; id++) {
    anyFrom[id] = any.length;
    const st = starts[id];
    if (!st) continue;
    has[id] = 1;
    for (const p of st.any) any.push(p.id);
    if (st.bySecond.size) bySecond[id] = 1;
  }
  anyFrom[starts.length] = any.length;
  const within = new Int8Array(patterns.length).fill(-1);
  const aheadFrom = new Int32Array(patterns.length + 1);
  const words: number[] = [];
  for (const p of patterns) {
    aheadFrom[p.id] = words.length;
    // one-word patterns match at once (matchAt does not look ahead for them)
    if (!p.ahead || p.single) continue;
    within[p.id] = p.ahead.within;
    for (const w of p.ahead.words) words.push(w);
  }
  aheadFrom[patterns.length] = words.length;
  const pairs = packPairs(starts);
  const programAt = new Int32Array(patterns.length);
  const program: number[] = [];
  for (const p of patterns) programAt[p.id] = compileProgram(p, idOf, program);
  return { starts: has, anyFrom, anyPatterns: Int32Array.from(any), bySecond, within, aheadFrom, aheadWords: Int32Array.from(words), programAt, program: Int32Array.from(program), ...pairs };
}

function packPairs(starts: readonly (Starts | undefined)[]): Pick<PackedStarts, 'pairSlots' | 'pairBits' | 'vocabSize' | 'secondPatterns'> {
  const vocabSize = starts.length;
  let count = 0;
  for (const st of starts) if (st) count += st.bySecond.size;
  // at most half full: a lookup (most find nothing) ends at the first or second slot
  let pairBits = 4;
  while (1 << pairBits < count * 2) pairBits++;
  const pairSlots = new Int32Array(3 << pairBits);
  const list: number[] = [];
  for (let first = 0; first < vocabSize; first++) {
    const st = starts[first];
    if (!st) continue;
    for (const [second, ps] of st.bySecond) {
      let slot = pairSlot(first * vocabSize + second, pairBits);
      while (pairSlots[3 * slot] !== 0) slot = (slot + 1) & ((1 << pairBits) - 1);
      pairSlots[3 * slot] = first * vocabSize + second + 1;
      pairSlots[3 * slot + 1] = list.length;
      for (const p of ps) list.push(p.id);
      pairSlots[3 * slot + 2] = list.length;
    }
  }
  return { pairSlots, pairBits, vocabSize, secondPatterns: Int32Array.from(list) };
}

/** The first slot of a word pair (Fibonacci hashing). */
function pairSlot(pair: number, bits: number): number {
  return Math.imul(pair, 0x9e3779b1) >>> (32 - bits);
}

/** Where pair (first, second) lists its patterns in secondPatterns: the table slot's index, -1 when none. */
function pairAt(pk: PackedStarts, first: number, second: number): number {
  const pair = first * pk.vocabSize + second;
  const mask = (1 << pk.pairBits) - 1;
  for (let slot = pairSlot(pair, pk.pairBits); ; slot = (slot + 1) & mask) {
    const key = pk.pairSlots[3 * slot];
    if (key === 0) return -1;
    if (key === pair + 1) return 3 * slot;
  }
}

/** Whether one of pattern `pid`'s ahead words follows `start` within its window (Pattern.ahead, from the packed copy). */
function aheadFound(pk: PackedStarts, ids: ArrayLike<number>, pid: number, start: number): boolean {
  const to = Math.min(ids.length, start + pk.within[pid] + 1);
  const from = pk.aheadFrom[pid];
  const end = pk.aheadFrom[pid + 1];
  for (let i = start + 1; i < to; i++) {
    const id = ids[i];
    if (id < 0) continue;
    for (let k = from; k < end; k++) if (pk.aheadWords[k] === id) return true;
  }
  return false;
}

export interface Match {
  pattern: Pattern;
  /** sentence-relative token indices, [start, end) */
  start: number;
  end: number;
  /** the head word's token index */
  headTok: number;
  /** token indices matched by literals (not gaps) */
  literalToks: number[];
  /** gap spans [start, end) */
  gaps: [number, number][];
}

/** Tokens a gap may not hold: clause punctuation, quotation marks, subordinators. */
const GAP_STOP = new Set(['.', ';', ':', '!', '?', ',', '"', '“', '”', '‘', '’', "'", '(', ')', '—', '–', 'that', 'who', 'which', 'because', 'if', 'but', 'whether', 'said', 'says', 'told', 'when', 'while', 'after', 'before']);

const F_STOP = 1;
const F_WIDE_OK = 2;
const F_PREP = 4;
const F_GAP_PREP = 8;

interface MatchState {
  /** the sentence's word ids (-1: no pattern word) */
  ids: ArrayLike<number>;
  flags: Uint8Array;
  /** the dictionary's patterns as programs (PackedStarts.program), and where the pattern matched starts */
  prog: Int32Array;
  at: number;
  lits: number[];
  gaps: [number, number][];
  head: number;
  budget: number;
  bestEnd: number;
  bestLits: number[] | null;
  bestGaps: [number, number][];
  bestHead: number;
}

function matchRec(st: MatchState, ei: number, ti: number): void {
  if (--st.budget < 0) return;
  const prog = st.prog;
  const ids = st.ids;
  const n = ids.length;
  if (ei === prog[st.at]) {
    const n = st.lits.length;
    if (st.bestLits === null || n > st.bestLits.length || (n === st.bestLits.length && ti > st.bestEnd)) {
      st.bestEnd = ti;
      st.bestLits = st.lits.slice();
      st.bestGaps = st.gaps.map((g) => [g[0], g[1]] as [number, number]);
      st.bestHead = st.head;
    }
    return;
  }
  const el = prog[st.at + 3 + ei];
  if (prog[el] === GAP) {
    const max = prog[el + 1];
    const wide = prog[el + 2] === 1;
    const min = prog[el + 3];
    for (let len = 0; len <= max && ti + len <= n; len++) {
      if (len > 0) {
        const id = ids[ti + len - 1];
        const f = id < 0 ? 0 : st.flags[id];
        if (f & F_STOP && !(wide && f & F_WIDE_OK)) break;
        if (len === 1 && f & F_PREP && !wide) break;
        // a narrow gap is the object noun phrase: it does not cross into a prepositional phrase
        if (!wide && f & F_GAP_PREP) break;
        st.gaps.push([ti, ti + len]);
      }
      if (len >= min) matchRec(st, ei + 1, ti + len);
      if (len > 0) st.gaps.pop();
    }
    return;
  }
  // the alternatives that start with this token's word, in the pattern's order
  const first = ti < n ? ids[ti] : -1;
  if (first >= 0) {
    const isHead = ei === prog[st.at + 1];
    const noun = prog[st.at + 2] === 1;
    for (let a = 0, q = el + 3, count = prog[el + 2]; a < count; a++, q += 1 + prog[q]) {
      const len = prog[q];
      if (prog[q + 1] !== first || ti + len > n) continue;
      let ok = true;
      for (let k = 1; k < len; k++) {
        if (ids[ti + k] !== prog[q + 1 + k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < len; k++) st.lits.push(ti + k);
      const prevHead = st.head;
      if (isHead) st.head = ti + (noun ? len - 1 : 0);
      matchRec(st, ei + 1, ti + len);
      st.head = prevHead;
      st.lits.length -= len;
    }
  }
  if (prog[el + 1] === 1) matchRec(st, ei + 1, ti);
}

const STATE: MatchState = { ids: [], flags: new Uint8Array(0), prog: new Int32Array(0), at: 0, lits: [], gaps: [], head: -1, budget: 0, bestEnd: -1, bestLits: null, bestGaps: [], bestHead: -1 };

function matchAt(ids: ArrayLike<number>, dict: Dictionary, p: Pattern, start: number): Match | null {
  // one-word patterns (most of the dictionary): the index already matched the word
  if (p.single) return { pattern: p, start, end: start + 1, headTok: start, literalToks: [start], gaps: [] };
  // (findTriggers has checked the pattern's ahead words: aheadFound)
  // one state object reused by every match (the matcher is synchronous and not reentrant)
  const st = STATE;
  st.ids = ids;
  st.flags = dict.flags;
  st.prog = dict.packed.program;
  st.at = dict.packed.programAt[p.id];
  st.lits.length = 0;
  st.gaps.length = 0;
  st.head = -1;
  st.budget = 200;
  st.bestEnd = -1;
  st.bestLits = null;
  st.bestGaps = [];
  st.bestHead = -1;
  matchRec(st, 0, start);
  const best = st.bestLits as number[] | null;
  if (best === null) return null;
  const lits = sortStable(best, (x, y) => x - y);
  return { pattern: p, start, end: st.bestEnd, headTok: st.bestHead < 0 ? start : st.bestHead, literalToks: lits, gaps: st.bestGaps };
}

/** The dictionary's ids of words (-1 for words no pattern has). */
export function wordIdsOf(dict: Dictionary, words: readonly string[]): Int32Array {
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = dict.vocab.get(words[i]) ?? -1;
  return ids;
}

/** One buffer for the tokens findTriggers has given away (it is not reentrant), cleared per sentence. */
let TAKEN = new Uint8Array(256);

function takenScratch(n: number): Uint8Array {
  if (TAKEN.length < n) TAKEN = new Uint8Array(Math.max(n, TAKEN.length * 2));
  TAKEN.fill(0, 0, n);
  return TAKEN;
}

function anyTaken(toks: readonly number[], taken: Uint8Array): boolean {
  for (let k = 0; k < toks.length; k++) if (taken[toks[k]]) return true;
  return false;
}

/** Keeps a match unless its head is blocked (block patterns are kept: they take their tokens from others). */
function addMatch(all: Match[], m: Match | null, blocked: readonly boolean[]): void {
  if (m && (!blocked[m.headTok] || m.pattern.group.block)) all.push(m);
}

/**
 * The triggers of a sentence: the most specific non-overlapping pattern matches. `words` are the
 * sentence's tokens in lower case; `blocked[i]` marks tokens that cannot be a trigger's head (inside a
 * name or a time expression).
 */
export function findTriggers(dict: Dictionary, words: readonly string[], blocked: readonly boolean[], wordIds?: ArrayLike<number>): Match[] {
  const all: Match[] = [];
  const ids = wordIds ?? wordIdsOf(dict, words);
  const pk = dict.packed;
  const patterns = dict.patterns;
  for (let i = 0; i < words.length; i++) {
    const id = ids[i];
    if (id < 0) continue;
    // the patterns any second word suits, pre-checked on the packed arrays
    for (let k = pk.anyFrom[id], end = pk.anyFrom[id + 1]; k < end; k++) {
      const pid = pk.anyPatterns[k];
      if (pk.within[pid] >= 0 && !aheadFound(pk, ids, pid, i)) continue;
      addMatch(all, matchAt(ids, dict, patterns[pid], i), blocked);
    }
    // the patterns that need the next word
    const at = pk.bySecond[id] && i + 1 < words.length && ids[i + 1] >= 0 ? pairAt(pk, id, ids[i + 1]) : -1;
    if (at >= 0) {
      for (let k = pk.pairSlots[at + 1], end = pk.pairSlots[at + 2]; k < end; k++) addMatch(all, matchAt(ids, dict, patterns[pk.secondPatterns[k]], i), blocked);
    }
  }
  if (all.length <= 1) return all.filter((m) => !m.pattern.group.block);
  sortStable(
    all,
    (a, b) =>
      Number(Boolean(b.pattern.group.block)) - Number(Boolean(a.pattern.group.block)) ||
      b.literalToks.length - a.literalToks.length ||
      b.end - b.start - (a.end - a.start) ||
      b.pattern.weight - a.pattern.weight ||
      a.pattern.id - b.pattern.id,
  );
  const taken = takenScratch(words.length);
  const chosen: Match[] = [];
  for (const m of all) {
    if (anyTaken(m.literalToks, taken)) continue;
    for (const t of m.literalToks) taken[t] = 1;
    // the gap of a specific pattern is its object: no trigger inside it ("sign a ceasefire agreement")
    if (!m.pattern.frame) for (const [s, e] of m.gaps) for (let t = s; t < e; t++) taken[t] = 1;
    if (!m.pattern.group.block) chosen.push(m);
  }
  return sortStable(chosen, (a, b) => a.start - b.start);
}
