// The reference article of ../shared/bench/seed, read at run time (it is evaluation data and is never
// copied into this repository). Skipped when the shared folder is not present.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { annotate } from './helpers.ts';

const SEED = new URL('../../shared/bench/seed/article.txt', import.meta.url);
const present = fs.existsSync(SEED);

test('seed article: headline, dateline, 12 paragraphs and their sentences', { skip: !present && 'no ../shared/bench/seed' }, () => {
  const doc = annotate(fs.readFileSync(SEED, 'utf8'), { date: '2015-10-05' });
  const paragraphs = doc.layer('paragraphs');
  assert.equal(paragraphs[0].role, 'headline');
  assert.equal(paragraphs.filter((p) => p.role === 'body').length, 12);
  assert.equal(doc.meta.dateline?.place.text, 'ERBIL, Kurdistan Region');
  assert.equal(doc.meta.headline?.start, 0);
  const sentences = doc.layer('sentences');
  assert.deepEqual(sentences.slice(0, 2).map((s) => s.role), ['headline', 'dateline']);
  // body sentences per paragraph: the two- and three-sentence quotes split where a reader splits them
  const perParagraph = paragraphs.slice(1).map((p) => sentences.filter((s) => s.paragraph === p.id && s.role === 'body').length);
  assert.deepEqual(perParagraph, [1, 1, 1, 1, 1, 1, 1, 3, 3, 1, 1, 2]);
  for (const s of sentences.filter((x) => x.role === 'body')) {
    assert.match(doc.slice(s), /[.?!]["”’]?$/, 'every body sentence ends with its stop (and closing quote)');
  }
});
