// The attribution tagger's caches at their limits (a paragraph longer than the word-pair cache holds,
// a document with more forms than the vocabulary keeps) still give the figures of the feature-buffer
// path; and the unrolled Viterbi pass chooses what a plain Viterbi does, ties included.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quoteFactsOf } from '../helpers.ts';
import { NUM_LABELS } from '../../src/annotators/quotes/features.ts';
import { ALLOWED, loadQuoteTagger, viterbi } from '../../src/annotators/quotes/tagger.ts';

const factsOf = quoteFactsOf;

describe('fast scoring at the caches\' limits', () => {
  const tagger = loadQuoteTagger();
  const same = (text: string): void => {
    assert.ok(tagger);
    const f = factsOf(text);
    const fast = tagger.tag(f);
    const slow = tagger.tag(f, true);
    assert.deepEqual(Array.from(fast.labels), Array.from(slow.labels));
    assert.deepEqual(Array.from(fast.margin), Array.from(slow.margin));
  };
  test('a paragraph of 40,000 tokens', () => {
    const sentences = ['“We will not stop,” the minister said on Monday.', 'Officials told reporters that the talks had stalled, according to a statement.', 'She said the plan was “a disaster” and warned of more cuts.'];
    let text = 'Headline here\n\n';
    for (let i = 0; i < 2900; i++) text += `${sentences[i % 3]} `;
    same(text);
  });
  test('a document of 35,000 forms', () => {
    let text = 'Many words\n\n';
    for (let i = 0; i < 35000; i++) text += `w${i.toString(36)}x said “q${i}”.${i % 40 === 39 ? '\n\n' : ' '}`;
    same(text);
  });
});

/** Viterbi as in the textbook: every allowed predecessor, the first best on a tie. */
function plainViterbi(emit: Float64Array, trans: Float32Array, n: number): number[] {
  const L = NUM_LABELS;
  const d: number[][] = [];
  const back: number[][] = [];
  d.push(Array.from({ length: L }, (_, c) => (ALLOWED[L * L + c] ? emit[c] + trans[L * L + c] : -1e30 + emit[c])));
  for (let t = 1; t < n; t++) {
    const row: number[] = [];
    const bk: number[] = [];
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + c]) continue;
        const v = d[t - 1][p] + trans[p * L + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      row.push(best + emit[t * L + c]);
      bk.push(arg);
    }
    d.push(row);
    back.push(bk);
  }
  let arg = 0;
  for (let c = 1; c < L; c++) if (d[n - 1][c] > d[n - 1][arg]) arg = c;
  const out = [arg];
  for (let t = n - 1; t > 0; t--) out.unshift((arg = back[t - 1][arg]));
  return out;
}

describe('viterbi', () => {
  test('the same labels as a plain Viterbi, with ties', () => {
    const L = NUM_LABELS;
    let seed = 7;
    const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) / 65536;
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(rand() * 30);
      // small integers: many equal sums
      const emit = Float64Array.from({ length: n * L }, () => Math.floor(rand() * 4));
      const trans = Float32Array.from({ length: (L + 1) * L }, () => Math.floor(rand() * 3) - 1);
      const out = new Uint8Array(n);
      viterbi(emit, trans, n, out, 0);
      assert.deepEqual(Array.from(out), plainViterbi(emit, trans, n), `round ${round}`);
    }
  });
});
