// The events of ../shared/bench/seed, read at run time (evaluation data, never copied into this
// repository): the five coded events with their source, root code, target and date, and the
// negated statement kept but marked. Skipped when the shared folder is not present.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { toPredictions } from '../../bench/tasks/events.ts';
import { annotate } from '../helpers.ts';

const GOLD = new URL('../../../shared/bench/seed/events.gold.jsonl', import.meta.url);
const present = fs.existsSync(GOLD);

test('seed article: the coded events, their dates, and the negated statement', { skip: !present && 'no ../shared/bench/seed' }, () => {
  const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8').trim().split('\n')[0]) as { text: string; date: string; events: { source: string; target: string; code: string }[] };
  const doc = annotate(gold.text, { date: gold.date });
  const events = doc.layer('events');
  const preds = toPredictions(events, undefined, { requireSource: true });
  // the benchmark's matching: same root, source and target agree on their first three characters
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold.events) {
    const i = preds.findIndex((p, k) => !used.has(k) && p.code.slice(0, 2) === g.code.slice(0, 2) && p.source.slice(0, 3) === g.source.slice(0, 3) && p.target.slice(0, 3) === g.target.slice(0, 3));
    if (i >= 0) {
      used.add(i);
      matched++;
    }
  }
  assert.ok(matched / gold.events.length >= 0.8, `triple recall ${matched}/${gold.events.length}`);
  assert.ok(matched / preds.length >= 0.5, `triple precision ${matched}/${preds.length}`);
  // dates: the weekday of the sentence, resolved into the past of the publication date
  const dates = new Set(events.filter((e) => e.modality === 'asserted').map((e) => e.date));
  for (const d of ['2015-10-05', '2015-10-01', '2015-09-30']) assert.ok(dates.has(d), `an event dated ${d}`);
  // the foreign minister's statement about military operations: kept, negated, never a fact
  const negated = events.filter((e) => e.modality === 'negated' && e.source.some((a) => a.code === 'RUSGOV'));
  assert.ok(negated.length > 0);
  assert.ok(preds.every((p) => p.source !== 'RUSGOV'));
});
