// `newsgraph events FILE...`: who did what to whom, when and where, one line per event
// (date | source | action | target | place | evidence), or as GDELT 2.0 TSV, PLOVER JSON, CSV, JSONL.

import { parseArgs } from 'node:util';
import { csvRow } from '../export/csv.ts';
import { eventRows, gdeltRows, gdeltTsv, ploverRecords, polecatRow, POLECAT_COLUMNS } from '../export/events.ts';
import { makeContext } from '../export/pretty.ts';
import { annotateEntries, createPipeline } from '../index.ts';
import { readInputs, type InputEntry } from '../ingest/sources.ts';
import { KnowledgeBase } from '../kb/index.ts';
import { UsageError } from '../pipeline/errors.ts';
import type { Command } from './command.ts';

const FORMATS = ['pretty', 'tsv', 'plover', 'csv', 'jsonl'] as const;

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list who did what to whom, when and where: CAMEO/PLOVER events (pretty, GDELT TSV, PLOVER JSON, CSV)',
  usage: 'newsgraph events [FILES|DIRS|-] [--format pretty|tsv|plover|csv|jsonl] [--all] [--date YYYY-MM-DD]',
  help: `Runs the whole pipeline and prints the political events of each article, coded in CAMEO
(event code, quad class, Goldstein value) and PLOVER (type, mode, context), with source and target
actors (CAMEO actor codes), date, place and the sentence that reports them.

Events the text does not report as having happened (negated, denied, planned, hypothetical,
threatened, requested, alleged) are shown marked in the pretty format and the JSONL; the GDELT,
PLOVER and CSV exports list only what happened unless --all is given.

Formats:
  pretty   date | source | action | target | place, then the trigger and the evidence (default)
  tsv      the GDELT 2.0 event table (61 columns, header first; columns the text does not support
           are empty; geographic country codes are FIPS in GDELT and stay empty)
  plover   PLOVER records with POLECAT's fields, one JSON object per line
  csv      PLOVER records as POLECAT's columns
  jsonl    the events layer, one event per line with its document id and readable names

Options:
  -f, --format FORMAT    pretty (default) | tsv | plover | csv | jsonl
  -a, --all              include negated, planned, hypothetical ... events in tsv, plover and csv
      --min-confidence X leave out events less certain than X (0..1)
  -d, --date YYYY-MM-DD  publication date for articles that do not state one
      --kb FILE          extra knowledge-base entries (JSON or CSV; may be repeated)
  -h, --help             this help

Examples:
  newsgraph events samples/02-kyiv-prisoner-exchange.txt
  newsgraph events samples --format tsv > events.tsv
  newsgraph events article.html --format plover --date 2015-10-05`,
  run: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'pretty' },
        all: { type: 'boolean', short: 'a' },
        'min-confidence': { type: 'string' },
        date: { type: 'string', short: 'd' },
        kb: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${eventsCommand.usage}\n\n${eventsCommand.help}\n`);
      return 0;
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (choose from ${FORMATS.join(', ')})`);
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
    const minConfidence = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
    if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${values['min-confidence']}"`);
    if (positionals.length === 0) positionals.push('-');
    const kbFiles = values.kb ?? [];
    let pipeline;
    try {
      const config: Record<string, Record<string, unknown>> = { events: { minConfidence } };
      if (kbFiles.length) {
        config.entities = { kbFiles };
        config.coref = { kbFiles };
        config.events.kbFiles = kbFiles;
      }
      pipeline = createPipeline({ config });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const kb = KnowledgeBase.load({ extraFiles: kbFiles });
    const isCountry = (code: string): boolean => kb.countries.some((c) => c.cameo === code);
    const countryName = (code: string): string | undefined => kb.country(code)?.name;
    const entries: InputEntry[] = [];
    for await (const e of readInputs(positionals, { date: values.date })) entries.push(e);
    const ctx = makeContext({ color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: process.stdout.columns || 120, maxSentences: 0 });
    if (format === 'tsv') process.stdout.write(gdeltTsv([], true));
    if (format === 'csv') process.stdout.write(csvRow([...POLECAT_COLUMNS]));
    let failed = 0;
    let nextId = 1;
    for (const r of annotateEntries(entries, pipeline)) {
      if (!r.ok) {
        failed++;
        process.stderr.write(`newsgraph: ${r.error.id}: ${r.error.reason} (${r.error.stage})\n`);
        continue;
      }
      const doc = r.doc.toJSON();
      if (format === 'tsv') {
        const rows = gdeltRows(doc, { all: values.all, firstId: nextId, isCountry, countryName });
        nextId += rows.length;
        process.stdout.write(gdeltTsv(rows, false));
      } else if (format === 'plover') {
        for (const rec of ploverRecords(doc, { all: values.all, isCountry, countryName })) process.stdout.write(`${JSON.stringify(rec)}\n`);
      } else if (format === 'csv') {
        for (const rec of ploverRecords(doc, { all: values.all, isCountry, countryName })) process.stdout.write(csvRow(polecatRow(rec)));
      } else if (format === 'jsonl') {
        const rows = eventRows(doc);
        (doc.layers.events ?? []).forEach((e, i) => {
          const row = rows[i];
          process.stdout.write(`${JSON.stringify({ doc: doc.id, ...e, sourceName: row.source, targetName: row.target, action: row.action, placeName: row.place })}\n`);
        });
      } else {
        process.stdout.write(`${ctx.paint('bold', `━━ ${doc.id}`)}${doc.meta.date ? ctx.paint('dim', ` (${doc.meta.date})`) : ''}\n`);
        const rows = eventRows(doc);
        if (!rows.length) process.stdout.write(`${ctx.paint('dim', '  (no events)')}\n`);
        for (const row of rows) {
          const mark = row.modality === 'asserted' ? '' : ctx.paint('yellow', `[${row.modality}] `);
          const line = [row.date || '?', row.source || '?', `${row.cameo} ${row.action}${row.plover ? ` (${row.plover})` : ''}`, row.target || '-', row.place || '-'].join(' | ');
          process.stdout.write(`${ctx.clip(`  ${mark}${line}`, 0)}\n`);
          process.stdout.write(`${ctx.paint('dim', ctx.clip(`      "${row.trigger}" · ${row.evidence}`, 0))}\n`);
        }
        process.stdout.write('\n');
      }
    }
    return failed ? 1 : 0;
  },
};
