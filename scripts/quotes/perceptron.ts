// Averaged structured perceptron (Collins 2002) over the attribution labels, one sequence per
// paragraph, first-order Viterbi with the BIO constraints of src/annotators/quotes/tagger.ts.

import { FeatureBuffer, NUM_LABELS, sequenceFeatures, type CueLexicon, type TokenFacts } from '../../src/annotators/quotes/features.ts';
import { viterbi } from '../../src/annotators/quotes/tagger.ts';
import { rng } from '../lib/rng.ts';

export interface Seq {
  /** global token offset in its document */
  a: number;
  n: number;
  offs: Int32Array;
  feats: Int32Array;
  gold: Uint8Array;
  doc: number;
  /** fixed scores (n x L) the features' weights are added to: stage 1's, for stage 2 */
  base?: Float32Array;
}

const buf = new FeatureBuffer();

/** Feature sequences (bucket indices) of every paragraph of a document. */
export function docSeqs(facts: TokenFacts, gold: Uint8Array, docIndex: number, lex: CueLexicon, bits: number, stage1?: Uint8Array, base?: Float32Array, baseScale = 1): Seq[] {
  const mask = (1 << bits) - 1;
  const out: Seq[] = [];
  for (let p = 0; p < facts.parStart.length; p++) {
    const a = facts.parStart[p];
    const b = facts.parEnd[p];
    if (b <= a) continue;
    sequenceFeatures(facts, a, b, lex, buf, stage1);
    const feats = new Int32Array(buf.len);
    for (let k = 0; k < buf.len; k++) feats[k] = buf.feats[k] & mask;
    const seq: Seq = { a, n: b - a, offs: Int32Array.from(buf.offs.subarray(0, b - a + 1)), feats, gold: gold.subarray(a, b), doc: docIndex };
    if (base) seq.base = base.slice(a * NUM_LABELS, b * NUM_LABELS).map((x) => x * baseScale);
    out.push(seq);
  }
  return out;
}

export interface Dense {
  w: Float64Array;
  trans: Float64Array;
}


let emitBuf = new Float64Array(1 << 14);
function emissions(s: Seq, w: Float64Array): Float64Array {
  const L = NUM_LABELS;
  if (emitBuf.length < s.n * L) emitBuf = new Float64Array(s.n * L * 2);
  const e = emitBuf;
  if (s.base) for (let k = 0; k < s.n * L; k++) e[k] = s.base[k];
  else e.fill(0, 0, s.n * L);
  for (let t = 0; t < s.n; t++) {
    const o = t * L;
    for (let k = s.offs[t]; k < s.offs[t + 1]; k++) {
      const base = s.feats[k] * L;
      for (let l = 0; l < L; l++) e[o + l] += w[base + l];
    }
  }
  return e;
}

/** Labels into out[s.a ..], and the emission scores into scores[s.a * L ..] when given. */
export function predictSeq(s: Seq, m: Dense, out: Uint8Array, scores?: Float32Array): void {
  const e = emissions(s, m.w);
  if (scores) for (let k = 0; k < s.n * NUM_LABELS; k++) scores[s.a * NUM_LABELS + k] = e[k];
  viterbi(e, m.trans, s.n, out, s.a);
}

export function train(seqs: Seq[], bits: number, epochs: number, seed: number, log: (m: string) => void, label: string): Dense {
  const L = NUM_LABELS;
  const size = (1 << bits) * L;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const trans = new Float64Array((L + 1) * L);
  const transU = new Float64Array((L + 1) * L);
  const rand = rng(seed);
  const order = seqs.map((_, i) => i);
  let pred = new Uint8Array(4096);
  let c = 1;
  const t0 = performance.now();
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errs = 0;
    let toks = 0;
    for (const si of order) {
      const s = seqs[si];
      if (pred.length < s.n) pred = new Uint8Array(s.n * 2);
      viterbi(emissions(s, w), trans, s.n, pred, 0);
      let wrong = false;
      for (let t = 0; t < s.n; t++) {
        toks++;
        const g = s.gold[t];
        const q = pred[t];
        if (g === q) continue;
        wrong = true;
        errs++;
        for (let k = s.offs[t]; k < s.offs[t + 1]; k++) {
          const base = s.feats[k] * L;
          w[base + g] += 1;
          u[base + g] += c;
          w[base + q] -= 1;
          u[base + q] -= c;
        }
      }
      if (wrong) {
        for (let t = 0; t < s.n; t++) {
          const gp = t === 0 ? L : s.gold[t - 1];
          const pp = t === 0 ? L : pred[t - 1];
          if (gp === pp && s.gold[t] === pred[t]) continue;
          trans[gp * L + s.gold[t]] += 1;
          transU[gp * L + s.gold[t]] += c;
          trans[pp * L + pred[t]] -= 1;
          transU[pp * L + pred[t]] -= c;
        }
      }
      c++;
    }
    log(`${label} epoch ${ep + 1}/${epochs}: token errors ${errs}/${toks} (${((100 * errs) / toks).toFixed(2)}%), ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  for (let i = 0; i < size; i++) if (u[i] !== 0) w[i] -= u[i] / c;
  for (let i = 0; i < trans.length; i++) trans[i] -= transU[i] / c;
  return { w, trans };
}

/** Sparse int16 rows of the non-negligible buckets. */
export function compact(m: Dense, bits: number, prune: number): { buckets: Int32Array; weights: Int16Array; trans: Float32Array; scale: number } {
  const L = NUM_LABELS;
  const rows: number[] = [];
  let max = 0;
  for (let b = 0; b < 1 << bits; b++) {
    let keep = false;
    for (let l = 0; l < L; l++) {
      const v = Math.abs(m.w[b * L + l]);
      if (v >= prune) keep = true;
      if (v > max) max = v;
    }
    if (keep) rows.push(b);
  }
  const scale = max / 32767 || 1;
  const weights = new Int16Array(rows.length * L);
  rows.forEach((b, r) => {
    for (let l = 0; l < L; l++) weights[r * L + l] = Math.round(m.w[b * L + l] / scale);
  });
  return { buckets: Int32Array.from(rows), weights, trans: Float32Array.from(m.trans), scale };
}
