// The attribution tagger's fast scoring (dense tables and per-form caches, used for prediction) must
// give exactly the scores of the feature-buffer path the training script uses; and transcript turns.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { quoteFactsOf } from '../helpers.ts';
import { createPipeline, docFromText, type Doc } from '../../src/index.ts';
import { vocab } from '../../src/annotators/quotes/features.ts';
import { loadQuoteTagger } from '../../src/annotators/quotes/tagger.ts';
import { repairSpans } from '../../src/annotators/quotes/assemble.ts';

const samplesDir = path.join(import.meta.dirname, '../../samples');
const factsOf = quoteFactsOf;

describe('fast scoring', () => {
  const tagger = loadQuoteTagger();
  test('the built-in model loads', () => assert.ok(tagger));
  const texts = fs
    .readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8'));
  texts.push('“Yes,” he said.', 'A', '“', 'SMITH: We will see.\n\nJONES: No.', '“Not now” — “not ever,” she said: “never.”');
  test('labels and margins equal those of the feature-buffer path, on every sample article', () => {
    assert.ok(tagger);
    for (const text of texts) {
      const f = factsOf(text);
      const slow = tagger.tag(f, true);
      const fast = tagger.tag(f);
      assert.deepEqual(Array.from(fast.labels), Array.from(slow.labels), text.slice(0, 60));
      assert.deepEqual(Array.from(fast.margin), Array.from(slow.margin), text.slice(0, 60));
    }
  });
  test('after the vocabulary is cleared, the same text gets the same labels', () => {
    assert.ok(tagger);
    const text = texts[0];
    const facts = factsOf(text);
    const before = tagger.tag(facts);
    const gen = vocab.generation;
    vocab.clear();
    assert.notEqual(vocab.generation, gen);
    const after = tagger.tag(factsOf(text));
    assert.deepEqual(Array.from(after.labels), Array.from(before.labels));
    assert.deepEqual(Array.from(after.margin), Array.from(before.margin));
    // facts of the old generation are still tagged right (through the feature lists)
    const stale = tagger.tag(facts);
    assert.deepEqual(Array.from(stale.labels), Array.from(before.labels));
  });
});

describe('transcript turns', () => {
  const pipeline = createPipeline({ config: { quotes: { scope: 'attribution' } } });
  const run = (text: string): Doc => {
    const r = pipeline.run(docFromText('t', text, { date: '2026-03-02' }));
    if (!r.ok) throw new Error(r.error.reason);
    return r.doc;
  };
  test('"NAME: …" paragraphs are what NAME said, the colon its cue', () => {
    const doc = run(
      'Interview with the mayor\n\nThe mayor spoke to the radio on Monday. Part of the transcript:\n\nHOST: Will the bridge open this year? People in the valley are tired of waiting.\n\nMAYOR KOWALSKA: It will open in October. The steel arrived last week, and the crews are working nights.\n\nHOST: And the cost?',
    );
    const qs = doc.layer('quotes');
    const turn = qs.find((q) => doc.slice(q).startsWith('It will open in October'));
    assert.ok(turn, qs.map((q) => doc.slice(q)).join(' | '));
    assert.equal(doc.slice(turn.speaker ?? { start: 0, end: 0 }), 'MAYOR KOWALSKA');
    assert.equal(doc.slice(turn.cue ?? { start: 0, end: 0 }), ':');
    assert.equal(turn.type, 'direct');
    assert.match(doc.slice(turn), /working nights\.?$/);
    const host = qs.find((q) => doc.slice(q).startsWith('Will the bridge open'));
    assert.ok(host);
    assert.equal(doc.slice(host.speaker ?? { start: 0, end: 0 }), 'HOST');
  });
  test('one capitalised label with a colon is not a transcript', () => {
    const doc = run('Road closed after flood\n\nUPDATE: The road reopened at noon after crews cleared the mud.\n\nThe river had risen two metres overnight.');
    for (const q of doc.layer('quotes')) assert.notEqual(doc.slice(q.speaker ?? { start: 0, end: 0 }), 'UPDATE');
  });
});

describe('span repairs and idioms', () => {
  test('a cue never runs over a comma; a lone determiner source takes the noun after it', () => {
    const f = factsOf('One agent said, asking not to be named, that the port would stay shut.');
    const at = (w: string): number => f.words.indexOf(w);
    const spans = repairSpans(f, [
      { a: at('one'), b: at('one') + 1, kind: 'source', sentence: 0, paragraph: 0, margin: 0 },
      { a: at('agent'), b: at('named'), kind: 'cue', sentence: 0, paragraph: 0, margin: 0 },
    ]);
    assert.deepEqual(
      spans.map((s) => f.words.slice(s.a, s.b).join(' ')),
      ['one agent', 'said'],
    );
  });
  test('"claimed responsibility for" is an act, not an attribution, in either scope', () => {
    for (const scope of ['speech', 'attribution'] as const) {
      const p = createPipeline({ config: { quotes: { scope } } });
      const r = p.run(docFromText('t', 'A little-known group claimed responsibility for the fire at the depot.', { date: '2026-03-02' }));
      assert.ok(r.ok);
      for (const q of r.doc.layer('quotes')) assert.doesNotMatch(r.doc.slice(q), /^responsibility/, scope);
    }
  });
});

describe('"according to X" closing its sentence', () => {
  test('the content is the clause from the sentence start, the source the whole noun phrase', () => {
    const p = createPipeline({ config: { quotes: { scope: 'attribution' } } });
    const r = p.run(docFromText('t', 'The 40 workers, most of whom had not been paid since May, returned to the site on Monday, according to the regional union of builders.', { date: '2026-03-02' }));
    assert.ok(r.ok);
    const q = r.doc.layer('quotes').find((x) => x.cue && r.doc.slice(x.cue) === 'according to');
    assert.ok(q);
    assert.match(r.doc.slice(q), /^The 40 workers, most of whom/);
    assert.equal(r.doc.slice(q.speaker ?? { start: 0, end: 0 }), 'the regional union of builders');
  });
});
