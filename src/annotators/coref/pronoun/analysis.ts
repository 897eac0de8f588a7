// A shallow reading of the tokens, computed once per text and cached: a coarse word class per token
// (from closed-class lists, capitalisation and verb endings), the sentence and clause of each token,
// and the grammatical role of a span, approximated from the word that opens its phrase.

import type { TokenTypes } from '../../../doc/doc.ts';
import type { Sentence, Token } from '../../../doc/types.ts';
import {
  AUXILIARIES,
  AMBIGUOUS_VERB_FORMS,
  COORDINATORS,
  COPULAS,
  DETERMINERS,
  PARTICLES,
  PREPOSITIONS,
  SUBORDINATORS,
  VERB_FORMS,
} from './lexicon.ts';
import { firstEndingAfter } from '../../../util/spans.ts';

/** coarse word classes */
export enum K {
  Word = 0, // lower-case content word (noun, adjective, adverb, unknown)
  Cap = 1, // capitalised word (name-like)
  Det = 2,
  Prep = 3,
  Conj = 4, // and, or, but
  Sub = 5, // when, that, who, because...
  Aux = 6, // is, was, has, would...
  Verb = 7,
  Pron = 8, // he, she, him, they...
  PossPron = 9, // his, her (before a noun), its, their
  Poss = 10, // 's
  Comma = 11,
  Stop = 12, // . ! ?
  Semi = 13, // ; :
  Open = 14, // ( [
  Close = 15, // ) ]
  Dash = 16,
  Quote = 17,
  Num = 18,
  Other = 19, // symbols, urls...
}

export type Role = 'subj' | 'obj' | 'obl' | 'pred' | 'appos' | 'other';

export interface RoleInfo {
  role: Role;
  /** the preposition heading the phrase, for role 'obl' */
  prep?: string;
  /** the span is followed by 's: it modifies another noun */
  possessor: boolean;
  /** inside parentheses */
  paren: boolean;
  /** clause index (global, increasing through the text) */
  clause: number;
  /** the clause is a subordinate or relative one (opened by when, who, that, after...) */
  subordinate: boolean;
  /** the phrase is part of a coordination ("A and B") */
  coordinated: boolean;
  /** index of the token that opens the phrase (after skipping noun-phrase material), -1 at sentence start */
  opener: number;
  /** the phrase starts its sentence's main clause: subject before any verb of the sentence */
  sentenceSubject: boolean;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  lower: string[];
  cls: Uint8Array;
  /** sentence index of each token (-1 when outside every sentence) */
  sentOf: Int32Array;
  /** clause index of each token */
  clauseOf: Int32Array;
  /** the clause opens with a subordinator or relative pronoun */
  clauseSub: Uint8Array;
  /** index of the first verb or auxiliary of each sentence (-1 if none) */
  firstVerb: Int32Array;
  /** roles already computed, by span */
  roles: Map<number, RoleInfo>;
}

const cache = new WeakMap<Token[], Analysis>();

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'who']);

/** determiners that start a second object after an object "her" ("gave her a book", "told her that") */
const OBJECT_FOLLOWING_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'some', 'any', 'no', 'all', 'both', 'another', 'such']);
/** verbs whose object is followed by a bare infinitive ("let her go", "saw her leave") */
const BARE_INFINITIVE_TAKERS = new Set(
  'let lets letting make makes made making help helps helped helping see sees saw seeing watch watches watched watching hear hears heard hearing have has had having bid bade feel feels felt'.split(' '),
);

const UPPER = /^\p{Lu}/u;

function isPossessivePronounDeterminer(lower: string): boolean {
  return lower === 'his' || lower === 'its' || lower === 'their' || lower === 'my' || lower === 'our' || lower === 'your';
}

/** What a token string says of itself, before its context is read (memoised: news words repeat). */
interface WordClass {
  lower: string;
  /** starts with an upper-case letter */
  capital: boolean;
  /** class of a 'punct' token */
  punct: K;
  /** class of a 'word' token from the word lists alone (no mid-sentence capital rule), or -1 for "'s" */
  word: K | -1;
}

const MAX_CLASSES = 100_000;
const classes = new Map<string, WordClass>();

function wordClass(s: string): WordClass {
  let c = classes.get(s);
  if (c) return c;
  const l = s.toLowerCase();
  const capital = UPPER.test(s);
  let punct: K;
  if (l === ',') punct = K.Comma;
  else if (l === '.' || l === '!' || l === '?' || l === '...' || l === '…') punct = K.Stop;
  else if (l === ';' || l === ':') punct = K.Semi;
  else if (l === '(' || l === '[') punct = K.Open;
  else if (l === ')' || l === ']') punct = K.Close;
  else if (/^[-–—]+$/.test(l)) punct = K.Dash;
  else punct = K.Other;
  let word: K | -1;
  if (l === "'s" || l === '’s') word = -1;
  else if (l === 'he' || l === 'she' || l === 'him' || l === 'they' || l === 'them' || l === 'it' || l === 'i' || l === 'we' || l === 'us' || l === 'you' || l === 'me' || l === 'himself' || l === 'herself' || l === 'themselves' || l === 'itself' || l === 'hers' || l === 'theirs') {
    word = K.Pron;
  } else if (l === 'her') {
    word = K.Pron; // refined below: possessive when a noun follows
  } else if (isPossessivePronounDeterminer(l)) {
    word = K.PossPron;
  } else if (SUBORDINATORS.has(l) && !PREPOSITIONS.has(l)) {
    word = K.Sub;
  } else if (PREPOSITIONS.has(l)) {
    word = K.Prep;
  } else if (DETERMINERS.has(l)) {
    word = K.Det;
  } else if (COORDINATORS.has(l)) {
    word = K.Conj;
  } else if (AUXILIARIES.has(l) || l.endsWith("n't") || l.endsWith('n’t')) {
    word = K.Aux;
  } else if (VERB_FORMS.has(l)) {
    word = K.Verb;
  } else if (capital) {
    // sentence-initial capital that is no function word: a name or an ordinary word, unknowable here
    word = K.Cap;
  } else if (l.length > 4 && (l.endsWith('ed') || l.endsWith('ing')) && !l.endsWith('thing')) {
    word = K.Verb;
  } else {
    word = K.Word;
  }
  c = { lower: l, capital, punct, word };
  if (classes.size >= MAX_CLASSES) classes.clear();
  classes.set(s, c);
  return c;
}

function classify(text: string, tokens: Token[], sentStart: Uint8Array, types: TokenTypes | undefined): { lower: string[]; cls: Uint8Array } {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const cls = new Uint8Array(n);
  const byType: (WordClass | undefined)[] = types ? new Array(types.words.length) : [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let wc: WordClass;
    if (types) {
      // once per distinct word of the document (see Doc.tokenTypes())
      const id = types.ids[i];
      wc = byType[id] ??= wordClass(types.words[id]);
    } else {
      wc = wordClass(text.slice(t.start, t.end));
    }
    const l = wc.lower;
    lower[i] = l;
    switch (t.kind) {
      case 'punct':
        cls[i] = wc.punct;
        continue;
      case 'quote':
        cls[i] = K.Quote;
        continue;
      case 'number':
        cls[i] = K.Num;
        continue;
      case 'word':
        break;
      default:
        cls[i] = l === '&' ? K.Conj : K.Other;
        continue;
    }
    if (wc.word === -1) {
      // "'s" after a pronoun or before a participle is "is"/"has"; after a name it is the possessive
      cls[i] = i > 0 && cls[i - 1] === K.Pron ? K.Aux : K.Poss;
      continue;
    }
    if (wc.capital && !sentStart[i] && !(i > 0 && (tokens[i - 1].kind === 'quote' || cls[i - 1] === K.Semi || cls[i - 1] === K.Open))) {
      // mid-sentence capital: a name, unless it is a pronoun "I" written that way
      cls[i] = l === 'i' ? K.Pron : K.Cap;
      continue;
    }
    cls[i] = wc.word;
  }
  // second pass: context fixes
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    // the word after a subject pronoun is its verb ("he bribes", "she vetoed")
    if (c === K.Word && i > 0 && cls[i - 1] === K.Pron && SUBJECT_PRONOUNS.has(lower[i - 1]) && !lower[i].endsWith('ly') && !PARTICLES.has(lower[i])) {
      cls[i] = K.Verb;
      continue;
    }
    if (c === K.Verb) {
      // after a determiner or possessive it is a noun or adjective ("the record", "his work", "a retired")
      const p = i > 0 ? cls[i - 1] : -1;
      if (p === K.Det || p === K.PossPron || p === K.Poss || (p === K.Pron && lower[i - 1] === 'her' && AMBIGUOUS_VERB_FORMS.has(lower[i]))) cls[i] = K.Word;
      else if (AMBIGUOUS_VERB_FORMS.has(lower[i]) && p === K.Cap) cls[i] = K.Word;
    }
    if (lower[i] === 'her' && cls[i] === K.Pron) {
      const nx = i + 1 < n ? cls[i + 1] : K.Stop;
      const nl = i + 1 < n ? lower[i + 1] : '';
      const pl = i > 0 ? lower[i - 1] : '';
      const objectLike =
        nx === K.Stop || nx === K.Comma || nx === K.Semi || nx === K.Close || nx === K.Dash || nx === K.Quote ||
        nx === K.Prep || nx === K.Conj || nx === K.Sub || (nx === K.Det && OBJECT_FOLLOWING_DETERMINERS.has(nl)) || nx === K.Aux || nx === K.Pron ||
        nx === K.Num || PARTICLES.has(nl) ||
        // "let her go", "saw her leave": a bare verb after a causative or perception verb
        (nx === K.Verb && BARE_INFINITIVE_TAKERS.has(pl) && !nl.endsWith('ed') && !nl.endsWith('ing')) ||
        (nx === K.Verb && nl === 'to') ||
        (nx === K.Cap && i > 0 && cls[i - 1] === K.Verb && lower[i - 1] !== 'left');
      if (!objectLike) cls[i] = K.PossPron;
    }
    // "that" after a noun and before a verb is a relative/complementiser; before a noun it is a determiner
    if (lower[i] === 'that' && i + 1 < n && (cls[i + 1] === K.Word) && i > 0 && (cls[i - 1] === K.Prep || cls[i - 1] === K.Verb)) {
      cls[i] = K.Det;
    }
  }
  return { lower, cls };
}

/** "he ...", "Smith left", "John Smith has": a subject pronoun or a name followed by a verb */
function subjectStartsAt(cls: Uint8Array, lower: string[], i: number, n: number): boolean {
  if (cls[i] === K.Pron) return SUBJECT_PRONOUNS.has(lower[i]) || lower[i] === 'it';
  let j = i;
  while (j < n && j - i < 4 && cls[j] === K.Cap) j++;
  return j > i && j < n && (cls[j] === K.Verb || cls[j] === K.Aux);
}

/** After "and"/"but": does a new subject come before any verb ("and under him it developed")? */
function clauseFollowsConj(cls: Uint8Array, lower: string[], i: number, n: number): boolean {
  for (let j = i; j < n && j - i < 8; j++) {
    const c = cls[j];
    if (c === K.Verb || c === K.Aux || c === K.Stop || c === K.Semi) return false;
    if (subjectStartsAt(cls, lower, j, n)) return true;
    if (c !== K.Prep && c !== K.Det && c !== K.Word && c !== K.Num && c !== K.PossPron && c !== K.Pron && c !== K.Comma && c !== K.Cap) return false;
  }
  return false;
}

export function analyze(text: string, tokens: Token[], sentences: Sentence[], types?: TokenTypes): Analysis {
  const hit = cache.get(tokens);
  if (hit && hit.sentences === sentences) return hit;
  const n = tokens.length;
  const sentOf = new Int32Array(n).fill(-1);
  const sentStart = new Uint8Array(n);
  for (let s = 0; s < sentences.length; s++) {
    const se = sentences[s];
    for (let i = se.tokenStart; i < se.tokenEnd && i < n; i++) sentOf[i] = s;
    // the first word of a sentence, after any opening quotes or brackets
    let f = se.tokenStart;
    while (f < se.tokenEnd && f < n && (tokens[f].kind === 'quote' || tokens[f].kind === 'punct')) f++;
    if (f < n) sentStart[f] = 1;
  }
  const { lower, cls } = classify(text, tokens, sentStart, types);
  // clauses: a new one at each sentence start, after ; : and dashes, at subordinators and relatives,
  // and at a coordinator that follows a comma or precedes a subject pronoun
  const clauseOf = new Int32Array(n);
  const clauseSubList: number[] = [];
  const firstVerb = new Int32Array(sentences.length).fill(-1);
  let clause = -1;
  let prevSent = -2;
  for (let i = 0; i < n; i++) {
    const s = sentOf[i];
    const c = cls[i];
    let open = false;
    let sub = false;
    if (s !== prevSent) {
      open = true;
      prevSent = s;
    } else if (c === K.Sub) {
      open = true;
      sub = true;
    } else if (c === K.Conj && i + 1 < n && ((i > 0 && cls[i - 1] === K.Comma) || clauseFollowsConj(cls, lower, i + 1, n))) {
      open = true;
    } else if (i > 0 && (cls[i - 1] === K.Semi || cls[i - 1] === K.Dash)) {
      open = true;
    } else if (i > 0 && cls[i - 1] === K.Comma && subjectStartsAt(cls, lower, i, n)) {
      // ", Smith left" / ", he said": a new clause after a fronted one
      open = true;
    }
    if (open) {
      clause++;
      clauseSubList.push(sub ? 1 : 0);
    }
    clauseOf[i] = Math.max(0, clause);
    if (s >= 0 && firstVerb[s] < 0 && (c === K.Verb || c === K.Aux)) firstVerb[s] = i;
  }
  const a: Analysis = { tokens, sentences, lower, cls, sentOf, clauseOf, clauseSub: Uint8Array.from(clauseSubList), firstVerb, roles: new Map() };
  cache.set(tokens, a);
  return a;
}

/** Index of the token containing offset (or the first token starting after it); -1 if none. */
export function tokenAt(tokens: Token[], offset: number): number {
  const i = firstEndingAfter(tokens, offset);
  return i < tokens.length ? i : -1;
}

/** tokens that can sit inside a noun phrase before its head: "the former federal minister", "Simon's friend" */
function npInternal(a: Analysis, j: number): boolean {
  const c = a.cls[j];
  return c === K.Det || c === K.Word || c === K.Num || c === K.Cap || c === K.Poss || c === K.PossPron;
}

/** Does a verb (or auxiliary) follow position k, skipping a parenthesis, an apposition and adverbs? */
export function verbFollows(a: Analysis, k: number, limit: number): boolean {
  const { cls, lower } = a;
  let i = k;
  let guard = 0;
  while (i < limit && guard++ < 40) {
    const c = cls[i];
    if (c === K.Verb || c === K.Aux) return true;
    if (c === K.Open) {
      let depth = 0;
      while (i < limit) {
        if (cls[i] === K.Open) depth++;
        else if (cls[i] === K.Close && --depth === 0) break;
        i++;
      }
      i++;
      continue;
    }
    if (c === K.Comma) {
      // ", the former minister, said" / ", who ..., said": skip to the next comma if it closes within a few tokens
      if (i + 1 < limit && (cls[i + 1] === K.Verb || cls[i + 1] === K.Aux) && !lower[i + 1].endsWith('ing')) return true;
      let j = i + 1;
      while (j < limit && j - i < 12 && cls[j] !== K.Comma && cls[j] !== K.Stop && cls[j] !== K.Semi) j++;
      if (j < limit && cls[j] === K.Comma && j - i < 12) {
        i = j + 1;
        continue;
      }
      return false;
    }
    if (c === K.Word && (PARTICLES.has(lower[i]) || lower[i].endsWith('ly'))) {
      i++;
      continue;
    }
    if (c === K.Cap && i === k) {
      // the rest of a name
      i++;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * The grammatical role of the phrase whose head span is tokens [start, end): found from the token that
 * opens the phrase (skipping determiners, adjectives and other names in front of it).
 */
export function roleOf(a: Analysis, start: number, end: number): RoleInfo {
  const key = start * 1024 + Math.min(1023, end - start);
  let r = a.roles.get(key);
  if (!r) a.roles.set(key, (r = computeRole(a, start, end)));
  return r;
}

function computeRole(a: Analysis, start: number, end: number): RoleInfo {
  const { cls, lower, sentOf } = a;
  const s = sentOf[start];
  const sent = s >= 0 ? a.sentences[s] : undefined;
  const s0 = sent ? sent.tokenStart : 0;
  const s1 = sent ? Math.min(sent.tokenEnd, cls.length) : cls.length;
  // parentheses
  let depth = 0;
  for (let j = s0; j < start; j++) {
    if (cls[j] === K.Open) depth++;
    else if (cls[j] === K.Close && depth > 0) depth--;
  }
  const paren = depth > 0;
  // "Smith's car", or a possessive pronoun ("his car"): the span modifies another noun
  const possessor = (end < s1 && cls[end] === K.Poss) || (end === start + 1 && cls[start] === K.PossPron);
  const clause = a.clauseOf[start];
  const subordinate = a.clauseSub[clause] === 1;
  let coordinated = false;
  let j = start - 1;
  let role: Role = 'other';
  let prep: string | undefined;
  let opener = -1;
  const after = possessor ? end + 1 : end;
  // a name directly followed by a finite verb is the subject of that verb ("... in 1895 Smith was")
  const finiteNext = !possessor && end < s1 && (cls[end] === K.Aux || (cls[end] === K.Verb && !lower[end].endsWith('ing')));
  for (let guard = 0; guard < 60; guard++) {
    while (j >= s0 && npInternal(a, j)) j--;
    opener = j >= s0 ? j : -1;
    if (j < s0) {
      role = 'subj';
      break;
    }
    const c = cls[j];
    if (c === K.Prep) {
      role = 'obl';
      prep = lower[j];
      // "after Smith left", "as Jones said": a clause, not a phrase
      if ((prep === 'after' || prep === 'before' || prep === 'since' || prep === 'until' || prep === 'as' || prep === 'till') && !possessor && verbFollows(a, after, s1)) role = 'subj';
      break;
    }
    if (c === K.Verb || c === K.Aux) {
      role = COPULAS.has(lower[j]) ? 'pred' : 'obj';
      // "by Smith" is handled as obl; a verb right after the name makes it a subject of a new clause
      if (!possessor && role === 'obj' && lower[j].endsWith('ing') === false && verbFollows(a, after, s1) && cls[after] !== K.Comma) {
        // "said Smith was": reported clause subject
        if (cls[after] === K.Aux || cls[after] === K.Verb) role = 'subj';
      }
      break;
    }
    if (c === K.Semi && lower[j] === ':' && !verbFollows(a, after, s1)) {
      // "...: A, B and C": a list after a colon
      role = 'appos';
      break;
    }
    if (c === K.Sub || c === K.Semi || c === K.Quote || c === K.Dash || c === K.Open || c === K.Stop) {
      role = 'subj';
      break;
    }
    if (c === K.Pron) {
      // "told her Smith ...": treat as a following object / new clause
      role = verbFollows(a, after, s1) ? 'subj' : 'obj';
      break;
    }
    if (c === K.Conj) {
      // "A and B": take the role of the first conjunct, unless B starts a new clause
      if (!possessor && verbFollows(a, after, s1) && (j > s0 && cls[j - 1] === K.Comma)) {
        role = 'subj';
        break;
      }
      coordinated = true;
      j--;
      if (j >= s0 && cls[j] === K.Comma) j--;
      continue;
    }
    if (c === K.Comma) {
      if (!possessor && verbFollows(a, after, s1)) {
        role = 'subj';
        break;
      }
      // a list ("A, B and C") continues to the left when a name or noun precedes the comma
      const nxt = after < s1 ? cls[after] : K.Stop;
      const prevC = j > s0 ? cls[j - 1] : -1;
      if ((nxt === K.Comma || nxt === K.Conj) && (prevC === K.Cap || prevC === K.Word)) {
        coordinated = true;
        j--;
        continue;
      }
      role = 'appos';
      break;
    }
    role = 'other';
    break;
  }
  // ... unless it is the object of "of" right before it ("the wife of Smith was"): then the head noun is
  if (finiteNext && role !== 'subj' && !(role === 'obl' && prep === 'of' && opener >= start - 2)) role = 'subj';
  // the subject of the sentence's main clause: a subject whose phrase precedes the first verb, or
  // that follows a fronted adverbial phrase ("In 2005, Smith ...")
  let sentenceSubject = false;
  if (role === 'subj' && !subordinate && sent) {
    const fv = a.firstVerb[s];
    sentenceSubject = fv < 0 || fv >= end;
    if (!sentenceSubject && opener >= 0 && cls[opener] === K.Comma) {
      // fronted participle/adverbial clause: "Dumped by Simon, she ..."/"After leaving, Smith ..."
      sentenceSubject = a.clauseOf[opener] === clause;
    }
  }
  return { role, prep, possessor, paren, clause, subordinate, coordinated, opener, sentenceSubject };
}
