// Averaged structured perceptron over BILOU labels with Viterbi decoding (Collins 2002), on
// precomputed hashed features. Dense weights: (2^hashBits) x NUM_LABELS.

import { prepareTransitions, viterbi } from '../../src/annotators/entities/ner/decode.ts';
import { NUM_LABELS } from '../../src/annotators/entities/ner/tags.ts';
import { rng } from '../lib/rng.ts';

export interface TrainDoc {
  n: number;
  sentStart: Int32Array;
  offs: Int32Array;
  feats: Int32Array;
  gold: Uint8Array;
  /** fixed emission scores the features' weights are added to (stage 2: stage-1 scores) */
  base?: Float32Array;
  /** multiplier of `base` */
  baseScale?: number;
}

export interface DenseModel {
  w: Float64Array;
  trans: Float64Array;
}


let emitBuf = new Float64Array(1 << 14);

function emissions(doc: TrainDoc, w: Float64Array, s0: number, s1: number): Float64Array {
  const L = NUM_LABELS;
  if (emitBuf.length < doc.n * L) emitBuf = new Float64Array(doc.n * L * 2);
  const e = emitBuf;
  const { offs, feats, base } = doc;
  for (let t = s0; t < s1; t++) {
    const o = t * L;
    const bs = doc.baseScale ?? 1;
    if (base) for (let l = 0; l < L; l++) e[o + l] = base[o + l] * bs;
    else for (let l = 0; l < L; l++) e[o + l] = 0;
    for (let k = offs[t], end = offs[t + 1]; k < end; k++) {
      const base = feats[k] * L;
      for (let l = 0; l < L; l++) e[o + l] += w[base + l];
    }
  }
  return e;
}

/** Emission scores of a whole document (n x NUM_LABELS). */
export function docEmissions(doc: TrainDoc, m: DenseModel): Float32Array {
  return Float32Array.from(emissions(doc, m.w, 0, doc.n).subarray(0, doc.n * NUM_LABELS));
}

export function predictDoc(doc: TrainDoc, m: DenseModel, out: Uint8Array = new Uint8Array(doc.n)): Uint8Array {
  const tp = prepareTransitions(m.trans);
  for (let s = 0; s + 1 < doc.sentStart.length; s++) {
    const s0 = doc.sentStart[s];
    const s1 = doc.sentStart[s + 1];
    viterbi(emissions(doc, m.w, s0, s1), tp, s0, s1, out);
  }
  return out;
}

export interface TrainOptions {
  hashBits: number;
  epochs: number;
  seed: number;
  log: (msg: string) => void;
  label: string;
  /** initial transition weights */
  initTrans?: Float64Array;
}

export function trainPerceptron(docs: TrainDoc[], opt: TrainOptions): DenseModel {
  const L = NUM_LABELS;
  const size = (1 << opt.hashBits) * L;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // sum of c * update, for averaging
  const trans = opt.initTrans ? Float64Array.from(opt.initTrans) : new Float64Array((L + 1) * L);
  const transU = new Float64Array((L + 1) * L);
  const rand = rng(opt.seed);
  const order = docs.map((_, i) => i);
  let pred = new Uint8Array(4096);
  const tp = prepareTransitions(trans);
  let c = 1;
  const m: DenseModel = { w, trans };
  const t0 = performance.now();
  for (let ep = 0; ep < opt.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errs = 0;
    let toks = 0;
    for (const di of order) {
      const doc = docs[di];
      const { offs, feats, gold } = doc;
      for (let s = 0; s + 1 < doc.sentStart.length; s++) {
        const s0 = doc.sentStart[s];
        const s1 = doc.sentStart[s + 1];
        if (s1 === s0) continue;
        if (pred.length < doc.n) pred = new Uint8Array(doc.n * 2);
        const p = pred;
        viterbi(emissions(doc, w, s0, s1), prepareTransitions(trans, tp), s0, s1, p);
        let wrong = false;
        for (let t = s0; t < s1; t++) {
          toks++;
          if (p[t] !== gold[t]) {
            wrong = true;
            errs++;
            const g = gold[t];
            const q = p[t];
            for (let k = offs[t], end = offs[t + 1]; k < end; k++) {
              const base = feats[k] * L;
              w[base + g] += 1;
              u[base + g] += c;
              w[base + q] -= 1;
              u[base + q] -= c;
            }
          }
        }
        if (wrong) {
          for (let t = s0; t < s1; t++) {
            const gp = t === s0 ? L : gold[t - 1];
            const pp = t === s0 ? L : p[t - 1];
            if (gp === pp && gold[t] === p[t]) continue;
            trans[gp * L + gold[t]] += 1;
            transU[gp * L + gold[t]] += c;
            trans[pp * L + p[t]] -= 1;
            transU[pp * L + p[t]] -= c;
          }
        }
        c++;
      }
    }
    opt.log(`${opt.label} epoch ${ep + 1}/${opt.epochs}: token errors ${errs}/${toks} (${((100 * errs) / toks).toFixed(2)}%), ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  // averaged weights: w - u / c
  for (let i = 0; i < size; i++) if (u[i] !== 0) w[i] -= u[i] / c;
  for (let i = 0; i < trans.length; i++) trans[i] -= transU[i] / c;
  return m;
}
