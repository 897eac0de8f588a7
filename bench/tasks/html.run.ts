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
const out: string[] = [];
for (const row of rows) {
  const html = decodeBytes(zlib.gunzipSync(fs.readFileSync(String(row.html_path))), { html: true }).text;
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
process.stderr.write(`${rows.length} pages, extraction ${(ms / Math.max(1, rows.length)).toFixed(1)} ms/page\n`);
