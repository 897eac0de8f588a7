// The statistical named-entity model: loading the committed weights and tagging documents.
//
// Two stages of a BILOU linear-chain model (averaged structured perceptron, trained by
// scripts/train-ner.ts): stage 1 tags with local, gazetteer, cluster and document-level features;
// stage 2 re-tags with the same features plus features of stage 1's labels for the other
// occurrences of each word in the document. Decoding is Viterbi with BILOU constraints.

import { srcAsset } from '../../../util/assets.ts';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { prepareTransitions, viterbi } from './decode.ts';
import {
  analyzeDocument,
  extractFeatures,
  extractStage2Features,
  FeatureBuffer,
  wordFeatures,
  type ClusterLookup,
  DocAnalysis,
  type FeatureConfig,
  type WordInfo,
  WordCache,
} from './features.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { Stage1Rows, Stage2Rows, sumStage1, sumStage2 } from './infer.ts';
import { rankDirectory, rankOf } from './rows.ts';
import { bilouToIob, NUM_LABELS } from './tags.ts';
import type { DocWordIds } from '../wordids.ts';

export interface NerModel {
  /**
   * IOB2 tags (B-/I- with PER|ORG|LOC|MISC, or O), one per token, for the sentences of ONE document;
   * `ids` optionally gives the word ids of the tokens, sentence after sentence (same tags, faster)
   */
  tagDocument(sentences: string[][], ids?: DocWordIds): string[][];
}

export interface StageWeights {
  /** bucket -> row by rank (rows.ts) */
  dir: Uint32Array;
  /** rows x NUM_LABELS quantised weights; weight = w * scale */
  w: Int16Array | Int8Array;
  scale: number;
  /** (NUM_LABELS + 1) x NUM_LABELS; last row = sentence start */
  trans: Float32Array;
  /** the same, prepared for viterbi() */
  tp: Float64Array;
}

/** Word clusters: lower-form hash -> list of path-prefix hashes. */
export class ClusterTable implements ClusterLookup {
  private cap: number;
  private slotKey: Uint32Array;
  private slotVal: Int32Array;

  constructor(
    readonly keys: Uint32Array,
    readonly starts: Uint32Array,
    readonly paths: Uint32Array,
  ) {
    let cap = 1024;
    while (cap < keys.length * 2) cap *= 2;
    this.cap = cap;
    this.slotKey = new Uint32Array(cap);
    this.slotVal = new Int32Array(cap).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      let p = keys[i] & (cap - 1);
      while (this.slotVal[p] >= 0) p = (p + 1) & (cap - 1);
      this.slotKey[p] = keys[i];
      this.slotVal[p] = i;
    }
  }

  get(h: number): Uint32Array | null {
    const m = this.cap - 1;
    let p = h & m;
    for (;;) {
      const v = this.slotVal[p];
      if (v < 0) return null;
      if (this.slotKey[p] === h) return this.paths.subarray(this.starts[v], this.starts[v + 1]);
      p = (p + 1) & m;
    }
  }
}

export interface NerModelData {
  cfg: FeatureConfig;
  stages: StageWeights[];
  clusters: ClusterTable | null;
  info: Record<string, unknown>;
}

export class NerTagger implements NerModel {
  readonly buf = new FeatureBuffer();
  private wbuf = new FeatureBuffer();
  private emit = new Float64Array(1 << 14);
  /** token string -> context-free facts and cached stage-1 word scores */
  readonly words = new WordCache();

  constructor(
    readonly data: NerModelData,
    readonly gaz: Gazetteer | null,
  ) {}

  analyze(sentences: readonly (readonly string[])[]): DocAnalysis {
    return analyzeDocument(sentences, this.data.cfg.gaz ? this.gaz : null, this.data.cfg.clusters ? this.data.clusters : null, this.words);
  }

  /**
   * BILOU labels (concatenated over sentences) of the final stage. Stage 2 adds the weights of its
   * features (built from stage 1's labels) to stage 1's emission scores and decodes again.
   */
  labelDocument(sentences: readonly (readonly string[])[], a: DocAnalysis = this.analyze(sentences)): Uint8Array {
    const { cfg, stages } = this.data;
    const out = new Uint8Array(a.n);
    if (!stages.length) return out;
    if (!cfg.clusters) return this.labelFast(a, out);
    return this.labelReference(a, out);
  }

  /** labelDocument() through the feature buffer: the reference the fast path must equal. */
  labelReference(a: DocAnalysis, out: Uint8Array = new Uint8Array(a.n)): Uint8Array {
    const { cfg, stages } = this.data;
    if (!stages.length) return out;
    extractFeatures(a, cfg, this.buf, false);
    this.prepareWordVectors(a, stages[0]);
    const emit = this.score(a.n, stages[0], false, a);
    this.decode(a, emit, stages[0], out);
    for (let k = 1; k < stages.length; k++) {
      extractStage2Features(a, cfg, out, this.buf);
      this.score(a.n, stages[k], true);
      this.decode(a, emit, stages[k], out);
    }
    return out;
  }

  private rows1: Stage1Rows | null = null;
  private rows2: Stage2Rows[] = [];
  private acc = new Int32Array(1 << 14);

  /** labelDocument() by infer.ts: no feature buffer, small-domain features by precomputed rows. */
  private labelFast(a: DocAnalysis, out: Uint8Array): Uint8Array {
    const { cfg, stages } = this.data;
    const L = NUM_LABELS;
    const n = a.n;
    if (this.acc.length < n * L) this.acc = new Int32Array(n * L * 2);
    if (this.emit.length < n * L) this.emit = new Float64Array(n * L * 2);
    const acc = this.acc;
    const emit = this.emit;
    const st0 = stages[0];
    this.rows1 ??= new Stage1Rows(st0, cfg);
    sumStage1(a, cfg, this.rows1, acc);
    this.prepareWordVectors(a, st0);
    // emission = scaled integer sum + the cached word vectors of the -2..2 window, in score()'s order
    const { sentOf, sentStart } = a;
    const voff = this.voff;
    const V = this.words.vecs;
    const scale = st0.scale;
    for (let t = 0; t < n; t++) {
      const si = sentOf[t];
      const s0 = sentStart[si];
      const s1 = sentStart[si + 1];
      // offset 0 of the pool is the zero vector of a missing neighbour
      const m2 = t - 2 >= s0 ? voff[t - 2] : 0;
      const m1 = (t - 1 >= s0 ? voff[t - 1] : 0) + 17;
      const c0 = voff[t] + 34;
      const p1 = (t + 1 < s1 ? voff[t + 1] : 0) + 51;
      const p2 = (t + 2 < s1 ? voff[t + 2] : 0) + 68;
      const o = t * L;
      for (let l = 0; l < L; l++) emit[o + l] = acc[o + l] * scale + (V[m2 + l] + V[m1 + l] + V[c0 + l] + V[p1 + l] + V[p2 + l]);
    }
    this.decode(a, emit, st0, out);
    for (let k = 1; k < stages.length; k++) {
      const st = stages[k];
      const R = (this.rows2[k] ??= new Stage2Rows(st, cfg));
      sumStage2(a, R, st.w, out, acc);
      const sc = st.scale;
      for (let x = 0; x < n * L; x++) emit[x] += acc[x] * sc;
      this.decode(a, emit, st, out);
    }
    return out;
  }

  /** per token of the current document: offset of its word's vector in this.words.vecs */
  private voff = new Int32Array(1 << 12);

  /** Make sure every token's word has its cached stage-1 word-feature scores; note their offsets. */
  prepareWordVectors(a: DocAnalysis, stage: StageWeights): void {
    const { info } = a;
    if (this.voff.length < a.n) this.voff = new Int32Array(a.n * 2);
    const voff = this.voff;
    for (let j = 0; j < a.n; j++) {
      const w = info[j];
      if (w.vec < 0) w.vec = this.wordVector(w, stage);
      voff[j] = w.vec;
    }
  }

  /** Scores of a word's context-free features at offsets -2..2 (5 x NUM_LABELS), stored in the pool: their offset. */
  private wordVector(w: WordInfo, stage: StageWeights): number {
    const L = NUM_LABELS;
    const v = new Float64Array(5 * L);
    const buf = this.wbuf;
    const { dir, w: wt, scale } = stage;
    for (let k = 0; k < 5; k++) {
      buf.reset(1);
      wordFeatures(w, k - 2, this.data.cfg, buf);
      for (let f = 0; f < buf.len; f++) {
        const r = rankOf(dir, buf.data[f]);
        if (r < 0) continue;
        const b = r * L;
        for (let l = 0; l < L; l++) v[k * L + l] += wt[b + l] * scale;
      }
    }
    const at = this.words.allocVec();
    this.words.vecs.set(v, at); // rounded to float32, as the cache always stored them
    return at;
  }

  decode(a: DocAnalysis, emit: Float64Array, stage: StageWeights, out: Uint8Array): void {
    for (let s = 0; s < a.nSent; s++) viterbi(emit, stage.tp, a.sentStart[s], a.sentStart[s + 1], out);
  }

  /**
   * Emission scores of the features in this.buf (n tokens x NUM_LABELS), set or added. With `a`,
   * the cached word-feature scores of each token's -2..2 window (prepareWordVectors) are included.
   */
  score(n: number, stage: StageWeights, add: boolean, a: DocAnalysis | null = null): Float64Array {
    const L = NUM_LABELS;
    if (this.emit.length < n * L) this.emit = new Float64Array(n * L * 2);
    const emit = this.emit;
    const { dir, w, scale } = stage;
    const fd = this.buf.data;
    const offs = this.buf.offs;
    const V = this.words.vecs;
    const voff = this.voff;
    const info = a ? a.info : null;
    const sentOf = a ? a.sentOf : null;
    const sentStart = a ? a.sentStart : null;
    for (let t = 0; t < n; t++) {
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
      let e9 = 0, e10 = 0, e11 = 0, e12 = 0, e13 = 0, e14 = 0, e15 = 0, e16 = 0;
      for (let k = offs[t], e = offs[t + 1]; k < e; k++) {
        const r = rankOf(dir, fd[k]);
        if (r < 0) continue;
        const b = r * 17;
        e0 += w[b]; e1 += w[b + 1]; e2 += w[b + 2]; e3 += w[b + 3]; e4 += w[b + 4]; e5 += w[b + 5];
        e6 += w[b + 6]; e7 += w[b + 7]; e8 += w[b + 8]; e9 += w[b + 9]; e10 += w[b + 10]; e11 += w[b + 11];
        e12 += w[b + 12]; e13 += w[b + 13]; e14 += w[b + 14]; e15 += w[b + 15]; e16 += w[b + 16];
      }
      const o = t * L;
      e0 *= scale; e1 *= scale; e2 *= scale; e3 *= scale; e4 *= scale; e5 *= scale; e6 *= scale; e7 *= scale; e8 *= scale;
      e9 *= scale; e10 *= scale; e11 *= scale; e12 *= scale; e13 *= scale; e14 *= scale; e15 *= scale; e16 *= scale;
      if (info) {
        // word at offset k from token t contributes its slot k + 2
        const si = sentOf![t];
        const s0 = sentStart![si];
        const s1 = sentStart![si + 1];
        const m2 = V.subarray(t - 2 >= s0 ? voff[t - 2] : 0);
        const m1 = V.subarray(t - 1 >= s0 ? voff[t - 1] : 0);
        const c0 = V.subarray(voff[t]);
        const p1 = V.subarray(t + 1 < s1 ? voff[t + 1] : 0);
        const p2 = V.subarray(t + 2 < s1 ? voff[t + 2] : 0);
        e0 += m2[0] + m1[17] + c0[34] + p1[51] + p2[68];
        e1 += m2[1] + m1[18] + c0[35] + p1[52] + p2[69];
        e2 += m2[2] + m1[19] + c0[36] + p1[53] + p2[70];
        e3 += m2[3] + m1[20] + c0[37] + p1[54] + p2[71];
        e4 += m2[4] + m1[21] + c0[38] + p1[55] + p2[72];
        e5 += m2[5] + m1[22] + c0[39] + p1[56] + p2[73];
        e6 += m2[6] + m1[23] + c0[40] + p1[57] + p2[74];
        e7 += m2[7] + m1[24] + c0[41] + p1[58] + p2[75];
        e8 += m2[8] + m1[25] + c0[42] + p1[59] + p2[76];
        e9 += m2[9] + m1[26] + c0[43] + p1[60] + p2[77];
        e10 += m2[10] + m1[27] + c0[44] + p1[61] + p2[78];
        e11 += m2[11] + m1[28] + c0[45] + p1[62] + p2[79];
        e12 += m2[12] + m1[29] + c0[46] + p1[63] + p2[80];
        e13 += m2[13] + m1[30] + c0[47] + p1[64] + p2[81];
        e14 += m2[14] + m1[31] + c0[48] + p1[65] + p2[82];
        e15 += m2[15] + m1[32] + c0[49] + p1[66] + p2[83];
        e16 += m2[16] + m1[33] + c0[50] + p1[67] + p2[84];
      }
      if (add) {
        emit[o] += e0; emit[o + 1] += e1; emit[o + 2] += e2; emit[o + 3] += e3; emit[o + 4] += e4; emit[o + 5] += e5;
        emit[o + 6] += e6; emit[o + 7] += e7; emit[o + 8] += e8; emit[o + 9] += e9; emit[o + 10] += e10; emit[o + 11] += e11;
        emit[o + 12] += e12; emit[o + 13] += e13; emit[o + 14] += e14; emit[o + 15] += e15; emit[o + 16] += e16;
        continue;
      }
      emit[o] = e0; emit[o + 1] = e1; emit[o + 2] = e2; emit[o + 3] = e3; emit[o + 4] = e4; emit[o + 5] = e5;
      emit[o + 6] = e6; emit[o + 7] = e7; emit[o + 8] = e8; emit[o + 9] = e9; emit[o + 10] = e10; emit[o + 11] = e11;
      emit[o + 12] = e12; emit[o + 13] = e13; emit[o + 14] = e14; emit[o + 15] = e15; emit[o + 16] = e16;
    }
    return emit;
  }

  /** the analysis tagDocument() reuses from one document to the next (fewer allocations) */
  private scratch = new DocAnalysis();

  tagDocument(sentences: string[][], ids?: DocWordIds): string[][] {
    const { cfg, clusters } = this.data;
    const a = analyzeDocument(sentences, cfg.gaz ? this.gaz : null, cfg.clusters ? clusters : null, this.words, ids ?? null, this.scratch);
    const labels = this.labelDocument(sentences, a);
    const out: string[][] = [];
    let t = 0;
    for (const s of sentences) {
      out.push(bilouToIob(labels.subarray(t, t + s.length)));
      t += s.length;
    }
    return out;
  }
}

// ---------------------------------------------------------------- serialisation

const MAGIC = 'NGNER1\n';

export interface StageExport {
  /** sorted bucket ids of the kept rows */
  buckets: Int32Array;
  /** rows x NUM_LABELS */
  w: Float32Array;
  trans: Float32Array;
}

export interface ClusterExport {
  keys: Uint32Array;
  starts: Uint32Array;
  paths: Uint32Array;
}

function pushVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Encode a trained model: weights quantised to `bits` (8 or 16) with one scale per stage. */
export function encodeModel(cfg: FeatureConfig, stages: StageExport[], clusters: ClusterExport | null, info: Record<string, unknown>, bits: 8 | 16 = 16): Buffer {
  const parts: Buffer[] = [];
  // every section is padded to a multiple of 4 bytes
  const addPart = (b: Buffer): void => {
    parts.push(b);
    if (b.length % 4) parts.push(Buffer.alloc(4 - (b.length % 4)));
  };
  const header: Record<string, unknown> = { cfg, info, bits, stages: [] as unknown[], clusters: clusters ? clusters.keys.length : 0 };
  for (const st of stages) {
    let max = 0;
    for (let i = 0; i < st.w.length; i++) max = Math.max(max, Math.abs(st.w[i]));
    const qmax = bits === 8 ? 127 : 32767;
    const scale = max > 0 ? max / qmax : 1;
    const idx: number[] = [];
    let prev = 0;
    for (let i = 0; i < st.buckets.length; i++) {
      pushVarint(idx, st.buckets[i] - prev);
      prev = st.buckets[i];
    }
    const q = bits === 8 ? new Int8Array(st.w.length) : new Int16Array(st.w.length);
    for (let i = 0; i < st.w.length; i++) q[i] = Math.round(st.w[i] / scale);
    (header.stages as unknown[]).push({ rows: st.buckets.length, scale, idxBytes: idx.length });
    addPart(Buffer.from(new Float32Array(st.trans).buffer));
    addPart(Buffer.from(Uint8Array.from(idx)));
    addPart(Buffer.from(q.buffer, q.byteOffset, q.byteLength));
  }
  if (clusters) {
    addPart(Buffer.from(new Uint32Array(clusters.keys).buffer));
    addPart(Buffer.from(new Uint32Array(clusters.starts).buffer));
    addPart(Buffer.from(new Uint32Array(clusters.paths).buffer));
    header.clusterPaths = clusters.paths.length;
  }
  const h = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  const pad = Buffer.alloc((4 - ((MAGIC.length + 4 + h.length) % 4)) % 4, 32);
  return zlib.gzipSync(Buffer.concat([Buffer.from(MAGIC), len, h, pad, ...parts]), { level: 9 });
}

export function decodeModel(gz: Buffer): NerModelData {
  const raw = zlib.gunzipSync(gz);
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a newsgraph NER model');
  const hlen = raw.readUInt32LE(MAGIC.length);
  const header = JSON.parse(raw.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + hlen)) as {
    cfg: FeatureConfig;
    info: Record<string, unknown>;
    bits: 8 | 16;
    stages: { rows: number; scale: number; idxBytes: number }[];
    clusters: number;
    clusterPaths?: number;
  };
  let off = MAGIC.length + 4 + hlen;
  const align = (): void => {
    off += (4 - (off % 4)) % 4;
  };
  align();
  const copy = (bytes: number): ArrayBuffer => {
    const ab = raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + bytes) as ArrayBuffer;
    off += bytes;
    align();
    return ab;
  };
  const L = NUM_LABELS;
  const stages: StageWeights[] = [];
  for (const st of header.stages) {
    const trans = new Float32Array(copy((L + 1) * L * 4));
    const buckets = new Int32Array(st.rows);
    let bucket = 0;
    let p = off;
    for (let r = 0; r < st.rows; r++) {
      let v = 0;
      let mul = 1;
      for (;;) {
        const b = raw[p++];
        v += (b & 0x7f) * mul;
        if (b < 0x80) break;
        mul *= 128;
      }
      bucket += v;
      buckets[r] = bucket;
    }
    const dir = rankDirectory(buckets, header.cfg.hashBits);
    off += st.idxBytes;
    align();
    const n = st.rows * L;
    const w = header.bits === 8 ? new Int8Array(copy(n)) : new Int16Array(copy(n * 2));
    stages.push({ dir, w, scale: st.scale, trans, tp: prepareTransitions(trans) });
  }
  let clusters: ClusterTable | null = null;
  if (header.clusters) {
    const keys = new Uint32Array(copy(header.clusters * 4));
    const starts = new Uint32Array(copy((header.clusters + 1) * 4));
    const paths = new Uint32Array(copy((header.clusterPaths ?? 0) * 4));
    clusters = new ClusterTable(keys, starts, paths);
  }
  return { cfg: header.cfg, stages, clusters, info: header.info };
}

const MODEL_FILE = srcAsset('annotators/entities/ner/model/ner-conll.bin.gz');

let cached: NerTagger | null = null;

/** Load the committed model (synchronous; cached). */
export function loadNerModel(file: URL | string = MODEL_FILE): NerTagger {
  if (cached && file === MODEL_FILE) return cached;
  const data = decodeModel(fs.readFileSync(file));
  const tagger = new NerTagger(data, data.cfg.gaz ? loadGazetteer(data.cfg.gazDrop ?? []) : null);
  if (file === MODEL_FILE) cached = tagger;
  return tagger;
}
