// Features of the attribution tagger, shared by the annotator and the training script
// (scripts/train-quotes.ts) so both see exactly the same thing.
//
// A sequence is one paragraph (a quote runs over sentences, never over paragraphs; a paragraph that
// goes on with a quote is its own sequence). Each token gets integer features: a template id mixed with
// value hashes (FNV-1a of strings), never strings, so nothing of the training text is stored.
//
// Stage 1 sees the token, its neighbours, quotation marks, the sentence, and the nearest words of the
// cue lexicon (words that were cues often enough in the training data) on either side. Stage 2 adds
// what stage 1 predicted around the token: the nearest predicted cue on either side and the distance
// to it, whether a source was predicted between, the stage-1 labels of the token and its neighbours.

import type { Paragraph, Sentence, Span, Token } from '../../doc/types.ts';
import { BELIEF_VERBS, SPEECH_VERBS } from './data/cueVerbs.ts';
import { verbLemma } from './lemma.ts';
import { quoteRegions, singleQuoteRegions, type QuoteRegion } from './regions.ts';
import { hashString, mix } from '../../util/hash.ts';
import { firstEndingAfter } from '../../util/spans.ts';
export { hashString, mix };

export const LABELS = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-Q', 'I-Q'] as const;
export type LabelName = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;
export const O = 0;
export const B_S = 1;
export const I_S = 2;
export const B_C = 3;
export const I_C = 4;
export const B_Q = 5;
export const I_Q = 6;


/** The value of a neighbour beyond the edge of a sequence. */
const H_NONE = hashString('<none>');


/** Role of each quotation-mark token. */
export const enum MarkRole {
  None = 0,
  OpenDouble = 1,
  CloseDouble = 2,
  OpenSingle = 3,
  CloseSingle = 4,
  Stray = 5,
}

/** What the features need of one document. */
export interface FeatureDoc {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  /** the document's vocabulary (Doc.tokenTypes()), when the caller has it: each distinct text is looked up once */
  types?: { ids: Int32Array; words: readonly string[] };
}

/** Per-document token facts computed once: normalised words, shapes, marks, quote state, sentence. */
export interface TokenFacts {
  n: number;
  words: string[];
  /** value hash of the normalised lower-case word */
  wh: Uint32Array;
  /** 1 when the word has a letter or a digit */
  alnum: Uint8Array;
  /** value hash of the shape */
  sh: Uint32Array;
  /** value hash of the 3-letter suffix */
  suf: Uint32Array;
  /** value hash of the word's verb lemma ("said" -> "say") */
  lem: Uint32Array;
  /** vocabulary entry of each token (see `vocab`): its word, hashes and shape, shared by all documents */
  rid: Int32Array;
  /** shape id (vocab.sid) of each token */
  sid: Int32Array;
  /** vocab.known of each token: a verb of saying (1) or believing (2) */
  known: Uint8Array;
  /** `vocab.generation` when `rid` was filled (the vocabulary is cleared when it grows too large) */
  generation: number;
  mark: Uint8Array;
  /** 1 inside a double-quoted region, 2 inside a single-quoted one (3 both) */
  inQuote: Uint8Array;
  /** 1 at the first token inside a region, 2 at the last, 3 both */
  quoteEdge: Uint8Array;
  /** attribution unit (sentence, see tokenFacts) of each token */
  sentence: Int32Array;
  /** paragraph index of each token */
  paragraph: Int32Array;
  /** token ranges of paragraphs [start, end) */
  parStart: Int32Array;
  parEnd: Int32Array;
  headline: Uint8Array;
  capital: Uint8Array;
  regions: QuoteRegion[];
  singles: QuoteRegion[];
}

const DASHES = /^[\u2010-\u2015\u2212-]+$/;

export function wordForm(text: string, t: Token, role: MarkRole): string {
  if (t.kind === 'quote') {
    switch (role) {
      case MarkRole.OpenDouble:
        return '<Q';
      case MarkRole.CloseDouble:
        return 'Q>';
      case MarkRole.OpenSingle:
        return '<q';
      case MarkRole.CloseSingle:
        return 'q>';
      default:
        return 'Q?';
    }
  }
  let s = text.slice(t.start, t.end);
  if (t.kind === 'punct' && DASHES.test(s)) return '-';
  if (t.kind === 'number') return s.replace(/[0-9]/g, '0');
  if (t.kind === 'url') return '<url>';
  s = s.toLowerCase().replace(/[’‘`]/g, "'");
  return s;
}

export function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const c = s[i];
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (/\p{Ll}/u.test(c)) k = 'x';
    else if (/\p{Lu}/u.test(c)) k = 'X';
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}


export function tokenFacts(doc: FeatureDoc): TokenFacts {
  const { text, tokens, sentences, paragraphs } = doc;
  const n = tokens.length;
  const regions = quoteRegions(text, paragraphs);
  const singles = singleQuoteRegions(text, paragraphs);
  const mark = new Uint8Array(n);
  const inQuote = new Uint8Array(n);
  const quoteEdge = new Uint8Array(n);
  const markRegion = (list: QuoteRegion[], open: MarkRole, close: MarkRole, bit: number): void => {
    for (const r of list) {
      const o = firstEndingAfter(tokens, r.open);
      if (o < n && tokens[o].start <= r.open) mark[o] = open;
      if (r.close >= 0) {
        const c = firstEndingAfter(tokens, r.close);
        if (c < n && tokens[c].start <= r.close) mark[c] = close;
      }
      const first = firstEndingAfter(tokens, r.start);
      let last = first - 1;
      for (let k = first; k < n && tokens[k].start < r.end; k++) {
        inQuote[k] |= bit;
        last = k;
      }
      if (last >= first) {
        quoteEdge[first] |= 1;
        quoteEdge[last] |= 2;
      }
    }
  };
  markRegion(regions, MarkRole.OpenDouble, MarkRole.CloseDouble, 1);
  markRegion(singles, MarkRole.OpenSingle, MarkRole.CloseSingle, 2);
  const words: string[] = new Array(n);
  const wh = new Uint32Array(n);
  const sh = new Uint32Array(n);
  const suf = new Uint32Array(n);
  const lem = new Uint32Array(n);
  const capital = new Uint8Array(n);
  const alnum = new Uint8Array(n);
  const rid = new Int32Array(n);
  const sid = new Int32Array(n);
  const known = new Uint8Array(n);
  if (vocab.size + n > VOCAB_LIMIT) vocab.clear();
  const typeIds = doc.types ? doc.types.ids : null;
  if (doc.types) resetTypeEntries(doc.types.words.length);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind === 'quote' && mark[i] === MarkRole.None) mark[i] = MarkRole.Stray;
    const r = t.kind === 'quote' ? vocab.quote(mark[i] as MarkRole) : typeIds ? entryByType(text, t, typeIds[i]) : vocab.entry(text, t);
    rid[i] = r;
    sid[i] = vocab.sid[r];
    known[i] = vocab.known[r];
    words[i] = vocab.word[r];
    wh[i] = vocab.wh[r];
    sh[i] = vocab.sh[r];
    suf[i] = vocab.suf[r];
    lem[i] = vocab.lem[r];
    capital[i] = vocab.capital[r];
    alnum[i] = vocab.alnum[r];
  }
  // attribution units: sentences, except that a short sentence right after a quotation that ends in
  // ? or ! ("“…?” Trump said Friday.") is read with it, as the sentence splitter cuts there
  const sentence = new Int32Array(n);
  const headline = new Uint8Array(n);
  let unit = -1;
  sentences.forEach((s, si) => {
    const prev = si > 0 ? sentences[si - 1] : undefined;
    let join = false;
    if (prev && prev.paragraph === s.paragraph && s.tokenEnd - s.tokenStart <= 12 && s.tokenStart > 0 && mark[s.tokenStart - 1] === MarkRole.CloseDouble) {
      const before = s.tokenStart >= 2 ? text.slice(tokens[s.tokenStart - 2].start, tokens[s.tokenStart - 2].end) : '';
      join = /[?!…]$|^\.\.\.$/.test(before) && tokens[s.tokenStart].kind === 'word';
    }
    if (!join) unit++;
    sentence.fill(unit, s.tokenStart, s.tokenEnd);
    if (s.role === 'headline') headline.fill(1, s.tokenStart, s.tokenEnd);
  });
  const paragraph = new Int32Array(n);
  const parStart = new Int32Array(paragraphs.length);
  const parEnd = new Int32Array(paragraphs.length);
  paragraphs.forEach((p, pi) => {
    const a = firstEndingAfter(tokens, p.start);
    let b = a;
    while (b < n && tokens[b].start < p.end) b++;
    parStart[pi] = a;
    parEnd[pi] = b;
    paragraph.fill(pi, a, b);
  });
  return { n, words, wh, alnum, sh, suf, lem, rid, sid, known, generation: vocab.generation, mark, inQuote, quoteEdge, sentence, paragraph, parStart, parEnd, headline, capital, regions, singles };
}

/** scratch: the vocabulary entry of each distinct token text of the document (-1: not looked up yet) */
let typeEntry = new Int32Array(1024);

function resetTypeEntries(types: number): void {
  if (typeEntry.length < types) typeEntry = new Int32Array(types * 2);
  typeEntry.fill(-1, 0, types);
}

/**
 * The entry of token t whose text is the document's type `ty`: looked up once per distinct text (a
 * news article has about two tokens per distinct word; the index probes are cache misses). The
 * entry depends on the token's kind too, so another kind looks it up again.
 */
function entryByType(text: string, t: Token, ty: number): number {
  let r = typeEntry[ty];
  if (r < 0 || vocab.kindOf(r) !== t.kind) typeEntry[ty] = r = vocab.entry(text, t);
  return r;
}

function lemmaHash(w: string): number {
  return hashString(/^[a-z]+$/.test(w) ? verbLemma(w) : w);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPEECH = new Set<string>(SPEECH_VERBS);
const BELIEF = new Set<string>(BELIEF_VERBS);

/** The vocabulary entry of "no token" (before / after a sequence). */
export const NONE_ENTRY = MarkRole.Stray + 1;

/** Entries before the vocabulary is cleared (~60 bytes each here, plus 224 bytes of cached scores per model). */
const VOCAB_LIMIT = 60000;

/**
 * The token forms seen so far (raw text by token kind) with their normalised word, hashes, shape and
 * capitalisation, computed once per form instead of once per token. The tagger caches the weights of a
 * form's word features by entry id; `generation` changes when the vocabulary is cleared.
 */
class Vocabulary {
  /**
   * Forms of two characters or more: an open-addressing table (entry id + 1; 0 is empty) hashed on the
   * characters in the text, so no token is sliced to be looked up.
   */
  private index = new Int32Array(1 << 12);
  /**
   * The characters of the indexed forms one after another (entry r's at formStart[r], formLength[r]
   * long): comparing them with the text reads this dense array, not a string object per form.
   */
  private chars = new Uint16Array(1 << 14);
  private charsUsed = 0;
  private formStart = new Int32Array(1024);
  private formLength = new Int32Array(1024);
  private raws: string[] = [];
  private kinds: string[] = [];
  private single = new Map<string, Int32Array>();
  generation = 0;
  size = 0;
  word: string[] = [];
  wh = new Uint32Array(1024);
  sh = new Uint32Array(1024);
  suf = new Uint32Array(1024);
  lem = new Uint32Array(1024);
  capital = new Uint8Array(1024);
  /** 1 when the word has a letter or a digit */
  alnum = new Uint8Array(1024);
  /** 1: a verb of saying (data/cueVerbs.ts), 2: a verb of believing, 0: neither */
  known = new Uint8Array(1024);
  /** shape id of each entry (shapes are few: the tagger caches their weights too) */
  sid = new Int32Array(1024);
  private shapes = new Map<number, number>();
  shapeCount = 0;

  constructor() {
    this.clear();
  }

  clear(): void {
    this.index.fill(0);
    this.charsUsed = 0;
    this.raws = [];
    this.kinds = [];
    this.single = new Map();
    this.word = [];
    this.size = 0;
    this.shapes = new Map();
    this.shapeCount = 0;
    this.generation++;
    // entries 0..5: the quotation-mark roles
    for (let role = 0; role <= MarkRole.Stray; role++) {
      const w = wordForm('', { start: 0, end: 0, kind: 'quote' }, role as MarkRole);
      this.add(w, w, 'quote');
    }
    // entry NONE_ENTRY: beyond the edge of a sequence (word, lemma and shape hash H_NONE)
    const none = this.add('<none>', '<none>', 'quote');
    this.lem[none] = H_NONE;
  }

  /** The raw text of entry r (for a quotation mark: its word form). */
  raw(r: number): string {
    return this.raws[r];
  }

  /** The token kind of entry r's form. */
  kindOf(r: number): string {
    return this.kinds[r];
  }

  quote(role: MarkRole): number {
    return role;
  }

  /** The entry of token t. */
  entry(text: string, t: Token): number {
    if (t.end - t.start === 1) {
      // one-character tokens (punctuation, "a", "I", digits): a table by character code
      let tab = this.single.get(t.kind);
      if (!tab) this.single.set(t.kind, (tab = new Int32Array(65536).fill(-1)));
      const code = text.charCodeAt(t.start);
      let r = tab[code];
      if (r < 0) tab[code] = r = this.add(wordForm(text, t, MarkRole.None), text[t.start], t.kind);
      return r;
    }
    const { index, kinds } = this;
    const mask = index.length - 1;
    for (let k = formHash(text, t.start, t.end) & mask; ; k = (k + 1) & mask) {
      const r = index[k] - 1;
      if (r < 0) return this.insertForm(k, text, t);
      if (kinds[r] === t.kind && this.sameForm(r, text, t.start, t.end)) return r;
    }
  }

  /** Is text[a, b) the form of entry r? */
  private sameForm(r: number, text: string, a: number, b: number): boolean {
    if (this.formLength[r] !== b - a) return false;
    const chars = this.chars;
    for (let i = a, j = this.formStart[r]; i < b; i++, j++) if (chars[j] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Keeps the characters of entry r's form, text[a, b). */
  private keepForm(r: number, text: string, a: number, b: number): void {
    if (r >= this.formStart.length) {
      const start = new Int32Array(Math.max(r + 1, this.formStart.length * 2));
      start.set(this.formStart);
      this.formStart = start;
      const length = new Int32Array(start.length);
      length.set(this.formLength);
      this.formLength = length;
    }
    if (this.charsUsed + b - a > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + b - a));
      chars.set(this.chars);
      this.chars = chars;
    }
    this.formStart[r] = this.charsUsed;
    this.formLength[r] = b - a;
    for (let i = a; i < b; i++) this.chars[this.charsUsed++] = text.charCodeAt(i);
  }

  /** A new entry for the form of token t at slot k of the index. */
  private insertForm(k: number, text: string, t: Token): number {
    const r = this.add(wordForm(text, t, MarkRole.None), text.slice(t.start, t.end), t.kind);
    this.keepForm(r, text, t.start, t.end);
    this.index[k] = r + 1;
    // at most half full: a document alone may bring more forms than VOCAB_LIMIT
    if (r * 2 > this.index.length) this.rehash();
    return r;
  }

  private rehash(): void {
    const index = new Int32Array(this.index.length * 2);
    const mask = index.length - 1;
    for (const e of this.index) {
      if (e === 0) continue;
      const raw = this.raws[e - 1];
      let k = formHash(raw, 0, raw.length) & mask;
      while (index[k] !== 0) k = (k + 1) & mask;
      index[k] = e;
    }
    this.index = index;
  }

  private add(w: string, raw: string, kind: string): number {
    const r = this.size++;
    if (r >= this.wh.length) {
      const grow32 = (a: Uint32Array): Uint32Array<ArrayBuffer> => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.wh = grow32(this.wh);
      this.sh = grow32(this.sh);
      this.suf = grow32(this.suf);
      this.lem = grow32(this.lem);
      const c = new Uint8Array(this.capital.length * 2);
      c.set(this.capital);
      this.capital = c;
      const an = new Uint8Array(this.alnum.length * 2);
      an.set(this.alnum);
      this.alnum = an;
      const kn = new Uint8Array(this.known.length * 2);
      kn.set(this.known);
      this.known = kn;
      const si = new Int32Array(this.sid.length * 2);
      si.set(this.sid);
      this.sid = si;
    }
    this.word[r] = w;
    this.alnum[r] = LETTER_OR_DIGIT.test(w) ? 1 : 0;
    this.raws[r] = raw;
    this.kinds[r] = kind;
    const h = hashString(w);
    this.wh[r] = h;
    const shape = hashString(kind === 'quote' ? w : shapeOf(raw));
    this.sh[r] = shape;
    let sid = this.shapes.get(shape);
    if (sid === undefined) this.shapes.set(shape, (sid = this.shapeCount++));
    this.sid[r] = sid;
    this.suf[r] = hashString(w.length > 3 ? w.slice(-3) : w);
    this.lem[r] = kind === 'word' ? lemmaHash(w) : h;
    this.known[r] = 0;
    if (kind === 'word' && /^[a-z]+$/.test(w)) {
      const lemma = verbLemma(w);
      this.known[r] = SPEECH.has(lemma) ? 1 : BELIEF.has(lemma) ? 2 : 0;
    }
    const c = raw.charCodeAt(0);
    this.capital[r] = (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(raw[0])) ? 1 : 0;
    return r;
  }
}

export const vocab = new Vocabulary();

/** FNV-1a of text[a, b), spread (the vocabulary index's hash). */
function formHash(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 7;
}

/** Distance bins for long-range features. */
function bin(d: number): number {
  // a table for the usual distances (the comparisons below mispredict)
  return d >= 0 && d < 64 ? BINS[d] : binOf(d);
}

function binOf(d: number): number {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 35) return 8;
  return 9;
}

const BINS = Uint8Array.from({ length: 64 }, (_, d) => binOf(d));

/** Template ids (mixed into every feature hash). */
const enum T {
  Bias = 1,
  W0,
  Wm1,
  Wp1,
  Wm2,
  Wp2,
  Wm1W0,
  W0Wp1,
  Sh0,
  Shm1,
  Shp1,
  Suf0,
  Quote,
  QuoteEdge,
  QuoteW,
  SentPos,
  SentEnd,
  SentFirstW,
  CueL,
  CueLW,
  CueR,
  CueRW,
  CueLSh,
  CueRSh,
  Lex,
  Headline,
  CapPrev,
  NextQuote,
  PrevQuote,
  CueLQ,
  CueRQ,
  ColonL,
  ParFirstSent,
  QuoteInSent,
  // stage 2
  S1Self,
  S1Prev,
  S1W0,
  S1CueL,
  S1CueLW,
  S1CueR,
  S1CueRW,
  S1CueLSh,
  S1CueRSh,
  S1SrcBetweenL,
  S1SrcBetweenR,
  S1CueLQ,
  S1CueRQ,
  S1SentCue,
  S1CueLThat,
  S1W0CueL,
  S1W0CueR,
  S1PrevPar,
  L0,
  Wm3,
  Wp3,
  Wm2Wm1,
  Wp1Wp2,
  Lm1L0,
  Known,
  KnownLR,
  CueLL,
  CueRL,
  KnownLL,
  KnownRL,
}

/** Compact feature writer: grows a Uint32Array of hashes, with per-token offsets. */
export class FeatureBuffer {
  feats = new Uint32Array(1 << 12);
  offs = new Int32Array(1 << 8);
  n = 0;
  len = 0;
  reset(tokens: number): void {
    this.n = 0;
    this.len = 0;
    if (this.offs.length < tokens + 1) this.offs = new Int32Array((tokens + 1) * 2);
    this.offs[0] = 0;
  }
  add(h: number): void {
    if (this.len === this.feats.length) {
      const f = new Uint32Array(this.feats.length * 2);
      f.set(this.feats);
      this.feats = f;
    }
    this.feats[this.len++] = h;
  }
  endToken(): void {
    this.offs[++this.n] = this.len;
  }
}

export interface CueLexicon {
  /** word value hash -> probability bin (1..4) of being (part of) a cue */
  has(wordHash: number): number;
}



// scratch arrays reused across calls (grown as needed)
let lexBin = new Uint8Array(256);
let leftCue = new Int32Array(256);
let rightCue = new Int32Array(256);
let s1Left = new Int32Array(256);
let s1Right = new Int32Array(256);
let s1SrcL = new Uint8Array(256);
let s1SrcR = new Uint8Array(256);
let s1SentCue = new Uint8Array(256);
let knownL = new Int32Array(256);
let knownR = new Int32Array(256);
/** stage 2: offset of each token's per-entry vectors (FastScorer.extraVectors) */
let extraAt = new Int32Array(256);

function grow(n: number): void {
  if (lexBin.length >= n) return;
  const m = n * 2;
  lexBin = new Uint8Array(m);
  leftCue = new Int32Array(m);
  rightCue = new Int32Array(m);
  s1Left = new Int32Array(m);
  s1Right = new Int32Array(m);
  s1SrcL = new Uint8Array(m);
  s1SrcR = new Uint8Array(m);
  s1SentCue = new Uint8Array(m);
  knownL = new Int32Array(m);
  knownR = new Int32Array(m);
  extraAt = new Int32Array(m);
}

/** Nearest verb of saying or believing outside quotation marks on either side, within the sentence. */
function knownCues(f: TokenFacts, a: number, b: number): void {
  const { known, sentence, inQuote } = f;
  for (let i = a, last = -1; i < b; i++) {
    if (i > a && sentence[i] !== sentence[i - 1]) last = -1;
    knownL[i - a] = last;
    if (known[i] && !(inQuote[i] & 1)) last = i;
  }
  for (let i = b - 1, last = -1; i >= a; i--) {
    if (i < b - 1 && sentence[i] !== sentence[i + 1]) last = -1;
    knownR[i - a] = last;
    if (known[i] && !(inQuote[i] & 1)) last = i;
  }
}

/**
 * Features of the tokens [a, b) of one paragraph into `buf`: stage 1's, or with `stage1` (the stage-1
 * labels of the whole document) stage 2's, which are added to the stage-1 scores.
 */
export function sequenceFeatures(f: TokenFacts, a: number, b: number, lex: CueLexicon, buf: FeatureBuffer, stage1?: Uint8Array): void {
  buf.reset(b - a);
  if (stage1) stage2Features(f, a, b, buf, stage1);
  else stage1Features(f, a, b, lex, buf);
}

/** From lexBin: the nearest strong cue word outside quotation marks left and right of each token, in its sentence (leftCue/rightCue). */
function cueNeighbours(sentence: Int32Array, inQuote: Uint8Array, a: number, b: number): void {
  for (let i = a, last = -1; i < b; i++) {
    if (i > a && sentence[i] !== sentence[i - 1]) last = -1;
    leftCue[i - a] = last;
    if (lexBin[i - a] >= 2 && !(inQuote[i] & 1)) last = i;
  }
  for (let i = b - 1, last = -1; i >= a; i--) {
    if (i < b - 1 && sentence[i] !== sentence[i + 1]) last = -1;
    rightCue[i - a] = last;
    if (lexBin[i - a] >= 2 && !(inQuote[i] & 1)) last = i;
  }
}

function stage1Features(f: TokenFacts, a: number, b: number, lex: CueLexicon, buf: FeatureBuffer): void {
  const { wh, sh, suf, sentence, inQuote, quoteEdge, mark, words } = f;
  const n = b - a;
  grow(n);
  knownCues(f, a, b);
  // nearest lexicon cue word on the left / right within the sentence
  for (let i = a; i < b; i++) lexBin[i - a] = lex.has(wh[i]);
  cueNeighbours(sentence, inQuote, a, b);
  let sentA = a;
  let sentB = a;
  let sentHasQuote = 0;
  let lastColon = -1;
  const parFirstSentence = sentence[a];
  for (let i = a; i < b; i++) {
    if (i === a || sentence[i] !== sentence[i - 1]) {
      sentA = i;
      sentB = i;
      sentHasQuote = 0;
      while (sentB < b && sentence[sentB] === sentence[i]) {
        if (mark[sentB] === MarkRole.OpenDouble || mark[sentB] === MarkRole.CloseDouble) sentHasQuote = 1;
        sentB++;
      }
      lastColon = -1;
    }
    const q = inQuote[i];
    const w0 = wh[i];
    const wm1 = i > a ? wh[i - 1] : H_NONE;
    const wp1 = i + 1 < b ? wh[i + 1] : H_NONE;
    buf.add(mix(T.Bias, 0));
    buf.add(mix(T.W0, w0));
    buf.add(mix(T.Wm1, wm1));
    buf.add(mix(T.Wp1, wp1));
    buf.add(mix(T.Wm2, i - 1 > a ? wh[i - 2] : H_NONE));
    buf.add(mix(T.Wp2, i + 2 < b ? wh[i + 2] : H_NONE));
    buf.add(mix(T.Wm1W0, mix(wm1, w0)));
    buf.add(mix(T.L0, f.lem[i]));
    buf.add(mix(T.Wm3, i - 2 > a ? wh[i - 3] : H_NONE));
    buf.add(mix(T.Wp3, i + 3 < b ? wh[i + 3] : H_NONE));
    buf.add(mix(T.Wm2Wm1, mix(i - 1 > a ? wh[i - 2] : H_NONE, wm1)));
    buf.add(mix(T.Wp1Wp2, mix(wp1, i + 2 < b ? wh[i + 2] : H_NONE)));
    buf.add(mix(T.Lm1L0, mix(i > a ? f.lem[i - 1] : H_NONE, f.lem[i])));
    buf.add(mix(T.W0Wp1, mix(w0, wp1)));
    buf.add(mix(T.Sh0, sh[i]));
    buf.add(mix(T.Shm1, mix(i > a ? sh[i - 1] : H_NONE, sh[i])));
    buf.add(mix(T.Shp1, mix(sh[i], i + 1 < b ? sh[i + 1] : H_NONE)));
    buf.add(mix(T.Suf0, suf[i]));
    buf.add(mix(T.QuoteEdge, quoteEdge[i] * 4 + q));
    if (q) buf.add(mix(T.QuoteW, mix(q, w0)));
    const fromStart = i - sentA;
    const toEnd = sentB - 1 - i;
    buf.add(mix(T.SentPos, bin(fromStart)));
    buf.add(mix(T.SentEnd, bin(toEnd) * 16 + q));
    buf.add(mix(T.SentFirstW, mix(wh[sentA], fromStart === 0 ? 1 : 0)));
    buf.add(mix(T.QuoteInSent, sentHasQuote * 64 + (sentence[i] === parFirstSentence ? 16 : 0) + q));
    if (f.headline[i]) buf.add(mix(T.Headline, mix(w0, 1)));
    buf.add(mix(T.Lex, lexBin[i - a] * 16 + q));
    if (i > a) buf.add(mix(T.CapPrev, f.capital[i - 1] * 2 + f.capital[i]));
    // quotation marks just after / before the token within the sentence
    let nq = 0;
    for (let j = i + 1; j < sentB && j < i + 4; j++) if (mark[j] === MarkRole.OpenDouble) nq = j - i;
    let pq = 0;
    for (let j = i - 1; j >= sentA && j > i - 4; j--) if (mark[j] === MarkRole.CloseDouble) pq = i - j;
    buf.add(mix(T.NextQuote, nq * 8 + pq));
    const cl = leftCue[i - a];
    const cr = rightCue[i - a];
    buf.add(mix(T.CueL, (cl < 0 ? 0 : bin(i - cl)) * 16 + (cr < 0 ? 0 : bin(cr - i))));
    if (cl >= 0) {
      const d = bin(i - cl);
      buf.add(mix(T.CueLW, mix(wh[cl], d > 2 ? 3 : d)));
      buf.add(mix(T.CueLL, mix(f.lem[cl], d > 2 ? 3 : d)));
      buf.add(mix(T.CueLSh, mix(sh[i], d)));
      buf.add(mix(T.CueLQ, q * 16 + d));
    }
    if (cr >= 0) {
      const d = bin(cr - i);
      buf.add(mix(T.CueRW, mix(wh[cr], d > 2 ? 3 : d)));
      buf.add(mix(T.CueRL, mix(f.lem[cr], d > 2 ? 3 : d)));
      buf.add(mix(T.CueRSh, mix(sh[i], d)));
      buf.add(mix(T.CueRQ, q * 16 + d));
    }
    // a colon to the left in the sentence ("X said: ...", headline "Speaker: words")
    if (lastColon >= 0 && i - lastColon < 40) buf.add(mix(T.ColonL, bin(i - lastColon)));
    if (words[i] === ':') lastColon = i;
    if (f.known[i]) buf.add(mix(T.Known, f.known[i] * 16 + q));
    const kl = knownL[i - a];
    const kr = knownR[i - a];
    buf.add(mix(T.KnownLR, (kl < 0 ? 0 : bin(i - kl)) * 16 + (kr < 0 ? 0 : bin(kr - i))));
    if (kl >= 0) buf.add(mix(T.KnownLL, mix(f.lem[kl], Math.min(3, bin(i - kl)))));
    if (kr >= 0) buf.add(mix(T.KnownRL, mix(f.lem[kr], Math.min(3, bin(kr - i)))));
    buf.endToken();
  }
}

/**
 * What stage 1 says around each token of [a, b), within its sentence: the nearest content token to
 * the left and right (s1Left/s1Right), whether a source lies between (s1SrcL/s1SrcR), and whether
 * the sentence has a cue (s1SentCue). Shared by the feature lists and the fast scorer.
 */
function stage1Context(sentence: Int32Array, stage1: Uint8Array, a: number, b: number): void {
  for (let i = a, last = -1, src = 0; i < b; i++) {
    if (i > a && sentence[i] !== sentence[i - 1]) {
      last = -1;
      src = 0;
    }
    s1Left[i - a] = last;
    s1SrcL[i - a] = src;
    const l = stage1[i];
    if (l === B_C || l === I_C) {
      last = i;
      src = 0;
    } else if (l === B_S || l === I_S) src = 1;
  }
  for (let i = b - 1, last = -1, src = 0; i >= a; i--) {
    if (i < b - 1 && sentence[i] !== sentence[i + 1]) {
      last = -1;
      src = 0;
    }
    s1Right[i - a] = last;
    s1SrcR[i - a] = src;
    const l = stage1[i];
    if (l === B_C || l === I_C) {
      last = i;
      src = 0;
    } else if (l === B_S || l === I_S) src = 1;
  }
  for (let i = a; i < b; ) {
    let j = i;
    let has = 0;
    while (j < b && sentence[j] === sentence[i]) {
      if (stage1[j] === B_C) has = 1;
      j++;
    }
    s1SentCue.fill(has, i - a, j - a);
    i = j;
  }
}

function stage2Features(f: TokenFacts, a: number, b: number, buf: FeatureBuffer, stage1: Uint8Array): void {
  const { wh, sh, sentence, inQuote } = f;
  const n = b - a;
  grow(n);
  stage1Context(sentence, stage1, a, b);
  for (let i = a; i < b; i++) {
    const q = inQuote[i];
    const w0 = wh[i];
    const l1 = stage1[i];
    buf.add(mix(T.S1Self, l1));
    buf.add(mix(T.S1Prev, (i > a ? stage1[i - 1] : 9) * 16 + (i + 1 < b ? stage1[i + 1] : 9)));
    buf.add(mix(T.S1W0, mix(w0, l1)));
    buf.add(mix(T.S1SentCue, s1SentCue[i - a] * 8 + q));
    const pl = s1Left[i - a];
    const pr = s1Right[i - a];
    buf.add(mix(T.S1CueL, (pl < 0 ? 0 : bin(i - pl)) * 16 + (pr < 0 ? 0 : bin(pr - i))));
    if (pl >= 0) {
      const d = bin(i - pl);
      buf.add(mix(T.S1CueLW, mix(wh[pl], Math.min(3, d))));
      buf.add(mix(T.S1CueLSh, mix(sh[i], d)));
      buf.add(mix(T.S1CueLQ, q * 256 + s1SrcL[i - a] * 16 + d));
      buf.add(mix(T.S1W0CueL, mix(w0, Math.min(3, d))));
      if (i - pl === 2) buf.add(mix(T.S1CueLThat, wh[pl + 1]));
    }
    if (pr >= 0) {
      const d = bin(pr - i);
      buf.add(mix(T.S1CueRW, mix(wh[pr], Math.min(3, d))));
      buf.add(mix(T.S1CueRSh, mix(sh[i], d)));
      buf.add(mix(T.S1CueRQ, q * 256 + s1SrcR[i - a] * 16 + d));
      buf.add(mix(T.S1W0CueR, mix(w0, Math.min(3, d))));
    }
    // the previous paragraph ended inside a quote that had a cue (a quote running on)
    if (i === a && a > 0) buf.add(mix(T.S1PrevPar, stage1[a - 1] * 4 + (inQuote[a - 1] & 1)));
    buf.endToken();
  }
}

// ---------------------------------------------------------------------------------------------------
// Fast scoring for prediction: the same features as stage1Features / stage2Features, their weights
// summed straight into the emission scores. Weights of features with a small range of values (bias,
// quote state, distance bins, label pairs) are read from dense tables made when the model is loaded;
// those of one token form (its word, lemma, shape, suffix, and the word as the neighbour at -3..+3;
// in quotation marks, in a headline; for stage 2 the word with each stage-1 label and at distances
// 1..3 of a predicted cue) are summed once per vocabulary entry and cached, as are shape x distance,
// cue word x distance and word pairs (open-addressing caches, see PairCache). Sums are of the same
// int8 weights (integers, two labels to an int32, see VW), so the scores equal the slow path's
// exactly (test/annotators/quotes-tagger.test.ts checks it on every sample article,
// quotes-fastpaths.test.ts at the caches' limits).

/** The weights of one stage: `find` gives the offset in `weights` of a feature's L weights, or -1. */
export interface WeightLookup {
  readonly weights: Int8Array;
  /** offset in `weights` of the feature's L weights, or -1 */
  find(feature: number): number;
}

const L7 = NUM_LABELS;
/**
 * The fast scorer's vectors hold a token's L7 label scores in VW int32 words, two int16 lanes a word
 * (pack): adding two words adds both lanes, so a vector is added in 4 integer additions instead of 7.
 * A lane holds the sum of at most ~45 int8 weights (|sum| < 6000), far from overflowing 16 bits.
 */
const VW = 4;
if (NUM_LABELS > 2 * VW) throw new Error('quotes model: at most 8 labels fit a packed vector');
/**
 * Stage 1's cached vectors per vocabulary entry: self (W0 + L0 + Sh0 + Suf0), the word as the token
 * at -1, +1, -2, +2, -3, +3 (and one unused: 128 bytes, two cache lines).
 */
const V_SELF = 0;
const V_M1 = VW;
const V_P1 = 2 * VW;
const V_M2 = 3 * VW;
const V_P2 = 4 * VW;
const V_M3 = 5 * VW;
const V_P3 = 6 * VW;
const STRIDE = 8 * VW;
/** cue-word cache: at most 2^CUE_BITS slots of 4 vectors (d = 0 unused) */
const CUE_BITS = 12;
const CUE_STRIDE = 4 * VW;
/** word-pair cache: at most 2^PAIR_BITS slots of 4 vectors */
const PAIR_BITS = 16;
const P_AT2 = 0;
const P_AT1 = VW;
const P_AFTER = 2 * VW;
const P_BEFORE = 3 * VW;
const PAIR_STRIDE = 4 * VW;
/** per shape: CueLSh, CueRSh, S1CueLSh, S1CueRSh at distance bins 0..9 */
const SH_L = 0;
const SH_R = 10 * VW;
const SH_S2L = 20 * VW;
const SH_S2R = 30 * VW;
const SH_STRIDE = 40 * VW;
/**
 * Per-entry vectors filled when first needed: for stage 2 S1W0 with each stage-1 label, S1W0CueL and
 * S1W0CueR at distances 1, 2, 3+, S1CueLThat (the word between a predicted cue and the token); for
 * stage 1 the word in quotation marks (QuoteW, q = 1..3) and in a headline (few entries need these).
 */
const X_S1W0 = 0; // + VW * label
const X_S2L = 6 * VW; // + VW * d, d = 1..3
const X_S2R = 9 * VW; // + VW * d, d = 1..3
const X_THAT = 13 * VW;
const X_QUOTE = 13 * VW; // + VW * q, q = 1..3
const X_HEADLINE = 17 * VW;
const X_STRIDE = 18 * VW;

/** the largest values of three features a token may lack, and their tables' zero vectors (see FastScorer.table) */
const CAP_MAX = 3;
const KNOWN_MAX = 2 * 16 + 3;
const COLON_MAX = 9;
const CAP_NONE = (CAP_MAX + 1) * VW;
const KNOWN_NONE = (KNOWN_MAX + 1) * VW;
const COLON_NONE = (COLON_MAX + 1) * VW;

/**
 * Vectors (`stride` int32 each) cached under a pair of non-negative integers: an open-addressing
 * table that starts small (a small working set stays in the processor's caches), doubles when half
 * full up to 2^maxBits slots, and is emptied when that is half full.
 */
class PairCache {
  vec: Int32Array;
  /** x, y of each slot side by side (one cache line a probe); x = -1: empty */
  private keys: Int32Array;
  private bits: number;
  private count = 0;
  /** changes whenever the table is emptied (offsets given before are then stale) */
  version = 0;

  constructor(
    private readonly stride: number,
    bits: number,
    private readonly maxBits: number,
  ) {
    this.bits = bits;
    this.keys = new Int32Array(2 << bits).fill(-1);
    this.vec = new Int32Array(this.stride << bits);
  }

  /** Offset in `vec` of the vectors of (x, y); when they are not there, ~offset of zeroed ones to fill. */
  find(x: number, y: number): number {
    const keys = this.keys;
    const mask = (1 << this.bits) - 1;
    let k = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> (32 - this.bits);
    for (let a = keys[2 * k]; a >= 0; a = keys[2 * k]) {
      if (a === x && keys[2 * k + 1] === y) return k * this.stride;
      k = (k + 1) & mask;
    }
    if (this.count >= mask >> 1) return this.make(x, y);
    this.count++;
    keys[2 * k] = x;
    keys[2 * k + 1] = y;
    const o = k * this.stride;
    this.vec.fill(0, o, o + this.stride);
    return ~o;
  }

  /** Room for (x, y) in an empty table (twice as large while it may grow). */
  private make(x: number, y: number): number {
    this.renew();
    return this.find(x, y);
  }

  private renew(): void {
    if (this.bits < this.maxBits) {
      this.bits++;
      this.keys = new Int32Array(2 << this.bits);
      this.vec = new Int32Array(this.stride << this.bits);
    }
    this.clear();
  }

  /**
   * Makes sure the next m finds keep every offset they give valid (no emptying in between), or
   * returns false when m is too many for the table.
   */
  reserve(m: number): boolean {
    if (m >= 1 << (this.maxBits - 1)) return false;
    while (this.count + m >= (1 << this.bits) >> 1) this.renew();
    return true;
  }

  clear(): void {
    this.keys.fill(-1);
    this.count = 0;
    this.version++;
  }
}

export class FastScorer {
  private readonly dense = new Map<number, Int32Array>();
  private cache = new Int32Array(0);
  private stamp = new Int32Array(0);
  private shapeCache = new Int32Array(0);
  private shapeStamp = new Int32Array(0);
  /** stage-1 / stage-2 cue-word vectors at distances 1..3 of the current left and right cues */
  private readonly cues = new PairCache(CUE_STRIDE, 8, CUE_BITS);
  private cueGen = -1;
  /** per use of addCue: the entry last looked up, its offset, and the cache version then */
  private readonly cueMemoEntry = new Int32Array(6).fill(-1);
  private readonly cueMemoOffset = new Int32Array(6);
  private readonly cueMemoVersion = new Int32Array(6).fill(-1);
  /** cache of word pairs (see pairEntry) */
  private readonly pairs = new PairCache(PAIR_STRIDE, 12, PAIR_BITS);
  private lexOf = new Uint8Array(0);
  /** 1 for the entry of ':' (comparing the word strings costs a memory access a token) */
  private colonOf = new Uint8Array(0);
  private extra = new Int32Array(0);
  private extraStamp = new Int32Array(0);
  private acc = new Int32Array(0);
  private readonly none: Int32Array;
  private readonly tBias: Int32Array;
  private readonly tQuoteEdge: Int32Array;
  private readonly tSentPos: Int32Array;
  private readonly tSentEnd: Int32Array;
  private readonly tQuoteInSent: Int32Array;
  private readonly tLex: Int32Array;
  private readonly tCapPrev: Int32Array;
  private readonly tNextQuote: Int32Array;
  private readonly tCueL: Int32Array;
  private readonly tCueLQ: Int32Array;
  private readonly tCueRQ: Int32Array;
  private readonly tColonL: Int32Array;
  private readonly tKnown: Int32Array;
  private readonly tKnownLR: Int32Array;
  private readonly tS1Self: Int32Array;
  private readonly tS1Prev: Int32Array;
  private readonly tS1SentCue: Int32Array;
  private readonly tS1CueL: Int32Array;
  private readonly tS1CueLQ: Int32Array;
  private readonly tS1CueRQ: Int32Array;
  private readonly tS1PrevPar: Int32Array;

  constructor(
    private readonly w1: WeightLookup,
    private readonly w2: WeightLookup | null,
    private readonly lex: CueLexicon,
  ) {
    const t1 = (t: number, max: number): Int32Array => this.table(w1, t, max);
    this.tBias = t1(T.Bias, 0);
    this.tQuoteEdge = t1(T.QuoteEdge, 15);
    this.tSentPos = t1(T.SentPos, 9);
    this.tSentEnd = t1(T.SentEnd, 9 * 16 + 3);
    this.tQuoteInSent = t1(T.QuoteInSent, 64 + 16 + 3);
    this.tLex = t1(T.Lex, 4 * 16 + 3);
    this.tCapPrev = t1(T.CapPrev, CAP_MAX);
    this.tNextQuote = t1(T.NextQuote, 3 * 8 + 3);
    this.tCueL = t1(T.CueL, 9 * 16 + 9);
    this.tCueLQ = t1(T.CueLQ, 3 * 16 + 9);
    this.tCueRQ = t1(T.CueRQ, 3 * 16 + 9);
    this.tColonL = t1(T.ColonL, COLON_MAX);
    this.tKnown = t1(T.Known, KNOWN_MAX);
    this.tKnownLR = t1(T.KnownLR, 9 * 16 + 9);
    // the -1..-3 / +1..+3 words at a sequence edge
    this.none = new Int32Array(STRIDE);
    const edge: [number, number][] = [
      [V_M1, T.Wm1],
      [V_P1, T.Wp1],
      [V_M2, T.Wm2],
      [V_P2, T.Wp2],
      [V_M3, T.Wm3],
      [V_P3, T.Wp3],
    ];
    for (const [o, t] of edge) this.addTo(this.none, o, w1, mix(t, H_NONE));
    const w = w2 ?? w1;
    const t2 = (t: number, max: number): Int32Array => this.table(w, t, max);
    this.tS1Self = t2(T.S1Self, 9);
    this.tS1Prev = t2(T.S1Prev, 9 * 16 + 9);
    this.tS1SentCue = t2(T.S1SentCue, 8 + 3);
    this.tS1CueL = t2(T.S1CueL, 9 * 16 + 9);
    this.tS1CueLQ = t2(T.S1CueLQ, 3 * 256 + 16 + 9);
    this.tS1CueRQ = t2(T.S1CueRQ, 3 * 256 + 16 + 9);
    this.tS1PrevPar = t2(T.S1PrevPar, 9 * 4 + 3);
  }

  /** The vectors of template t with the values 0..max, and a zero vector after them (at (max + 1) * VW: "no such feature"). */
  private table(w: WeightLookup, t: number, max: number): Int32Array {
    const out = new Int32Array((max + 2) * VW);
    for (let v = 0; v <= max; v++) this.addTo(out, v * VW, w, mix(t, v));
    this.dense.set(t, out);
    return out;
  }

  private addTo(out: Int32Array, o: number, w: WeightLookup, feature: number): void {
    const k = w.find(feature);
    if (k >= 0) addRow(out, o, w.weights, k);
  }

  /** Make sure the cached vectors of every token's vocabulary entry and shape are there. */
  private prepare(f: TokenFacts, a: number, b: number): void {
    const need = vocab.size;
    if (this.stamp.length < need) {
      const size = Math.max(Math.ceil(need * 1.5), 4096);
      const c = new Int32Array(size * STRIDE);
      c.set(this.cache);
      this.cache = c;
      const s = new Int32Array(size);
      s.set(this.stamp);
      this.stamp = s;
      const x = new Uint8Array(size);
      x.set(this.lexOf);
      this.lexOf = x;
      const co = new Uint8Array(size);
      co.set(this.colonOf);
      this.colonOf = co;
      const xc = new Int32Array(size * X_STRIDE);
      xc.set(this.extra);
      this.extra = xc;
      const xs = new Int32Array(size);
      xs.set(this.extraStamp);
      this.extraStamp = xs;
    }
    if (this.shapeStamp.length < vocab.shapeCount) {
      const size = Math.max(vocab.shapeCount * 2, 256);
      const c = new Int32Array(size * SH_STRIDE);
      c.set(this.shapeCache);
      this.shapeCache = c;
      const s = new Int32Array(size);
      s.set(this.shapeStamp);
      this.shapeStamp = s;
    }
    const gen = f.generation;
    const { rid, wh, lem, sh, suf, sid } = f;
    const cache = this.cache;
    if (this.stamp[NONE_ENTRY] !== gen) {
      // the neighbours beyond a paragraph's edge (no token has this entry)
      this.stamp[NONE_ENTRY] = gen;
      cache.set(this.none, NONE_ENTRY * STRIDE);
    }
    const w1 = this.w1;
    const w2 = this.w2;
    for (let i = a; i < b; i++) {
      const r = rid[i];
      if (this.stamp[r] !== gen) {
        this.stamp[r] = gen;
        const o = r * STRIDE;
        cache.fill(0, o, o + STRIDE);
        const w0 = wh[i];
        this.addTo(cache, o + V_SELF, w1, mix(T.W0, w0));
        this.addTo(cache, o + V_SELF, w1, mix(T.L0, lem[i]));
        this.addTo(cache, o + V_SELF, w1, mix(T.Sh0, sh[i]));
        this.addTo(cache, o + V_SELF, w1, mix(T.Suf0, suf[i]));
        this.addTo(cache, o + V_M1, w1, mix(T.Wm1, w0));
        this.addTo(cache, o + V_P1, w1, mix(T.Wp1, w0));
        this.addTo(cache, o + V_M2, w1, mix(T.Wm2, w0));
        this.addTo(cache, o + V_P2, w1, mix(T.Wp2, w0));
        this.addTo(cache, o + V_M3, w1, mix(T.Wm3, w0));
        this.addTo(cache, o + V_P3, w1, mix(T.Wp3, w0));
        this.lexOf[r] = this.lex.has(w0);
        this.colonOf[r] = vocab.word[r] === ':' ? 1 : 0;
      }
      const k = sid[i];
      if (this.shapeStamp[k] !== gen) {
        this.shapeStamp[k] = gen;
        const o = k * SH_STRIDE;
        const sc = this.shapeCache;
        sc.fill(0, o, o + SH_STRIDE);
        for (let d = 0; d <= 9; d++) {
          this.addTo(sc, o + SH_L + VW * d, w1, mix(T.CueLSh, mix(sh[i], d)));
          this.addTo(sc, o + SH_R + VW * d, w1, mix(T.CueRSh, mix(sh[i], d)));
          if (w2) {
            this.addTo(sc, o + SH_S2L + VW * d, w2, mix(T.S1CueLSh, mix(sh[i], d)));
            this.addTo(sc, o + SH_S2R + VW * d, w2, mix(T.S1CueRSh, mix(sh[i], d)));
          }
        }
      }
    }
    if (this.cueGen !== gen) {
      this.cueGen = gen;
      this.cues.clear();
      this.pairs.clear();
    }
  }

  /** Offset in `extra` of the vectors of entry r (see X_STRIDE), filled on first use in this generation. */
  private extraVectors(r: number): number {
    const o = r * X_STRIDE;
    if (this.extraStamp[r] === vocab.generation) return o;
    this.extraStamp[r] = vocab.generation;
    const v = this.extra;
    v.fill(0, o, o + X_STRIDE);
    const w0 = vocab.wh[r];
    for (let q = 1; q <= 3; q++) this.addTo(v, o + X_QUOTE + VW * q, this.w1, mix(T.QuoteW, mix(q, w0)));
    this.addTo(v, o + X_HEADLINE, this.w1, mix(T.Headline, mix(w0, 1)));
    const w2 = this.w2;
    if (w2) {
      for (let l = 0; l < L7; l++) this.addTo(v, o + X_S1W0 + VW * l, w2, mix(T.S1W0, mix(w0, l)));
      for (let d = 1; d <= 3; d++) {
        this.addTo(v, o + X_S2L + VW * d, w2, mix(T.S1W0CueL, mix(w0, d)));
        this.addTo(v, o + X_S2R + VW * d, w2, mix(T.S1W0CueR, mix(w0, d)));
      }
      this.addTo(v, o + X_THAT, w2, mix(T.S1CueLThat, w0));
    }
    return o;
  }

  /**
   * Offset in pairs.vec of the vectors of the entry pair (x, y) (adjacent tokens, or NONE_ENTRY beyond
   * the sequence): at y, Wm1W0 + Lm1L0 + Shm1; at x, W0Wp1 + Shp1; at the token after y, Wm2Wm1; at
   * the token before x, Wp1Wp2.
   */
  private pairEntry(x: number, y: number): number {
    const found = this.pairs.find(x, y);
    if (found >= 0) return found;
    const o = ~found;
    const v = this.pairs.vec;
    const w = this.w1;
    const { wh, lem, sh } = vocab;
    this.addTo(v, o + P_AT2, w, mix(T.Wm1W0, mix(wh[x], wh[y])));
    this.addTo(v, o + P_AT2, w, mix(T.Lm1L0, mix(lem[x], lem[y])));
    this.addTo(v, o + P_AT2, w, mix(T.Shm1, mix(sh[x], sh[y])));
    this.addTo(v, o + P_AT1, w, mix(T.W0Wp1, mix(wh[x], wh[y])));
    this.addTo(v, o + P_AT1, w, mix(T.Shp1, mix(sh[x], sh[y])));
    this.addTo(v, o + P_AFTER, w, mix(T.Wm2Wm1, mix(wh[x], wh[y])));
    this.addTo(v, o + P_BEFORE, w, mix(T.Wp1Wp2, mix(wh[x], wh[y])));
    return o;
  }

  /**
   * Offset in cues.vec of the vectors of the cue word with entry id r for use `use`
   * (0: stage-1 left, 1: stage-1 right, 2: stage-2 left, 3: stage-2 right, 4 and 5: nearest verb of
   * saying or believing on the left and right), at distances 1..3.
   */
  private cueVectors(use: number, r: number): number {
    const found = this.cues.find(use, r);
    if (found >= 0) return found;
    const o = ~found;
    const v = this.cues.vec;
    const w = use < 2 || use > 3 ? this.w1 : (this.w2 as WeightLookup);
    const lemma = vocab.lem[r];
    const w0 = vocab.wh[r];
    for (let d = 1; d <= 3; d++) {
      if (use === 0) {
        this.addTo(v, o + VW * d, w, mix(T.CueLW, mix(w0, d)));
        this.addTo(v, o + VW * d, w, mix(T.CueLL, mix(lemma, d)));
      } else if (use === 1) {
        this.addTo(v, o + VW * d, w, mix(T.CueRW, mix(w0, d)));
        this.addTo(v, o + VW * d, w, mix(T.CueRL, mix(lemma, d)));
      } else if (use === 2) this.addTo(v, o + VW * d, w, mix(T.S1CueLW, mix(w0, d)));
      else if (use === 3) this.addTo(v, o + VW * d, w, mix(T.S1CueRW, mix(w0, d)));
      else this.addTo(v, o + VW * d, w, mix(use === 4 ? T.KnownLL : T.KnownRL, mix(lemma, d)));
    }
    return o;
  }

  /**
   * Adds the vector of the cue word with entry r for `use` (see cueVectors) at distance d (1..3).
   * The nearest cue is the same for runs of tokens: the last offset of each use is remembered while
   * the cache keeps it.
   */
  private addCue(acc: Int32Array, o: number, use: number, r: number, d: number): void {
    let k: number;
    if (this.cueMemoEntry[use] === r && this.cueMemoVersion[use] === this.cues.version) k = this.cueMemoOffset[use];
    else {
      k = this.cueVectors(use, r);
      this.cueMemoEntry[use] = r;
      this.cueMemoOffset[use] = k;
      this.cueMemoVersion[use] = this.cues.version;
    }
    addVec(acc, o, this.cues.vec, k + VW * d);
  }

  /**
   * Adds the vectors of the word pairs (k, k + 1), k = a - 2 .. b (NONE_ENTRY beyond the paragraph).
   * All pairs are looked up first: the lookups are independent, so the processor overlaps their
   * cache misses.
   */
  private addPairs(acc: Int32Array, rid: Int32Array, a: number, b: number): void {
    const m = b - a + 3;
    if (!this.pairs.reserve(m)) {
      // a paragraph too long for the cache: one pair at a time
      for (let k = a - 2; k <= b; k++) this.addPair(acc, a, b, k, this.pairEntry(pairX(rid, a, b, k), pairX(rid, a, b, k + 1)));
      return;
    }
    if (pairOffset.length < m) pairOffset = new Int32Array(m * 2);
    // reading each pair's first word here starts the fetch of its vectors (cold after the other
    // annotators' work) while the next pairs are probed
    const pv = this.pairs.vec;
    let touched = 0;
    for (let k = a - 2; k <= b; k++) {
      const p = this.pairEntry(pairX(rid, a, b, k), pairX(rid, a, b, k + 1));
      pairOffset[k - a + 2] = p;
      touched |= pv[p];
    }
    readAhead = touched;
    for (let k = a - 2; k <= b; k++) this.addPair(acc, a, b, k, pairOffset[k - a + 2]);
  }

  /** Adds the vectors of the pair (k, k + 1), at offset p in pairs.vec, to the tokens of [a, b) they concern. */
  private addPair(acc: Int32Array, a: number, b: number, k: number, p: number): void {
    const pv = this.pairs.vec;
    if (k + 1 >= a && k + 1 < b) addVec(acc, (k + 1 - a) * VW, pv, p + P_AT2);
    if (k >= a && k < b) addVec(acc, (k - a) * VW, pv, p + P_AT1);
    if (k + 2 >= a && k + 2 < b) addVec(acc, (k + 2 - a) * VW, pv, p + P_AFTER);
    if (k - 1 >= a && k - 1 < b) addVec(acc, (k - 1 - a) * VW, pv, p + P_BEFORE);
  }

  /**
   * Reads the first and last word of each token's entry vectors: the fetches of these (cold after the
   * other annotators' work) then overlap, where the scoring loop would wait for a few at a time.
   */
  private touchEntries(rid: Int32Array, a: number, b: number): void {
    const cache = this.cache;
    let touched = 0;
    for (let i = a; i < b; i++) {
      const o = rid[i] * STRIDE;
      touched |= cache[o] | cache[o + STRIDE - 1];
    }
    readAhead = touched;
  }

  /**
   * Stage 2's per-entry vectors of each token (see extraVectors): filled, their offsets kept in
   * extraAt, and the one of the token's stage-1 label fetched ahead as in touchEntries.
   */
  private touchExtra(rid: Int32Array, stage1: Uint8Array, a: number, b: number): void {
    let touched = 0;
    for (let i = a; i < b; i++) {
      const xo = this.extraVectors(rid[i]);
      extraAt[i - a] = xo;
      touched |= this.extra[xo + X_S1W0 + VW * stage1[i]];
    }
    readAhead = touched;
  }

  /** The packed sums of n tokens (scratch, reused). */
  private accumulator(n: number): Int32Array {
    if (this.acc.length < n * VW) this.acc = new Int32Array(n * VW * 2);
    return this.acc;
  }

  /** Stage-1 scores (times `scale`) of the tokens [a, b) of one paragraph into e[(i - a) * L + l]. */
  stage1(f: TokenFacts, a: number, b: number, e: Float64Array, scale = 1): void {
    this.prepare(f, a, b);
    const acc = this.accumulator(b - a);
    const { wh, sentence, inQuote, quoteEdge, mark, rid, sid, capital, headline } = f;
    const n = b - a;
    grow(n);
    const w = this.w1;
    const cache = this.cache;
    const lexOf = this.lexOf;
    const colonOf = this.colonOf;
    knownCues(f, a, b);
    const known = f.known;
    for (let i = a; i < b; i++) lexBin[i - a] = lexOf[rid[i]];
    cueNeighbours(sentence, inQuote, a, b);
    let sentA = a;
    let sentB = a;
    let sentHasQuote = 0;
    let lastColon = -1;
    const parFirstSentence = sentence[a];
    const { tBias, tQuoteEdge, tSentPos, tSentEnd, tQuoteInSent, tLex, tNextQuote, tCueL, tCapPrev, tKnown, tKnownLR, tColonL } = this;
    this.touchEntries(rid, a, b);
    for (let i = a; i < b; i++) {
      if (i === a || sentence[i] !== sentence[i - 1]) {
        sentA = i;
        sentB = i;
        sentHasQuote = 0;
        while (sentB < b && sentence[sentB] === sentence[i]) {
          if (mark[sentB] === MarkRole.OpenDouble || mark[sentB] === MarkRole.CloseDouble) sentHasQuote = 1;
          sentB++;
        }
        lastColon = -1;
        const firstW = wh[sentA];
        // SentFirstW's packed vectors for the sentence's first token (at 0) and the others (at VW)
        firstVecs.fill(0);
        this.addTo(firstVecs, 0, w, mix(T.SentFirstW, mix(firstW, 1)));
        this.addTo(firstVecs, VW, w, mix(T.SentFirstW, mix(firstW, 0)));
      }
      const o = (i - a) * VW;
      const q = inQuote[i];
      // word-form vectors of the token and its neighbours
      // (beyond the paragraph: NONE_ENTRY, whose vectors are the edge's)
      const cs = rid[i] * STRIDE;
      const cm1 = (i > a ? rid[i - 1] : NONE_ENTRY) * STRIDE;
      const cp1 = (i + 1 < b ? rid[i + 1] : NONE_ENTRY) * STRIDE;
      const cm2 = (i - 1 > a ? rid[i - 2] : NONE_ENTRY) * STRIDE;
      const cp2 = (i + 2 < b ? rid[i + 2] : NONE_ENTRY) * STRIDE;
      const cm3 = (i - 2 > a ? rid[i - 3] : NONE_ENTRY) * STRIDE;
      const cp3 = (i + 3 < b ? rid[i + 3] : NONE_ENTRY) * STRIDE;
      const fromStart = i - sentA;
      const toEnd = sentB - 1 - i;
      let nq = 0;
      for (let j = i + 1; j < sentB && j < i + 4; j++) if (mark[j] === MarkRole.OpenDouble) nq = j - i;
      let pq = 0;
      for (let j = i - 1; j >= sentA && j > i - 4; j--) if (mark[j] === MarkRole.CloseDouble) pq = i - j;
      const cl = leftCue[i - a];
      const cr = rightCue[i - a];
      const dl = cl < 0 ? 0 : bin(i - cl);
      const dr = cr < 0 ? 0 : bin(cr - i);
      const dQE = (quoteEdge[i] * 4 + q) * VW;
      const dSP = bin(fromStart) * VW;
      const dSE = (bin(toEnd) * 16 + q) * VW;
      const dQS = (sentHasQuote * 64 + (sentence[i] === parFirstSentence ? 16 : 0) + q) * VW;
      const dLex = (lexBin[i - a] * 16 + q) * VW;
      const dCap = i > a ? (capital[i - 1] * 2 + capital[i]) * VW : CAP_NONE;
      const dNQ = (nq * 8 + pq) * VW;
      const dCue = (dl * 16 + dr) * VW;
      const dKn = known[i] ? (known[i] * 16 + q) * VW : KNOWN_NONE;
      const kl = knownL[i - a];
      const kr = knownR[i - a];
      const dKLR = ((kl < 0 ? 0 : bin(i - kl)) * 16 + (kr < 0 ? 0 : bin(kr - i))) * VW;
      const dCol = lastColon >= 0 && i - lastColon < 40 ? bin(i - lastColon) * VW : COLON_NONE;
      for (let l = 0; l < VW; l++) {
        const s =
          tBias[l] +
          cache[cs + V_SELF + l] +
          cache[cm1 + V_M1 + l] +
          cache[cp1 + V_P1 + l] +
          cache[cm2 + V_M2 + l] +
          cache[cp2 + V_P2 + l] +
          cache[cm3 + V_M3 + l] +
          cache[cp3 + V_P3 + l] +
          tQuoteEdge[dQE + l] +
          tSentPos[dSP + l] +
          tSentEnd[dSE + l] +
          tQuoteInSent[dQS + l] +
          tLex[dLex + l] +
          tNextQuote[dNQ + l] +
          tCueL[dCue + l] +
          tCapPrev[dCap + l] +
          tKnown[dKn + l] +
          tKnownLR[dKLR + l] +
          tColonL[dCol + l];
        acc[o + l] = s;
      }
      if (kl >= 0) this.addCue(acc, o, 4, rid[kl], Math.min(3, bin(i - kl)));
      if (kr >= 0) this.addCue(acc, o, 5, rid[kr], Math.min(3, bin(kr - i)));
      addVec(acc, o, firstVecs, fromStart === 0 ? 0 : VW);
      if (q) addVec(acc, o, this.extra, this.extraVectors(rid[i]) + X_QUOTE + VW * q);
      if (headline[i]) addVec(acc, o, this.extra, this.extraVectors(rid[i]) + X_HEADLINE);
      if (cl >= 0) {
        this.addCue(acc, o, 0, rid[cl], dl > 2 ? 3 : dl);
        addVec(acc, o, this.shapeCache, sid[i] * SH_STRIDE + SH_L + VW * dl);
        addVec(acc, o, this.tCueLQ, (q * 16 + dl) * VW);
      }
      if (cr >= 0) {
        this.addCue(acc, o, 1, rid[cr], dr > 2 ? 3 : dr);
        addVec(acc, o, this.shapeCache, sid[i] * SH_STRIDE + SH_R + VW * dr);
        addVec(acc, o, this.tCueRQ, (q * 16 + dr) * VW);
      }
      if (colonOf[rid[i]]) lastColon = i;
    }
    this.addPairs(acc, rid, a, b);
    unpack(acc, n, e, scale);
  }

  /** Stage-2 scores (times `scale`, without the stage-1 base) of the tokens [a, b) into e. */
  stage2(f: TokenFacts, a: number, b: number, stage1: Uint8Array, e: Float64Array, scale = 1): void {
    const w = this.w2;
    if (!w) throw new Error('quotes model: no stage 2');
    this.prepare(f, a, b);
    const { sentence, inQuote, rid, sid } = f;
    const n = b - a;
    grow(n);
    const acc = this.accumulator(n);
    const extra = this.extra;
    stage1Context(sentence, stage1, a, b);
    this.touchExtra(rid, stage1, a, b);
    for (let i = a; i < b; i++) {
      const o = (i - a) * VW;
      const q = inQuote[i];
      const l1 = stage1[i];
      const pl = s1Left[i - a];
      const pr = s1Right[i - a];
      const dl = pl < 0 ? 0 : bin(i - pl);
      const dr = pr < 0 ? 0 : bin(pr - i);
      const dSelf = l1 * VW;
      const dPrev = ((i > a ? stage1[i - 1] : 9) * 16 + (i + 1 < b ? stage1[i + 1] : 9)) * VW;
      const dSC = (s1SentCue[i - a] * 8 + q) * VW;
      const dCue = (dl * 16 + dr) * VW;
      for (let l = 0; l < VW; l++) acc[o + l] = this.tS1Self[dSelf + l] + this.tS1Prev[dPrev + l] + this.tS1SentCue[dSC + l] + this.tS1CueL[dCue + l];
      const xo = extraAt[i - a];
      addVec(acc, o, extra, xo + X_S1W0 + VW * l1);
      if (pl >= 0) {
        const d3 = dl < 3 ? dl : 3;
        this.addCue(acc, o, 2, rid[pl], d3);
        addVec(acc, o, this.shapeCache, sid[i] * SH_STRIDE + SH_S2L + VW * dl);
        addVec(acc, o, this.tS1CueLQ, (q * 256 + s1SrcL[i - a] * 16 + dl) * VW);
        addVec(acc, o, extra, xo + X_S2L + VW * d3);
        if (i - pl === 2) addVec(acc, o, extra, this.extraVectors(rid[pl + 1]) + X_THAT);
      }
      if (pr >= 0) {
        const d3 = dr < 3 ? dr : 3;
        this.addCue(acc, o, 3, rid[pr], d3);
        addVec(acc, o, this.shapeCache, sid[i] * SH_STRIDE + SH_S2R + VW * dr);
        addVec(acc, o, this.tS1CueRQ, (q * 256 + s1SrcR[i - a] * 16 + dr) * VW);
        addVec(acc, o, extra, xo + X_S2R + VW * d3);
      }
      if (i === a && a > 0) addVec(acc, o, this.tS1PrevPar, (stage1[a - 1] * 4 + (inQuote[a - 1] & 1)) * VW);
    }
    unpack(acc, n, e, scale);
  }
}


/** The entry of token k within the sequence [a, b), NONE_ENTRY outside. */
function pairX(rid: Int32Array, a: number, b: number, k: number): number {
  return k >= a && k < b ? rid[k] : NONE_ENTRY;
}

/** scratch: the SentFirstW vectors of the current sentence (see stage1) */
const firstVecs = new Int32Array(2 * VW);

/** scratch: offsets of the pair vectors of one paragraph */
let pairOffset = new Int32Array(256);
/** the words read ahead (addPairs, touchEntries, touchExtra) go here, so the reads are not optimised away */
let readAhead = 0;

/** Packed two int16 lanes in an int32 word (see VW). */
function pack(lo: number, hi: number): number {
  return lo + hi * 65536;
}

/** acc[o..o+VW) += v[k..k+VW), unrolled (the scorers' hottest loop). */
function addVec(acc: Int32Array, o: number, v: Int32Array, k: number): void {
  acc[o] += v[k];
  acc[o + 1] += v[k + 1];
  acc[o + 2] += v[k + 2];
  acc[o + 3] += v[k + 3];
}

/** acc[o..o+VW) += the model row of weights at k (8 int8 slots, the last one 0), packed. */
function addRow(acc: Int32Array, o: number, weights: Int8Array, k: number): void {
  for (let j = 0; j < VW; j++) acc[o + j] += pack(weights[k + 2 * j], weights[k + 2 * j + 1]);
}

/** The L7 scores of each of n tokens, from their packed sums in acc (VW words a token), times scale into e. */
function unpack(acc: Int32Array, n: number, e: Float64Array, scale: number): void {
  for (let t = 0; t < n; t++) {
    for (let j = 0; j < VW; j++) {
      const x = acc[t * VW + j];
      const lo = (x << 16) >> 16;
      const l = t * L7 + 2 * j;
      e[l] = lo * scale;
      if (2 * j + 1 < L7) e[l + 1] = ((x - lo) >> 16) * scale;
    }
  }
}
