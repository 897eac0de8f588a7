// Measuring helper: tsx bench/tasks/html.run.ts INPUT.jsonl > PRED.jsonl (prints timing to stderr).
import fs from 'node:fs';
import { htmlTask } from './html.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx bench/tasks/html.run.ts INPUT.jsonl > PRED.jsonl\n');
  process.exit(2);
}
const rows = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Record<string, unknown>);
const t0 = performance.now();
const preds = await htmlTask.predict(rows, (m) => process.stderr.write(m + '\n'));
const ms = performance.now() - t0;
process.stdout.write(preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
process.stderr.write(`${rows.length} pages in ${ms.toFixed(0)} ms (${(ms / Math.max(1, rows.length)).toFixed(1)} ms/page)\n`);
