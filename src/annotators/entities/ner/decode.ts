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

/**
 * Best label sequence for tokens [s0, s1) given emission scores `emit` (token-major, NUM_LABELS per
 * token, indexed from s0*NUM_LABELS) and transitions prepared by prepareTransitions(). Writes
 * labels into out[s0..s1).
 */
export function viterbi(emit: Float64Array, tp: Float64Array, s0: number, s1: number, out: Uint8Array): void {
  const n = s1 - s0;
  if (n <= 0) return;
  const L = NUM_LABELS;
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int8Array(n * L * 2);
  }
  const d = delta;
  const bk = back;
  const predStart = PRED_START;
  const pred = PRED_ARR;
  const canStart = CAN_START;
  const canEnd = CAN_END;
  const startOff = pred.length;
  for (let c = 0; c < L; c++) d[c] = canStart[c] ? emit[s0 * L + c] + tp[startOff + c] : NEG;
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
  let best = NEG;
  let arg = 0;
  const lastOff = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (!canEnd[c]) continue;
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
