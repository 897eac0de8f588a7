// `newsgraph extract`: read articles, annotate them, write json | jsonl | pretty | html.

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { LAYER_NAMES, type DocJSON, type LayerName } from '../doc/types.ts';
import { JsonlWriter, JsonWriter, selectLayers, type Sink } from '../export/json.ts';
import { renderHtmlReport } from '../export/htmlReport.ts';
import { renderPrettyDoc, renderPrettyError, renderPrettySummary, type PrettyOptions } from '../export/pretty.ts';
import { annotateEntries, createPipeline } from '../index.ts';
import { DEFAULT_MAX_BYTES, readInputs, type InputEntry } from '../ingest/sources.ts';
import type { ErrorRecord } from '../pipeline/errors.ts';
import { UsageError } from '../pipeline/errors.ts';
import type { Command } from './command.ts';
import { Progress } from './progress.ts';

const FORMATS = ['json', 'jsonl', 'pretty', 'html'] as const;
type Format = (typeof FORMATS)[number];

export const extractCommand: Command = {
  name: 'extract',
  summary: 'annotate news articles and write the results',
  usage: 'newsgraph extract [FILES|DIRS|-] [options]',
  help: `Reads plain-text (.txt), HTML (.html) and JSONL (.jsonl, one article per line with "text" or
"html" and optional id, title, date, url, source) files, directories (recursively) or stdin ("-").
A file named newsgraph.meta.json in a directory maps file names to publication dates or metadata.

Options:
  -f, --format FORMAT    json | jsonl | pretty | html
                         (default: pretty on a terminal, jsonl when piped or with --out)
  -o, --out PATH         write to PATH instead of stdout
  -d, --date YYYY-MM-DD  publication date for articles that do not state one
  -a, --annotators LIST  comma-separated annotators to run (their requirements are added)
      --layers LIST      comma-separated layers to keep in json/jsonl output (default: all)
      --max-bytes N      refuse documents larger than N bytes (default ${DEFAULT_MAX_BYTES})
      --progress         always show progress on stderr (default: on a terminal, from 10 documents)
  -q, --quiet            no progress, no summary; errors are still reported
  -h, --help             this help

Exit codes: 0 every document annotated, 1 some documents failed (each is reported with its id and
reason, the others are still written), 2 usage error.

Examples:
  newsgraph extract samples --format pretty
  newsgraph extract article.html --format json --out article.json
  newsgraph extract news.jsonl --date 2026-03-09 --format jsonl > annotated.jsonl
  cat story.txt | newsgraph extract - --format html --out story.html`,
  run: runExtract,
};

function parseList(value: string | undefined, allowed: readonly string[], what: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item)) throw new UsageError(`unknown ${what} "${item}" (choose from ${allowed.join(', ')})`);
  }
  return items;
}

function fileSink(path: string | undefined): { sink: Sink; close(): Promise<void> } {
  if (!path) return { sink: { write: (s) => void process.stdout.write(s) }, close: async () => {} };
  // synchronous writes: a large batch streams to disk instead of queuing in memory
  let fd: number;
  try {
    fd = fs.openSync(path, 'w');
  } catch (err) {
    throw new UsageError(`cannot write --out ${path}: ${(err as Error).message}`);
  }
  return {
    sink: { write: (s) => void fs.writeSync(fd, s) },
    close: async () => fs.closeSync(fd),
  };
}

async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      date: { type: 'string', short: 'd' },
      annotators: { type: 'string', short: 'a' },
      layers: { type: 'string' },
      'max-bytes': { type: 'string' },
      progress: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${extractCommand.usage}\n\n${extractCommand.help}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files, directories, or "-" to read stdin');
    positionals.push('-');
  }
  const format = (values.format ?? (process.stdout.isTTY && !values.out ? 'pretty' : 'jsonl')) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (choose from ${FORMATS.join(', ')})`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-bytes'] !== undefined) {
    maxBytes = Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive integer, got "${values['max-bytes']}"`);
  }
  const layers = parseList(values.layers, LAYER_NAMES, 'layer') as LayerName[] | undefined;
  let pipeline;
  try {
    pipeline = createPipeline({ annotators: values.annotators?.split(',').map((s) => s.trim()).filter(Boolean) });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }

  const entries: InputEntry[] = [];
  for await (const entry of readInputs(positionals, { maxBytes, date: values.date })) entries.push(entry);

  const t0 = performance.now();
  const showProgress = !values.quiet && (values.progress || (process.stderr.isTTY && entries.length >= 10));
  const progress = showProgress ? new Progress(entries.length, process.stderr, Boolean(process.stderr.isTTY)) : null;
  const { sink, close } = fileSink(values.out);
  const pretty: PrettyOptions = {
    color: format === 'pretty' && !values.out && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    width: process.stdout.columns || 100,
    maxSentences: 8,
  };
  const writer = format === 'json' ? new JsonWriter(sink) : format === 'jsonl' ? new JsonlWriter(sink) : null;
  const htmlDocs: DocJSON[] = [];
  const errors: ErrorRecord[] = [];
  let ok = 0;
  for (const result of annotateEntries(entries, pipeline)) {
    progress?.tick(result.ok);
    if (result.ok) {
      ok++;
      const json = selectLayers(result.doc.toJSON(), layers);
      if (writer) writer.doc(json);
      else if (format === 'pretty') sink.write(renderPrettyDoc(json, pretty));
      else htmlDocs.push(json);
    } else {
      errors.push(result.error);
      writer?.error(result.error);
      if (format === 'pretty') sink.write(renderPrettyError(result.error, pretty));
    }
  }
  progress?.end();
  writer?.end();
  if (format === 'html') sink.write(renderHtmlReport(htmlDocs, { title: 'newsgraph', errors }));
  await close();
  for (const e of errors) {
    process.stderr.write(`newsgraph: ${e.id}: ${e.reason} (${e.stage}${e.problem ? `, ${e.problem}` : ''})\n`);
  }
  if (!values.quiet && (format === 'pretty' || process.stderr.isTTY || errors.length)) {
    const summary = renderPrettySummary(ok, errors.length, (performance.now() - t0) / 1000, { ...pretty, color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR });
    process.stderr.write(summary);
  }
  return errors.length ? 1 : 0;
}
