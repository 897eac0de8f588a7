// A sentence seen by the event coder: its tokens in lower case with, per token, the mentions, time
// expressions, places and quotes that cover it. Built only for sentences that have a trigger.

import type { Cluster, Mention, Place, Quote, Sentence, TimeExpr, Token } from '../../doc/types.ts';
import { firstEndingAfter, firstStartingFrom } from '../../util/spans.ts';
import { sortStable } from './sort.ts';

/** A token of a view: the document's own token (its words are SentenceView.words, its text is sliced when needed). */
export interface TokView {
  readonly start: number;
  readonly end: number;
}

export interface MentionRef {
  m: Mention;
  /** sentence-relative token range [s, e) */
  s: number;
  e: number;
  cluster?: Cluster;
}

export interface SentenceView {
  sentence: Sentence;
  index: number;
  toks: TokView[];
  words: string[];
  /** mentions covering each token, outermost (longest) first */
  mentionsAt: MentionRef[][];
  mentions: MentionRef[];
  /** the time expression covering each token, if any */
  timeAt: (TimeExpr | undefined)[];
  times: { t: TimeExpr; s: number; e: number }[];
  places: { p: Place; s: number; e: number }[];
  /** the quote whose content covers each token */
  quoteAt: (Quote | undefined)[];
  /** the quote whose cue covers each token ("said", "told") */
  cueAt: (Quote | undefined)[];
  /** name mentions and time expressions: tokens that cannot head a trigger */
  blocked: boolean[];
  /** the document's text */
  text: string;
  /** the lower-case text of a span of this sentence */
  text_(span: { start: number; end: number }): string;
}

function viewText(this: SentenceView, span: { start: number; end: number }): string {
  return this.text.slice(span.start, span.end).toLowerCase();
}

/** A lower-case ASCII letter first (a word that may name a role). */
function lowerInitial(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** A word worth asking the role lookup about: three letters or more, lower case, no function word. */
export function mayBeRoleWord(w: string): boolean {
  return w.length > 2 && lowerInitial(w) && !FUNCTION_WORDS.has(w);
}

/** DocIndex.roleFlags: the token's word may name a role (mayBeRoleWord) */
export const ROLE_WORD = 1;
/** DocIndex.roleFlags: a two-word role phrase may start with the token's word (mayStartRole) */
export const ROLE_START = 2;

/** Words that never name an actor: no role lookup for them. */
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'that', 'this', 'with', 'from', 'have', 'has', 'had', 'was', 'were', 'are', 'its', 'his', 'her', 'their', 'our', 'who', 'which', 'said', 'says', 'not', 'but', 'will', 'would', 'been', 'also', 'after', 'into', 'over', 'than', 'they', 'she', 'him', 'them', 'what', 'when', 'where', 'there', 'about', 'more', 'some', 'last', 'year', 'years', 'week', 'told', 'new', 'one', 'two', 'all', 'out', 'can', 'could', 'should', 'may', 'might', 'before', 'since', 'while', 'other', 'such', 'only', 'any', 'most', 'many', 'very', 'because', 'these', 'those', 'then', 'now', 'first', 'time', 'like', 'during', 'against', 'between', 'under', 'through', 'including', 'without', 'until', 'being']);

export function normWord(raw: string): string {
  return normLower(raw.toLowerCase());
}

/** normWord of a word already in lower case: typographic apostrophes as ASCII. */
export function normLower(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // ’ ‘ ` ´
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4) return w.replace(/[’‘`´]/g, "'");
  }
  return w;
}

/** Shared by tokens no mention covers (never written to: buildView gives a token its own list first). */
const NO_MENTIONS: MentionRef[] = [];

/**
 * Shared by sentences with no time, quote or cue (never written to: buildView allocates the list on
 * its first write). Reading any index gives undefined, as a list of n undefined does.
 */
const NO_ITEMS: never[] = [];

/** Token index range [s, e) of a character span within the sentence's tokens. */
export function tokRange(toks: readonly TokView[], start: number, end: number): [number, number] {
  const lo = firstEndingAfter(toks, start);
  let e = lo;
  while (e < toks.length && toks[e].start < end) e++;
  return [lo, e];
}

export interface DocIndex {
  /** the role a word or two-word phrase denotes (the knowledge base's role words: police, rebels, troops) */
  roleOf?: (phrase: string) => { role: string; secondary?: string; person: boolean } | undefined;
  /** roleOf(`${a} ${b}`), cached without building the phrase */
  roleOfPair?: (a: string, b: string) => { role: string; secondary?: string; person: boolean } | undefined;
  /** false when no two-word role phrase starts with the word (skips the lookup) */
  mayStartRole?: (word: string) => boolean;
  /**
   * Per document token, ROLE_WORD | ROLE_START as its word has them (known per word, so a document
   * costs no string lookups); roleOfToken(t) = roleOf of token t's word. Both, or neither.
   */
  roleFlags?: Uint8Array;
  roleOfToken?: (t: number) => { role: string; secondary?: string; person: boolean } | undefined;
  mentions: readonly Mention[];
  clusterOfMention: Map<string, Cluster>;
  times: readonly TimeExpr[];
  places: readonly Place[];
  quotes: readonly Quote[];
}

/** The longest extent of any item, per list (so a binary search on starts finds every overlap). */
const maxLen = new WeakMap<readonly { start: number; end: number }[], number>();

/** Items of a list sorted by start that overlap [start, end): a binary search, then a short scan. */
function overlapping<T extends { start: number; end: number }>(list: readonly T[], start: number, end: number): T[] {
  let longest = maxLen.get(list);
  if (longest === undefined) {
    longest = 0;
    for (const x of list) longest = Math.max(longest, x.end - x.start);
    maxLen.set(list, longest);
  }
  // first item that could reach `start`: its start is at least start - longest
  const lo = firstStartingFrom(list, start - longest);
  const out: T[] = [];
  for (let i = lo; i < list.length; i++) {
    const x = list[i];
    if (x.start >= end) break;
    if (x.end > start) out.push(x);
  }
  return out;
}

/**
 * The view of one sentence. `docWords` (optional) are the document's tokens already normalised
 * (normWord), so a document's words are computed once.
 */
export function buildView(text: string, tokens: readonly Token[], sentence: Sentence, index: number, di: DocIndex, docWords?: readonly string[]): SentenceView {
  const n = sentence.tokenEnd - sentence.tokenStart;
  const toks: TokView[] = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const words = docWords ? docWords.slice(sentence.tokenStart, sentence.tokenEnd) : toks.map((tk) => normWord(text.slice(tk.start, tk.end)));
  const mentionsAt: MentionRef[][] = new Array(n).fill(NO_MENTIONS);
  const mentions: MentionRef[] = [];
  let blocked: boolean[] = NO_ITEMS;
  for (const m of overlapping(di.mentions, sentence.start, sentence.end)) {
    const [s, e] = tokRange(toks, m.start, m.end);
    if (e <= s) continue;
    const ref: MentionRef = { m, s, e, cluster: di.clusterOfMention.get(m.id) };
    mentions.push(ref);
    for (let i = s; i < e; i++) {
      if (mentionsAt[i] === NO_MENTIONS) mentionsAt[i] = [ref];
      else mentionsAt[i].push(ref);
    }
    if (m.form === 'name' && m.type !== 'NORP' && m.type !== 'MISC') {
      if (blocked === NO_ITEMS) blocked = new Array<boolean>(n).fill(false);
      for (let i = s; i < e; i++) blocked[i] = true;
    }
  }
  // role words the entity layer did not mark ("Police arrested …", "government forces"): actors all the same
  if (di.roleOf) {
    const rf = di.roleFlags;
    const t0 = sentence.tokenStart;
    for (let i = 0; i < n; i++) {
      if (mentionsAt[i].length || !(rf ? rf[t0 + i] & ROLE_WORD : mayBeRoleWord(words[i]))) continue;
      let len = 0;
      let info;
      if (i + 1 < n && !mentionsAt[i + 1].length && (rf ? rf[t0 + i + 1] & ROLE_WORD && rf[t0 + i] & ROLE_START : mayBeRoleWord(words[i + 1]) && (!di.mayStartRole || di.mayStartRole(words[i])))) {
        info = di.roleOfPair ? di.roleOfPair(words[i], words[i + 1]) : di.roleOf(`${words[i]} ${words[i + 1]}`);
        if (info) len = 2;
      }
      if (!info) {
        info = di.roleOfToken ? di.roleOfToken(t0 + i) : di.roleOf(words[i]);
        if (info) len = 1;
      }
      if (!info || !len) continue;
      const m: Mention = {
        id: '',
        start: toks[i].start,
        end: toks[i + len - 1].end,
        head: { start: toks[i + len - 1].start, end: toks[i + len - 1].end },
        type: info.person ? 'PERSON' : 'ORG',
        form: 'nominal',
        role: info.role + (info.secondary ?? ''),
      };
      const ref: MentionRef = { m, s: i, e: i + len };
      mentions.push(ref);
      for (let k = i; k < i + len; k++) {
        if (mentionsAt[k] === NO_MENTIONS) mentionsAt[k] = [ref];
        else mentionsAt[k].push(ref);
      }
      i += len - 1;
    }
  }
  for (const list of mentionsAt) if (list.length > 1) sortStable(list, (a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
  let timeAt: (TimeExpr | undefined)[] = NO_ITEMS;
  const times: { t: TimeExpr; s: number; e: number }[] = [];
  for (const t of overlapping(di.times, sentence.start, sentence.end)) {
    const [s, e] = tokRange(toks, t.start, t.end);
    times.push({ t, s, e });
    if (e > s && timeAt === NO_ITEMS) timeAt = new Array(n).fill(undefined);
    if (e > s && blocked === NO_ITEMS) blocked = new Array<boolean>(n).fill(false);
    for (let i = s; i < e; i++) {
      timeAt[i] = t;
      blocked[i] = true;
    }
  }
  const places: { p: Place; s: number; e: number }[] = [];
  for (const p of overlapping(di.places, sentence.start, sentence.end)) {
    const [s, e] = tokRange(toks, p.start, p.end);
    places.push({ p, s, e });
  }
  let quoteAt: (Quote | undefined)[] = NO_ITEMS;
  let cueAt: (Quote | undefined)[] = NO_ITEMS;
  for (const q of di.quotes) {
    if ((q.start >= sentence.end || q.end <= sentence.start) && !q.fragments && (!q.cue || q.cue.start >= sentence.end || q.cue.end <= sentence.start)) continue;
    if (q.cue && q.cue.end > sentence.start && q.cue.start < sentence.end) {
      const [s, e] = tokRange(toks, q.cue.start, q.cue.end);
      if (e > s && cueAt === NO_ITEMS) cueAt = new Array(n).fill(undefined);
      for (let i = s; i < e; i++) cueAt[i] = cueAt[i] ?? q;
    }
    const parts = q.fragments ?? [q];
    for (const f of parts) {
      if (f.end <= sentence.start || f.start >= sentence.end) continue;
      const [s, e] = tokRange(toks, f.start, f.end);
      if (e > s && quoteAt === NO_ITEMS) quoteAt = new Array(n).fill(undefined);
      for (let i = s; i < e; i++) quoteAt[i] = quoteAt[i] ?? q;
    }
  }
  return { sentence, index, toks, words, mentionsAt, mentions, timeAt, times, places, quoteAt, cueAt, blocked, text, text_: viewText };
}
