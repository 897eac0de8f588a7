// First-order Viterbi over BILOU labels with hard well-formedness constraints.

import { ALLOWED, CAN_END, CAN_START, NUM_LABELS } from './tags.ts';

const NEG = -1e30;
let delta = new Float64Array(0);
let back = new Int8Array(0);

// allowed predecessors of each label, flattened: PRED[PRED_START[c] .. PRED_START[c + 1])
const PRED_START = new Int32Array(NUM_LABELS + 1);
const PRED: number[] = [];
for (let c = 0; c < NUM_LABELS; c++) {
  PRED_START[c] = PRED.length;
  for (let p = 0; p < NUM_LABELS; p++) if (ALLOWED[p * NUM_LABELS + c]) PRED.push(p);
}
PRED_START[NUM_LABELS] = PRED.length;
const PRED_ARR = Int8Array.from(PRED);

/**
 * Transition weights rearranged for viterbi(): for each label c, the weights from its allowed
 * predecessors in PRED order, then the NUM_LABELS start weights.
 */
export function prepareTransitions(trans: ArrayLike<number>, out: Float64Array = new Float64Array(PRED_ARR.length + NUM_LABELS)): Float64Array {
  const L = NUM_LABELS;
  for (let c = 0; c < L; c++) for (let k = PRED_START[c]; k < PRED_START[c + 1]; k++) out[k] = trans[PRED_ARR[k] * L + c];
  for (let c = 0; c < L; c++) out[PRED_ARR.length + c] = trans[L * L + c];
  return out;
}


// viterbi() hard-codes this structure; check it once at load
const CLOSED = [0, 3, 4, 7, 8, 11, 12, 15, 16];
const OPEN_TARGETS = Int8Array.from([0, 1, 4, 5, 8, 9, 12, 13, 16]);
for (let c = 0; c < NUM_LABELS; c++) {
  const preds = Array.from(PRED_ARR.subarray(PRED_START[c], PRED_START[c + 1]));
  const want = OPEN_TARGETS.includes(c) ? CLOSED : [c - 1 - ((c - 1) & 3) + 1, c - 1 - ((c - 1) & 3) + 2];
  if (preds.join() !== want.join()) throw new Error(`decode: unexpected BILOU predecessors of label ${c}`);
}

/**
 * Best label sequence for tokens [s0, s1) given emission scores `emit` (token-major, NUM_LABELS per
 * token, indexed from s0*NUM_LABELS) and transitions prepared by prepareTransitions(). Writes
 * labels into out[s0..s1).
 *
 * Unrolled for the BILOU structure (same result as viterbiGeneric(), ties included): O, B-x and U-x
 * all follow one set of 9 labels (O, L-x, U-x), whose scores are read once per token; I-x and L-x
 * follow B-x and I-x.
 */
export function viterbi(emit: Float64Array, tp: Float64Array, s0: number, s1: number, out: Uint8Array): void {
  const n = s1 - s0;
  if (n <= 0) return;
  const L = NUM_LABELS;
  startLattice(emit, tp, s0, n);
  const d = delta;
  const bk = back;
  const ps = PRED_START;
  for (let t = 1; t < n; t++) {
    const base = (s0 + t) * L;
    const q = (t - 1) * L;
    const off = t * L;
    // the closed labels (O, L-x, U-x), in PRED order
    const q0 = d[q], q3 = d[q + 3], q4 = d[q + 4], q7 = d[q + 7], q8 = d[q + 8];
    const q11 = d[q + 11], q12 = d[q + 12], q15 = d[q + 15], q16 = d[q + 16];
    for (let j = 0; j < 9; j++) {
      const c = OPEN_TARGETS[j];
      const k = ps[c];
      let best = q0 + tp[k];
      let arg = 0;
      let v = q3 + tp[k + 1];
      if (v > best) { best = v; arg = 3; }
      v = q4 + tp[k + 2];
      if (v > best) { best = v; arg = 4; }
      v = q7 + tp[k + 3];
      if (v > best) { best = v; arg = 7; }
      v = q8 + tp[k + 4];
      if (v > best) { best = v; arg = 8; }
      v = q11 + tp[k + 5];
      if (v > best) { best = v; arg = 11; }
      v = q12 + tp[k + 6];
      if (v > best) { best = v; arg = 12; }
      v = q15 + tp[k + 7];
      if (v > best) { best = v; arg = 15; }
      v = q16 + tp[k + 8];
      if (v > best) { best = v; arg = 16; }
      d[off + c] = best + emit[base + c];
      bk[off + c] = arg;
    }
    // I-x and L-x of each type continue B-x or I-x
    for (let ty = 0; ty < 4; ty++) {
      const b = 1 + 4 * ty;
      const db = d[q + b];
      const di = d[q + b + 1];
      for (let c = b + 1; c <= b + 2; c++) {
        const k = ps[c];
        const vb = db + tp[k];
        const vi = di + tp[k + 1];
        if (vi > vb) {
          d[off + c] = vi + emit[base + c];
          bk[off + c] = b + 1;
        } else {
          d[off + c] = vb + emit[base + c];
          bk[off + c] = b;
        }
      }
    }
  }
  backtrack(d, bk, n, s0, out);
}

/**
 * Best label sequence for tokens [s0, s1) given emission scores `emit` (token-major, NUM_LABELS per
 * token, indexed from s0*NUM_LABELS) and transitions prepared by prepareTransitions(). Writes
 * labels into out[s0..s1). The plain version of viterbi(), kept as its reference.
 */
export function viterbiGeneric(emit: Float64Array, tp: Float64Array, s0: number, s1: number, out: Uint8Array): void {
  const n = s1 - s0;
  if (n <= 0) return;
  const L = NUM_LABELS;
  startLattice(emit, tp, s0, n);
  const d = delta;
  const bk = back;
  const predStart = PRED_START;
  const pred = PRED_ARR;
  for (let t = 1; t < n; t++) {
    const base = (s0 + t) * L;
    const prevOff = (t - 1) * L;
    const off = t * L;
    for (let c = 0; c < L; c++) {
      let k = predStart[c];
      const e = predStart[c + 1];
      let arg = pred[k];
      let best = d[prevOff + arg] + tp[k];
      for (k++; k < e; k++) {
        const p = pred[k];
        const v = d[prevOff + p] + tp[k];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      d[off + c] = best + emit[base + c];
      bk[off + c] = arg;
    }
  }
  backtrack(d, bk, n, s0, out);
}

/** Room for n tokens in the shared lattice, and its first row: the labels that may start a sentence. */
function startLattice(emit: Float64Array, tp: Float64Array, s0: number, n: number): void {
  const L = NUM_LABELS;
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int8Array(n * L * 2);
  }
  const startOff = PRED_ARR.length;
  for (let c = 0; c < L; c++) delta[c] = CAN_START[c] ? emit[s0 * L + c] + tp[startOff + c] : NEG;
}

/** The best label that may end the sentence, then back along the stored pointers into out[s0..]. */
function backtrack(d: Float64Array, bk: Int8Array, n: number, s0: number, out: Uint8Array): void {
  const L = NUM_LABELS;
  let best = NEG;
  let arg = 0;
  const lastOff = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (!CAN_END[c]) continue;
    if (d[lastOff + c] > best) {
      best = d[lastOff + c];
      arg = c;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[s0 + t] = arg;
    arg = bk[t * L + arg];
  }
}
