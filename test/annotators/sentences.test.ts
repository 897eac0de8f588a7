import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { annotate, sentenceTexts } from '../helpers.ts';

const fixtures = new URL('../fixtures/sentences/', import.meta.url);
const lines = (name: string): string[] =>
  fs.readFileSync(new URL(name, fixtures), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

describe('sentences: fixture lists', () => {
  for (const line of lines('must-not-split.txt')) {
    test(`one sentence: ${line.slice(0, 60)}`, () => {
      assert.deepEqual(sentenceTexts(annotate(line)), [line]);
    });
  }
  for (const line of lines('must-split.txt')) {
    const expected = line.split(' || ');
    test(`two sentences: ${line.slice(0, 60)}`, () => {
      assert.deepEqual(sentenceTexts(annotate(expected.join(' '))), expected);
    });
  }
});

describe('sentences: news structure', () => {
  test('headline, dateline and body sentences get their roles', () => {
    const doc = annotate('Rain floods valley towns\n\nOSLO, Norway — Heavy rain flooded three towns on Sunday. Roads were closed.');
    const roles = doc.layer('sentences').map((s) => [s.role, doc.slice(s)]);
    assert.deepEqual(roles, [
      ['headline', 'Rain floods valley towns'],
      ['dateline', 'OSLO, Norway —'],
      ['body', 'Heavy rain flooded three towns on Sunday.'],
      ['body', 'Roads were closed.'],
    ]);
  });

  test('a quote split by its attribution stays in the sentences it belongs to', () => {
    const text = '“Not now,” she said. “Perhaps next year.” The minister left.';
    assert.deepEqual(sentenceTexts(annotate(text)), ['“Not now,” she said.', '“Perhaps next year.”', 'The minister left.']);
  });

  test('question and exclamation marks inside quotes followed by "he said" do not end the sentence', () => {
    const text = '“Why wait?” he asked. "Enough!" she shouted at the crowd.';
    assert.deepEqual(sentenceTexts(annotate(text)), ['“Why wait?” he asked.', '"Enough!" she shouted at the crowd.']);
  });

  test('sentences never cross paragraphs, even without final punctuation', () => {
    const doc = annotate('First paragraph without a stop\n\nSecond one here.');
    assert.equal(doc.layer('sentences').length, 2);
    assert.notEqual(doc.layer('sentences')[0].paragraph, doc.layer('sentences')[1].paragraph);
  });

  test('an ellipsis before a capitalised sentence starter ends the sentence; before a name it does not', () => {
    assert.deepEqual(sentenceTexts(annotate('He paused... Then he left.')), ['He paused...', 'Then he left.']);
    assert.deepEqual(sentenceTexts(annotate('The president ... Maria Lopez said no.')), ['The president ... Maria Lopez said no.']);
  });

  test('sentences point at their token ranges', () => {
    const doc = annotate('One two. Three four five.');
    const [a, b] = doc.layer('sentences');
    assert.deepEqual([a.tokenStart, a.tokenEnd, b.tokenStart, b.tokenEnd], [0, 3, 3, 7]);
  });
});
