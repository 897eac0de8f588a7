// The attribution tagger: source / cue / content spans as BIO labels over the tokens of a paragraph,
// two stages of an averaged structured perceptron with first-order Viterbi decoding (Collins 2002).
// Trained by scripts/train-quotes.ts on the PolNeAR training split; the model file holds only hashed
// feature buckets, int16 weights and hashed lexicon words (no text).
//
// File format (gzip): "NGQ1", u32 header length, JSON header, then per stage: Int32 buckets[rows],
// Int16 weights[rows * L] (scaled by header.stages[i].scale), Float32 transitions[(L + 1) * L].

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { B_C, B_Q, B_S, FastScorer, FeatureBuffer, vocab, I_C, I_Q, I_S, NUM_LABELS, sequenceFeatures, type CueLexicon, type TokenFacts, type WeightLookup } from './features.ts';

export const MODEL_MAGIC = 'NGQ1';

export interface ModelHeader {
  bits: number;
  labels: string[];
  /** [word hash, bin] pairs of the cue lexicon */
  lexicon: [number, number][];
  /** per stage: rows, weight scale, and (stage 2) the factor of the stage-1 scores it adds to */
  stages: { rows: number; scale: number; baseScale?: number }[];
  /** training facts, for the record */
  info?: Record<string, unknown>;
}

/**
 * Weights of one stage: an open-addressing table from feature bucket to its L weights, quantised to
 * int8 at load (measured on PolNeAR dev: no loss against the file's int16). The probe reads only a
 * 16-bit fingerprint array (2 bytes a slot, small enough to stay in cache); the 8 weight bytes of a
 * slot are read on a hit. A fingerprint clash (~1 in 65,000 probes of a full slot) adds a wrong row:
 * as harmless as the hashing of features itself.
 */
export class StageWeights implements WeightLookup {
  readonly keys: Uint16Array;
  readonly weights: Int8Array;
  readonly mask: number;
  /** the factor of the int8 weights */
  readonly scale: number;
  constructor(
    buckets: Int32Array,
    rowWeights: Int16Array,
    fileScale: number,
    readonly trans: Float32Array,
    /** (1 << bits) - 1: features are hashed into this many buckets */
    readonly bucketMask: number,
  ) {
    if (NUM_LABELS > 8) throw new Error('quotes model: at most 8 labels fit a slot');
    let size = 1;
    while (size < buckets.length * 1.4) size <<= 1;
    this.keys = new Uint16Array(size);
    this.weights = new Int8Array(size * 8);
    this.mask = size - 1;
    const L = NUM_LABELS;
    let max = 0;
    for (const v of rowWeights) max = Math.max(max, Math.abs(v));
    const step = max / 127 || 1;
    this.scale = fileScale * step;
    for (let r = 0; r < buckets.length; r++) {
      const { slot, fp } = probeStart(buckets[r], this.mask);
      let h = slot;
      while (this.keys[h] !== 0) h = (h + 1) & this.mask;
      this.keys[h] = fp;
      for (let l = 0; l < L; l++) this.weights[h * 8 + l] = Math.round(rowWeights[r * L + l] / step);
    }
  }

  /** Offset in `weights` of the L weights of a feature (a hash, before bucketing), or -1 when it has none. */
  find(feature: number): number {
    const bucket = feature & this.bucketMask;
    const hash = Math.imul(bucket, 0x9e3779b1) >>> 0;
    const fp = ((hash >>> 16) ^ (bucket & 0xffff)) | 1;
    const keys = this.keys;
    const mask = this.mask;
    let h = hash & mask;
    let key = keys[h];
    while (key !== fp) {
      if (key === 0) return -1;
      h = (h + 1) & mask;
      key = keys[h];
    }
    return h << 3;
  }
}

/** First slot and (never zero) fingerprint of a bucket. */
function probeStart(bucket: number, mask: number): { slot: number; fp: number } {
  const h = Math.imul(bucket, 0x9e3779b1) >>> 0;
  return { slot: h & mask, fp: ((h >>> 16) ^ (bucket & 0xffff)) | 1 };
}

/** Allowed transitions: I-X only after B-X or I-X. */
export const ALLOWED: Uint8Array = (() => {
  const L = NUM_LABELS;
  const a = new Uint8Array((L + 1) * L).fill(1);
  const inside: Record<number, number> = { [I_S]: B_S, [I_C]: B_C, [I_Q]: B_Q };
  for (let p = 0; p <= L; p++) {
    for (const [i, b] of Object.entries(inside)) {
      const c = Number(i);
      if (p !== b && p !== c) a[p * L + c] = 0;
    }
  }
  return a;
})();

/** predecessors [PRED_FROM[c], PRED_TO[c]) of label c worth looking at: B-X, I-X for I-X, all for the others */
const PRED_FROM = new Uint8Array(NUM_LABELS);
const PRED_TO = new Uint8Array(NUM_LABELS).fill(NUM_LABELS);
for (const [b, i] of [
  [B_S, I_S],
  [B_C, I_C],
  [B_Q, I_Q],
]) {
  if (i !== b + 1) throw new Error('quotes labels: I-X must follow B-X');
  PRED_FROM[i] = b;
  PRED_TO[i] = i + 1;
}

const NEG = -1e30;
let delta = new Float64Array(0);
let back = new Int8Array(0);
/** transitions with NEG where not allowed, per transition table (row L = start) */
const masked = new WeakMap<ArrayLike<number>, Float64Array>();

function maskedTransitions(trans: ArrayLike<number>): Float64Array {
  let m = masked.get(trans);
  if (!m) {
    const L = NUM_LABELS;
    m = new Float64Array((L + 1) * L);
    for (let k = 0; k < m.length; k++) m[k] = ALLOWED[k] ? trans[k] : NEG;
    // a table that is updated in place (training) must not be cached
    if (trans instanceof Float32Array) masked.set(trans, m);
  }
  return m;
}

const transposedOf = new WeakMap<Float64Array, Float64Array>();

/** The L x L transitions of a masked table (without the start row), column by column. */
function transposed(tr: Float64Array): Float64Array {
  let t = transposedOf.get(tr);
  if (!t) {
    const L = NUM_LABELS;
    t = new Float64Array(L * L);
    for (let p = 0; p < L; p++) for (let c = 0; c < L; c++) t[c * L + p] = tr[p * L + c];
    transposedOf.set(tr, t);
  }
  return t;
}

/** Best labels for emissions [n x L] with transitions [(L + 1) x L] (row L = start). */
export function viterbi(emit: Float64Array, trans: ArrayLike<number>, n: number, out: Uint8Array, outOffset: number): void {
  if (n <= 0) return;
  const L = NUM_LABELS;
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int8Array(n * L * 2);
  }
  const d = delta;
  const bk = back;
  const tr = maskedTransitions(trans);
  for (let c = 0; c < L; c++) d[c] = emit[c] + tr[L * L + c];
  // the columns of tr, each contiguous: trT[c * L + p] = tr[p * L + c]
  const trT = transposed(tr);
  if (BIO7) forward7(emit, trT, n, d, bk);
  else forward(emit, trT, n, d, bk);
  let best = NEG;
  let arg = 0;
  for (let c = 0; c < L; c++) {
    if (d[(n - 1) * L + c] > best) {
      best = d[(n - 1) * L + c];
      arg = c;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[outOffset + t] = arg;
    arg = bk[t * L + arg];
  }
}

/**
 * Viterbi's forward pass from column 1 on: d[t][c] = the best d[t - 1][p] + trT[c][p] (the first p
 * on a tie) + emit[t][c], with p in back[t][c].
 */
function forward(emit: Float64Array, trT: Float64Array, n: number, d: Float64Array, bk: Int8Array): void {
  const L = NUM_LABELS;
  for (let t = 1; t < n; t++) {
    const po = (t - 1) * L;
    const o = t * L;
    for (let c = 0; c < L; c++) {
      // I-X follows only B-X or I-X (PRED lists them); the others follow anything
      const p0 = PRED_FROM[c];
      const p1 = PRED_TO[c];
      const col = c * L;
      let best = d[po + p0] + trT[col + p0];
      let arg = p0;
      for (let p = p0 + 1; p < p1; p++) {
        const v = d[po + p] + trT[col + p];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      d[o + c] = best + emit[o + c];
      bk[o + c] = arg;
    }
  }
}

/** The labels are O, B-S, I-S, B-C, I-C, B-Q, I-Q: forward7 may be used. */
const BIO7 = NUM_LABELS === 7 && B_S === 1 && I_S === 2 && B_C === 3 && I_C === 4 && B_Q === 5 && I_Q === 6;

/**
 * `forward` unrolled for the labels of BIO7 (twice as fast, the same figures): the previous column
 * is read once, O and B-X look at all seven labels before them, I-X at B-X and I-X.
 */
function forward7(emit: Float64Array, trT: Float64Array, n: number, d: Float64Array, bk: Int8Array): void {
  for (let t = 1; t < n; t++) {
    const po = (t - 1) * 7;
    const o = t * 7;
    const q0 = d[po];
    const q1 = d[po + 1];
    const q2 = d[po + 2];
    const q3 = d[po + 3];
    const q4 = d[po + 4];
    const q5 = d[po + 5];
    const q6 = d[po + 6];
    for (let c = 0; c < 7; c += c === 0 ? 1 : 2) {
      // c = O, B-S, B-C, B-Q
      const col = c * 7;
      const p = best7(q0, q1, q2, q3, q4, q5, q6, trT, col);
      d[o + c] = d[po + p] + trT[col + p] + emit[o + c];
      bk[o + c] = p;
    }
    for (let c = 2; c < 7; c += 2) {
      // c = I-S, I-C, I-Q
      const col = c * 7;
      const vb = d[po + c - 1] + trT[col + c - 1];
      const vi = d[po + c] + trT[col + c];
      const p = vi > vb ? c : c - 1;
      d[o + c] = (vi > vb ? vi : vb) + emit[o + c];
      bk[o + c] = p;
    }
  }
}

/** The first p of 0..6 with the highest q_p + trT[col + p]. */
function best7(q0: number, q1: number, q2: number, q3: number, q4: number, q5: number, q6: number, trT: Float64Array, col: number): number {
  let best = q0 + trT[col];
  let arg = 0;
  let v = q1 + trT[col + 1];
  if (v > best) {
    best = v;
    arg = 1;
  }
  v = q2 + trT[col + 2];
  if (v > best) {
    best = v;
    arg = 2;
  }
  v = q3 + trT[col + 3];
  if (v > best) {
    best = v;
    arg = 3;
  }
  v = q4 + trT[col + 4];
  if (v > best) {
    best = v;
    arg = 4;
  }
  v = q5 + trT[col + 5];
  if (v > best) {
    best = v;
    arg = 5;
  }
  return q6 + trT[col + 6] > best ? 6 : arg;
}

export class MapLexicon implements CueLexicon {
  private readonly map = new Map<number, number>();
  constructor(entries: Iterable<[number, number]>) {
    for (const [h, b] of entries) this.map.set(h >>> 0, b);
  }
  has(wordHash: number): number {
    return this.map.get(wordHash) ?? 0;
  }
}

export interface TaggerOutput {
  labels: Uint8Array;
  /** per-token margin of the chosen label over the best other label (emission only), stage 2 */
  margin: Float32Array;
}

export class QuoteTagger {
  private readonly buf = new FeatureBuffer();
  private emit = new Float64Array(0);

  constructor(
    readonly header: ModelHeader,
    readonly lexicon: CueLexicon,
    readonly stages: StageWeights[],
  ) {}

  private emissions(stage: StageWeights, n: number): Float64Array {
    const L = NUM_LABELS;
    if (this.emit.length < n * L) this.emit = new Float64Array(n * L * 2);
    const e = this.emit;
    e.fill(0, 0, n * L);
    const { feats, offs } = this.buf;
    const weights = stage.weights;
    for (let t = 0; t < n; t++) {
      const o = t * L;
      for (let k = offs[t], end = offs[t + 1]; k < end; k++) {
        const r = stage.find(feats[k]);
        if (r >= 0) for (let l = 0; l < L; l++) e[o + l] += weights[r + l];
      }
      const sc = stage.scale;
      for (let l = 0; l < L; l++) e[o + l] *= sc;
    }
    return e;
  }

  private fast: FastScorer | null = null;
  /** grow-only score arrays kept between documents (tag's base and next) */
  private readonly scores: Float32Array[] = [new Float32Array(0), new Float32Array(0)];

  private scratchScores(k: number, size: number): Float32Array {
    if (this.scores[k].length < size) this.scores[k] = new Float32Array(size * 2);
    return this.scores[k];
  }

  /** Stage s's scores of tokens [a, b) (scaled, without the base of the stage before). */
  private fastEmissions(s: number, f: TokenFacts, a: number, b: number, prev: Uint8Array): Float64Array {
    const L = NUM_LABELS;
    const n = b - a;
    if (this.emit.length < n * L) this.emit = new Float64Array(n * L * 2);
    const e = this.emit;
    this.fast ??= new FastScorer(this.stages[0], this.stages[1] ?? null, this.lexicon);
    const sc = this.stages[s].scale;
    if (s === 0) this.fast.stage1(f, a, b, e, sc);
    else this.fast.stage2(f, a, b, prev, e, sc);
    return e;
  }

  /**
   * Labels of every token of the document (paragraph by paragraph). `slow`: score through the feature
   * lists of the training script instead of the FastScorer (the same figures; for tests).
   */
  tag(f: TokenFacts, slow = false): TaggerOutput {
    // facts made before the vocabulary was last cleared have entry ids of another generation
    if (f.generation !== vocab.generation) slow = true;
    const L = NUM_LABELS;
    let prev = new Uint8Array(f.n);
    let labels = new Uint8Array(f.n);
    const margin = new Float32Array(f.n);
    const final = this.stages.length - 1;
    // each stage after the first adds to the scores of the one before
    // (scratch: every paragraph's scores are written before they are read)
    let base = final > 0 ? this.scratchScores(0, f.n * L) : null;
    let next = final > 1 ? this.scratchScores(1, f.n * L) : null;
    for (let s = 0; s <= final; s++) {
      const stage = this.stages[s];
      const baseScale = this.header.stages[s].baseScale ?? 1;
      for (let p = 0; p < f.parStart.length; p++) {
        const a = f.parStart[p];
        const b = f.parEnd[p];
        if (b <= a) continue;
        let e: Float64Array;
        if (slow || s > 1) {
          sequenceFeatures(f, a, b, this.lexicon, this.buf, s > 0 ? prev : undefined);
          e = this.emissions(stage, b - a);
        } else e = this.fastEmissions(s, f, a, b, prev);
        const keep = s < final ? (s === 0 ? base : next) : null;
        if (s > 0 && base) addBase(e, base, a * L, (b - a) * L, baseScale, keep);
        else if (keep) for (let k = 0; k < (b - a) * L; k++) keep[a * L + k] = e[k];
        viterbi(e, stage.trans, b - a, labels, a);
        if (s === final) margins(e, labels, a, b - a, margin);
      }
      if (s > 0 && s < final && base && next) [base, next] = [next, base];
      if (s < final) [prev, labels] = [labels, prev];
    }
    return { labels, margin };
  }
}

/** e[k] += base[from + k] * scale for k < m, kept in keep[from + k] too when given (one pass over e). */
function addBase(e: Float64Array, base: Float32Array, from: number, m: number, scale: number, keep: Float32Array | null): void {
  if (keep) {
    for (let k = 0; k < m; k++) keep[from + k] = e[k] += base[from + k] * scale;
  } else for (let k = 0; k < m; k++) e[k] += base[from + k] * scale;
}

/** Per token of [a, a + n): the score of its label over the best other label (emissions e from token a). */
function margins(e: Float64Array, labels: Uint8Array, a: number, n: number, margin: Float32Array): void {
  const L = NUM_LABELS;
  for (let t = 0; t < n; t++) {
    const chosen = labels[a + t];
    const o = t * L;
    let other = NEG;
    // selects rather than branches: which label is chosen is unpredictable
    for (let l = 0; l < L; l++) {
      const v = l === chosen ? NEG : e[o + l];
      other = v > other ? v : other;
    }
    margin[a + t] = e[o + chosen] - other;
  }
}

export function encodeModel(header: ModelHeader, stages: { buckets: Int32Array; weights: Int16Array; trans: Float32Array }[]): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [Buffer.from(MODEL_MAGIC, 'ascii')];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  parts.push(len, json);
  for (const s of stages) {
    parts.push(Buffer.from(s.buckets.buffer, s.buckets.byteOffset, s.buckets.byteLength));
    parts.push(Buffer.from(s.weights.buffer, s.weights.byteOffset, s.weights.byteLength));
    parts.push(Buffer.from(s.trans.buffer, s.trans.byteOffset, s.trans.byteLength));
  }
  return zlib.gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): QuoteTagger {
  const raw = zlib.gunzipSync(gz);
  if (raw.subarray(0, 4).toString('ascii') !== MODEL_MAGIC) throw new Error('quotes model: bad magic');
  const hlen = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + hlen).toString('utf8')) as ModelHeader;
  let off = 8 + hlen;
  const L = NUM_LABELS;
  const copy = (bytes: number): ArrayBuffer => {
    const ab = new ArrayBuffer(bytes);
    new Uint8Array(ab).set(raw.subarray(off, off + bytes));
    off += bytes;
    return ab;
  };
  const stages = header.stages.map((s) => {
    const buckets = new Int32Array(copy(s.rows * 4));
    const q = new Int16Array(copy(s.rows * L * 2));
    const trans = new Float32Array(copy((L + 1) * L * 4));
    return new StageWeights(buckets, q, s.scale, trans, (1 << header.bits) - 1);
  });
  return new QuoteTagger(header, new MapLexicon(header.lexicon), stages);
}

const MODEL_NAME = 'quotes-polnear.bin.gz';
export const DEFAULT_MODEL_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'model', MODEL_NAME);

/** The built-in model: next to this module, or (from the dist/ bundle) under the package's sources. */
function defaultModelPath(): string {
  if (fs.existsSync(DEFAULT_MODEL_PATH)) return DEFAULT_MODEL_PATH;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'src', 'annotators', 'quotes', 'model', MODEL_NAME);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return DEFAULT_MODEL_PATH;
}

export function loadQuoteTagger(file?: string): QuoteTagger | null {
  const f = file ?? defaultModelPath();
  if (!fs.existsSync(f)) return null;
  return decodeModel(fs.readFileSync(f));
}
