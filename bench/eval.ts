// npm run eval [-- TASK...]: every supported task on the visible splits of ../shared/bench, scored by
// its one scorer, printed as one table. Tasks newsgraph does not answer yet are listed as such.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir, readJsonl } from './paths.ts';
import { ALL_TASK_NAMES, findTask } from './tasks/index.ts';
import type { TaskAdapter } from './tasks/types.ts';

interface Row {
  task: string;
  gold: string;
  n: string;
  metrics: string;
  seconds: string;
}

async function scoreOne(bench: string, task: TaskAdapter, goldRel: string, tmp: string): Promise<Row> {
  const gold = path.join(bench, goldRel);
  const base = `${task.name}-${path.basename(goldRel, '.jsonl')}`;
  const input = path.join(tmp, `${base}.in.jsonl`);
  const pred = path.join(tmp, `${base}.pred.jsonl`);
  fs.writeFileSync(input, execFileSync(process.execPath, [path.join(bench, 'strip.mjs'), task.name, gold], { maxBuffer: 1 << 30 }));
  const t0 = performance.now();
  const errors: string[] = [];
  const preds = await task.predict(readJsonl(input), (m) => errors.push(m));
  const seconds = (performance.now() - t0) / 1000;
  fs.writeFileSync(pred, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [path.join(bench, 'score.mjs'), task.name, gold, pred, '--quiet'], { encoding: 'utf8' });
  const scores = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
  const metrics = task.metrics
    .filter((m) => typeof scores[m] === 'number')
    .map((m) => `${m} ${(scores[m] as number).toFixed(4)}`)
    .join('  ');
  if (errors.length) process.stderr.write(`eval ${task.name}: ${errors.length} rows reported errors (first: ${errors[0]})\n`);
  const trained = task.trainedOn?.(goldRel);
  return { task: task.name, gold: goldRel, n: String(scores.n ?? preds.length), metrics: trained ? `${metrics}  [${trained}]` : metrics, seconds: seconds.toFixed(1) };
}

function printTable(rows: Row[]): void {
  const headers: Row = { task: 'task', gold: 'gold', n: 'n', metrics: 'metrics', seconds: 's' };
  const all = [headers, ...rows];
  const keys = Object.keys(headers) as (keyof Row)[];
  const width = (k: keyof Row): number => Math.max(...all.map((r) => r[k].length));
  const line = (r: Row): string => keys.map((k) => r[k].padEnd(width(k))).join(' | ');
  process.stdout.write(`${line(headers)}\n${keys.map((k) => '-'.repeat(width(k))).join('-|-')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}

async function main(): Promise<number> {
  const bench = benchDir();
  if (!bench) {
    process.stdout.write('eval: ../shared/bench is not here (set NEWSGRAPH_BENCH to its path); nothing to evaluate.\n');
    return 0;
  }
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : [...ALL_TASK_NAMES];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-eval-'));
  const rows: Row[] = [];
  for (const name of names) {
    const task = findTask(name);
    if (!task) {
      rows.push({ task: name, gold: '-', n: '-', metrics: 'not yet supported', seconds: '-' });
      continue;
    }
    for (const gold of task.visible) {
      if (!fs.existsSync(path.join(bench, gold))) {
        rows.push({ task: name, gold, n: '-', metrics: 'gold file missing', seconds: '-' });
        continue;
      }
      process.stderr.write(`eval: ${name} ${gold} ...\n`);
      rows.push(await scoreOne(bench, task, gold, tmp));
    }
  }
  printTable(rows);
  fs.rmSync(tmp, { recursive: true, force: true });
  return 0;
}

main().then((code) => (process.exitCode = code));
