// The gazetteer's lookup filter answers as the table does. The word-id paths of the entities annotator (one table lookup per token, then memos indexed by id)
// give exactly what the string paths give: NER tags, knowledge-base names, description heads; also
// when the id table starts over and when the tagger reuses its analysis across documents of other
// sizes. Every text here was written for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headAt, headIdMemo } from '../../src/annotators/entities/heads.ts';
import { Gazetteer, PREFIX_FLAG } from '../../src/annotators/entities/ner/gazetteer.ts';
import { hashString, mix, PHRASE_SEED } from '../../src/annotators/entities/ner/hash.ts';
import { loadNerModel } from '../../src/annotators/entities/ner/model.ts';
import { WordIds } from '../../src/annotators/entities/wordids.ts';
import { findDescriptions, findPronouns } from '../../src/annotators/entities/descriptions.ts';
import { findNameMentions, sentenceWords } from '../../src/annotators/entities/names.ts';
import { builtinRegistry, docFromText, Pipeline, Resources } from '../../src/index.ts';
import { KnowledgeBase } from '../../src/kb/index.ts';

const tok = (s: string): string[] => s.split(' ').filter(Boolean);

const DOCS: string[][][] = [
  [
    'HARBOUR STRIKE ENDS AS DOCKERS ACCEPT OFFER',
    'PORTO VELHO 2026-03-02',
    'Dockers in Porto Velho voted on Monday to accept a pay offer from the Atlantic Shipping Authority , ending a strike .',
    '" We got most of what we asked for , " said Ilse Marquardt , who leads the Dockworkers Union of Porto Velho .',
    'Marquardt said the union ( which has 4,000 members ) would meet the authority again in June .',
  ].map(tok),
  [
    'Minister Tomasz Wierzbicki flew to Reykjavik on Friday for talks with the Prime Minister and Nordic Fisheries officials .',
    'Wierzbicki told reporters at the White House and in New Delhi that the US-led talks were " nearly over " .',
    'wierzbicki is a name here , lower-cased by a careless editor .',
  ].map(tok),
  [tok('A'), tok('"'), []],
  [tok('The foreign minister of Estonia met the army chief in The Hague and Buenos Aires .')],
];

/** The ids of a document's tokens, sentence after sentence. */
function idsOf(table: WordIds, doc: string[][]): { table: WordIds; ids: Int32Array } {
  return { table, ids: table.idsOf(doc.flat()) };
}

describe('word ids', () => {
  test('the same string gets the same id; a full table starts over with a new generation', () => {
    const t = new WordIds(6);
    const a = t.idsOf(['a', 'b', 'a']);
    assert.deepEqual([...a], [0, 1, 0]);
    assert.equal(t.gen, 0);
    t.idsOf(['c', 'd', 'e', 'f', 'g']); // would exceed 6 words: renumbered
    assert.equal(t.gen, 1);
  });

  test('NER tags by id equal the tags by string, across documents and table restarts', () => {
    const tagger = loadNerModel();
    for (const max of [200_000, 40]) {
      const table = new WordIds(max);
      // big, small, big again: the reused analysis must not keep anything of the previous document
      for (const doc of [...DOCS, ...DOCS.slice().reverse(), ...DOCS]) {
        const byId = tagger.tagDocument(doc, idsOf(table, doc));
        const ref = tagger.labelReference(tagger.analyze(doc));
        const plain = tagger.tagDocument(doc);
        assert.deepEqual(byId, plain, JSON.stringify(doc));
        let t = 0;
        for (const s of plain) t += s.length;
        assert.equal(ref.length, t);
      }
    }
  });

  test('knowledge-base names by id equal findNames()', () => {
    const kb = KnowledgeBase.load();
    const table = new WordIds(50);
    const memo: unknown[] = [];
    let gen = table.gen;
    for (const doc of [...DOCS, ...DOCS]) {
      const { ids } = idsOf(table, doc);
      if (table.gen !== gen) {
        memo.length = 0; // a renumbered table needs a fresh memo
        gen = table.gen;
      }
      let from = 0;
      for (const s of doc) {
        assert.deepEqual(kb.findNamesById(s, ids, from, memo), kb.findNames(s), s.join(' '));
        from += s.length;
      }
    }
  });

  test('description heads by id equal headAt() by string', () => {
    const kb = KnowledgeBase.load();
    const table = new WordIds(50);
    for (const doc of [...DOCS, ...DOCS]) {
      const ids = idsOf(table, doc);
      const byId = headIdMemo(kb, ids);
      let from = 0;
      for (const s of doc) {
        for (let i = 0; i <= s.length; i++) assert.deepEqual(headAt(kb, s, i, undefined, byId, ids.ids, from), headAt(kb, s, i, new Map()), `${s.join(' ')} @${i}`);
        from += s.length;
      }
    }
  });
});

describe('gazetteer lookup filter', () => {
  test('get() answers as the table, also for phrases added after a lookup', () => {
    const gaz = new Gazetteer(['a', 'b'], 8);
    // reference: phrase hash -> value, as add() stores it
    const ref = new Map<number, number>();
    const put = (phrase: string, bit: number): void => {
      gaz.add(phrase, bit);
      let h = PHRASE_SEED;
      const toks = phrase.split(' ');
      toks.forEach((t, i) => {
        h = mix(h, hashString(t));
        const v = i === toks.length - 1 ? 1 << bit : PREFIX_FLAG;
        ref.set(h, (ref.get(h) ?? 0) | v);
      });
    };
    const check = (): void => {
      for (const [h, v] of ref) assert.equal(gaz.get(h) >>> 0, v >>> 0);
      for (let i = 0; i < 20000; i++) {
        const h = mix(i, 12345);
        assert.equal(gaz.get(h) >>> 0, (ref.get(h) ?? 0) >>> 0);
      }
    };
    put('porto velho', 0);
    put('kestrel', 1);
    check();
    for (let i = 0; i < 500; i++) put(`w${i} x${i % 7}`, i % 2); // grows the table after the first lookups
    check();
  });
});

describe('entities annotator parts with word ids', () => {
  test('names, descriptions and pronouns of a document are the same with and without ids', () => {
    const kb = KnowledgeBase.load();
    const ner = loadNerModel();
    const pre = Pipeline.build(builtinRegistry(), { annotators: ['tokens', 'sentences'], resolveDependencies: true, resources: new Resources() });
    const texts = [
      'Dockers accept offer\n\nPORTO VELHO — Dockers in Porto Velho voted on Monday to accept a pay offer from the Atlantic Shipping Authority. "We got most of what we asked for," said Ilse Marquardt, who leads the union. She said the prime minister and the army chief would meet her.',
      'The foreign minister of Estonia met US-led coalition envoys in The Hague. He told them the Estonian defence minister would visit Buenos Aires.',
    ];
    const table = new WordIds(30); // small: the table starts over between the documents
    for (let round = 0; round < 2; round++) {
      for (const [k, text] of texts.entries()) {
        const [res] = pre.runBatch([docFromText(`d${k}`, text, { date: '2026-03-02' })]);
        assert.ok(res.ok);
        const doc = res.doc;
        const tokens = doc.layer('tokens');
        const sentences = doc.layer('sentences');
        const words = sentenceWords(doc, sentences);
        const ids = { table, ids: table.idsOf(doc.tokenTexts()) };
        const names = findNameMentions(doc, tokens, sentences, ner, kb, words);
        assert.deepEqual(findNameMentions(doc, tokens, sentences, ner, kb, words, ids), names);
        assert.deepEqual(findDescriptions(doc, tokens, sentences, kb, names, words, ids), findDescriptions(doc, tokens, sentences, kb, names, words));
        assert.deepEqual(findPronouns(doc, tokens, ids), findPronouns(doc, tokens));
        assert.ok(names.length > 0 && findPronouns(doc, tokens).length > 0);
      }
    }
  });
});
