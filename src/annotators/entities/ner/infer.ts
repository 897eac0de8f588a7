// Fast inference scoring: the same features as extractFeatures() / extractStage2Features(), summed
// straight into emission scores without a feature buffer.
//
// Most templates have a small value domain (flags, gazetteer bits, sentence-boundary stand-ins,
// document counts, every stage-2 feature): their weight rows are looked up once, when the model
// loads (on first use), so a token adds them with no hashing. Features of one word's hash (context aggregation,
// the body form of a headline word) keep their weight row on the word's cache entry. Only word-pair
// features (bigrams, shape trigram, word x shape) are hashed per token.
//
// Exactness: the quantised weights are summed as integers (any order gives the same sum) and
// scaled once, then the cached word-vector floats are added in the reference order, so the scores
// are bit-identical to score() over the reference features (test/annotators/entities-fastpaths.test.ts).

import type { DocAnalysis, FeatureConfig, WordInfo } from './features.ts';
import { CONTEXT_FLAGS, F, H_BOS, H_BOS2, H_EOS, H_EOS2, N_SENT_FLAGS, N_TOKEN_FLAGS, S, TEMPLATES as TP } from './features.ts';
import { mix } from './hash.ts';
import { groupFilter, rankOf, rankOfFiltered } from './rows.ts';
import { NUM_LABELS } from './tags.ts';

/** What fast scoring needs of a stage's weights (StageWeights of model.ts). */
export interface StageRows {
  dir: Uint32Array;
  w: Int16Array | Int8Array;
  scale: number;
}

const L = NUM_LABELS;
const MAX_CA = 8;

/** Weight-row offset (row * NUM_LABELS) of a hash bucket, or -1 when the model has no row for it. */
export function rowOf(st: StageRows, h: number): number {
  const r = rankOf(st.dir, h);
  return r < 0 ? -1 : r * L;
}

function rows(st: StageRows, mask: number, n: number, h: (v: number) => number): Int32Array {
  const out = new Int32Array(n);
  for (let v = 0; v < n; v++) out[v] = rowOf(st, h(v) & mask);
  return out;
}

/** Rows of the small-domain stage-1 features, looked up once per model. */
export class Stage1Rows {
  readonly mask: number;
  readonly bias: number;
  readonly flag: Int32Array;
  readonly flagCaps: Int32Array;
  /** boundary stand-ins: no token at -1 (so none at -2), none at -2 only; the same after */
  readonly noPrev: Int32Array;
  readonly noPrev2: Int32Array;
  readonly noNext: Int32Array;
  readonly noNext2: Int32Array;
  readonly gaz: Int32Array;
  readonly gazCap: Int32Array;
  readonly gazLong: Int32Array;
  /** gazetteer bits of the neighbours at -1, +1, -2, +2: 32 rows each */
  readonly gazNb: Int32Array;
  readonly dCount: Int32Array;
  readonly dCapMid: Int32Array;
  readonly dLower: Int32Array;
  readonly dNoBody: Int32Array;
  readonly dRun: Int32Array;
  readonly caBos: number;
  readonly caEos: number;
  /** groupFilter() of the stage's directory, for the hashed word-pair features */
  readonly filter: Uint32Array;
  /**
   * Summed rows of the features every token has from its place alone: the bias, the boundary
   * stand-ins and the context flags, by baseIndex(); one add per token instead of up to twelve.
   */
  readonly base: Int32Array;
  /** summed rows of a gazetteer value and of the same value with the capitalisation class: (v * 3 + cap) */
  readonly gazBoth: Int32Array;

  constructor(
    readonly st: StageRows,
    cfg: FeatureConfig,
  ) {
    const mask = (this.mask = (1 << cfg.hashBits) - 1);
    this.filter = groupFilter(st.dir);
    const one = (h: number): number => rowOf(st, h & mask);
    this.bias = one(TP.BIAS);
    this.flag = rows(st, mask, N_TOKEN_FLAGS, (b) => mix(TP.FLAG, b));
    this.flagCaps = rows(st, mask, N_TOKEN_FLAGS, (b) => mix(TP.FLAG_SCAPS, b));
    // order of each list: as extractFeatures() pushes them
    this.noPrev = Int32Array.from([one(mix(TP.L[1], H_BOS)), one(mix(TP.SH[0], H_BOS)), one(mix(TP.SS[1], H_BOS)), one(mix(TP.L[0], H_BOS2)), one(mix(TP.SS[0], H_BOS))]);
    this.noPrev2 = Int32Array.from([one(mix(TP.L[0], H_BOS)), one(mix(TP.SS[0], H_BOS))]);
    this.noNext = Int32Array.from([one(mix(TP.L[3], H_EOS)), one(mix(TP.SH[2], H_EOS)), one(mix(TP.SS[3], H_EOS)), one(mix(TP.L[4], H_EOS2)), one(mix(TP.SS[4], H_EOS))]);
    this.noNext2 = Int32Array.from([one(mix(TP.L[4], H_EOS)), one(mix(TP.SS[4], H_EOS))]);
    this.gaz = rows(st, mask, 128, (v) => mix(TP.GAZ, v));
    // (gazetteer value b * 4 + p) * 3 + capitalisation class
    const gc = new Int32Array(128 * 3);
    for (let v = 0; v < 128; v++) for (let c = 0; c < 3; c++) gc[v * 3 + c] = one(mix(mix(TP.GAZ_CAP, v), c));
    this.gazCap = gc;
    this.gazLong = rows(st, mask, 5, (v) => mix(TP.GAZ_LONG, v));
    const nb = [TP.GAZ_PREV, TP.GAZ_NEXT, TP.GAZ_PREV2, TP.GAZ_NEXT2];
    this.gazNb = new Int32Array(4 * 32);
    for (let k = 0; k < 4; k++) for (let b = 0; b < 32; b++) this.gazNb[k * 32 + b] = one(mix(nb[k], b));
    this.dCount = rows(st, mask, 4, (v) => mix(TP.D_COUNT, v));
    this.dCapMid = rows(st, mask, 4, (v) => mix(TP.D_CAPMID, v));
    this.dLower = rows(st, mask, 4, (v) => mix(TP.D_LOWER, v));
    this.dNoBody = rows(st, mask, 2, (v) => mix(TP.D_NOBODY, v));
    this.dRun = rows(st, mask, 4, (v) => mix(TP.D_RUN, v));
    this.caBos = one(mix(TP.CA_PREV, H_BOS));
    this.caEos = one(mix(TP.CA_NEXT, H_EOS));
    // integer sums are exact in any order, so these combined rows change no score
    const W = st.w;
    this.base = new Int32Array(3 * 3 * 32 * L);
    for (let before = 0; before < 3; before++) {
      for (let after = 0; after < 3; after++) {
        for (let fc5 = 0; fc5 < 32; fc5++) {
          const o = ((before * 3 + after) * 32 + fc5) * L;
          const parts = [this.bias, ...(before === 1 ? this.noPrev : before === 2 ? this.noPrev2 : []), ...(after === 1 ? this.noNext : after === 2 ? this.noNext2 : [])];
          for (let k = 0; k < 5; k++) if (fc5 & (1 << k)) parts.push(this.flag[CONTEXT_BITS[k]]);
          for (const r of parts) addRow(this.base, o, W, r);
        }
      }
    }
    this.gazBoth = new Int32Array(128 * 3 * L);
    for (let v = 0; v < 128; v++) {
      for (let c = 0; c < 3; c++) {
        addRow(this.gazBoth, (v * 3 + c) * L, W, this.gaz[v]);
        addRow(this.gazBoth, (v * 3 + c) * L, W, this.gazCap[v * 3 + c]);
      }
    }
  }

  /** Rows of a word's one-hash document features, cached on the word. */
  wordRows(w: WordInfo): Int32Array {
    let r = w.docRows;
    if (!r) {
      const m = this.mask;
      r = w.docRows = Int32Array.from([
        rowOf(this.st, mix(TP.CA_PREV, w.hL) & m),
        rowOf(this.st, mix(TP.CA_NEXT, w.hL) & m),
        rowOf(this.st, mix(TP.D_BODYW, w.hW) & m),
        rowOf(this.st, mix(TP.D_BODYSS, w.hShort) & m),
      ]);
    }
    return r;
  }
}

/** Rows of every stage-2 feature (all have small domains). */
export class Stage2Rows {
  readonly own: Int32Array;
  /** (prev label, or 17 for none) * 17 + own */
  readonly prev: Int32Array;
  readonly next: Int32Array;
  /** run role (0..3) * 17 + own */
  readonly run: Int32Array;
  readonly role: Int32Array;
  /** best type * 2 + majority */
  readonly maj: Int32Array;
  readonly allo: Int32Array;

  constructor(st: StageRows, cfg: FeatureConfig) {
    const mask = (1 << cfg.hashBits) - 1;
    const lab = (v: number): number => (v === L ? 99 : v);
    this.own = rows(st, mask, L, (v) => mix(TP.S2_OWN, v));
    this.prev = rows(st, mask, (L + 1) * L, (v) => mix(mix(TP.S2_PREV, lab((v / L) | 0)), v % L));
    this.next = rows(st, mask, (L + 1) * L, (v) => mix(mix(TP.S2_NEXT, lab((v / L) | 0)), v % L));
    this.run = rows(st, mask, 4 * L, (v) => mix(mix(TP.S2_RUN, (v / L) | 0), v % L));
    this.role = rows(st, mask, L, (v) => mix(TP.S2_ROLE, v));
    this.maj = rows(st, mask, 8, (v) => mix(mix(TP.S2_MAJ, v >> 1), v & 1));
    this.allo = rows(st, mask, 4, (v) => mix(TP.S2_ALLO, v));
  }
}

/** acc[o..o+17) += w[r..r+17) when r >= 0. */
function add(acc: Int32Array, o: number, w: Int16Array | Int8Array, r: number): void {
  if (r < 0) return;
  acc[o] += w[r];
  acc[o + 1] += w[r + 1];
  acc[o + 2] += w[r + 2];
  acc[o + 3] += w[r + 3];
  acc[o + 4] += w[r + 4];
  acc[o + 5] += w[r + 5];
  acc[o + 6] += w[r + 6];
  acc[o + 7] += w[r + 7];
  acc[o + 8] += w[r + 8];
  acc[o + 9] += w[r + 9];
  acc[o + 10] += w[r + 10];
  acc[o + 11] += w[r + 11];
  acc[o + 12] += w[r + 12];
  acc[o + 13] += w[r + 13];
  acc[o + 14] += w[r + 14];
  acc[o + 15] += w[r + 15];
  acc[o + 16] += w[r + 16];
}

/** The five context flags, in the bit order of contextIndex(). */
const CONTEXT_BITS = [16, 17, 18, 19, 9];
if (CONTEXT_BITS.reduce((m, b) => m | (1 << b), 0) !== CONTEXT_FLAGS) throw new Error('ner: context flags moved');

/** The context flags of token flags f as a 5-bit number (AFTERQUOTE, INPAREN, BEFOREDATE, SENTEND, SENTSTART). */
function contextIndex(f: number): number {
  return ((f >>> 16) & 15) | (((f >>> 9) & 1) << 4);
}

/** out[o..o+17) += w[r..r+17) when r >= 0 (building summed rows). */
function addRow(out: Int32Array, o: number, w: Int16Array | Int8Array, r: number): void {
  if (r >= 0) for (let l = 0; l < L; l++) out[o + l] += w[r + l];
}

/** acc[o..o+17) = rows[r..r+17) (the first contribution of a token: acc needs no zeroing). */
function copyRow(acc: Int32Array, o: number, rows: Int32Array, r: number): void {
  for (let l = 0; l < L; l++) acc[o + l] = rows[r + l];
}

/** acc[o..o+17) -= rows[r..r+17) for summed rows. */
function subSum(acc: Int32Array, o: number, rows: Int32Array, r: number): void {
  for (let l = 0; l < L; l++) acc[o + l] -= rows[r + l];
}

/** acc[o..o+17) += rows[r..r+17) for summed rows. */
function addSum(acc: Int32Array, o: number, rows: Int32Array, r: number): void {
  for (let l = 0; l < L; l++) acc[o + l] += rows[r + l];
}

/** mix() as a signed 32-bit integer: the same bits (every use masks or re-mixes it), but a small integer that V8 never boxes. */
function mixi(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
if (mixi(0x9e3779b9, 0xfffffffe) >>> 0 !== mix(0x9e3779b9, 0xfffffffe)) throw new Error('ner: mixi() differs from mix()');

/** The sentence-boundary hashes, signed. */
const BOS = H_BOS | 0;
const BOS2 = H_BOS2 | 0;
const EOS = H_EOS | 0;
const EOS2 = H_EOS2 | 0;

function countBucket(c: number): number {
  return c <= 0 ? 0 : c === 1 ? 1 : c <= 3 ? 2 : 3;
}

/**
 * Integer weight sums of the stage-1 context features of every token (what extractFeatures() with
 * withWords = false produces) into acc (n x 17, overwritten). Not for models with word clusters.
 */
export function sumStage1(a: DocAnalysis, cfg: FeatureConfig, R: Stage1Rows, acc: Int32Array): void {
  const n = a.n;
  const st = R.st;
  const W = st.w;
  const mask = R.mask;
  const { flags, sflags, gaz, gazLong, sentOf, sentStart, info, runRole, occIdx, occStart, occPos } = a;
  // the hashes as signed 32-bit views: small integers in V8, never boxed (mixi() below)
  const hL = new Int32Array(a.hL.buffer, a.hL.byteOffset, n);
  const hShort = new Int32Array(a.hShort.buffer, a.hShort.byteOffset, n);
  const useGaz = cfg.gaz;
  const useDoc = cfg.doc;
  const filter = R.filter;
  const dir = st.dir;
  const at = statsScratch.start(a.nLists);
  const gazOr = useGaz ? gazetteerBits(gaz, n) : null;
  // a token's hashed word-pair features are collected, then looked up in one loop (addHashed)
  const hs = hashScratch;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const si = sentOf[i];
    const s0 = sentStart[si];
    const s1 = sentStart[si + 1];
    const f = flags[i];
    const sf = sflags[si];
    const l0 = hL[i];
    const lm1 = i - 1 >= s0 ? hL[i - 1] : BOS;
    const lm2 = i - 2 >= s0 ? hL[i - 2] : i - 1 >= s0 ? BOS : BOS2;
    const lp1 = i + 1 < s1 ? hL[i + 1] : EOS;
    const lp2 = i + 2 < s1 ? hL[i + 2] : i + 1 < s1 ? EOS : EOS2;
    const ss0 = hShort[i];
    const ssm1 = i - 1 >= s0 ? hShort[i - 1] : BOS;
    const ssp1 = i + 1 < s1 ? hShort[i + 1] : EOS;

    // bias, sentence-boundary stand-ins of the window's word features and context flags: one summed row
    const before = i - 1 < s0 ? 1 : i - 2 < s0 ? 2 : 0;
    const after = i + 1 >= s1 ? 1 : i + 2 >= s1 ? 2 : 0;
    copyRow(acc, o, R.base, ((before * 3 + after) * 32 + contextIndex(f)) * L);
    let nh = 0;
    hs[nh++] = mixi(mixi(TP.BI_PREV, lm1), l0);
    hs[nh++] = mixi(mixi(TP.BI_NEXT, l0), lp1);
    hs[nh++] = mixi(mixi(mixi(TP.SS_TRI, ssm1), ss0), ssp1);
    if (sf & S.ALLCAPS) {
      hs[nh++] = mixi(TP.L0_SCAPS, l0);
      let fb = f;
      while (fb) {
        const b = 31 - Math.clz32(fb & -fb);
        fb &= fb - 1;
        if (b < N_TOKEN_FLAGS) add(acc, o, W, R.flagCaps[b]);
      }
    }
    if (f & F.SENTSTART) hs[nh++] = mixi(TP.SS0_START, ss0);
    hs[nh++] = mixi(mixi(TP.LM1_SS0, lm1), ss0);
    hs[nh++] = mixi(mixi(TP.SS0_LP1, ss0), lp1);
    hs[nh++] = mixi(mixi(TP.LM2_LM1, lm2), lm1);
    hs[nh++] = mixi(mixi(TP.LP1_LP2, lp1), lp2);
    for (let b = 0; b < N_SENT_FLAGS; b++) if (sf & (1 << b)) hs[nh++] = mixi(mixi(TP.SFLAG_SS, b), ss0);
    const pos = i - s0;
    hs[nh++] = mixi(mixi(TP.POS, pos < 3 ? pos : 3), ss0);
    addHashed(acc, o, W, filter, dir, mask, hs, nh);

    if (useGaz) {
      const capClass = f & F.ALLCAPS ? 2 : f & F.INITCAP ? 1 : 0;
      for (let p = 0; gazOr![i] !== 0 && p < 4; p++) {
        let m = gaz[i * 4 + p];
        while (m) {
          const b = 31 - Math.clz32(m & -m);
          m &= m - 1;
          const v = b * 4 + p;
          addSum(acc, o, R.gazBoth, (v * 3 + capClass) * L);
        }
      }
      const gl = gazLong[i];
      if (gl > 1) add(acc, o, W, R.gazLong[gl > 4 ? 4 : gl]);
      // most neighbours match no list: test before calling
      if (i - 1 >= s0 && gazOr![i - 1]) gazAny(acc, o, W, gazOr![i - 1], R.gazNb, 0);
      if (i + 1 < s1 && gazOr![i + 1]) gazAny(acc, o, W, gazOr![i + 1], R.gazNb, 32);
      if (i - 2 >= s0 && gazOr![i - 2]) gazAny(acc, o, W, gazOr![i - 2], R.gazNb, 64);
      if (i + 2 < s1 && gazOr![i + 2]) gazAny(acc, o, W, gazOr![i + 2], R.gazNb, 96);
    }

    if (useDoc && f & F.HASLETTER && f & (F.INITCAP | F.ALLCAPS)) {
      // docFeatures() of features.ts, from per-word totals minus this token's own part
      const li = occIdx[i];
      const p0 = occStart[li]; // the word's occurrences: occPos[p0 .. p0 + len)
      const len = occStart[li + 1] - p0;
      let so = at[li];
      if (so < 0) so = at[li] = listStats(a, R, p0, len);
      const st = statsScratch.rec; // read after listStats(), which may grow it
      const ownLower = !(f & F.INITCAP) && f & F.HASLOWER ? 1 : 0;
      const ownCapMid = ownLower === 0 && f & F.INITCAP && !(f & F.SENTSTART) && !(sf & S.ALLCAPS) ? 1 : 0;
      const capMid = st[so + REC_CAPMID] - ownCapMid;
      const lower = st[so + REC_LOWER] - ownLower;
      const body = st[so + REC_BODY1] !== i ? st[so + REC_BODY1] : st[so + REC_BODY2];
      const ca = so + REC_CA;
      const inCapsSent = (sf & S.ALLCAPS) !== 0;
      const needBody = inCapsSent || (f & F.SENTSTART) !== 0 || (f & F.AFTERQUOTE) !== 0;
      // context aggregation: the neighbours of the first MAX_CA other occurrences
      let k = 0;
      while (k < MAX_CA && k < len && occPos[p0 + k] !== i) k++;
      if (k < MAX_CA && k < len) {
        addSum(acc, o, st, ca);
        subSum(acc, o, st, ca + (k + 1) * L);
      } else addSum(acc, o, st, ca + CA_FIRST);
      add(acc, o, W, R.dCount[countBucket(len - 1)]);
      if (capMid) add(acc, o, W, R.dCapMid[countBucket(capMid)]);
      if (lower) add(acc, o, W, R.dLower[countBucket(lower)]);
      if (needBody) {
        if (body >= 0) {
          // D_BODYW of the body word's form, D_BODYSS of its short shape
          const wr = R.wordRows(info[body]);
          add(acc, o, W, wr[2]);
          add(acc, o, W, wr[3]);
        } else add(acc, o, W, R.dNoBody[inCapsSent ? 1 : 0]);
      }
      const own = runRole[i];
      for (let r = 1; r <= 3; r++) if (st[so + REC_ROLES + r] - (own === r ? 1 : 0) > 0) add(acc, o, W, R.dRun[r]);
    }
  }
}

// Totals of one word's occurrences in a document, for its document features: one record of
// REC_SIZE integers per word, in a scratch array reused from document to document (no objects).
const REC_LOWER = 0;
const REC_CAPMID = 1;
/** the first two occurrences capitalised mid-sentence (-1: none) */
const REC_BODY1 = 2;
const REC_BODY2 = 3;
/** occurrences by run role (0..3) */
const REC_ROLES = 4;
/**
 * Context-aggregation rows: [0, L) the sum over the first MAX_CA + 1 occurrences, then each of
 * those occurrences' own part, then the sum over the first MAX_CA.
 */
const REC_CA = 8;
/** Offset (from REC_CA) of the sum over the first MAX_CA occurrences. */
const CA_FIRST = (MAX_CA + 2) * L;
const REC_SIZE = REC_CA + CA_FIRST + L;

/** The records of the current document and, per occurrence list, the offset of its record (-1: not yet). */
class StatsScratch {
  rec = new Int32Array(REC_SIZE * 256);
  used = 0;
  private at = new Int32Array(1024);

  /** Empty, for a document with nLists occurrence lists: the per-list offsets. */
  start(nLists: number): Int32Array {
    if (this.at.length < nLists) this.at = new Int32Array(nLists * 2);
    this.at.fill(-1, 0, nLists);
    this.used = 0;
    return this.at;
  }

  /** Offset of a new zeroed record. */
  alloc(): number {
    const so = this.used;
    if (so + REC_SIZE > this.rec.length) {
      const r = new Int32Array(this.rec.length * 2);
      r.set(this.rec.subarray(0, so));
      this.rec = r;
    }
    this.used += REC_SIZE;
    this.rec.fill(0, so, so + REC_SIZE);
    return so;
  }
}

const statsScratch = new StatsScratch();

/** The record of one occurrence list (occPos[p0 .. p0 + len): its word's totals), filled in statsScratch: its offset. */
function listStats(a: DocAnalysis, R: Stage1Rows, p0: number, len: number): number {
  const { flags, sflags, sentOf, sentStart, runRole, info, occPos } = a;
  const W = R.st.w;
  const m = Math.min(len, MAX_CA + 1);
  const so = statsScratch.alloc();
  const st = statsScratch.rec;
  const ca = so + REC_CA;
  st[so + REC_BODY1] = -1;
  st[so + REC_BODY2] = -1;
  for (let k = 0; k < len; k++) {
    const j = occPos[p0 + k];
    const fj = flags[j];
    const sj = sentOf[j];
    if (!(fj & F.INITCAP) && fj & F.HASLOWER) st[so + REC_LOWER]++;
    else if (fj & F.INITCAP && !(fj & F.SENTSTART) && !(sflags[sj] & S.ALLCAPS)) {
      st[so + REC_CAPMID]++;
      if (st[so + REC_BODY1] < 0) st[so + REC_BODY1] = j;
      else if (st[so + REC_BODY2] < 0) st[so + REC_BODY2] = j;
    }
    st[so + REC_ROLES + runRole[j]]++;
    if (k < m) {
      const o = ca + (k + 1) * L;
      addRow(st, o, W, j - 1 >= sentStart[sj] ? R.wordRows(info[j - 1])[0] : R.caBos);
      addRow(st, o, W, j + 1 < sentStart[sj + 1] ? R.wordRows(info[j + 1])[1] : R.caEos);
      addSum(st, ca, st, o);
      if (k < MAX_CA) addSum(st, ca + CA_FIRST, st, o);
    }
  }
  return so;
}

/** The rows of the gazetteer lists (bits of m, any position) matching a neighbour. */
function gazAny(acc: Int32Array, o: number, W: Int16Array | Int8Array, m: number, rowsNb: Int32Array, base: number): void {
  while (m) {
    const b = 31 - Math.clz32(m & -m);
    m &= m - 1;
    add(acc, o, W, rowsNb[base + b]);
  }
}

/** Per token, the gazetteer lists matching it at any position (the four masks or-ed), in a reused array. */
function gazetteerBits(gaz: Uint32Array, n: number): Int32Array {
  if (gazOrScratch.length < n) gazOrScratch = new Int32Array(n * 2);
  const out = gazOrScratch;
  for (let t = 0; t < n; t++) out[t] = gaz[t * 4] | gaz[t * 4 + 1] | gaz[t * 4 + 2] | gaz[t * 4 + 3];
  return out;
}

let gazOrScratch = new Int32Array(4096);

/** Room for the hashed features of one token (at most 16). */
const hashScratch = new Int32Array(32);

/**
 * Adds the weight rows of the hashed features hs[0..nh) that the model has. Most are unknown, and
 * the group filter turns them away before the directory is read.
 */
function addHashed(acc: Int32Array, o: number, W: Int16Array | Int8Array, filter: Uint32Array, dir: Uint32Array, mask: number, hs: Int32Array, nh: number): void {
  for (let k = 0; k < nh; k++) {
    const r = rankOfFiltered(filter, dir, hs[k] & mask);
    if (r >= 0) add(acc, o, W, r * L);
  }
}

/**
 * Integer weight sums of the stage-2 features (extractStage2Features()) of every token into acc
 * (n x 17, zeroed here), from the previous stage's labels.
 */
export function sumStage2(a: DocAnalysis, R: Stage2Rows, W: Int16Array | Int8Array, stage1: Uint8Array, acc: Int32Array): void {
  const n = a.n;
  acc.fill(0, 0, n * L);
  const { flags, sentOf, sentStart, runRole, occIdx, occStart, occPos } = a;
  // per word with several occurrences: stage-1 label counts (L per list), computed on first use
  const done = countScratch.start(a.nLists);
  const c = countScratch.counts;
  const typeC = new Int32Array(4);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const si = sentOf[i];
    const s0 = sentStart[si];
    const s1 = sentStart[si + 1];
    const f = flags[i];
    const own = stage1[i];
    add(acc, o, W, R.own[own]);
    add(acc, o, W, R.prev[(i - 1 >= s0 ? stage1[i - 1] : L) * L + own]);
    add(acc, o, W, R.next[(i + 1 < s1 ? stage1[i + 1] : L) * L + own]);
    if (runRole[i]) add(acc, o, W, R.run[runRole[i] * L + own]);
    if (!(f & F.HASLETTER) || !(f & (F.INITCAP | F.ALLCAPS))) continue;
    const li = occIdx[i];
    if (li < 0 || occStart[li + 1] - occStart[li] < 2) continue;
    const co = li * L;
    if (!done[li]) {
      done[li] = 1;
      c.fill(0, co, co + L);
      for (let k = occStart[li]; k < occStart[li + 1]; k++) c[co + stage1[occPos[k]]]++;
    }
    typeC.fill(0);
    for (let lab = 1; lab < L; lab++) {
      const cnt = c[co + lab] - (lab === own ? 1 : 0);
      if (cnt > 0) {
        add(acc, o, W, R.role[lab]);
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
    const oc = c[co] - (own === 0 ? 1 : 0);
    if (best >= 0) add(acc, o, W, R.maj[best * 2 + (bestC > oc ? 1 : 0)]);
    else if (oc > 0) add(acc, o, W, R.allo[countBucket(oc)]);
  }
}

/** sumStage2()'s label counts per occurrence list, reused from document to document. */
class CountScratch {
  counts = new Int32Array(L * 1024);
  private done = new Uint8Array(1024);

  /** Room for nLists lists, none counted yet: the per-list done flags. */
  start(nLists: number): Uint8Array {
    if (this.done.length < nLists) {
      this.done = new Uint8Array(nLists * 2);
      this.counts = new Int32Array(nLists * 2 * L);
    }
    this.done.fill(0, 0, nLists);
    return this.done;
  }
}

const countScratch = new CountScratch();
