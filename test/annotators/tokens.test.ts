import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenize } from '../../src/annotators/tokens/tokenize.ts';

const texts = (s: string): string[] => tokenize(s).map((t) => s.slice(t.start, t.end));
const kinds = (s: string): string[] => tokenize(s).map((t) => `${s.slice(t.start, t.end)}/${t.kind}`);

describe('tokens', () => {
  test('abbreviations, titles and initials keep their period', () => {
    assert.deepEqual(texts('Gen. J. R. Okafor met U.S. and U.N. envoys at 9 a.m. in St. Paul.'), [
      'Gen.', 'J.', 'R.', 'Okafor', 'met', 'U.S.', 'and', 'U.N.', 'envoys', 'at', '9', 'a.m.', 'in', 'St.', 'Paul', '.',
    ]);
  });

  test('a sentence-final ordinary word loses its period to a punctuation token', () => {
    assert.deepEqual(texts('They left town.'), ['They', 'left', 'town', '.']);
  });

  test('numbers: decimals, thousands, dates, times, money and percentages', () => {
    assert.deepEqual(kinds('$4.2 billion, 1,200 troops, 3.5% on 2025-10-12 at 10:30'), [
      '$/symbol', '4.2/number', 'billion/word', ',/punct', '1,200/number', 'troops/word', ',/punct',
      '3.5/number', '%/symbol', 'on/word', '2025-10-12/number', 'at/word', '10:30/number',
    ]);
  });

  test('hyphenated names and compounds stay whole; possessive ’s is split off', () => {
    assert.deepEqual(texts('al-Rashid’s 54-year-old aide, O’Neill, didn\'t say.'), [
      'al-Rashid', '’s', '54-year-old', 'aide', ',', 'O’Neill', ',', "didn't", 'say', '.',
    ]);
  });

  test('quotes of every kind are their own tokens', () => {
    assert.deepEqual(kinds('“Yes,” ‘no’ «oui» "si"'), [
      '“/quote', 'Yes/word', ',/punct', '”/quote', '‘/quote', 'no/word', '’/quote', '«/quote', 'oui/word', '»/quote', '"/quote', 'si/word', '"/quote',
    ]);
  });

  test('URLs and emails are single tokens without trailing punctuation', () => {
    assert.deepEqual(kinds('See https://example.org/a/b?x=1, or write to press@example.org.'), [
      'See/word', 'https://example.org/a/b?x=1/url', ',/punct', 'or/word', 'write/word', 'to/word', 'press@example.org/email', './punct',
    ]);
    assert.deepEqual(texts('(www.example.org)'), ['(', 'www.example.org', ')']);
  });

  test('ellipses and dashes', () => {
    assert.deepEqual(texts('Wait... then — no -- never…'), ['Wait', '...', 'then', '—', 'no', '--', 'never', '…']);
  });

  test('emoji sequences, flags and combining marks are never split', () => {
    const s = 'Go 👍🏽 🇺🇦 👨‍👩‍👧 Zoe\u0301 ❤️!';
    assert.deepEqual(kinds(s), ['Go/word', '👍🏽/emoji', '🇺🇦/emoji', '👨‍👩‍👧/emoji', 'Zoe\u0301/word', '❤️/emoji', '!/punct']);
  });

  test('whitespace of every kind (NBSP, zero-width, CRLF) is skipped, not tokenised', () => {
    assert.deepEqual(texts('a\u00a0b\u200bc\r\nd\ufeffe\u2009f'), ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('texts without tokens give nothing', () => {
    for (const s of ['', ' ', '\n\n', '\u200b\u00a0\t']) assert.deepEqual(tokenize(s), []);
  });
});

test('a zero-width joiner before a non-pictograph does not swallow the next character (regression)', () => {
  const s = '\u{1005E}\u200d\ufeff';
  assert.deepEqual(tokenize(s).map((t) => [t.start, t.end]), [[0, 3]]);
});
