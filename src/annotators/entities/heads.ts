// Head words of descriptions: is the word at position i (with the next word, for "prime minister")
// a role word of the knowledge base or an organisation noun? Every word of every sentence is asked,
// so the answer is memoised per word string (news vocabulary repeats): one map lookup per token,
// and a second one only after the rare first words of two-word roles.

import type { Mention } from '../../doc/types.ts';
import type { KnowledgeBase } from '../../kb/index.ts';
import { ORG_NOUNS } from './data/nouns.ts';
import { IdMemo, remember, type DocWordIds } from './wordids.ts';

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'another', 'both', 'several', 'two', 'three', 'some', 'many', 'other']);

/** Words that can never sit inside a noun phrase before its head. */
export const BREAKERS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'said', 'says', 'say',
  'told', 'tell', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'no', 'and', 'or',
  'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'onto', 'over', 'under', 'about',
  'against', 'between', 'through', 'during', 'after', 'before', 'since', 'until', 'that', 'which', 'who', 'whom',
  'whose', 'as', 'than', 'also', 'very', 'if', 'when', 'while', 'because', 'so', 'then', 'there', 'here', 'it', 'he',
  'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'what', 'how', 'why', 'where', 'all', 'any', 'each',
  'every', 'such', 'only', 'just', 'even', 'still', 'yet', 'already', 'now', 'again', 'up', 'down', 'out', 'off',
]);

/** The organisation kind a group role implies ("the army" is a military, "the channel" a media outlet). */
const ROLE_KINDS: Record<string, string> = {
  MED: 'media', GOV: 'gov_body', MIL: 'military', REB: 'armed_group', JUD: 'court', LEG: 'legislature', BUS: 'company',
  NGO: 'ngo', PTY: 'party', COP: 'police',
};

export interface HeadInfo {
  type: Mention['type'];
  kind?: string;
  role?: string;
  plural: boolean;
  /** number of tokens of the head (two for "prime minister") */
  width: number;
}

const WORD = /^\p{L}[\p{L}'’-]*$/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
// (regexes with \p{} live in constants: the bundler turns such a literal into `new RegExp()` where it stands)
const CAPITALISED = /^\p{Lu}/u;

export function isCapitalised(w: string): boolean {
  return CAPITALISED.test(w);
}

/** What headAt() needs to know about one word string. */
interface WordHead {
  /** the word may open a head (a word, not a determiner nor a breaker) */
  gate: boolean;
  /** the word could be the second word of a two-word head */
  word: boolean;
  /** lower case, and whether a two-word role can start with it */
  lower: string;
  pairStart: boolean;
  /** the head of the word alone */
  single: HeadInfo | null;
  /** two-word heads starting with this word, by the next word */
  pairs: Map<string, HeadInfo | null> | null;
}

const MAX_WORDS = 100_000;
const memo = new WeakMap<KnowledgeBase, Map<string, WordHead>>();

/** The head a role lookup gives the lower-case phrase, or null. */
function roleHead(kb: KnowledgeBase, lower: string, width: number): HeadInfo | null {
  const role = kb.role(lower);
  if (!role) return null;
  const plural = lower !== role.lemma && /s$/.test(lower);
  if (role.person) return { type: 'PERSON', role: role.role, plural, width };
  return { type: 'ORG', kind: ORG_NOUNS[lower] ?? ROLE_KINDS[role.role.slice(0, 3)], role: role.role, plural, width };
}

function wordHead(kb: KnowledgeBase, words: Map<string, WordHead>, w: string): WordHead {
  let h = words.get(w);
  if (h) return h;
  const lower = w.toLowerCase();
  const gate = !DETERMINERS.has(lower) && !BREAKERS.has(lower) && WORD.test(lower);
  let single: HeadInfo | null = null;
  if (gate && !(isCapitalised(w) && !TITLE_CASE.test(w))) {
    single = roleHead(kb, lower, 1);
    if (!single && lower in ORG_NOUNS) single = { type: 'ORG', kind: ORG_NOUNS[lower], plural: false, width: 1 };
  }
  h = { gate, word: WORD.test(w), lower, pairStart: gate && kb.mayStartRole(lower), single, pairs: null };
  if (words.size >= MAX_WORDS) words.clear();
  words.set(w, h);
  return h;
}

/** Per-knowledge-base memo of word heads (a KB's role words never change once loaded). */
export function headMemo(kb: KnowledgeBase): Map<string, WordHead> {
  let words = memo.get(kb);
  if (!words) memo.set(kb, (words = new Map()));
  return words;
}

const idMemo = new WeakMap<KnowledgeBase, IdMemo<WordHead>>();

/** The word heads of a knowledge base by word id of `ids` (the same objects as headMemo()'s). */
export function headIdMemo(kb: KnowledgeBase, ids: DocWordIds): (WordHead | undefined)[] {
  let m = idMemo.get(kb);
  if (!m) idMemo.set(kb, (m = new IdMemo()));
  return m.of(ids.table);
}

/**
 * The head starting at words[i]: a two-word role first ("prime minister"), then the word alone.
 * With `byId` (headIdMemo()) and `ids`, the word is found by its id ids[from + i] (same answer).
 */
export function headAt(
  kb: KnowledgeBase,
  words: readonly string[],
  i: number,
  table: Map<string, WordHead> = headMemo(kb),
  byId: (WordHead | undefined)[] | null = null,
  ids: Int32Array | null = null,
  from = 0,
): HeadInfo | null {
  if (i >= words.length) return null;
  let h: WordHead;
  if (byId) {
    const id = ids![from + i];
    h = byId[id] ?? remember(byId, id, wordHead(kb, table, words[i]));
  } else h = wordHead(kb, table, words[i]);
  if (!h.gate) return null;
  if (h.pairStart && i + 2 <= words.length) {
    const next = words[i + 1];
    h.pairs ??= new Map();
    let pair = h.pairs.get(next);
    if (pair === undefined) {
      pair = WORD.test(next) ? roleHead(kb, `${h.lower} ${next.toLowerCase()}`, 2) : null;
      h.pairs.set(next, pair);
    }
    if (pair) return pair;
  }
  return h.single;
}
