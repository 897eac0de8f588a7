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
  const { hL, hShort, flags, sflags, gaz, gazLong, sentOf, sentStart, info, runRole, occOf } = a;
  const useGaz = cfg.gaz;
  const useDoc = cfg.doc;
  const filter = R.filter;
  const dir = st.dir;
  const stats = new Map<number[], ListStats>();
  const hashed = (o: number, h: number): void => {
    const r = rankOfFiltered(filter, dir, h & mask);
    if (r >= 0) add(acc, o, W, r * L);
  };
  for (let i = 0; i < n; i++) {
    const o = i * L;
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

    // bias, sentence-boundary stand-ins of the window's word features and context flags: one summed row
    const before = i - 1 < s0 ? 1 : i - 2 < s0 ? 2 : 0;
    const after = i + 1 >= s1 ? 1 : i + 2 >= s1 ? 2 : 0;
    copyRow(acc, o, R.base, ((before * 3 + after) * 32 + contextIndex(f)) * L);
    hashed(o, mix(mix(TP.BI_PREV, lm1), l0));
    hashed(o, mix(mix(TP.BI_NEXT, l0), lp1));
    hashed(o, mix(mix(mix(TP.SS_TRI, ssm1), ss0), ssp1));
    if (sf & S.ALLCAPS) {
      hashed(o, mix(TP.L0_SCAPS, l0));
      let fb = f;
      while (fb) {
        const b = 31 - Math.clz32(fb & -fb);
        fb &= fb - 1;
        if (b < N_TOKEN_FLAGS) add(acc, o, W, R.flagCaps[b]);
      }
    }
    if (f & F.SENTSTART) hashed(o, mix(TP.SS0_START, ss0));
    hashed(o, mix(mix(TP.LM1_SS0, lm1), ss0));
    hashed(o, mix(mix(TP.SS0_LP1, ss0), lp1));
    hashed(o, mix(mix(TP.LM2_LM1, lm2), lm1));
    hashed(o, mix(mix(TP.LP1_LP2, lp1), lp2));
    for (let b = 0; b < N_SENT_FLAGS; b++) if (sf & (1 << b)) hashed(o, mix(mix(TP.SFLAG_SS, b), ss0));
    const pos = i - s0;
    hashed(o, mix(mix(TP.POS, pos < 3 ? pos : 3), ss0));

    if (useGaz) {
      const capClass = f & F.ALLCAPS ? 2 : f & F.INITCAP ? 1 : 0;
      for (let p = 0; p < 4; p++) {
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
      if (i - 1 >= s0) gazAny(acc, o, W, gaz, i - 1, R.gazNb, 0);
      if (i + 1 < s1) gazAny(acc, o, W, gaz, i + 1, R.gazNb, 32);
      if (i - 2 >= s0) gazAny(acc, o, W, gaz, i - 2, R.gazNb, 64);
      if (i + 2 < s1) gazAny(acc, o, W, gaz, i + 2, R.gazNb, 96);
    }

    if (useDoc && f & F.HASLETTER && f & (F.INITCAP | F.ALLCAPS)) {
      // docFeatures() of features.ts, from per-word totals minus this token's own part
      const list = occOf[i]!;
      let st = stats.get(list);
      if (!st) stats.set(list, (st = listStats(a, R, list)));
      const ownLower = !(f & F.INITCAP) && f & F.HASLOWER ? 1 : 0;
      const ownCapMid = ownLower === 0 && f & F.INITCAP && !(f & F.SENTSTART) && !(sf & S.ALLCAPS) ? 1 : 0;
      const capMid = st.capMid - ownCapMid;
      const lower = st.lower - ownLower;
      const body = st.body1 !== i ? st.body1 : st.body2;
      const inCapsSent = (sf & S.ALLCAPS) !== 0;
      const needBody = inCapsSent || (f & F.SENTSTART) !== 0 || (f & F.AFTERQUOTE) !== 0;
      // context aggregation: the neighbours of the first MAX_CA other occurrences
      let k = 0;
      while (k < MAX_CA && k < list.length && list[k] !== i) k++;
      if (k < MAX_CA && k < list.length) {
        addSum(acc, o, st.ca, 0);
        subSum(acc, o, st.ca, (k + 1) * L);
      } else addSum(acc, o, st.ca, CA_FIRST);
      add(acc, o, W, R.dCount[countBucket(list.length - 1)]);
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
      for (let r = 1; r <= 3; r++) if (st.roles[r] - (own === r ? 1 : 0) > 0) add(acc, o, W, R.dRun[r]);
    }
  }
}

/** Totals of one word's occurrences in a document, for its document features. */
interface ListStats {
  lower: number;
  capMid: number;
  /** the first two occurrences capitalised mid-sentence (-1: none) */
  body1: number;
  body2: number;
  /** occurrences by run role (1..3) */
  roles: Int32Array;
  /**
   * Context-aggregation rows: [0, L) the sum over the first MAX_CA + 1 occurrences, then each of
   * those occurrences' own part, then the sum over the first MAX_CA.
   */
  ca: Int32Array;
}

/** Offset in ListStats.ca of the sum over the first MAX_CA occurrences. */
const CA_FIRST = (MAX_CA + 2) * L;

function listStats(a: DocAnalysis, R: Stage1Rows, list: number[]): ListStats {
  const { flags, sflags, sentOf, sentStart, runRole, info } = a;
  const W = R.st.w;
  const m = Math.min(list.length, MAX_CA + 1);
  const st: ListStats = { lower: 0, capMid: 0, body1: -1, body2: -1, roles: new Int32Array(4), ca: new Int32Array(CA_FIRST + L) };
  for (let k = 0; k < list.length; k++) {
    const j = list[k];
    const fj = flags[j];
    const sj = sentOf[j];
    if (!(fj & F.INITCAP) && fj & F.HASLOWER) st.lower++;
    else if (fj & F.INITCAP && !(fj & F.SENTSTART) && !(sflags[sj] & S.ALLCAPS)) {
      st.capMid++;
      if (st.body1 < 0) st.body1 = j;
      else if (st.body2 < 0) st.body2 = j;
    }
    st.roles[runRole[j]]++;
    if (k < m) {
      const o = (k + 1) * L;
      addRow(st.ca, o, W, j - 1 >= sentStart[sj] ? R.wordRows(info[j - 1])[0] : R.caBos);
      addRow(st.ca, o, W, j + 1 < sentStart[sj + 1] ? R.wordRows(info[j + 1])[1] : R.caEos);
      addSum(st.ca, 0, st.ca, o);
      if (k < MAX_CA) addSum(st.ca, CA_FIRST, st.ca, o);
    }
  }
  return st;
}

function gazAny(acc: Int32Array, o: number, W: Int16Array | Int8Array, gaz: Uint32Array, j: number, rowsNb: Int32Array, base: number): void {
  let m = gaz[j * 4] | gaz[j * 4 + 1] | gaz[j * 4 + 2] | gaz[j * 4 + 3];
  while (m) {
    const b = 31 - Math.clz32(m & -m);
    m &= m - 1;
    add(acc, o, W, rowsNb[base + b]);
  }
}

/**
 * Integer weight sums of the stage-2 features (extractStage2Features()) of every token into acc
 * (n x 17, zeroed here), from the previous stage's labels.
 */
export function sumStage2(a: DocAnalysis, R: Stage2Rows, W: Int16Array | Int8Array, stage1: Uint8Array, acc: Int32Array): void {
  const n = a.n;
  acc.fill(0, 0, n * L);
  const { flags, sentOf, sentStart, runRole, occOf } = a;
  // per word with several occurrences: stage-1 label counts, computed on first use
  const counts = new Map<number[], Int32Array>();
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
    const list = occOf[i];
    if (!list || list.length < 2) continue;
    let c = counts.get(list);
    if (!c) {
      c = new Int32Array(L);
      for (let k = 0; k < list.length; k++) c[stage1[list[k]]]++;
      counts.set(list, c);
    }
    typeC.fill(0);
    for (let lab = 1; lab < L; lab++) {
      const cnt = c[lab] - (lab === own ? 1 : 0);
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
    const oc = c[0] - (own === 0 ? 1 : 0);
    if (best >= 0) add(acc, o, W, R.maj[best * 2 + (bestC > oc ? 1 : 0)]);
    else if (oc > 0) add(acc, o, W, R.allo[countBucket(oc)]);
  }
}
