// Feature extraction for the named-entity model.
//
// analyzeDocument() computes per-token facts once (normalised forms, hashes, shapes, flags, gazetteer
// matches, document statistics); extractFeatures() turns them into hashed feature ids
// (bucket = mix(template, value) & mask). Stage 1 uses local, gazetteer, cluster and
// document-level (stage-independent) features; stage 2 adds features built from the stage-1
// labels of the other occurrences of each word in the same document (Ratinov & Roth 2009).

import type { Gazetteer } from './gazetteer.ts';
import { PREFIX_FLAG } from './gazetteer.ts';
import { hashString, lowerForm, mix, normalizeToken, PHRASE_SEED } from './hash.ts';
import { NUM_LABELS } from './tags.ts';
import { IdMemo, remember, type DocWordIds } from '../wordids.ts';

export interface FeatureConfig {
  /** log2 of the number of hash buckets */
  hashBits: number;
  gaz: boolean;
  /** document-level features that do not need predictions (case consistency, context aggregation) */
  doc: boolean;
  clusters: boolean;
  /** gazetteer sections left out */
  gazDrop?: string[];
}

/** Word -> cluster bit-string prefixes; provided by the model (see clusters.ts). */
export interface ClusterLookup {
  /** cluster path hashes of a lower-case word (distinct prefix lengths), or null */
  get(lowerHash: number): Uint32Array | null;
}

// token flags
const F_INITCAP = 1 << 0;
const F_ALLCAPS = 1 << 1;
const F_HASLOWER = 1 << 2;
const F_HASDIGIT = 1 << 3;
const F_ALLDIGIT = 1 << 4;
const F_HYPHEN = 1 << 5;
const F_PERIOD = 1 << 6;
const F_ALPHA = 1 << 7;
const F_PUNCT = 1 << 8;
const F_SENTSTART = 1 << 9;
const F_CAPPERIOD = 1 << 10;
const F_APOS = 1 << 11;
const F_LEN1 = 1 << 12;
const F_LONG = 1 << 13;
const F_MIXED = 1 << 14;
const F_HASLETTER = 1 << 15;
const F_AFTERQUOTE = 1 << 16;
const F_INPAREN = 1 << 17;
const F_BEFOREDATE = 1 << 18;
const F_SENTEND = 1 << 19;
const N_TOKEN_FLAGS = 20;

// sentence flags
const S_ALLCAPS = 1 << 0;
const S_TITLE = 1 << 1;
const S_DATELINE = 1 << 2;
const S_NUMERIC = 1 << 3;
const S_SHORT = 1 << 4;
const S_NOVERB = 1 << 5; // no lower-case word at all
const N_SENT_FLAGS = 6;

// templates
let nextTemplate = 1;
const T = (): number => nextTemplate++;
const T_BIAS = T();
const T_W0 = T();
const T_L = [T(), T(), T(), T(), T()]; // offsets -2..2
const T_SH = [T(), T(), T()]; // -1..1
const T_SS = [T(), T(), T(), T(), T()]; // -2..2
const T_PRE = [T(), T(), T(), T()];
const T_SUF = [T(), T(), T(), T()];
const T_BI_PREV = T();
const T_BI_NEXT = T();
const T_SS_TRI = T();
const T_FLAG = T();
const T_L0_SCAPS = T();
const T_SS0_START = T();
const T_LM1_SS0 = T();
const T_SS0_LP1 = T();
const T_LM2_LM1 = T();
const T_LP1_LP2 = T();
const T_SFLAG_SS = T();
const T_POS = T();
const T_FLAG_SCAPS = T();
const T_GAZ = T();
const T_GAZ_CAP = T();
const T_GAZ_PREV = T();
const T_GAZ_NEXT = T();
const T_GAZ_PREV2 = T();
const T_GAZ_NEXT2 = T();
const T_GAZ_LONG = T();
const T_D_CAPMID = T();
const T_D_LOWER = T();
const T_D_BODYW = T();
const T_D_BODYSS = T();
const T_D_NOBODY = T();
const T_D_RUN = T();
const T_CA_PREV = T();
const T_CA_NEXT = T();
const T_D_COUNT = T();
const T_CL = [T(), T(), T()]; // -1..1
const T_CL_BI = T();
const T_S2_ROLE = T();
const T_S2_MAJ = T();
const T_S2_ALLO = T();
const T_S2_OWN = T();
const T_S2_PREV = T();
const T_S2_NEXT = T();
const T_S2_RUN = T();

export const H_BOS = hashString('<S>');
export const H_EOS = hashString('</S>');
export const H_BOS2 = hashString('<S2>');
export const H_EOS2 = hashString('</S2>');

/** The template ids and flag bits, for the inference scorer (infer.ts) that mirrors these features. */
export const TEMPLATES = {
  BIAS: T_BIAS, FLAG: T_FLAG, FLAG_SCAPS: T_FLAG_SCAPS, L: T_L, SH: T_SH, SS: T_SS,
  BI_PREV: T_BI_PREV, BI_NEXT: T_BI_NEXT, SS_TRI: T_SS_TRI, L0_SCAPS: T_L0_SCAPS, SS0_START: T_SS0_START,
  LM1_SS0: T_LM1_SS0, SS0_LP1: T_SS0_LP1, LM2_LM1: T_LM2_LM1, LP1_LP2: T_LP1_LP2, SFLAG_SS: T_SFLAG_SS, POS: T_POS,
  GAZ: T_GAZ, GAZ_CAP: T_GAZ_CAP, GAZ_PREV: T_GAZ_PREV, GAZ_NEXT: T_GAZ_NEXT, GAZ_PREV2: T_GAZ_PREV2, GAZ_NEXT2: T_GAZ_NEXT2,
  GAZ_LONG: T_GAZ_LONG, D_CAPMID: T_D_CAPMID, D_LOWER: T_D_LOWER, D_BODYW: T_D_BODYW, D_BODYSS: T_D_BODYSS,
  D_NOBODY: T_D_NOBODY, D_RUN: T_D_RUN, CA_PREV: T_CA_PREV, CA_NEXT: T_CA_NEXT, D_COUNT: T_D_COUNT,
  S2_ROLE: T_S2_ROLE, S2_MAJ: T_S2_MAJ, S2_ALLO: T_S2_ALLO, S2_OWN: T_S2_OWN, S2_PREV: T_S2_PREV, S2_NEXT: T_S2_NEXT, S2_RUN: T_S2_RUN,
} as const;
export const F = {
  INITCAP: F_INITCAP, ALLCAPS: F_ALLCAPS, HASLOWER: F_HASLOWER, HASLETTER: F_HASLETTER, SENTSTART: F_SENTSTART, AFTERQUOTE: F_AFTERQUOTE,
} as const;
export const S = { ALLCAPS: S_ALLCAPS } as const;
export { N_SENT_FLAGS, N_TOKEN_FLAGS };

const DATE_RE = /^\d{4}-\d\d-\d\d$|^\d\d?-\d\d?-\d\d(\d\d)?$/;
const QUOTE_TOKENS = new Set(['"', "'", '``', "''"]);
const P_QUOTE = 1;
const P_OPEN = 2;
const P_CLOSE = 3;

/** Facts about one token string that do not depend on its context (cached per string). */
export interface WordInfo {
  norm: string;
  lower: string;
  hW: number;
  hL: number;
  hShape: number;
  hShort: number;
  /** prefix hashes (1..4 chars of the lower form; 0 = word too short) */
  pre: Uint32Array;
  suf: Uint32Array;
  /** context-free token flags */
  flags: number;
  up: number;
  lo: number;
  isDate: boolean;
  cl: Uint32Array | null;
  /** gazetteer value of the word as a one-token phrase (-1 = not looked up yet) */
  gaz1: number;
  /** P_QUOTE, P_OPEN or P_CLOSE for a quote token or a parenthesis, else 0 */
  punct: number;
  /** shared by all words with this lower form: their positions in the document being analysed */
  occ: LowerOcc;
  /**
   * inference cache: offset in WordCache.vecs of the stage-1 scores of this word's context-free
   * features at offsets -2..2 (5 x NUM_LABELS floats), -1 until computed
   */
  vec: number;
  /** inference cache: weight rows of the document features keyed by this word (infer.ts) */
  docRows: Int32Array | null;
}

/** The occurrence list of one lower-case form in the current document (idx valid while stamp matches). */
export interface LowerOcc {
  stamp: number;
  /** the list's index (DocAnalysis.occIdx) */
  idx: number;
}

/** Token string -> WordInfo, and lower form -> its shared occurrence record. */
export class WordCache {
  readonly words = new Map<string, WordInfo>();
  readonly lowers = new Map<string, LowerOcc>();
  /** the same WordInfo objects by word id (emptied with the cache: a WordInfo's occ must stay current) */
  readonly byId = new IdMemo<WordInfo>();
  /**
   * The words' cached score vectors, one pool (a token reads five neighbours' vectors: offsets
   * into one array spare a pointer chase each). Offset 0 holds zeros, for sentence boundaries.
   */
  vecs = new Float32Array(VEC_SIZE * 1024);
  vecCount = 1;
  get size(): number {
    return this.words.size;
  }
  /** Offset in vecs of a new vector, for the caller to fill. */
  allocVec(): number {
    if ((this.vecCount + 1) * VEC_SIZE > this.vecs.length) {
      const v = new Float32Array(this.vecs.length * 2);
      v.set(this.vecs);
      this.vecs = v;
    }
    return this.vecCount++ * VEC_SIZE;
  }
  clear(): void {
    this.words.clear();
    this.lowers.clear();
    this.byId.clear();
    this.vecCount = 1;
  }

  /** The WordInfo of token string `tok`, made on first sight. */
  word(tok: string, clusters: ClusterLookup | null): WordInfo {
    let w = this.words.get(tok);
    if (!w) {
      w = wordInfo(tok, clusters, this);
      this.words.set(tok, w);
    }
    return w;
  }
}

/** Floats of one word's cached score vector: NUM_LABELS at each of the offsets -2..2. */
export const VEC_SIZE = 5 * NUM_LABELS;

let docStamp = 0;

export class DocAnalysis {
  n = 0;
  nSent = 0;
  sentStart!: Int32Array;
  sentOf!: Int32Array;
  info!: WordInfo[];
  hW!: Uint32Array;
  hL!: Uint32Array;
  hShort!: Uint32Array;
  flags!: Uint32Array;
  sflags!: Uint32Array;
  gaz!: Uint32Array; // 4 masks per token: B I L U
  gazLong!: Uint8Array; // length of the longest gazetteer match covering the token
  /**
   * Occurrence lists: the positions of the tokens (with letters) of each lower form, in text order.
   * occIdx[t] is the list of token t (-1: no letters); list k is occPos[occStart[k] .. occStart[k + 1]).
   * Typed arrays rather than one array per word: no garbage per word and document.
   */
  nLists = 0;
  occIdx!: Int32Array;
  occStart!: Int32Array;
  occPos!: Int32Array;

  /** The occurrence list of token t (the tokens with its lower form), or null for a token without letters. */
  occOf(t: number): Int32Array | null {
    const k = this.occIdx[t];
    return k < 0 ? null : this.occPos.subarray(this.occStart[k], this.occStart[k + 1]);
  }
  runRole!: Uint8Array; // role in a run of capitalised tokens: 0 none, 1 first, 2 mid, 3 last
}

function shapeHashes(s: string): [number, number, boolean] {
  let hLong = 0x811c9dc5;
  let hShort = 0x811c9dc5;
  let prev = -1;
  let mixed = false;
  let sawLower = false;
  const n = Math.min(s.length, 16);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) {
      k = 88; // X
      if (sawLower) mixed = true;
    } else if (c >= 97 && c <= 122) {
      k = 120; // x
      sawLower = true;
    } else if (c >= 48 && c <= 57) k = 100; // d
    else if (c > 127) {
      const ch = s[i];
      const up = ch.toUpperCase();
      const lo = ch.toLowerCase();
      if (up !== lo) {
        k = ch === up ? 88 : 120;
        if (k === 120) sawLower = true;
      } else k = c;
    } else k = c;
    hLong = Math.imul(hLong ^ k, 0x01000193);
    if (k !== prev) hShort = Math.imul(hShort ^ k, 0x01000193);
    prev = k;
  }
  if (s.length > 16) hLong = Math.imul(hLong ^ 43, 0x01000193);
  return [hLong >>> 0, hShort >>> 0, mixed];
}

function isUpperCode(c: number, ch: string): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLowerCode(c: number, ch: string): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export const CONTEXT_FLAGS = F_SENTSTART | F_SENTEND | F_AFTERQUOTE | F_INPAREN | F_BEFOREDATE;
const N_WORD_CACHE = 50000;

export function wordInfo(tok: string, clusters: ClusterLookup | null, cache: WordCache): WordInfo {
  const norm = normalizeToken(tok);
  const lower = lowerForm(norm);
  const hl = hashString(lower);
  const [hs, hss, mixed] = shapeHashes(norm);
  const pre = new Uint32Array(4);
  const suf = new Uint32Array(4);
  let h = 0x811c9dc5;
  const len = lower.length;
  for (let j = 0; j < 4 && j < len; j++) {
    h = Math.imul(h ^ lower.charCodeAt(j), 0x01000193) >>> 0;
    pre[j] = h;
  }
  h = 0x811c9dc5;
  for (let j = 0; j < 4 && j < len; j++) {
    h = Math.imul(h ^ lower.charCodeAt(len - 1 - j), 0x01000193) >>> 0;
    suf[j] = h;
  }
  let f = 0;
  let up = 0;
  let lo = 0;
  let dig = 0;
  for (let j = 0; j < norm.length; j++) {
    const c = norm.charCodeAt(j);
    const ch = norm[j];
    if (isUpperCode(c, ch)) up++;
    else if (isLowerCode(c, ch)) lo++;
    else if (c >= 48 && c <= 57) dig++;
    else if (c === 45) f |= F_HYPHEN;
    else if (c === 46) f |= F_PERIOD;
    else if (c === 39) f |= F_APOS;
  }
  const letters = up + lo;
  if (letters) f |= F_HASLETTER;
  if (norm.length && isUpperCode(norm.charCodeAt(0), norm[0])) f |= F_INITCAP;
  if (up && !lo) f |= F_ALLCAPS;
  if (lo) f |= F_HASLOWER;
  if (dig) f |= F_HASDIGIT;
  if (dig && !letters && (dig === norm.length || /^[\d.,/:-]+$/.test(norm))) f |= F_ALLDIGIT;
  if (letters === norm.length) f |= F_ALPHA;
  if (!letters && !dig) f |= F_PUNCT;
  if (up && f & F_PERIOD && /^([A-Z]\.)+[A-Z]?\.?$/.test(norm)) f |= F_CAPPERIOD;
  if (norm.length === 1) f |= F_LEN1;
  if (norm.length > 10) f |= F_LONG;
  if (mixed) f |= F_MIXED;
  return {
    norm,
    lower,
    hW: hashString(norm),
    hL: hl,
    hShape: hs,
    hShort: hss,
    pre,
    suf,
    flags: f,
    up,
    lo,
    isDate: dig > 0 && DATE_RE.test(norm),
    cl: clusters ? clusters.get(hl) : null,
    occ: lowerOcc(cache, lower),
    gaz1: -1,
    punct: QUOTE_TOKENS.has(norm) ? P_QUOTE : norm === '(' ? P_OPEN : norm === ')' ? P_CLOSE : 0,
    vec: -1,
    docRows: null,
  };
}

function lowerOcc(cache: WordCache, lower: string): LowerOcc {
  let o = cache.lowers.get(lower);
  if (!o) cache.lowers.set(lower, (o = { stamp: 0, idx: -1 }));
  return o;
}

/**
 * Per-token facts of one document. `cache` may be shared across documents (it must then be used
 * with the same cluster table); it is cleared when it grows past 50,000 words. With `ids` (the word
 * ids of the tokens, sentence after sentence) the words are found by id. With `into`, that analysis's
 * arrays are reused (they grow only): the result is `into`, valid until the next such call.
 */
export function analyzeDocument(
  sentences: readonly (readonly string[])[],
  gaz: Gazetteer | null,
  clusters: ClusterLookup | null,
  cache: WordCache = new WordCache(),
  ids: DocWordIds | null = null,
  into: DocAnalysis | null = null,
): DocAnalysis {
  const stamp = ++docStamp;
  let n = 0;
  for (const s of sentences) n += s.length;
  const a = into ? resetAnalysis(into, n, sentences.length) : newAnalysis(n, sentences.length);
  if (cache.size > N_WORD_CACHE) cache.clear();
  const byId = ids ? cache.byId.of(ids.table) : null;
  const idOf = ids ? ids.ids : null;

  let t = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    a.sentStart[si] = t;
    let letterToks = 0;
    let capsToks = 0;
    let initToks = 0;
    let lowerToks = 0;
    let numToks = 0;
    let dateAt = -1;
    let paren = false;
    for (let k = 0; k < sent.length; k++, t++) {
      let w: WordInfo | undefined;
      if (byId) {
        const id = idOf![t];
        w = byId[id] ?? remember(byId, id, cache.word(sent[k], clusters));
      } else w = cache.word(sent[k], clusters);
      a.sentOf[t] = si;
      a.info[t] = w;
      a.hW[t] = w.hW;
      a.hL[t] = w.hL;
      a.hShort[t] = w.hShort;
      let f = w.flags;
      if (k === 0) f |= F_SENTSTART;
      if (k === sent.length - 1) f |= F_SENTEND;
      if (k > 0 && a.info[t - 1].punct === P_QUOTE) f |= F_AFTERQUOTE;
      if (paren) f |= F_INPAREN;
      if (w.punct === P_OPEN) paren = true;
      else if (w.punct === P_CLOSE) paren = false;
      a.flags[t] = f;
      if (f & F_HASLETTER) {
        letterToks++;
        if (w.up && !w.lo && w.up > 1) capsToks++;
        if (f & F_INITCAP) initToks++;
        if (w.lo && !(f & F_INITCAP)) lowerToks++;
        const o = w.occ;
        if (o.stamp !== stamp) {
          o.stamp = stamp;
          o.idx = a.nLists++;
        }
        a.occIdx[t] = o.idx;
      }
      if (f & F_ALLDIGIT) numToks++;
      if (dateAt < 0 && w.isDate) dateAt = k;
    }
    let sf = 0;
    if (letterToks >= 2 && capsToks >= letterToks - 1 && lowerToks === 0) sf |= S_ALLCAPS;
    if (letterToks >= 3 && initToks >= letterToks * 0.7 && !(sf & S_ALLCAPS)) sf |= S_TITLE;
    if (dateAt >= 1 && dateAt <= 8 && sent.length <= dateAt + 3) {
      sf |= S_DATELINE;
      for (let k = 0; k < dateAt; k++) a.flags[a.sentStart[si] + k] |= F_BEFOREDATE;
    }
    if (sent.length >= 3 && numToks * 3 >= sent.length) sf |= S_NUMERIC;
    if (sent.length <= 4) sf |= S_SHORT;
    if (lowerToks === 0) sf |= S_NOVERB;
    a.sflags[si] = sf;
  }
  a.sentStart[sentences.length] = t;
  groupOccurrences(a);

  if (gaz) matchGazetteer(a, gaz);

  // runs of capitalised tokens in ordinary (not all-caps) sentences
  for (let si = 0; si < a.nSent; si++) {
    if (a.sflags[si] & S_ALLCAPS) continue;
    const end = a.sentStart[si + 1];
    let i = a.sentStart[si];
    while (i < end) {
      if (!(a.flags[i] & F_INITCAP) || !(a.flags[i] & F_HASLETTER)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && a.flags[j] & F_INITCAP && a.flags[j] & F_HASLETTER) j++;
      if (j - i >= 2) {
        a.runRole[i] = 1;
        for (let k = i + 1; k < j - 1; k++) a.runRole[k] = 2;
        a.runRole[j - 1] = 3;
      }
      i = j;
    }
  }
  return a;
}

function newAnalysis(n: number, nSent: number): DocAnalysis {
  const a = new DocAnalysis();
  a.n = n;
  a.nSent = nSent;
  a.sentStart = new Int32Array(nSent + 1);
  a.sentOf = new Int32Array(n);
  a.info = new Array(n);
  a.hW = new Uint32Array(n);
  a.hL = new Uint32Array(n);
  a.hShort = new Uint32Array(n);
  a.flags = new Uint32Array(n);
  a.sflags = new Uint32Array(nSent);
  a.gaz = new Uint32Array(n * 4);
  a.gazLong = new Uint8Array(n);
  a.runRole = new Uint8Array(n);
  a.occIdx = new Int32Array(n).fill(-1);
  a.occStart = new Int32Array(n + 1);
  a.occPos = new Int32Array(n);
  return a;
}

/** `a` made ready for a document of n tokens: its arrays reused when large enough, the ones read before written zeroed. */
function resetAnalysis(a: DocAnalysis, n: number, nSent: number): DocAnalysis {
  if (!a.sentOf || a.sentOf.length < n || a.sentStart.length < nSent + 1) {
    const cap = Math.max(n, 256) * 2;
    const fresh = newAnalysis(cap, Math.max(nSent, 16) * 2);
    Object.assign(a, fresh);
  } else {
    a.gaz.fill(0, 0, n * 4);
    a.gazLong.fill(0, 0, n);
    a.runRole.fill(0, 0, n);
    a.occIdx.fill(-1, 0, n);
  }
  a.nLists = 0;
  a.n = n;
  a.nSent = nSent;
  return a;
}

/** The occurrence lists from occIdx: a counting sort of the tokens by list, keeping text order. */
function groupOccurrences(a: DocAnalysis): void {
  const { n, nLists, occIdx, occStart, occPos } = a;
  occStart.fill(0, 0, nLists + 1);
  for (let t = 0; t < n; t++) if (occIdx[t] >= 0) occStart[occIdx[t] + 1]++;
  for (let k = 0; k < nLists; k++) occStart[k + 1] += occStart[k];
  // occStart[k] serves as list k's fill point, then is restored from its neighbour's end
  for (let t = 0; t < n; t++) {
    const k = occIdx[t];
    if (k >= 0) occPos[occStart[k]++] = t;
  }
  for (let k = nLists; k > 0; k--) occStart[k] = occStart[k - 1];
  occStart[0] = 0;
}

function matchGazetteer(a: DocAnalysis, gaz: Gazetteer): void {
  const maxLen = gaz.maxLen;
  for (let si = 0; si < a.nSent; si++) {
    const end = a.sentStart[si + 1];
    for (let i = a.sentStart[si]; i < end; i++) {
      if (!(a.flags[i] & (F_HASLETTER | F_HASDIGIT))) continue;
      let h = PHRASE_SEED;
      for (let k = 0; k < maxLen && i + k < end; k++) {
        h = mix(h, a.hL[i + k]);
        let v: number;
        if (k === 0) {
          const w = a.info[i];
          v = w.gaz1 >= 0 ? w.gaz1 : (w.gaz1 = gaz.get(h));
        } else v = gaz.get(h);
        if (v === 0) break;
        const bits = v & ~PREFIX_FLAG;
        if (bits) {
          const len = k + 1;
          if (len === 1) a.gaz[i * 4 + 3] |= bits;
          else {
            a.gaz[i * 4] |= bits;
            for (let j = i + 1; j < i + k; j++) a.gaz[j * 4 + 1] |= bits;
            a.gaz[(i + k) * 4 + 2] |= bits;
          }
          for (let j = i; j <= i + k; j++) if (a.gazLong[j] < len) a.gazLong[j] = len;
        }
        if (!(v & PREFIX_FLAG)) break;
      }
    }
  }
}

/** Growable buffer of feature bucket ids with per-token offsets. */
export class FeatureBuffer {
  data = new Int32Array(1 << 16);
  len = 0;
  offs = new Int32Array(1 << 12);
  reset(nTok: number): void {
    this.len = 0;
    if (this.offs.length < nTok + 1) this.offs = new Int32Array(Math.max(nTok + 1, this.offs.length * 2));
  }
  push(h: number): void {
    if (this.len === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.len++] = h;
  }
}

function countBucket(c: number): number {
  return c <= 0 ? 0 : c === 1 ? 1 : c <= 3 ? 2 : 3;
}

/**
 * Context-free features of word `w` as seen from a token at distance `offset` (-2..2) from it.
 * Their weights can be summed once per word (the tagger caches them; see WordInfo.vec).
 */
export function wordFeatures(w: WordInfo, offset: number, cfg: FeatureConfig, buf: FeatureBuffer): void {
  const mask = (1 << cfg.hashBits) - 1;
  const cl = cfg.clusters ? w.cl : null;
  switch (offset) {
    case 0: {
      buf.push(mix(T_W0, w.hW) & mask);
      buf.push(mix(T_L[2], w.hL) & mask);
      buf.push(mix(T_SH[1], w.hShape) & mask);
      buf.push(mix(T_SS[2], w.hShort) & mask);
      for (let j = 0; j < 4; j++) {
        const p = w.pre[j];
        if (p) buf.push(mix(T_PRE[j], p) & mask);
        const s = w.suf[j];
        if (s) buf.push(mix(T_SUF[j], s) & mask);
      }
      const f = w.flags;
      for (let b = 0; b < N_TOKEN_FLAGS; b++) if (f & (1 << b)) buf.push(mix(T_FLAG, b) & mask);
      if (cfg.clusters) {
        if (cl) for (let j = 0; j < cl.length; j++) buf.push(mix(T_CL[1], cl[j]) & mask);
        else buf.push(mix(T_CL[1], 0) & mask);
      }
      break;
    }
    case -1:
      buf.push(mix(T_L[1], w.hL) & mask);
      buf.push(mix(T_SH[0], w.hShape) & mask);
      buf.push(mix(T_SS[1], w.hShort) & mask);
      if (cl) for (let j = 0; j < cl.length; j++) buf.push(mix(T_CL[0], cl[j]) & mask);
      break;
    case 1:
      buf.push(mix(T_L[3], w.hL) & mask);
      buf.push(mix(T_SH[2], w.hShape) & mask);
      buf.push(mix(T_SS[3], w.hShort) & mask);
      if (cl) for (let j = 0; j < cl.length; j++) buf.push(mix(T_CL[2], cl[j]) & mask);
      break;
    case -2:
      buf.push(mix(T_L[0], w.hL) & mask);
      buf.push(mix(T_SS[0], w.hShort) & mask);
      break;
    case 2:
      buf.push(mix(T_L[4], w.hL) & mask);
      buf.push(mix(T_SS[4], w.hShort) & mask);
      break;
  }
}

/**
 * Hashed features of every token of the document into `buf` (buf.offs[i]..buf.offs[i+1]).
 * With `withWords` false the context-free word features of in-sentence tokens at offsets -2..2
 * (wordFeatures) are left out: the caller adds their cached weight sums itself.
 */
export function extractFeatures(a: DocAnalysis, cfg: FeatureConfig, buf: FeatureBuffer, withWords = true): void {
  const mask = (1 << cfg.hashBits) - 1;
  const n = a.n;
  buf.reset(n);
  const { hL, hShort, flags, sflags, gaz, sentOf, sentStart, info } = a;
  const push = (h: number): void => buf.push(h & mask);

  for (let i = 0; i < n; i++) {
    buf.offs[i] = buf.len;
    const si = sentOf[i];
    const s0 = sentStart[si];
    const s1 = sentStart[si + 1];
    const f = flags[i];
    const sf = sflags[si];
    const l0 = hL[i];
    const lm1 = i - 1 >= s0 ? hL[i - 1] : H_BOS;
    const lm2 = i - 2 >= s0 ? hL[i - 2] : i - 1 >= s0 ? H_BOS : H_BOS2;
    const lp1 = i + 1 < s1 ? hL[i + 1] : H_EOS;
    const lp2 = i + 2 < s1 ? hL[i + 2] : i + 1 < s1 ? H_EOS : H_EOS2;
    const ss0 = hShort[i];
    const ssm1 = i - 1 >= s0 ? hShort[i - 1] : H_BOS;
    const ssp1 = i + 1 < s1 ? hShort[i + 1] : H_EOS;

    // word features of the window, or their sentence-boundary stand-ins
    if (withWords) wordFeatures(info[i], 0, cfg, buf);
    if (i - 1 >= s0) {
      if (withWords) wordFeatures(info[i - 1], -1, cfg, buf);
    } else {
      push(mix(T_L[1], H_BOS));
      push(mix(T_SH[0], H_BOS));
      push(mix(T_SS[1], H_BOS));
    }
    if (i - 2 >= s0) {
      if (withWords) wordFeatures(info[i - 2], -2, cfg, buf);
    } else {
      push(mix(T_L[0], lm2));
      push(mix(T_SS[0], H_BOS));
    }
    if (i + 1 < s1) {
      if (withWords) wordFeatures(info[i + 1], 1, cfg, buf);
    } else {
      push(mix(T_L[3], H_EOS));
      push(mix(T_SH[2], H_EOS));
      push(mix(T_SS[3], H_EOS));
    }
    if (i + 2 < s1) {
      if (withWords) wordFeatures(info[i + 2], 2, cfg, buf);
    } else {
      push(mix(T_L[4], lp2));
      push(mix(T_SS[4], H_EOS));
    }
    const fc = f & CONTEXT_FLAGS;
    if (fc) for (let b = 0; b < N_TOKEN_FLAGS; b++) if (fc & (1 << b)) push(mix(T_FLAG, b));

    push(T_BIAS);
    push(mix(mix(T_BI_PREV, lm1), l0));
    push(mix(mix(T_BI_NEXT, l0), lp1));
    push(mix(mix(mix(T_SS_TRI, ssm1), ss0), ssp1));
    if (sf & S_ALLCAPS) {
      push(mix(T_L0_SCAPS, l0));
      for (let b = 0; b < N_TOKEN_FLAGS; b++) if (f & (1 << b)) push(mix(T_FLAG_SCAPS, b));
    }
    if (f & F_SENTSTART) push(mix(T_SS0_START, ss0));
    push(mix(mix(T_LM1_SS0, lm1), ss0));
    push(mix(mix(T_SS0_LP1, ss0), lp1));
    push(mix(mix(T_LM2_LM1, lm2), lm1));
    push(mix(mix(T_LP1_LP2, lp1), lp2));
    for (let b = 0; b < N_SENT_FLAGS; b++) if (sf & (1 << b)) push(mix(mix(T_SFLAG_SS, b), ss0));
    const pos = i - s0;
    push(mix(mix(T_POS, pos < 3 ? pos : 3), ss0));

    if (cfg.gaz) {
      const capClass = f & F_ALLCAPS ? 2 : f & F_INITCAP ? 1 : 0;
      for (let p = 0; p < 4; p++) {
        let m = gaz[i * 4 + p];
        while (m) {
          const b = 31 - Math.clz32(m & -m);
          m &= m - 1;
          push(mix(T_GAZ, b * 4 + p));
          push(mix(mix(T_GAZ_CAP, b * 4 + p), capClass));
        }
      }
      if (a.gazLong[i] > 1) push(mix(T_GAZ_LONG, a.gazLong[i] > 4 ? 4 : a.gazLong[i]));
      if (i - 1 >= s0) pushGazAny(gaz, i - 1, T_GAZ_PREV, push);
      if (i + 1 < s1) pushGazAny(gaz, i + 1, T_GAZ_NEXT, push);
      if (i - 2 >= s0) pushGazAny(gaz, i - 2, T_GAZ_PREV2, push);
      if (i + 2 < s1) pushGazAny(gaz, i + 2, T_GAZ_NEXT2, push);
    }

    if (cfg.clusters) {
      const c0 = info[i].cl;
      const cm1 = i - 1 >= s0 ? info[i - 1].cl : null;
      if (c0 && cm1) push(mix(mix(T_CL_BI, cm1[cm1.length - 1]), c0[c0.length - 1]));
    }

    if (cfg.doc && f & F_HASLETTER && f & (F_INITCAP | F_ALLCAPS)) docFeatures(a, i, a.occOf(i)!, push);
  }
  buf.offs[n] = buf.len;
}

/**
 * Stage-2 features: the stage-1 labels of this token, its neighbours and the other occurrences of
 * the same word in the document. Stage 2 adds their weights to the stage-1 scores.
 */
export function extractStage2Features(a: DocAnalysis, cfg: FeatureConfig, stage1: Uint8Array, buf: FeatureBuffer): void {
  const mask = (1 << cfg.hashBits) - 1;
  const n = a.n;
  buf.reset(n);
  const { flags, sentOf, sentStart } = a;
  const push = (h: number): void => buf.push(h & mask);
  // per word: stage-1 label counts over its occurrences
  const stats = new Map<number, Int32Array>();
  for (let k = 0; k < a.nLists; k++) {
    const list = a.occPos.subarray(a.occStart[k], a.occStart[k + 1]);
    if (list.length < 2) continue;
    const c = new Int32Array(NUM_LABELS);
    for (const j of list) c[stage1[j]]++;
    stats.set(k, c);
  }
  const typeC = new Int32Array(4);
  for (let i = 0; i < n; i++) {
    buf.offs[i] = buf.len;
    const si = sentOf[i];
    const s0 = sentStart[si];
    const s1 = sentStart[si + 1];
    const f = flags[i];
    const own = stage1[i];
    push(mix(T_S2_OWN, own));
    push(mix(mix(T_S2_PREV, i - 1 >= s0 ? stage1[i - 1] : 99), own));
    push(mix(mix(T_S2_NEXT, i + 1 < s1 ? stage1[i + 1] : 99), own));
    if (a.runRole[i]) push(mix(mix(T_S2_RUN, a.runRole[i]), own));
    if (!(f & F_HASLETTER) || !(f & (F_INITCAP | F_ALLCAPS))) continue;
    const k = a.occIdx[i];
    const c = k >= 0 ? stats.get(k) : undefined;
    if (!c) continue;
    typeC.fill(0);
    for (let lab = 1; lab < NUM_LABELS; lab++) {
      const cnt = c[lab] - (lab === own ? 1 : 0);
      if (cnt > 0) {
        push(mix(T_S2_ROLE, lab));
        typeC[(lab - 1) >> 2] += cnt;
      }
    }
    let best = -1;
    let bestC = 0;
    for (let ty = 0; ty < 4; ty++) {
      if (typeC[ty] > bestC) {
        bestC = typeC[ty];
        best = ty;
      }
    }
    const oc = c[0] - (own === 0 ? 1 : 0);
    if (best >= 0) push(mix(mix(T_S2_MAJ, best), bestC > oc ? 1 : 0));
    else if (oc > 0) push(mix(T_S2_ALLO, countBucket(oc)));
  }
  buf.offs[n] = buf.len;
}

function pushGazAny(gaz: Uint32Array, j: number, tmpl: number, push: (h: number) => void): void {
  let m = gaz[j * 4] | gaz[j * 4 + 1] | gaz[j * 4 + 2] | gaz[j * 4 + 3];
  while (m) {
    const b = 31 - Math.clz32(m & -m);
    m &= m - 1;
    push(mix(tmpl, b));
  }
}

const MAX_CA = 8;

function docFeatures(a: DocAnalysis, i: number, list: Int32Array, push: (h: number) => void): void {
  const { flags, sflags, sentOf, sentStart, hL, hW, hShort } = a;
  let capMid = 0;
  let lower = 0;
  let body = -1;
  let ca = 0;
  const inCapsSent = (sflags[sentOf[i]] & S_ALLCAPS) !== 0;
  const needBody = inCapsSent || (flags[i] & F_SENTSTART) !== 0 || (flags[i] & F_AFTERQUOTE) !== 0;
  let roles = 0;
  for (let k = 0; k < list.length; k++) {
    const j = list[k];
    if (j === i) continue;
    const fj = flags[j];
    const sj = sentOf[j];
    const capsSent = (sflags[sj] & S_ALLCAPS) !== 0;
    if (!(fj & F_INITCAP) && fj & F_HASLOWER) lower++;
    else if (fj & F_INITCAP && !(fj & F_SENTSTART) && !capsSent) {
      capMid++;
      if (body < 0) body = j;
    }
    if (a.runRole[j]) roles |= 1 << a.runRole[j];
    if (ca < MAX_CA) {
      ca++;
      const s0 = sentStart[sj];
      const s1 = sentStart[sj + 1];
      push(mix(T_CA_PREV, j - 1 >= s0 ? hL[j - 1] : H_BOS));
      push(mix(T_CA_NEXT, j + 1 < s1 ? hL[j + 1] : H_EOS));
    }
  }
  push(mix(T_D_COUNT, countBucket(list.length - 1)));
  if (capMid) push(mix(T_D_CAPMID, countBucket(capMid)));
  if (lower) push(mix(T_D_LOWER, countBucket(lower)));
  if (needBody) {
    if (body >= 0) {
      push(mix(T_D_BODYW, hW[body]));
      push(mix(T_D_BODYSS, hShort[body]));
    } else push(mix(T_D_NOBODY, inCapsSent ? 1 : 0));
  }
  for (let r = 1; r <= 3; r++) if (roles & (1 << r)) push(mix(T_D_RUN, r));
}
