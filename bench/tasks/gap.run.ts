// Measuring helper: tsx bench/tasks/gap.run.ts INPUT.jsonl > PRED.jsonl (timing on stderr).
// NG_GAP='{"weights":{"topic":0},"others":false}' switches cues off, to measure what each adds.
import fs from 'node:fs';
import { predictRow, type GapOptions } from './gap.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx bench/tasks/gap.run.ts INPUT.jsonl > PRED.jsonl\n');
  process.exit(2);
}
const opts = JSON.parse(process.env.NG_GAP ?? '{}') as GapOptions;
const rows = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Record<string, unknown>);
const out: string[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const row of rows) out.push(JSON.stringify(predictRow(row, opts)));
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`${rows.length} rows, ${(ms / Math.max(1, rows.length)).toFixed(2)} ms/row wall, ${((cpu.user + cpu.system) / 1000 / Math.max(1, rows.length)).toFixed(2)} ms/row CPU\n`);
