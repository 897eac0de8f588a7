// npm run -s predict -- TASK INPUT.jsonl  ->  prediction JSONL on stdout (formats: ../shared/bench/README.md)

import fs from 'node:fs';
import { readJsonl } from './paths.ts';
import { findTask, TASKS } from './tasks/index.ts';

async function main(): Promise<number> {
  const [taskName, input] = process.argv.slice(2);
  const supported = TASKS.map((t) => t.name).join(', ');
  if (!taskName || !input) {
    process.stderr.write(`usage: npm run -s predict -- TASK INPUT.jsonl\ntasks: ${supported}\n`);
    return 2;
  }
  const task = findTask(taskName);
  if (!task) {
    process.stderr.write(`predict: task "${taskName}" is not supported (supported: ${supported})\n`);
    return 2;
  }
  if (!fs.existsSync(input)) {
    process.stderr.write(`predict: no such file: ${input}\n`);
    return 2;
  }
  const rows = readJsonl(input);
  const t0 = performance.now();
  const preds = await task.predict(rows, (msg) => process.stderr.write(`predict ${taskName}: ${msg}\n`));
  process.stdout.write(preds.map((p) => JSON.stringify(p)).join('\n') + (preds.length ? '\n' : ''));
  process.stderr.write(`predict ${taskName}: ${rows.length} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return 0;
}

main().then((code) => (process.exitCode = code));
