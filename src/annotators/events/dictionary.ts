// Compiles the pattern dictionary (data/patterns.ts) into token patterns indexed by their first word,
// and finds the triggers of one sentence: every pattern match, then the most specific non-overlapping
// ones (longest literal part first, then the group's weight).

import { PATTERN_GROUPS, type FrameKind, type PatternGroup } from './data/patterns.ts';
import { PREPOSITIONS } from './data/lexicon.ts';
import { nounForms, verbForms } from './inflect.ts';

/** One element of a compiled pattern: a set of literal alternatives (each a token sequence) or a gap. */
export type Element =
  | { kind: 'lit'; alts: string[][]; optional: boolean; byFirst?: Map<number, Int32Array[]> }
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
  // each element's alternatives by their first word, as ids: the matcher looks the token up instead of trying every one
  for (const p of patterns) {
    for (const el of p.elements) {
      if (el.kind !== 'lit' || el.byFirst) continue;
      el.byFirst = new Map();
      for (const a of el.alts) {
        const first = idOf(a[0]);
        const l = el.byFirst.get(first) ?? [];
        l.push(Int32Array.from(a, idOf));
        el.byFirst.set(first, l);
      }
    }
  }
  const nounHeads = new Set<string>();
  for (const p of patterns) {
    if (p.pos !== 'noun') continue;
    const h = p.elements[p.head];
    if (h.kind === 'lit') for (const a of h.alts) nounHeads.add(a[a.length - 1]);
  }
  cached = { patterns, index, vocab, starts, flags, nounHeads };
  return cached;
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
  p: Pattern;
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
  const p = st.p;
  const ids = st.ids;
  const n = ids.length;
  if (ei === p.elements.length) {
    const n = st.lits.length;
    if (st.bestLits === null || n > st.bestLits.length || (n === st.bestLits.length && ti > st.bestEnd)) {
      st.bestEnd = ti;
      st.bestLits = st.lits.slice();
      st.bestGaps = st.gaps.map((g) => [g[0], g[1]] as [number, number]);
      st.bestHead = st.head;
    }
    return;
  }
  const el = p.elements[ei];
  if (el.kind === 'gap') {
    for (let len = 0; len <= el.max && ti + len <= n; len++) {
      if (len > 0) {
        const id = ids[ti + len - 1];
        const f = id < 0 ? 0 : st.flags[id];
        if (f & F_STOP && !(el.wide && f & F_WIDE_OK)) break;
        if (len === 1 && f & F_PREP && !el.wide) break;
        // a narrow gap is the object noun phrase: it does not cross into a prepositional phrase
        if (!el.wide && f & F_GAP_PREP) break;
        st.gaps.push([ti, ti + len]);
      }
      if (len >= el.min) matchRec(st, ei + 1, ti + len);
      if (len > 0) st.gaps.pop();
    }
    return;
  }
  const alts = ti < n && ids[ti] >= 0 ? el.byFirst?.get(ids[ti]) : undefined;
  if (alts) for (let a = 0; a < alts.length; a++) {
    const alt = alts[a];
    if (ti + alt.length > n) continue;
    let ok = true;
    for (let k = 1; k < alt.length; k++) {
      if (ids[ti + k] !== alt[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    for (let k = 0; k < alt.length; k++) st.lits.push(ti + k);
    const prevHead = st.head;
    if (ei === p.head) st.head = ti + (p.pos === 'noun' ? alt.length - 1 : 0);
    matchRec(st, ei + 1, ti + alt.length);
    st.head = prevHead;
    st.lits.length -= alt.length;
  }
  if (el.optional) matchRec(st, ei + 1, ti);
}

const STATE: MatchState = { ids: [], flags: new Uint8Array(0), p: undefined as unknown as Pattern, lits: [], gaps: [], head: -1, budget: 0, bestEnd: -1, bestLits: null, bestGaps: [], bestHead: -1 };

function matchAt(ids: ArrayLike<number>, flags: Uint8Array, p: Pattern, start: number): Match | null {
  // one-word patterns (most of the dictionary): the index already matched the word
  if (p.single) return { pattern: p, start, end: start + 1, headTok: start, literalToks: [start], gaps: [] };
  const ahead = p.ahead;
  if (ahead) {
    const to = Math.min(ids.length, start + ahead.within + 1);
    let found = false;
    for (let i = start + 1; i < to; i++) {
      if (ahead.words.has(ids[i])) {
        found = true;
        break;
      }
    }
    if (!found) return null;
  }
  // one state object reused by every match (the matcher is synchronous and not reentrant)
  const st = STATE;
  st.ids = ids;
  st.flags = flags;
  st.p = p;
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
  const lits = best.sort((x, y) => x - y);
  return { pattern: p, start, end: st.bestEnd, headTok: st.bestHead < 0 ? start : st.bestHead, literalToks: lits, gaps: st.bestGaps };
}

/** The dictionary's ids of words (-1 for words no pattern has). */
export function wordIdsOf(dict: Dictionary, words: readonly string[]): Int32Array {
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = dict.vocab.get(words[i]) ?? -1;
  return ids;
}

/**
 * The triggers of a sentence: the most specific non-overlapping pattern matches. `words` are the
 * sentence's tokens in lower case; `blocked[i]` marks tokens that cannot be a trigger's head (inside a
 * name or a time expression).
 */
export function findTriggers(dict: Dictionary, words: readonly string[], blocked: readonly boolean[], wordIds?: ArrayLike<number>): Match[] {
  const all: Match[] = [];
  const ids = wordIds ?? wordIdsOf(dict, words);
  const flags = dict.flags;
  for (let i = 0; i < words.length; i++) {
    const id = ids[i];
    const st = id >= 0 ? dict.starts[id] : undefined;
    if (!st) continue;
    for (let k = 0; k < 2; k++) {
      const cands = k === 0 ? st.any : i + 1 < words.length && ids[i + 1] >= 0 ? st.bySecond.get(ids[i + 1]) : undefined;
      if (!cands) continue;
      for (const p of cands) {
        const m = matchAt(ids, flags, p, i);
        if (!m) continue;
        if (blocked[m.headTok] && !p.group.block) continue;
        all.push(m);
      }
    }
  }
  if (all.length <= 1) return all.filter((m) => !m.pattern.group.block);
  all.sort(
    (a, b) =>
      Number(Boolean(b.pattern.group.block)) - Number(Boolean(a.pattern.group.block)) ||
      b.literalToks.length - a.literalToks.length ||
      b.end - b.start - (a.end - a.start) ||
      b.pattern.weight - a.pattern.weight ||
      a.pattern.id - b.pattern.id,
  );
  const taken = new Uint8Array(words.length);
  const chosen: Match[] = [];
  for (const m of all) {
    if (m.literalToks.some((t) => taken[t])) continue;
    for (const t of m.literalToks) taken[t] = 1;
    // the gap of a specific pattern is its object: no trigger inside it ("sign a ceasefire agreement")
    if (!m.pattern.frame) for (const [s, e] of m.gaps) for (let t = s; t < e; t++) taken[t] = 1;
    if (!m.pattern.group.block) chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
