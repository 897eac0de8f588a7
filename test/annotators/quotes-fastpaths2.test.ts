// tokenFacts looks each distinct token text up once when given the document's vocabulary
// (Doc.tokenTypes()): the facts must be those of the token-by-token lookup, also when one text comes
// with two token kinds. The fast scorer remembers the last cue-word vectors it used: a document
// with thousands of distinct cue forms (the cue cache is emptied several times) still scores as the
// feature-buffer path does.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPipeline, docFromText } from '../../src/index.ts';
import type { Token } from '../../src/doc/types.ts';
import { tokenFacts, type FeatureDoc, type TokenFacts } from '../../src/annotators/quotes/features.ts';
import { loadQuoteTagger } from '../../src/annotators/quotes/tagger.ts';

const segment = createPipeline({ annotators: ['sentences'] });
const TEXT = 'Talks stall, minister says\n\n“We will not stop,” the minister said on Monday. “Not yet,” she said. The minister said 12 of 12 talks had stalled.\n\nOfficials told reporters that the talks had stalled, according to a statement: ‘stop’.';

function docOf(text: string) {
  const r = segment.run(docFromText('t', text, { date: '2026-03-02' }));
  if (!r.ok) throw new Error(r.error.reason);
  return r.doc;
}

/** The fast scorer gives the labels and margins of the reference (feature-buffer) path. */
function assertFastIsReference(f: TokenFacts): void {
  const tagger = loadQuoteTagger();
  assert.ok(tagger);
  const fast = tagger.tag(f);
  const slow = tagger.tag(f, true);
  assert.deepEqual(Array.from(fast.labels), Array.from(slow.labels));
  assert.deepEqual(Array.from(fast.margin), Array.from(slow.margin));
}

function plain(f: TokenFacts) {
  return { rid: Array.from(f.rid), wh: Array.from(f.wh), sid: Array.from(f.sid), known: Array.from(f.known), words: f.words, lem: Array.from(f.lem), capital: Array.from(f.capital) };
}

describe('tokenFacts with the document vocabulary', () => {
  test('the same facts and labels as token by token', () => {
    const d = docOf(TEXT);
    const base: FeatureDoc = { text: d.text, tokens: d.layer('tokens'), sentences: d.layer('sentences'), paragraphs: d.layer('paragraphs') };
    const byType = tokenFacts({ ...base, types: d.tokenTypes() });
    const byToken = tokenFacts(base);
    assert.deepEqual(plain(byType), plain(byToken));
    assertFastIsReference(byType);
  });
  test('one text with two token kinds', () => {
    const d = docOf(TEXT);
    const texts = d.tokenTexts();
    // every other "12" and "minister" as another kind: each kind has its own vocabulary entry
    let flip = 0;
    const tokens: Token[] = d.layer('tokens').map((t, i) => (texts[i] === '12' || texts[i] === 'minister') && flip++ % 2 === 1 ? { ...t, kind: t.kind === 'word' ? 'number' : 'word' } : t);
    assert.ok(flip >= 4);
    const base: FeatureDoc = { text: d.text, tokens, sentences: d.layer('sentences'), paragraphs: d.layer('paragraphs') };
    const byType = tokenFacts({ ...base, types: d.tokenTypes() });
    const byToken = tokenFacts(base);
    assert.deepEqual(plain(byType), plain(byToken));
    const ids = texts.flatMap((w, i) => (w === 'minister' ? [byType.rid[i]] : []));
    assert.ok(new Set(ids).size === 2);
  });
});

describe('remembered cue vectors when the cue cache is emptied', () => {
  test('thousands of distinct forms of verbs of saying', () => {
    // "aCKnowLEdged": every mix of cases is its own vocabulary entry and a verb of saying
    const verb = 'acknowledged';
    const form = (k: number): string => Array.from(verb, (c, j) => ((k >> j) & 1 ? c.toUpperCase() : c)).join('');
    let text = 'Many cues\n\n';
    for (let k = 0; k < 3000; k++) text += `The official ${form(k)} the plan, ${k % 2 ? 'she' : 'he'} ${form(4095 - k)}.${k % 25 === 24 ? '\n\n' : ' '}`;
    const d = docOf(text);
    const f = tokenFacts({ text: d.text, tokens: d.layer('tokens'), sentences: d.layer('sentences'), paragraphs: d.layer('paragraphs'), types: d.tokenTypes() });
    assertFastIsReference(f);
  });
});
