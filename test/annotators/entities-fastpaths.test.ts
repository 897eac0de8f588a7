// The speed paths of the entities annotator give exactly what their plain versions give: the
// unrolled Viterbi, the fused NER scorer, the rank directory of the weights, the memoised head and
// name lookups. Every text here was written for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headAt } from '../../src/annotators/entities/heads.ts';
import { prepareTransitions, viterbi, viterbiGeneric } from '../../src/annotators/entities/ner/decode.ts';
import { loadNerModel } from '../../src/annotators/entities/ner/model.ts';
import { groupFilter, popcount, rankDirectory, rankOf, rankOfFiltered } from '../../src/annotators/entities/ner/rows.ts';
import { ROLES } from '../../src/kb/data/roles.ts';
import { KnowledgeBase } from '../../src/kb/index.ts';

/** A small deterministic generator (tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const tok = (s: string): string[] => s.split(' ').filter(Boolean);

/** Documents as sentences of space-separated tokens. */
const DOCS: string[][] = [
  [
    'HARBOUR STRIKE ENDS AS DOCKERS ACCEPT OFFER',
    'PORTO VELHO 2026-03-02',
    'Dockers in Porto Velho voted on Monday to accept a pay offer from the Atlantic Shipping Authority , ending a strike that had idled the port for nine days .',
    '" We got most of what we asked for , " said Ilse Marquardt , who leads the Dockworkers Union of Porto Velho .',
    'Marquardt said the union ( which has 4,000 members ) would meet the authority again in June .',
    'The Atlantic Shipping Authority said in a statement that cargo would move again by Wednesday .',
  ],
  [
    'Minister Tomasz Wierzbicki flew to Reykjavik on Friday for talks with Nordic Fisheries officials .',
    'Wierzbicki , 54 , told reporters in Reykjavik that the quota dispute was " nearly over " .',
    'wierzbicki is a name here , lower-cased by a careless editor .',
    'Results : 1. Kestrel Rovers 3 2. Vale Albion 1',
  ],
  [],
  ['"', '.', 'A', 'NATO'],
];

function sentencesOf(doc: string[]): string[][] {
  return doc.map(tok);
}

describe('NER fast paths', () => {
  const tagger = loadNerModel();
  const emitOf = (): Float64Array => (tagger as unknown as { emit: Float64Array }).emit;

  test('the unrolled Viterbi equals the plain one, ties included', () => {
    const r = rng(7);
    for (let it = 0; it < 3000; it++) {
      const n = 1 + Math.floor(r() * 30);
      const quantised = it % 2 === 0; // small integers make many ties
      const val = (): number => (quantised ? Math.round(r() * 3) : r() * 10 - 5);
      const emit = new Float64Array(n * 17).map(val);
      const tp = prepareTransitions(new Float32Array(18 * 17).map(val));
      const a = new Uint8Array(n);
      const b = new Uint8Array(n);
      viterbi(emit, tp, 0, n, a);
      viterbiGeneric(emit, tp, 0, n, b);
      assert.deepEqual(a, b);
    }
  });

  test('fused scoring gives bit-identical scores and labels to the feature-buffer reference', () => {
    const r = rng(11);
    const vocab = ['the', 'The', 'Ministry', 'of', 'Ports', 'said', 'KESTREL', 'Kestrel', 'Vale', '(', ')', '"', ',', '.', '2026-03-02', '17', 'Ilse', 'Marquardt', 'union', 'New', 'York', 'in', 'Porto', 'Velho', 'FC', 'Inc', 'Monday', 'and', 'US-led'];
    const docs = DOCS.map(sentencesOf);
    // plus random documents over a small vocabulary: repeated words exercise the document features
    for (let d = 0; d < 40; d++) {
      const doc: string[][] = [];
      const ns = 1 + Math.floor(r() * 5);
      for (let s = 0; s < ns; s++) doc.push(Array.from({ length: Math.floor(r() * 14) }, () => vocab[Math.floor(r() * vocab.length)]));
      docs.push(doc);
    }
    for (const doc of docs) {
      const ref = tagger.labelReference(tagger.analyze(doc));
      const refEmit = emitOf().slice(0, ref.length * 17);
      const fast = tagger.labelDocument(doc);
      assert.deepEqual(fast, ref, JSON.stringify(doc));
      assert.deepEqual(emitOf().slice(0, fast.length * 17), refEmit);
    }
  });

  test('the word cache can be cleared between documents without changing any tag', () => {
    const doc = sentencesOf(DOCS[0]);
    const before = tagger.tagDocument(doc);
    tagger.words.clear();
    assert.deepEqual(tagger.tagDocument(sentencesOf(DOCS[1])).length, DOCS[1].length);
    assert.deepEqual(tagger.tagDocument(doc), before);
  });
});

describe('rank directory of the weights', () => {
  test('rank lookup and its filter agree with a set of buckets', () => {
    const r = rng(3);
    const bits = 16;
    const set = new Set<number>();
    while (set.size < 3000) set.add(Math.floor(r() * 2 ** bits));
    const buckets = [...set].sort((a, b) => a - b);
    const dir = rankDirectory(buckets, bits);
    const filter = groupFilter(dir);
    const rank = new Map(buckets.map((b, i) => [b, i]));
    for (let h = 0; h < 2 ** bits; h++) {
      const want = rank.get(h) ?? -1;
      assert.equal(rankOf(dir, h), want);
      assert.equal(rankOfFiltered(filter, dir, h), want);
    }
    assert.equal(popcount(0xffffffff), 32);
    assert.equal(popcount(0x80000001), 2);
    assert.throws(() => rankDirectory([5, 5], bits));
  });
});

describe('memoised knowledge-base lookups', () => {
  const kb = KnowledgeBase.load();

  test('mayStartRole says yes for the first word of every multi-word role', () => {
    for (const spec of ROLES) {
      for (const form of [spec.lemma, ...(spec.forms ?? [])]) {
        const words = form.toLowerCase().split(/[\s-]+/);
        if (words.length < 2 || !kb.role(form.toLowerCase())) continue;
        assert.ok(kb.mayStartRole(words[0]), `${form}: "${words[0]}" starts it`);
      }
    }
    assert.equal(kb.mayStartRole('xylophone'), false);
  });

  test('heads: two-word roles first, then the word; the memo never changes an answer', () => {
    const words = tok('The Prime Minister and the foreign minister met the army chief and a Channel reporter');
    const fresh = words.map((_, i) => headAt(kb, words, i, new Map()));
    const warm = words.map((_, i) => headAt(kb, words, i));
    const again = words.map((_, i) => headAt(kb, words, i));
    assert.deepEqual(warm, fresh);
    assert.deepEqual(again, fresh);
    assert.equal(fresh[1]?.width, 2); // "Prime Minister"
    assert.equal(fresh[5]?.width, 2); // "foreign minister"
    assert.equal(fresh[0], null); // a determiner is never a head
  });

  test('findNames still finds multi-word and "the" names after the second-word shortcut', () => {
    const names = (s: string): string[] => {
      const t = tok(s);
      return kb.findNames(t).map((n) => t.slice(n.start, n.end).join(' '));
    };
    const s = 'Envoys met in The Hague , then at the White House and in New Delhi and Buenos Aires';
    assert.deepEqual(names(s), ['The Hague', 'White House', 'New Delhi', 'Buenos Aires']);
    assert.deepEqual(names('the the the'), []);
    assert.deepEqual(names('Officials at the United Nations said so'), ['United Nations']);
    // the same token strings again (memoised facts) give the same answer
    assert.deepEqual(names(s), ['The Hague', 'White House', 'New Delhi', 'Buenos Aires']);
  });
});
