// When and where quotes were said: their own attribution's date and place, else the same speaker's
// stated setting, else the dateline and publication date. Articles written for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtinRegistry, docFromText, Pipeline, PipelineConfigError } from '../../src/index.ts';
import type { Doc, Quote } from '../../src/index.ts';
import { annotate } from '../helpers.ts';

const ARTICLE = [
  'Portugal ready to mediate, minister says',
  '',
  'LISBON — Portuguese Foreign Minister Carla Mendes said Tuesday that her country was ready to host talks between the two sides.',
  '',
  'In an interview with a radio station on the sidelines of a summit in Madrid, Mendes was asked whether the talks could begin before the summer.',
  '',
  '“We are ready whenever they are,” she told the station. “Nobody gains from waiting.”',
  '',
  'Opposition leader Rui Tavares said the government would announce its plan on Friday.',
].join('\n');

function quoteBy(doc: Doc, words: string): Quote {
  const q = doc.layer('quotes').find((x) => doc.slice(x).includes(words));
  assert.ok(q, `no quote with "${words}"`);
  return q;
}

function placeName(doc: Doc, q: Quote): string | undefined {
  return doc.layer('places').find((p) => p.id === q.place)?.name;
}

describe('quote settings', () => {
  const doc = annotate(ARTICLE, { date: '2026-03-12' });

  test('the attribution\'s own weekday dates the quote, resolved against the publication date', () => {
    const q = quoteBy(doc, 'host talks');
    assert.equal(q.date, '2026-03-10');
    assert.equal(q.dateSource, 'sentence');
    assert.ok(doc.layer('times').some((t) => t.id === q.time && doc.slice(t) === 'Tuesday'));
  });

  test('later quotes of the same speaker take her dated statement and the scene stated in another sentence', () => {
    for (const words of ['We are ready', 'Nobody gains']) {
      const q = quoteBy(doc, words);
      assert.equal(q.date, '2026-03-10', words);
      assert.equal(q.dateSource, 'speaker', words);
      assert.equal(placeName(doc, q), 'Madrid', words);
      assert.equal(q.placeSource, 'speaker', words);
    }
    // the first statement comes before its scene, and still happened there
    assert.equal(placeName(doc, quoteBy(doc, 'host talks')), 'Madrid');
  });

  test('a date inside the quoted content is what the content is about, not when it was said', () => {
    const q = quoteBy(doc, 'announce its plan');
    assert.notEqual(q.dateSource, 'sentence');
    assert.equal(q.date, '2026-03-12');
    assert.equal(q.dateSource, 'publication');
    // another speaker does not inherit the minister's scene: the dateline it is
    assert.equal(placeName(doc, q), 'Lisbon');
    assert.equal(q.placeSource, 'dateline');
  });
});

test('a place inside the speaker\'s own description names the speaker, not where it was said', () => {
  const doc = annotate('Staff safe, embassy says\n\nNAIROBI — The Dutch embassy in Kampala said on Monday that all of its staff were safe and accounted for.', { date: '2026-05-06' });
  const q = quoteBy(doc, 'staff were safe');
  assert.equal(placeName(doc, q), 'Nairobi');
  assert.equal(q.placeSource, 'dateline');
  assert.equal(q.date, '2026-05-04');
});

test('a date trailing reported speech is part of what was reported, not of the saying', () => {
  const doc = annotate('Results due, officials say\n\nROME — Health officials said the test results would be released soon, probably by Friday. "We are nearly there," one of them said.', { date: '2026-05-06' });
  const q = quoteBy(doc, 'test results');
  assert.notEqual(q.dateSource, 'sentence');
  assert.equal(q.date, '2026-05-06');
});

describe('layers read when present', () => {
  test('an order that would produce a layer after the annotator reading it is refused, naming the fix', () => {
    const registry = builtinRegistry();
    assert.throws(
      () => Pipeline.build(registry, { annotators: ['tokens', 'paragraphs', 'sentences', 'entities', 'coref', 'quotes', 'time'] }),
      (err: unknown) => err instanceof PipelineConfigError && /put "time" before "quotes"/.test(err.message),
    );
  });

  test('with dependency resolution, a named producer of such a layer runs first', () => {
    const p = Pipeline.build(builtinRegistry(), { annotators: ['quotes', 'time'], resolveDependencies: true });
    assert.ok(p.names.indexOf('time') < p.names.indexOf('quotes'), p.names.join(','));
  });

  test('without times and places, quotes still come, undated', () => {
    const p = Pipeline.build(builtinRegistry(), { annotators: ['quotes'], resolveDependencies: true });
    const r = p.run(docFromText('t', ARTICLE, { date: '2026-03-12' }));
    assert.ok(r.ok);
    const quotes = r.doc.layer('quotes');
    assert.ok(quotes.length >= 3);
    assert.ok(quotes.every((q) => q.date === undefined && q.place === undefined));
  });
});
