import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectDateline } from '../../src/ingest/dateline.ts';
import { detectHeadline } from '../../src/ingest/headline.ts';
import { docFromText } from '../../src/ingest/text.ts';

const dl = (s: string, date?: string) => {
  const d = detectDateline(s, 0, date);
  return d && { place: d.place.text, agency: d.agency, dateText: d.dateText, date: d.date, span: s.slice(d.start, d.end) };
};

describe('datelines', () => {
  test('agency styles', () => {
    assert.deepEqual(dl('ERBIL, Kurdistan Region — A leader said'), { place: 'ERBIL, Kurdistan Region', agency: undefined, dateText: undefined, date: undefined, span: 'ERBIL, Kurdistan Region —' });
    assert.deepEqual(dl('WASHINGTON (Reuters) - The Treasury said'), { place: 'WASHINGTON', agency: 'Reuters', dateText: undefined, date: undefined, span: 'WASHINGTON (Reuters) -' });
    assert.deepEqual(dl('LONDON, March 3 (AP) — Judges ruled', '2026-03-04'), { place: 'LONDON', agency: 'AP', dateText: 'March 3', date: '2026-03-03', span: 'LONDON, March 3 (AP) —' });
    assert.deepEqual(dl('SPRINGFIELD, Ill. (AP) — Farmers'), { place: 'SPRINGFIELD, Ill.', agency: 'AP', dateText: undefined, date: undefined, span: 'SPRINGFIELD, Ill. (AP) —' });
    assert.deepEqual(dl('NEW DELHI, Oct 5: Ministers met', '2026-01-10'), { place: 'NEW DELHI', agency: undefined, dateText: 'Oct 5', date: '2025-10-05', span: 'NEW DELHI, Oct 5:' });
    assert.equal(dl('SÃO PAULO, Brazil — Coffee prices')?.place, 'SÃO PAULO, Brazil');
    assert.equal(dl('KYIV, Ukraine (AFP) — Officials')?.agency, 'AFP');
  });

  test('ordinary sentence openings are not datelines', () => {
    for (const s of ['The minister said — and meant it', 'BREAKING: talks collapse', 'US-led forces struck - officials said', 'A — B', 'Officials in Kyiv said on Monday']) {
      assert.equal(detectDateline(s, 0), null, s);
    }
  });
});

describe('headlines', () => {
  test('a short first line without a final period is a headline', () => {
    assert.deepEqual(detectHeadline('Floods hit coast\nThe rain fell.'), { start: 0, end: 16 });
    assert.deepEqual(detectHeadline('  Minister: “We will not resign”\r\n\r\nBody.'), { start: 2, end: 32 });
  });

  test('a body sentence, a single line or a very long line is not', () => {
    assert.equal(detectHeadline('The rain fell on the coast.\nMore rain.'), null);
    assert.equal(detectHeadline('Just one line'), null);
    assert.equal(detectHeadline(`${'word '.repeat(60)}\nbody`), null);
  });

  test('a first line that is itself a dateline-led paragraph is body, not headline', () => {
    const doc = docFromText('d', 'PARIS — Talks resumed on Monday\nThey ended late.');
    assert.equal(doc.meta.headline, undefined);
    assert.equal(doc.meta.dateline?.place.text, 'PARIS');
  });
});
