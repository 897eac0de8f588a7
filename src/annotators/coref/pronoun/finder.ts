// A cheap proper-name finder (runs of capitalised words, with titles, initials and name particles)
// and the grouping of name mentions into entities ("Lorenzo" and "Lorenzo Uribe" are one person).
// It is meant to supply competing person candidates for pronoun resolution, not to be an NER.

import type { Span } from '../../../doc/types.ts';
import { analyze, K } from './analysis.ts';
import { GENDERED_NOUNS, NON_NAME_CAPS, NON_PERSON_HEADS, TITLES } from './lexicon.ts';
import { isFirstName, nameGender, type Gender } from './names.ts';
import type { PronounContext } from './types.ts';

export interface NameMention extends Span {
  /** token range of the name (title excluded) */
  tokenStart: number;
  tokenEnd: number;
  /** the name's words, lower case, initials and particles kept */
  words: string[];
  /** a title in front of the name ("Captain", "Mrs."), lower case */
  title?: string;
  gender: Gender;
  /** the gender of a lone word that is a first name but may be a surname ("Kelly", "Allen") */
  weakGender: Gender;
  /** how sure the finder is that this names a person: 0 (no sign), 1 (first name or title), 2 (both) */
  person: number;
  /** a description ("her father", "the actress") rather than a name */
  nominal?: boolean;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'ter', 'ten', 'af']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const INITIAL = /^\p{Lu}\.$/u;
/** first names that are also everyday words, not taken as names at the start of a sentence */
const WORD_NAMES = new Set(
  'will may grace hope faith joy rose mark bill pat sue frank art guy drew rob grant dean major chase jack rich sunny case page mason baker carter miles young august june april summer autumn winter dawn eve holly ivy iris lily violet jade ruby amber crystal pearl ginger penny sandy rusty buck duke king prince earl count baron gay merry noble sterling chance christian cliff dale glen heath lane ray rex sky storm wade wolf bird fox hunter rocky lucky lee long little royal'.split(' '),
);
const SENTENCE_ADVERBS = new Set(
  'now soon then later eventually meanwhile still also only even thus hence here there today yesterday tomorrow instead afterwards afterward together unbeknownst nevertheless nonetheless moreover furthermore besides otherwise indeed perhaps maybe again ultimately initially originally subsequently previously currently recently shortly finally'.split(' '),
);

function isCapWord(text: string, a: ReturnType<typeof analyze>, i: number): boolean {
  const t = a.tokens[i];
  if (t.kind !== 'word') return false;
  const ch = text.charCodeAt(t.start);
  // fast ASCII check, Unicode fallback
  if (ch >= 65 && ch <= 90) return true;
  if (ch < 128) return false;
  return /^\p{Lu}/u.test(text[t.start]);
}

/** Name-like runs of capitalised words in the text, with a person score and a gender guess. */
export function findNames(ctx: PronounContext): NameMention[] {
  const a = analyze(ctx.text, ctx.tokens, ctx.sentences, ctx.types);
  const { tokens, lower } = a;
  const out: NameMention[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (!isCapWord(ctx.text, a, i)) {
      i++;
      continue;
    }
    // extend the run
    let j = i;
    while (j < n) {
      // a name does not run across sentences, nor past an initial into a function word ("Bobby Z. When")
      if (j > i && (a.sentOf[j] !== a.sentOf[j - 1] || (lower[j - 1].endsWith('.') && NON_NAME_CAPS.has(lower[j])))) break;
      if (isCapWord(ctx.text, a, j) && lower[j] !== "'s") {
        j++;
        continue;
      }
      if (PARTICLES.has(lower[j]) && j + 1 < n && isCapWord(ctx.text, a, j + 1) && j > i) {
        j++;
        continue;
      }
      if (SUFFIXES.has(lower[j]) && j > i) {
        j++;
        continue;
      }
      break;
    }
    const runEnd = j;
    let s = i;
    // leading function words and titles
    let title: string | undefined;
    while (s < runEnd) {
      const w = lower[s];
      if (TITLES.has(w) || TITLES.has(w.replace(/\.$/, ''))) {
        title = w;
        s++;
        continue;
      }
      if (NON_NAME_CAPS.has(w.replace(/\.$/, '')) && !(s + 1 < runEnd && isFirstName(w) && a.sentOf[s] >= 0 && tokens[s].start !== ctx.sentences[a.sentOf[s]].start)) {
        s++;
        continue;
      }
      // a sentence-initial word that reads as a verb, adverb or function word ("Finally Tony", "Meet Mike")
      if (s + 1 < runEnd && a.sentOf[s] >= 0 && firstWordOfSentence(a, s) && !isFirstName(w) && (a.cls[s] !== K.Cap || w.endsWith('ly') || SENTENCE_ADVERBS.has(w))) {
        s++;
        continue;
      }
      break;
    }
    i = runEnd;
    if (s >= runEnd) continue;
    const words: string[] = [];
    let nonPerson = false;
    for (let k = s; k < runEnd; k++) {
      const w = lower[k];
      if (NON_PERSON_HEADS.has(w)) nonPerson = true;
      words.push(w);
    }
    if (nonPerson) continue;
    // a lone sentence-initial capital is usually an ordinary word ("Dumped", "Although")
    const sentenceInitial = a.sentOf[s] >= 0 && firstWordOfSentence(a, s);
    const first = words.find((w) => !INITIAL.test(w.toUpperCase()) && !PARTICLES.has(w)) ?? words[0];
    const firstIsName = isFirstName(first);
    let person = 0;
    let gender: Gender = 'unknown';
    let weakGender: Gender = 'unknown';
    const described = describedGender(a, s, runEnd);
    if (described !== 'unknown') {
      person++;
      gender = described;
    }
    if (title) {
      person++;
      const tg = TITLES.get(title) ?? TITLES.get(title.replace(/\.$/, '')) ?? 'unknown';
      if (tg !== 'unknown' && gender === 'unknown') gender = tg;
    }
    if (firstIsName && (words.length > 1 || !sentenceInitial || !WORD_NAMES.has(first) || a.cls[s + 1] === K.Verb || a.cls[s + 1] === K.Aux)) {
      person++;
      if (words.length > 1) {
        if (gender === 'unknown') gender = nameGender(first);
      } else weakGender = nameGender(first);
    }
    if (words.length === 1 && sentenceInitial && !firstIsName && !title) continue;
    // the words of a capitalised run after a place preposition are often a place ("in Moseley")
    out.push({ start: tokens[s].start, end: tokens[runEnd - 1].end, tokenStart: s, tokenEnd: runEnd, words, title, gender, weakGender, person });
  }
  return out;
}

/**
 * The gender a neighbouring common noun gives a name: "his wife Sarah", "the actress Wendy Craig",
 * "Sarah, the daughter of ...", "Amy, a wife who ...".
 */
function describedGender(a: ReturnType<typeof analyze>, s: number, e: number): Gender {
  const { lower, cls } = a;
  // before: "wife Sarah", "wife, Sarah"
  let k = s - 1;
  if (k >= 0 && cls[k] === K.Comma) k--;
  if (k >= 0 && a.sentOf[k] === a.sentOf[s]) {
    const g = GENDERED_NOUNS.get(lower[k]);
    if (g) return g;
  }
  // after: ", the/a/his/her (adjectives) noun"
  if (e < cls.length && cls[e] === K.Comma && e + 1 < cls.length && (cls[e + 1] === K.Det || cls[e + 1] === K.PossPron || lower[e + 1] === 'her')) {
    for (let j = e + 2; j < Math.min(cls.length, e + 6); j++) {
      const g = GENDERED_NOUNS.get(lower[j]);
      if (g) return g;
      if (cls[j] !== K.Word && cls[j] !== K.Cap && cls[j] !== K.Num) break;
    }
  }
  return 'unknown';
}

function firstWordOfSentence(a: ReturnType<typeof analyze>, i: number): boolean {
  const s = a.sentOf[i];
  const se = a.sentences[s];
  for (let k = se.tokenStart; k < i; k++) {
    const kind = a.tokens[k].kind;
    if (kind !== 'quote' && kind !== 'punct') return false;
  }
  return true;
}

/** The words of a name for matching: lower case, without titles, particles, suffixes, possessive. */
export function nameWords(name: string): string[] {
  const ws = name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (k < ws.length - 1 && (TITLES.has(w) || TITLES.has(w.replace(/\.$/, '')))) continue;
    if (SUFFIXES.has(w) || PARTICLES.has(w)) continue;
    out.push(w.replace(/[.,]$/, ''));
  }
  return out;
}

/**
 * How well two names can denote the same person: 3 identical, 2 one is the other's surname or the
 * longer names agree on first and last word, 1 a lone first name, 0 incompatible.
 */
export function nameMatch(x: string[], y: string[]): number {
  if (!x.length || !y.length) return 0;
  if (x.length === y.length && x.every((w, k) => w === y[k])) return 3;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) {
    const w = short[0];
    if (w.length <= 2) return 0; // an initial alone
    if (w === long[long.length - 1]) return 2;
    if (w === long[0]) return 1;
    return 0;
  }
  // both multi-word: surnames must agree, first names must agree or one be the other's initial
  if (short[short.length - 1] !== long[long.length - 1]) return 0;
  const f1 = short[0];
  const f2 = long[0];
  if (f1 === f2 || (f1.length <= 2 && f2.startsWith(f1[0])) || (f2.length <= 2 && f1.startsWith(f2[0]))) return 2;
  return 0;
}

/** How strongly an entity's names match a topic (page title, headline subject): 0 none .. 1 surely. */
export function topicMatch(names: string[][], topic: string | undefined): number {
  if (!topic) return 0;
  // "Gilbert de Clare, 8th Earl of Gloucester" -> "Gilbert de Clare"; "Mary (singer)" -> "Mary"
  const t = nameWords(topic.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/_/g, ' ').split(',')[0]);
  if (!t.length) return 0;
  let best = 0;
  for (const nm of names) {
    const m = nameMatch(nm, t);
    if (m >= 2) best = Math.max(best, 1);
    else if (m === 1) best = Math.max(best, 0.8);
    else if (nm.length === 1 && nm[0].length > 2 && t.length <= 4 && t.includes(nm[0])) best = Math.max(best, 0.6);
  }
  return best;
}

const PLURAL_NOUNS = new Set(['men', 'women', 'boys', 'girls']);

/**
 * People described by a gendered common noun and not named on the spot: "her harried father",
 * "the actress", "the King". A noun that introduces or repeats a name ("his wife Anne", "Anne, his
 * wife", "the daughter of" after a copula) is left out: it is the named person.
 */
export function findDescriptions(ctx: PronounContext): NameMention[] {
  const a = analyze(ctx.text, ctx.tokens, ctx.sentences, ctx.types);
  const { lower, cls, tokens } = a;
  const out: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = lower[i];
    const g = GENDERED_NOUNS.get(w);
    if (!g || PLURAL_NOUNS.has(w)) continue;
    if (cls[i] !== K.Word && cls[i] !== K.Cap) continue;
    // a name right after it (maybe after a comma): a title or an apposition of that name
    let k = i + 1;
    if (k < tokens.length && cls[k] === K.Comma) k++;
    if (k < tokens.length && cls[k] === K.Cap && a.sentOf[k] === a.sentOf[i]) continue;
    // a name before it with a comma ("Anne, his wife"), or a copula ("was the daughter")
    let j = i - 1;
    while (j >= 0 && (cls[j] === K.Word || cls[j] === K.Det || cls[j] === K.PossPron || (cls[j] === K.Pron && lower[j] === 'her') || cls[j] === K.Poss || cls[j] === K.Num)) j--;
    if (j >= 0 && cls[j] === K.Comma && j > 0 && cls[j - 1] === K.Cap) continue;
    if (j >= 0 && cls[j] === K.Aux && /^(is|was|were|are|be|been|became|becomes|become)$/.test(lower[j])) continue;
    if (j >= 0 && cls[j] === K.Cap && j === i - 1) continue; // "Queen Mother", part of a name
    // it needs a determiner or possessive in front ("the actress", "her father"), or a capital ("the King")
    const det = i > 0 && (cls[i - 1] === K.Det || cls[i - 1] === K.PossPron || lower[i - 1] === 'her' || cls[i - 1] === K.Poss || cls[i - 1] === K.Word);
    if (!det) continue;
    out.push({ start: tokens[i].start, end: tokens[i].end, tokenStart: i, tokenEnd: i + 1, words: [w], gender: g, weakGender: 'unknown', person: 1, nominal: true });
  }
  return out;
}
