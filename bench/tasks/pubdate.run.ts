// Measuring aid: `tsx bench/tasks/pubdate.run.ts INPUT.jsonl [--sources] > PRED.jsonl`
// prints one prediction per input row; --sources adds which signal gave each date.

import { readFileSync } from 'node:fs';
import { predictRow } from './pubdate.ts';

const [input, flag] = process.argv.slice(2);
if (!input) {
  console.error('usage: tsx bench/tasks/pubdate.run.ts INPUT.jsonl [--sources]');
  process.exit(2);
}
const rows = readFileSync(input, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
for (const row of rows) {
  const p = predictRow(row, (m) => console.error(m));
  console.log(JSON.stringify(flag === '--sources' ? p : { id: p.id, date: p.date }));
}
