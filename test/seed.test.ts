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

const GOLD_QUOTES = new URL('../../shared/bench/seed/quotes.gold.jsonl', import.meta.url);

test('seed article: every gold speaker mention is in the entity of its resolved speaker, no entity merges two speakers', { skip: !present && 'no ../shared/bench/seed' }, () => {
  const gold = JSON.parse(fs.readFileSync(GOLD_QUOTES, 'utf8').trim().split('\n')[0]) as {
    text: string;
    date: string;
    quotes: { speaker_start: number | null; speaker_end: number | null; speaker_text: string | null; cue_start: number | null; speaker_resolved: string | null }[];
  };
  const doc = annotate(gold.text, { date: gold.date });
  const mentions = doc.layer('mentions');
  const clusters = doc.layer('clusters');
  const clusterOf = new Map(clusters.flatMap((c) => c.mentions.map((id) => [id, c] as const)));
  for (const q of gold.quotes) {
    if (q.speaker_start === null || !q.speaker_resolved) continue;
    // one gold speaker span points inside another word ("t[he]" for the "he" after the quote): then
    // the mention with the gold speaker text next to the gold cue is the speaker
    const m =
      mentions.find((x) => x.start === q.speaker_start && x.end === q.speaker_end) ??
      mentions.find((x) => q.cue_start !== null && doc.slice(x) === q.speaker_text && Math.abs(x.start - q.cue_start) < 30);
    assert.ok(m, `no mention at the gold speaker span ${q.speaker_start}-${q.speaker_end}`);
    const c = clusterOf.get(m.id);
    assert.ok(c, `speaker mention ${m.id} is in no entity`);
    // a country speaker ("Moscow saying") is the country's entity
    assert.equal(c.name, q.speaker_resolved, `speaker ${doc.slice(m)}`);
  }
  const speakers = [...new Set(gold.quotes.map((q) => q.speaker_resolved).filter(Boolean))];
  for (const c of clusters) assert.ok(speakers.filter((s) => c.name === s).length <= 1);
  const lavrov = clusters.find((c) => c.name.endsWith('Lavrov'));
  assert.equal(lavrov?.actor, 'RUSGOV');
  const primeMinister = clusters.find((c) => c.roles.some((r) => r.title === 'Prime Minister'));
  assert.equal(primeMinister?.actor, 'IRQGOV');
});

test('seed article: statements dated and placed where they were made, the airstrikes on their day in their country', { skip: !present && 'no ../shared/bench/seed' }, () => {
  const doc = annotate(fs.readFileSync(SEED, 'utf8'), { date: '2015-10-05' });
  const places = new Map(doc.layer('places').map((p) => [p.id, p]));
  const primeMinister = doc.layer('clusters').find((c) => c.roles.some((r) => r.title === 'Prime Minister'));
  assert.ok(primeMinister);
  const statements = doc.layer('quotes').filter((q) => q.entity === primeMinister.id);
  assert.ok(statements.length >= 4);
  for (const q of statements) {
    assert.equal(q.date, '2015-10-01', doc.slice(q));
    assert.equal(places.get(q.place ?? '')?.country, 'USA', doc.slice(q));
    assert.match(places.get(q.place ?? '')?.name ?? '', /^New York/, doc.slice(q));
  }
  const said = doc.layer('events').filter((e) => e.source.some((a) => a.entity === primeMinister.id) && /^0[1-3]/.test(e.cameo) && e.modality === 'asserted');
  assert.ok(said.some((e) => e.cameo.startsWith('03')));
  for (const e of said) {
    assert.equal(e.date, '2015-10-01', e.cameo);
    assert.match(places.get(e.place ?? '')?.name ?? '', /^New York/, e.cameo);
  }
  const strikes = doc.layer('events').filter((e) => e.cameo === '195' && e.modality === 'asserted' && e.source.some((a) => a.code.startsWith('RUS')));
  assert.equal(strikes.length, 1);
  assert.equal(strikes[0].date, '2015-09-30');
  assert.equal(places.get(strikes[0].place ?? '')?.country, 'SYR');
});
