// Doc.tokenTexts(): the token strings every annotator shares, sliced once per document.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline, Doc } from '../../src/index.ts';

test('tokenTexts() gives the text of each token, the same array on every call', () => {
  const doc = new Doc('t', 'The mayor, Ana Ruiz, said “no.”');
  doc.addLayer('tokens', [
    { start: 0, end: 3, kind: 'word' },
    { start: 4, end: 9, kind: 'word' },
    { start: 9, end: 10, kind: 'punct' },
    { start: 21, end: 25, kind: 'word' },
    { start: 26, end: 27, kind: 'quote' },
  ], { annotator: 'test', version: '0' });
  const texts = doc.tokenTexts();
  assert.deepEqual(texts, ['The', 'mayor', ',', 'said', '“']);
  assert.equal(doc.tokenTexts(), texts);
});

test('tokenTexts() before tokenisation names the missing layer', () => {
  assert.throws(() => new Doc('empty', 'No tokens yet.').tokenTexts(), /layer "tokens" has not been produced/);
});

test('after a pipeline run, tokenTexts() matches the tokens layer', () => {
  const r = createPipeline({ annotators: ['tokens', 'sentences'] }).run(new Doc('p', 'Rain fell on Tuesday. Roads closed.'));
  assert.ok(r.ok);
  const tokens = r.doc.layer('tokens');
  assert.deepEqual(r.doc.tokenTexts(), tokens.map((t) => r.doc.text.slice(t.start, t.end)));
});

test('tokenTypes() numbers the distinct token texts in order of first occurrence', () => {
  const r = createPipeline({ annotators: ['tokens'] }).run(new Doc('v', 'the cat saw the dog and the Cat'));
  assert.ok(r.ok);
  const { ids, words } = r.doc.tokenTypes();
  assert.deepEqual(words, ['the', 'cat', 'saw', 'dog', 'and', 'Cat']);
  assert.deepEqual([...ids], [0, 1, 2, 0, 3, 4, 0, 5]);
  assert.equal(r.doc.tokenTypes().ids, ids);
});
