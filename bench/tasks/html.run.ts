// Measuring helper: tsx bench/tasks/html.run.ts INPUT.jsonl > PRED.jsonl (prints timing to stderr).
// NG_TUNING='{"crossCheck":false}' switches passes of the extractor off, to measure what each adds.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { extractWithTuning, type ExtractTuning } from '../../src/ingest/html/mainText.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx bench/tasks/html.run.ts INPUT.jsonl > PRED.jsonl\n');
  process.exit(2);
}
const raw = JSON.parse(process.env.NG_TUNING ?? '{}') as { disabledRules?: string[] } & Omit<ExtractTuning, 'disabledRules'>;
const tuning: ExtractTuning = { ...raw, disabledRules: new Set(raw.disabledRules ?? []) };
const rows = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Record<string, unknown>);
let ms = 0;
const cpu0 = process.cpuUsage();
let decodeCpu = 0;
const out: string[] = [];
for (const row of rows) {
  const c0 = process.cpuUsage();
  const html = decodeBytes(zlib.gunzipSync(fs.readFileSync(String(row.html_path))), { html: true }).text;
  const c1 = process.cpuUsage(c0);
  decodeCpu += c1.user + c1.system;
  const t0 = performance.now();
  let text: string | null = null;
  try {
    text = extractWithTuning(html, { url: String(row.url ?? '') || undefined }, tuning).paragraphs.join('\n');
  } catch (err) {
    process.stderr.write(`${String(row.id)}: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  ms += performance.now() - t0;
  out.push(JSON.stringify({ id: row.id, text }));
}
process.stdout.write(out.join('\n') + '\n');
const cpu = process.cpuUsage(cpu0);
const n = Math.max(1, rows.length);
// CPU time is the steadier number on a shared machine; wall time includes waiting for the CPU
process.stderr.write(
  `${rows.length} pages, extraction ${(ms / n).toFixed(1)} ms/page wall, ${((cpu.user + cpu.system - decodeCpu) / 1000 / n).toFixed(1)} ms/page CPU\n`,
);
