// Entities and coreference on articles written for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Doc } from '../../src/index.ts';
import { annotate } from '../helpers.ts';

const STORY = `Kenyan minister: talks with Ethiopia will go on

NAIROBI, Kenya — A senior Kenyan minister said on Friday that talks with Ethiopia over the Omo River would continue despite the collapse of a ceasefire in the region.

“We will not walk away,” said Amina Odhiambo, a minister in the Kenyan government, speaking at a news conference in Nairobi. “We have too much to lose.”

Odhiambo said she had spoken to Ethiopian Foreign Minister Dawit Bekele by telephone. The minister told her that Addis Ababa was ready to meet again next month, she added.

The African Union said it would send envoys. The AU has mediated between the two countries since 2024.

Bekele did not comment. The Ethiopian diplomat was travelling in Europe, his office said.`;

function entity(doc: Doc, name: string) {
  const c = doc.layer('clusters').find((x) => x.name === name);
  assert.ok(c, `no entity "${name}" among ${doc.layer('clusters').map((x) => x.name).join(', ')}`);
  const mentions = new Map(doc.layer('mentions').map((m) => [m.id, m]));
  return { ...c, texts: c.mentions.map((id) => doc.slice(mentions.get(id)!)) };
}

describe('entities and coreference', () => {
  const doc = annotate(STORY, { date: '2026-02-13' });

  test('a person named after the lead keeps her descriptions, short name, pronouns and the I/we of her quotes', () => {
    const amina = entity(doc, 'Amina Odhiambo');
    assert.equal(amina.type, 'PERSON');
    for (const t of ['A senior Kenyan minister', 'Amina Odhiambo', 'a minister', 'Odhiambo', 'she']) assert.ok(amina.texts.includes(t), `missing "${t}" in ${amina.texts.join(' | ')}`);
    assert.ok(amina.roles.some((r) => r.title === 'minister'));
  });

  test('a titled person gets his role, country and actor code; later descriptions and pronouns join him', () => {
    const dawit = entity(doc, 'Dawit Bekele');
    assert.ok(dawit.texts.includes('Bekele'));
    assert.ok(dawit.roles.some((r) => r.title === 'Foreign Minister' && r.country === 'ETH'));
    assert.equal(dawit.actor, 'ETHGOV');
    assert.ok(dawit.texts.includes('his'), dawit.texts.join(' | '));
  });

  test('aliases, countries and demonyms: one entity each', () => {
    const au = entity(doc, 'African Union');
    assert.ok(au.texts.includes('AU'), au.texts.join(' | '));
    const ethiopia = entity(doc, 'Ethiopia');
    assert.equal(ethiopia.actor, 'ETH');
    assert.ok(ethiopia.texts.includes('Ethiopian'));
    assert.ok(!ethiopia.texts.includes('Kenyan'));
  });

  test('no entity merges two people', () => {
    const mentions = new Map(doc.layer('mentions').map((m) => [m.id, m]));
    for (const c of doc.layer('clusters').filter((x) => x.type === 'PERSON')) {
      const fullNames = c.mentions.map((id) => mentions.get(id)!).filter((m) => m.form === 'name' && /\s/.test(doc.slice(m)));
      assert.ok(new Set(fullNames.map((m) => doc.slice(m))).size <= 1, `${c.name}: ${fullNames.map((m) => doc.slice(m)).join(', ')}`);
    }
  });

  test('texts without entities give no mentions', () => {
    for (const text of ['It rained all day and nobody came.', 'Prices rose 3 percent in the year to March.', 'What happened next surprised everyone.']) {
      const d = annotate(text);
      assert.deepEqual(d.layer('mentions').map((m) => d.slice(m)), []);
      assert.deepEqual(d.layer('clusters'), []);
    }
  });
});
