// Coreference's memoised lookups answer as the plain computations would: word classes are reused
// across texts but the context rules still apply; entity members follow every merge. The texts were
// written for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CorefContext, nameKey } from '../../src/annotators/coref/context.ts';
import { analyze, K } from '../../src/annotators/coref/pronoun/analysis.ts';
import { KnowledgeBase } from '../../src/kb/index.ts';
import { annotate, tokenTexts } from '../helpers.ts';

function classesOf(text: string): Map<string, K[]> {
  const doc = annotate(text);
  const a = analyze(doc.text, doc.layer('tokens'), doc.layer('sentences'));
  const out = new Map<string, K[]>();
  tokenTexts(doc).forEach((w, i) => out.set(w, [...(out.get(w) ?? []), a.cls[i]]));
  return out;
}

describe('coref memos', () => {
  test('a word keeps its context rules when its class is memoised', () => {
    // "Will" opens the first sentence (an auxiliary by the word lists) and is a name mid-sentence
    const first = classesOf('Will the harbour reopen? Nobody could say, Will Ortega told reporters.');
    assert.deepEqual(first.get('Will'), [K.Aux, K.Cap]);
    const again = classesOf('Reporters asked Will about it. Will they strike?');
    assert.deepEqual(again.get('Will'), [K.Cap, K.Aux]);
    // "'s" after a pronoun is a verb, after a name the possessive, whichever came first
    const poss = classesOf("Ortega's boat left. He's staying.");
    assert.deepEqual(poss.get("'s"), [K.Poss, K.Aux]);
  });

  test('name keys are the same on every call', () => {
    assert.equal(nameKey('The Harbour Board'), 'harbour board');
    assert.equal(nameKey('The Harbour Board'), 'harbour board');
    assert.equal(nameKey('Côte-d’Ivoire Ports'), "cote d'ivoire ports");
  });

  test('entity members follow every merge, in text order', () => {
    const doc = annotate('Lena Vogt chairs the Harbour Board. Vogt said the board would meet. She left early.');
    const mentions = doc.layer('mentions');
    assert.ok(mentions.length >= 4, mentions.map((m) => doc.slice(m)).join(' | '));
    const ctx = new CorefContext(doc, doc.layer('tokens'), doc.layer('sentences'), mentions, KnowledgeBase.load(), () => false);
    const ids = (i: number): number[] => ctx.members(i).map((x) => x.index);
    assert.deepEqual(ids(0), [0]);
    ctx.union(2, 0);
    assert.deepEqual(ids(0), [0, 2]);
    assert.deepEqual(ids(2), [0, 2]);
    ctx.union(3, 2);
    assert.deepEqual(ids(3), [0, 2, 3]);
    assert.deepEqual(ids(1), [1]);
    assert.ok(ctx.same(0, 3));
  });
});
