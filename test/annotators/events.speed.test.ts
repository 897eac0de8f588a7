// The events coder's speed-ups keep its results: the word table that interns a document's words,
// the stable insertion sort, the packed pattern matcher (same triggers as the pattern objects say),
// and a document coded twice (warm caches) giving the same events.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTriggers, loadDictionary, wordIdsOf } from '../../src/annotators/events/dictionary.ts';
import { sortStable } from '../../src/annotators/events/sort.ts';
import { normWord } from '../../src/annotators/events/view.ts';
import { WordTable } from '../../src/annotators/events/words.ts';
import { createPipeline, docFromText } from '../../src/index.ts';

describe('events: word table', () => {
  test('finds a word by its characters, once per word', () => {
    const dict = loadDictionary();
    const table = new WordTable(dict.vocab);
    const text = 'police arrested police’s protesters arrested';
    const a = table.entryOf(text, 0, 6);
    const b = table.entryOf(text, 7, 15);
    assert.equal(table.entryOf(text, 16, 22), a);
    assert.equal(table.entryOf(text, 36, 44), b);
    assert.notEqual(a, b);
    assert.equal(table.lower(a), 'police');
    assert.equal(table.id(b), dict.vocab.get('arrested') ?? -1);
    // the normalised form turns typographic apostrophes to ASCII; the lower-case text keeps them
    const c = table.entryOf(text, 16, 24);
    assert.equal(table.lower(c), 'police’s');
    assert.equal(table.norm(c), normWord('police’s'));
    assert.equal(table.size, 3);
  });

  test('keeps flags per entry and starts afresh when full', () => {
    const table = new WordTable(new Map());
    const e = table.entryOf('word', 0, 4);
    assert.equal(table.flags(e), -1);
    table.setFlags(e, 3);
    assert.equal(table.flags(e), 3);
    const gen = table.generation;
    table.reserve(1 << 20);
    assert.equal(table.generation, gen + 1);
    assert.equal(table.size, 0);
    const f = table.entryOf('word', 0, 4);
    assert.equal(table.flags(f), -1);
  });

  test('grows past its first slot table', () => {
    const table = new WordTable(new Map());
    const words = Array.from({ length: 20000 }, (_, i) => `w${i}`);
    const entries = words.map((w) => table.entryOf(w, 0, w.length));
    words.forEach((w, i) => assert.equal(table.entryOf(w, 0, w.length), entries[i]));
    assert.equal(new Set(entries).size, words.length);
  });
});

describe('events: stable sort', () => {
  test('orders as Array.prototype.sort does, short lists and long', () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % 5);
    for (const n of [0, 1, 2, 5, 24, 25, 60]) {
      const items = Array.from({ length: n }, (_, i) => ({ k: rnd(), i }));
      const cmp = (a: { k: number }, b: { k: number }): number => a.k - b.k;
      assert.deepEqual(sortStable([...items], cmp), [...items].sort(cmp));
      assert.deepEqual(sortStable([...items], cmp, true), [...items].sort(cmp));
    }
  });
});

describe('events: matcher and coder', () => {
  test('gapped and two-word patterns match through the packed matcher', () => {
    const dict = loadDictionary();
    const words = 'the un called for talks and the army imposed new sanctions on the rebels'.split(' ');
    const found = findTriggers(dict, words, words.map(() => false), wordIdsOf(dict, words));
    assert.ok(found.some((m) => m.end - m.start > 1), found.map((m) => m.pattern.source).join('; '));
    for (const m of found) {
      assert.ok(m.literalToks.every((t, i, all) => i === 0 || all[i - 1] < t));
      assert.ok(m.headTok >= m.start && m.headTok < m.end);
    }
  });

  test('a document coded again gives the same events', () => {
    const pipeline = createPipeline();
    const text = 'Rebels attacked a police station in the north on Monday, killing two officers, the army said. The government vowed to hold talks with the opposition next week.';
    const first = pipeline.run(docFromText('a', text, { date: '2024-03-04' }));
    const second = pipeline.run(docFromText('a', text, { date: '2024-03-04' }));
    assert.ok(first.ok && second.ok);
    if (first.ok && second.ok) assert.deepEqual(second.doc.layer('events'), first.doc.layer('events'));
  });
});
