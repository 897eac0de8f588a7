import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadNerModel } from '../../src/annotators/entities/ner/index.ts';
import { bilouToIob, iobToBilou } from '../../src/annotators/entities/ner/tags.ts';

// All sentences here were written for these tests (none comes from CoNLL or another corpus).
const model = loadNerModel();

const tok = (s: string): string[] => s.split(' ').filter(Boolean);

/** "TYPE:entity text" for each entity of each sentence of one document */
function entities(sentences: string[]): string[] {
  const toks = sentences.map(tok);
  const tags = model.tagDocument(toks);
  const out: string[] = [];
  toks.forEach((ts, si) => {
    let cur: { type: string; words: string[] } | null = null;
    const flush = (): void => {
      if (cur) out.push(`${cur.type}:${cur.words.join(' ')}`);
      cur = null;
    };
    ts.forEach((w, i) => {
      const tag = tags[si][i];
      if (tag === 'O') return flush();
      const type = tag.slice(2);
      if (tag.startsWith('B-') || !cur || cur.type !== type) {
        flush();
        cur = { type, words: [w] };
      } else cur.words.push(w);
    });
    flush();
  });
  return out;
}

describe('ner', () => {
  test('one IOB2 tag per token, same shape as the input', () => {
    const doc = [tok('Maria Okonkwo flew to Lagos .'), [], tok('She landed at noon .')];
    const tags = model.tagDocument(doc);
    assert.equal(tags.length, 3);
    assert.deepEqual(
      tags.map((t) => t.length),
      [6, 0, 5],
    );
    for (const t of tags.flat()) assert.match(t, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
  });

  test('persons, with and without titles', () => {
    const ents = entities(['Prime Minister Maria Okonkwo met Jean-Luc Moreau in Paris on Tuesday .']);
    assert.ok(ents.includes('PER:Maria Okonkwo'), ents.join(', '));
    assert.ok(ents.includes('PER:Jean-Luc Moreau'), ents.join(', '));
    assert.ok(ents.includes('LOC:Paris'), ents.join(', '));
  });

  test('organisations', () => {
    const ents = entities(['Shares in Northwind Holdings Inc rose 4 percent after the European Commission cleared the takeover .']);
    assert.ok(ents.includes('ORG:Northwind Holdings Inc'), ents.join(', '));
    assert.ok(ents.includes('ORG:European Commission'), ents.join(', '));
  });

  test('locations', () => {
    const ents = entities(['Heavy rain flooded villages in northern Italy and southern Switzerland on Sunday .']);
    assert.ok(ents.includes('LOC:Italy'), ents.join(', '));
    assert.ok(ents.includes('LOC:Switzerland'), ents.join(', '));
  });

  test('nationalities are MISC', () => {
    const ents = entities(['The German and Japanese delegations left the talks early , a Kenyan diplomat said .']);
    assert.ok(ents.includes('MISC:German'), ents.join(', '));
    assert.ok(ents.includes('MISC:Japanese'), ents.join(', '));
    assert.ok(ents.includes('MISC:Kenyan'), ents.join(', '));
  });

  test('a headline in capitals', () => {
    const ents = entities([
      'FLOODS FORCE THOUSANDS FROM HOMES IN ITALY',
      'ROME 2024-10-12',
      'Floods forced thousands of people from their homes in Italy on Saturday , officials in Rome said .',
    ]);
    assert.ok(ents.includes('LOC:ITALY'), ents.join(', '));
    assert.ok(ents.includes('LOC:ROME'), ents.join(', '));
    assert.ok(!ents.some((e) => e.includes('FLOODS')), ents.join(', '));
  });

  test('a name repeated in the document keeps one type', () => {
    const ents = entities([
      'Ravindra Kulkarni , the new chief executive of Tatva Systems , said on Monday that profits would rise .',
      'Kulkarni joined the company in 2019 .',
      'Analysts said Kulkarni had cut costs sharply .',
    ]);
    const kulkarni = ents.filter((e) => e.endsWith('Kulkarni'));
    assert.equal(kulkarni.length, 3, ents.join(', '));
    assert.ok(
      kulkarni.every((e) => e.startsWith('PER:')),
      ents.join(', '),
    );
  });

  test('modern typography: curly quotes and dashes', () => {
    const ents = entities(['“ We will rebuild every bridge , ” said Maria Okonkwo — the governor of Lagos State — on Friday .']);
    assert.ok(ents.includes('PER:Maria Okonkwo'), ents.join(', '));
    assert.ok(!ents.some((e) => e.includes('“') || e.includes('”') || e.includes('—')), ents.join(', '));
  });

  test('texts without entities produce none', () => {
    assert.deepEqual(entities(['the weather was mild and the markets were quiet .']), []);
    assert.deepEqual(entities(['Prices rose 3.5 percent in the year to March , the fastest pace since 2008 .']), []);
    assert.deepEqual(entities(['It was a long night , and nobody slept much .']), []);
    assert.deepEqual(entities([]), []);
  });

  test('BILOU <-> IOB2 conversion round-trips', () => {
    const iob = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'B-MISC'];
    assert.deepEqual(bilouToIob(iobToBilou(iob)), iob);
    // IOB1 input (entity starting with I-) is read as a new entity
    assert.deepEqual(bilouToIob(iobToBilou(['I-ORG', 'I-ORG', 'O'])), ['B-ORG', 'I-ORG', 'O']);
  });
});
