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
}

/** Per-document token facts computed once: normalised words, shapes, marks, quote state, sentence. */
export interface TokenFacts {
  n: number;
  words: string[];
  /** value hash of the normalised lower-case word */
  wh: Uint32Array;
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
  const rid = new Int32Array(n);
  const sid = new Int32Array(n);
  const known = new Uint8Array(n);
  if (vocab.size + n > VOCAB_LIMIT) vocab.clear();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind === 'quote' && mark[i] === MarkRole.None) mark[i] = MarkRole.Stray;
    const r = t.kind === 'quote' ? vocab.quote(mark[i] as MarkRole) : vocab.entry(text, t);
    rid[i] = r;
    sid[i] = vocab.sid[r];
    known[i] = vocab.known[r];
    words[i] = vocab.word[r];
    wh[i] = vocab.wh[r];
    sh[i] = vocab.sh[r];
    suf[i] = vocab.suf[r];
    lem[i] = vocab.lem[r];
    capital[i] = vocab.capital[r];
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
  return { n, words, wh, sh, suf, lem, rid, sid, known, generation: vocab.generation, mark, inQuote, quoteEdge, sentence, paragraph, parStart, parEnd, headline, capital, regions, singles };
}

function lemmaHash(w: string): number {
  return hashString(/^[a-z]+$/.test(w) ? verbLemma(w) : w);
}

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
  private maps = new Map<string, Map<string, number>>();
  private single = new Map<string, Int32Array>();
  generation = 0;
  size = 0;
  word: string[] = [];
  wh = new Uint32Array(1024);
  sh = new Uint32Array(1024);
  suf = new Uint32Array(1024);
  lem = new Uint32Array(1024);
  capital = new Uint8Array(1024);
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
    this.maps = new Map();
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

  quote(role: MarkRole): number {
    return role;
  }

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
    const raw = text.slice(t.start, t.end);
    let m = this.maps.get(t.kind);
    if (!m) this.maps.set(t.kind, (m = new Map()));
    let r = m.get(raw);
    if (r === undefined) {
      r = this.add(wordForm(text, t, MarkRole.None), raw, t.kind);
      m.set(raw, r);
    }
    return r;
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
      const kn = new Uint8Array(this.known.length * 2);
      kn.set(this.known);
      this.known = kn;
      const si = new Int32Array(this.sid.length * 2);
      si.set(this.sid);
      this.sid = si;
    }
    this.word[r] = w;
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

/** Distance bins for long-range features. */
function bin(d: number): number {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 35) return 8;
  return 9;
}

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
// for stage 2 the word with label O and at distances 1..3 of a predicted cue) are summed once per
// vocabulary entry and cached, as are shape x distance, cue word x distance and word pairs (the pair
// cache is direct-mapped); the rest (quoted words, headline words) are looked up per token. Sums are
// of the same int8 weights in the same order of magnitude (integers), so the scores equal the slow
// path's exactly (test/annotators/quotes-tagger.test.ts checks it on every sample article).

/** The weights of one stage: `find` gives the offset in `weights` of a feature's L weights, or -1. */
export interface WeightLookup {
  readonly weights: Int8Array;
  /** offset in `weights` of the feature's L weights, or -1 */
  find(feature: number): number;
}

const L7 = NUM_LABELS;
/**
 * Cached vectors (int16, 8 a vector) per vocabulary entry: self (W0 + L0 + Sh0 + Suf0), the word as
 * the token at -1, +1, -2, +2, -3, +3, and for stage 2: S1W0 with label O, S1W0CueL and S1W0CueR at
 * distances 1, 2, 3+.
 */
const V_SELF = 0;
const V_M1 = 8;
const V_P1 = 16;
const V_M2 = 24;
const V_P2 = 32;
const V_M3 = 40;
const V_P3 = 48;
const V_S2O = 56;
const V_S2L = 64 - 8; // + 8 * d, d = 1..3
const V_S2R = 88 - 8;
const STRIDE = 112;
/** cue-word cache: entries per use (a power of two, at most 256) */
const CUE_SLOTS = 64;
/** word-pair cache: 2^PAIR_BITS entries of 4 vectors */
const PAIR_BITS = 14;
const PAIR_SIZE = 1 << PAIR_BITS;
const P_AT2 = 0;
const P_AT1 = 8;
const P_AFTER = 16;
const P_BEFORE = 24;
const PAIR_STRIDE = 32;
/** per shape: CueLSh, CueRSh, S1CueLSh, S1CueRSh at distance bins 0..9 */
const SH_L = 0;
const SH_R = 80;
const SH_S2L = 160;
const SH_S2R = 240;
const SH_STRIDE = 320;

export class FastScorer {
  private readonly hb = new FeatureBuffer();
  private readonly dense = new Map<number, Int16Array>();
  private cache = new Int16Array(0);
  private stamp = new Int32Array(0);
  private shapeCache = new Int16Array(0);
  private shapeStamp = new Int32Array(0);
  /** stage-1 / stage-2 cue-word vectors at distances 1..3 of the current left and right cues */
  private readonly cueVec = new Int16Array(6 * CUE_SLOTS * 32);
  private readonly cueAt = new Int32Array(6 * CUE_SLOTS);
  private cueGen = -1;
  /** direct-mapped cache of word pairs (see pairEntry) */
  private readonly pairA = new Int32Array(PAIR_SIZE).fill(-1);
  private readonly pairB = new Int32Array(PAIR_SIZE);
  private readonly pairVec = new Int16Array(PAIR_SIZE * PAIR_STRIDE);
  private lexOf = new Uint8Array(0);
  private readonly none: Int16Array;
  private readonly tBias: Int16Array;
  private readonly tQuoteEdge: Int16Array;
  private readonly tSentPos: Int16Array;
  private readonly tSentEnd: Int16Array;
  private readonly tQuoteInSent: Int16Array;
  private readonly tLex: Int16Array;
  private readonly tCapPrev: Int16Array;
  private readonly tNextQuote: Int16Array;
  private readonly tCueL: Int16Array;
  private readonly tCueLQ: Int16Array;
  private readonly tCueRQ: Int16Array;
  private readonly tColonL: Int16Array;
  private readonly tKnown: Int16Array;
  private readonly tKnownLR: Int16Array;
  private readonly tS1Self: Int16Array;
  private readonly tS1Prev: Int16Array;
  private readonly tS1SentCue: Int16Array;
  private readonly tS1CueL: Int16Array;
  private readonly tS1CueLQ: Int16Array;
  private readonly tS1CueRQ: Int16Array;
  private readonly tS1PrevPar: Int16Array;

  constructor(
    private readonly w1: WeightLookup,
    private readonly w2: WeightLookup | null,
    private readonly lex: CueLexicon,
  ) {
    const t1 = (t: number, max: number): Int16Array => this.table(w1, t, max);
    this.tBias = t1(T.Bias, 0);
    this.tQuoteEdge = t1(T.QuoteEdge, 15);
    this.tSentPos = t1(T.SentPos, 9);
    this.tSentEnd = t1(T.SentEnd, 9 * 16 + 3);
    this.tQuoteInSent = t1(T.QuoteInSent, 64 + 16 + 3);
    this.tLex = t1(T.Lex, 4 * 16 + 3);
    this.tCapPrev = t1(T.CapPrev, 3);
    this.tNextQuote = t1(T.NextQuote, 3 * 8 + 3);
    this.tCueL = t1(T.CueL, 9 * 16 + 9);
    this.tCueLQ = t1(T.CueLQ, 3 * 16 + 9);
    this.tCueRQ = t1(T.CueRQ, 3 * 16 + 9);
    this.tColonL = t1(T.ColonL, 9);
    this.tKnown = t1(T.Known, 2 * 16 + 3);
    this.tKnownLR = t1(T.KnownLR, 9 * 16 + 9);
    // the -1..-3 / +1..+3 words at a sequence edge
    this.none = new Int16Array(STRIDE);
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
    const t2 = (t: number, max: number): Int16Array => this.table(w, t, max);
    this.tS1Self = t2(T.S1Self, 9);
    this.tS1Prev = t2(T.S1Prev, 9 * 16 + 9);
    this.tS1SentCue = t2(T.S1SentCue, 8 + 3);
    this.tS1CueL = t2(T.S1CueL, 9 * 16 + 9);
    this.tS1CueLQ = t2(T.S1CueLQ, 3 * 256 + 16 + 9);
    this.tS1CueRQ = t2(T.S1CueRQ, 3 * 256 + 16 + 9);
    this.tS1PrevPar = t2(T.S1PrevPar, 9 * 4 + 3);
  }

  private table(w: WeightLookup, t: number, max: number): Int16Array {
    const out = new Int16Array((max + 1) * 8);
    for (let v = 0; v <= max; v++) this.addTo(out, v * 8, w, mix(t, v));
    this.dense.set(t, out);
    return out;
  }

  private addTo(out: Int16Array, o: number, w: WeightLookup, feature: number): void {
    const k = w.find(feature);
    if (k < 0) return;
    for (let l = 0; l < L7; l++) out[o + l] += w.weights[k + l];
  }

  /** Make sure the cached vectors of every token's vocabulary entry and shape are there. */
  private prepare(f: TokenFacts, a: number, b: number): void {
    const need = vocab.size;
    if (this.stamp.length < need) {
      const size = Math.max(Math.ceil(need * 1.5), 4096);
      const c = new Int16Array(size * STRIDE);
      c.set(this.cache);
      this.cache = c;
      const s = new Int32Array(size);
      s.set(this.stamp);
      this.stamp = s;
      const x = new Uint8Array(size);
      x.set(this.lexOf);
      this.lexOf = x;
    }
    if (this.shapeStamp.length < vocab.shapeCount) {
      const size = Math.max(vocab.shapeCount * 2, 256);
      const c = new Int16Array(size * SH_STRIDE);
      c.set(this.shapeCache);
      this.shapeCache = c;
      const s = new Int32Array(size);
      s.set(this.shapeStamp);
      this.shapeStamp = s;
    }
    const gen = f.generation;
    const { rid, wh, lem, sh, suf, sid } = f;
    const cache = this.cache;
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
        if (w2) {
          this.addTo(cache, o + V_S2O, w2, mix(T.S1W0, mix(w0, O)));
          for (let d = 1; d <= 3; d++) {
            this.addTo(cache, o + V_S2L + 8 * d, w2, mix(T.S1W0CueL, mix(w0, d)));
            this.addTo(cache, o + V_S2R + 8 * d, w2, mix(T.S1W0CueR, mix(w0, d)));
          }
        }
        this.lexOf[r] = this.lex.has(w0);
      }
      const k = sid[i];
      if (this.shapeStamp[k] !== gen) {
        this.shapeStamp[k] = gen;
        const o = k * SH_STRIDE;
        const sc = this.shapeCache;
        sc.fill(0, o, o + SH_STRIDE);
        for (let d = 0; d <= 9; d++) {
          this.addTo(sc, o + SH_L + 8 * d, w1, mix(T.CueLSh, mix(sh[i], d)));
          this.addTo(sc, o + SH_R + 8 * d, w1, mix(T.CueRSh, mix(sh[i], d)));
          if (w2) {
            this.addTo(sc, o + SH_S2L + 8 * d, w2, mix(T.S1CueLSh, mix(sh[i], d)));
            this.addTo(sc, o + SH_S2R + 8 * d, w2, mix(T.S1CueRSh, mix(sh[i], d)));
          }
        }
      }
    }
    if (this.cueGen !== gen) {
      this.cueGen = gen;
      this.cueAt.fill(-1);
      this.pairA.fill(-1);
    }
  }

  /**
   * Offset in pairVec of the vectors of the entry pair (x, y) (adjacent tokens, or NONE_ENTRY beyond
   * the sequence): at y, Wm1W0 + Lm1L0 + Shm1; at x, W0Wp1 + Shp1; at the token after y, Wm2Wm1; at
   * the token before x, Wp1Wp2.
   */
  private pairEntry(x: number, y: number): number {
    const k = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> (32 - PAIR_BITS);
    const o = k * PAIR_STRIDE;
    if (this.pairA[k] === x && this.pairB[k] === y) return o;
    this.pairA[k] = x;
    this.pairB[k] = y;
    const v = this.pairVec;
    v.fill(0, o, o + PAIR_STRIDE);
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
   * Offset in cueVec of the vectors of the cue word with entry id r (word hash w0) for use `use`
   * (0: stage-1 left, 1: stage-1 right, 2: stage-2 left, 3: stage-2 right, 4 and 5: nearest verb of
   * saying or believing on the left and right): a direct-mapped cache of
   * CUE_SLOTS words per use (cue words are few).
   */
  private cueVectors(use: number, r: number, w0: number): number {
    const k = use * CUE_SLOTS + ((Math.imul(r, 0x9e3779b1) >>> 24) & (CUE_SLOTS - 1));
    const o = k * 32;
    if (this.cueAt[k] === r) return o;
    this.cueAt[k] = r;
    const v = this.cueVec;
    v.fill(0, o, o + 32);
    const w = use < 2 || use > 3 ? this.w1 : (this.w2 as WeightLookup);
    const lemma = vocab.lem[r];
    for (let d = 1; d <= 3; d++) {
      if (use === 0) {
        this.addTo(v, o + 8 * d, w, mix(T.CueLW, mix(w0, d)));
        this.addTo(v, o + 8 * d, w, mix(T.CueLL, mix(lemma, d)));
      } else if (use === 1) {
        this.addTo(v, o + 8 * d, w, mix(T.CueRW, mix(w0, d)));
        this.addTo(v, o + 8 * d, w, mix(T.CueRL, mix(lemma, d)));
      } else if (use === 2) this.addTo(v, o + 8 * d, w, mix(T.S1CueLW, mix(w0, d)));
      else if (use === 3) this.addTo(v, o + 8 * d, w, mix(T.S1CueRW, mix(w0, d)));
      else this.addTo(v, o + 8 * d, w, mix(use === 4 ? T.KnownLL : T.KnownRL, mix(lemma, d)));
    }
    return o;
  }

  /** Unscaled stage-1 scores of the tokens [a, b) of one paragraph into e[(i - a) * L + l]. */
  stage1(f: TokenFacts, a: number, b: number, e: Float64Array): void {
    this.prepare(f, a, b);
    const { wh, sh, sentence, inQuote, quoteEdge, mark, words, rid, sid, lem, capital, headline } = f;
    const n = b - a;
    grow(n);
    const w = this.w1;
    const cache = this.cache;
    const none = this.none;
    const lexOf = this.lexOf;
    knownCues(f, a, b);
    const known = f.known;
    for (let i = a; i < b; i++) lexBin[i - a] = lexOf[rid[i]];
    cueNeighbours(sentence, inQuote, a, b);
    let sentA = a;
    let sentB = a;
    let sentHasQuote = 0;
    let lastColon = -1;
    let firstW = 0;
    let firstW1 = -1;
    let firstW0 = -1;
    const parFirstSentence = sentence[a];
    const tBias = this.tBias;
    const hb = this.hb;
    hb.reset(n);
    const wt = w.weights;
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
        firstW = wh[sentA];
        firstW1 = w.find(mix(T.SentFirstW, mix(firstW, 1)));
        firstW0 = w.find(mix(T.SentFirstW, mix(firstW, 0)));
      }
      const o = (i - a) * L7;
      const q = inQuote[i];
      const w0 = wh[i];
      // word-form vectors of the token and its neighbours
      const cs = rid[i] * STRIDE;
      const cm1 = i > a ? rid[i - 1] * STRIDE : -1;
      const cp1 = i + 1 < b ? rid[i + 1] * STRIDE : -1;
      const cm2 = i - 1 > a ? rid[i - 2] * STRIDE : -1;
      const cp2 = i + 2 < b ? rid[i + 2] * STRIDE : -1;
      const cm3 = i - 2 > a ? rid[i - 3] * STRIDE : -1;
      const cp3 = i + 3 < b ? rid[i + 3] * STRIDE : -1;
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
      const dQE = (quoteEdge[i] * 4 + q) * 8;
      const dSP = bin(fromStart) * 8;
      const dSE = (bin(toEnd) * 16 + q) * 8;
      const dQS = (sentHasQuote * 64 + (sentence[i] === parFirstSentence ? 16 : 0) + q) * 8;
      const dLex = (lexBin[i - a] * 16 + q) * 8;
      const dCap = i > a ? (capital[i - 1] * 2 + capital[i]) * 8 : -1;
      const dNQ = (nq * 8 + pq) * 8;
      const dCue = (dl * 16 + dr) * 8;
      const dKn = known[i] ? (known[i] * 16 + q) * 8 : -1;
      const kl = knownL[i - a];
      const kr = knownR[i - a];
      const dKLR = ((kl < 0 ? 0 : bin(i - kl)) * 16 + (kr < 0 ? 0 : bin(kr - i))) * 8;
      const dCol = lastColon >= 0 && i - lastColon < 40 ? bin(i - lastColon) * 8 : -1;
      for (let l = 0; l < L7; l++) {
        let s =
          tBias[l] +
          cache[cs + V_SELF + l] +
          (cm1 >= 0 ? cache[cm1 + V_M1 + l] : none[V_M1 + l]) +
          (cp1 >= 0 ? cache[cp1 + V_P1 + l] : none[V_P1 + l]) +
          (cm2 >= 0 ? cache[cm2 + V_M2 + l] : none[V_M2 + l]) +
          (cp2 >= 0 ? cache[cp2 + V_P2 + l] : none[V_P2 + l]) +
          (cm3 >= 0 ? cache[cm3 + V_M3 + l] : none[V_M3 + l]) +
          (cp3 >= 0 ? cache[cp3 + V_P3 + l] : none[V_P3 + l]) +
          this.tQuoteEdge[dQE + l] +
          this.tSentPos[dSP + l] +
          this.tSentEnd[dSE + l] +
          this.tQuoteInSent[dQS + l] +
          this.tLex[dLex + l] +
          this.tNextQuote[dNQ + l] +
          this.tCueL[dCue + l];
        if (dCap >= 0) s += this.tCapPrev[dCap + l];
        if (dKn >= 0) s += this.tKnown[dKn + l];
        s += this.tKnownLR[dKLR + l];
        if (dCol >= 0) s += this.tColonL[dCol + l];
        e[o + l] = s;
      }
      if (kl >= 0) addVec(e, o, this.cueVec, this.cueVectors(4, rid[kl], wh[kl]) + 8 * (bin(i - kl) > 2 ? 3 : bin(i - kl)));
      if (kr >= 0) addVec(e, o, this.cueVec, this.cueVectors(5, rid[kr], wh[kr]) + 8 * (bin(kr - i) > 2 ? 3 : bin(kr - i)));
      const fw = fromStart === 0 ? firstW1 : firstW0;
      if (fw >= 0) for (let l = 0; l < L7; l++) e[o + l] += wt[fw + l];
      if (q) hb.add(mix(T.QuoteW, mix(q, w0)));
      if (headline[i]) hb.add(mix(T.Headline, mix(w0, 1)));
      if (cl >= 0) {
        addVec(e, o, this.cueVec, this.cueVectors(0, rid[cl], wh[cl]) + 8 * (dl > 2 ? 3 : dl));
        addVec(e, o, this.shapeCache, sid[i] * SH_STRIDE + SH_L + 8 * dl);
        addVec(e, o, this.tCueLQ, (q * 16 + dl) * 8);
      }
      if (cr >= 0) {
        addVec(e, o, this.cueVec, this.cueVectors(1, rid[cr], wh[cr]) + 8 * (dr > 2 ? 3 : dr));
        addVec(e, o, this.shapeCache, sid[i] * SH_STRIDE + SH_R + 8 * dr);
        addVec(e, o, this.tCueRQ, (q * 16 + dr) * 8);
      }
      if (words[i] === ':') lastColon = i;
      hb.endToken();
    }
    // word pairs (k, k + 1), k = a - 2 .. b (NONE_ENTRY beyond the paragraph)
    const pv = this.pairVec;
    for (let k = a - 2; k <= b; k++) {
      const x = k >= a && k < b ? rid[k] : NONE_ENTRY;
      const y = k + 1 >= a && k + 1 < b ? rid[k + 1] : NONE_ENTRY;
      const p = this.pairEntry(x, y);
      if (k + 1 >= a && k + 1 < b) addVec(e, (k + 1 - a) * L7, pv, p + P_AT2);
      if (k >= a && k < b) addVec(e, (k - a) * L7, pv, p + P_AT1);
      if (k + 2 >= a && k + 2 < b) addVec(e, (k + 2 - a) * L7, pv, p + P_AFTER);
      if (k - 1 >= a && k - 1 < b) addVec(e, (k - 1 - a) * L7, pv, p + P_BEFORE);
    }
    this.lookUp(w, n, e);
  }

  /** Unscaled stage-2 scores (without the stage-1 base) of the tokens [a, b) into e. */
  stage2(f: TokenFacts, a: number, b: number, stage1: Uint8Array, e: Float64Array): void {
    const w = this.w2;
    if (!w) throw new Error('quotes model: no stage 2');
    this.prepare(f, a, b);
    const { wh, sentence, inQuote, rid, sid } = f;
    const n = b - a;
    grow(n);
    const cache = this.cache;
    stage1Context(sentence, stage1, a, b);
    const hb = this.hb;
    hb.reset(n);
    for (let i = a; i < b; i++) {
      const o = (i - a) * L7;
      const q = inQuote[i];
      const w0 = wh[i];
      const l1 = stage1[i];
      const pl = s1Left[i - a];
      const pr = s1Right[i - a];
      const dl = pl < 0 ? 0 : bin(i - pl);
      const dr = pr < 0 ? 0 : bin(pr - i);
      const dSelf = l1 * 8;
      const dPrev = ((i > a ? stage1[i - 1] : 9) * 16 + (i + 1 < b ? stage1[i + 1] : 9)) * 8;
      const dSC = (s1SentCue[i - a] * 8 + q) * 8;
      const dCue = (dl * 16 + dr) * 8;
      for (let l = 0; l < L7; l++) e[o + l] = this.tS1Self[dSelf + l] + this.tS1Prev[dPrev + l] + this.tS1SentCue[dSC + l] + this.tS1CueL[dCue + l];
      if (l1 === O) addVec(e, o, cache, rid[i] * STRIDE + V_S2O);
      else hb.add(mix(T.S1W0, mix(w0, l1)));
      if (pl >= 0) {
        const d3 = dl < 3 ? dl : 3;
        addVec(e, o, this.cueVec, this.cueVectors(2, rid[pl], wh[pl]) + 8 * d3);
        addVec(e, o, this.shapeCache, sid[i] * SH_STRIDE + SH_S2L + 8 * dl);
        addVec(e, o, this.tS1CueLQ, (q * 256 + s1SrcL[i - a] * 16 + dl) * 8);
        addVec(e, o, cache, rid[i] * STRIDE + V_S2L + 8 * d3);
        if (i - pl === 2) hb.add(mix(T.S1CueLThat, wh[pl + 1]));
      }
      if (pr >= 0) {
        const d3 = dr < 3 ? dr : 3;
        addVec(e, o, this.cueVec, this.cueVectors(3, rid[pr], wh[pr]) + 8 * d3);
        addVec(e, o, this.shapeCache, sid[i] * SH_STRIDE + SH_S2R + 8 * dr);
        addVec(e, o, this.tS1CueRQ, (q * 256 + s1SrcR[i - a] * 16 + dr) * 8);
        addVec(e, o, cache, rid[i] * STRIDE + V_S2R + 8 * d3);
      }
      if (i === a && a > 0) addVec(e, o, this.tS1PrevPar, (stage1[a - 1] * 4 + (inQuote[a - 1] & 1)) * 8);
      hb.endToken();
    }
    this.lookUp(w, n, e);
  }

  /**
   * Adds the weights of the features gathered in `hb` (token by token) to e. Looking them all up in one
   * tight loop lets the processor fetch many rows of the (megabytes large) table at once.
   */
  private lookUp(w: WeightLookup, n: number, e: Float64Array): void {
    const { feats, offs } = this.hb;
    const slots = w.weights;
    for (let t = 0; t < n; t++) {
      const o = t * L7;
      for (let k = offs[t], end = offs[t + 1]; k < end; k++) {
        const r = w.find(feats[k]);
        if (r < 0) continue;
        for (let l = 0; l < L7; l++) e[o + l] += slots[r + l];
      }
    }
  }
}


function addVec(e: Float64Array, o: number, v: Int16Array, k: number): void {
  for (let l = 0; l < L7; l++) e[o + l] += v[k + l];
}
