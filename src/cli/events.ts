// `newsgraph events FILE...`: who did what to whom, when and where, one line per event
// (date | source | action | target | place | evidence), or as GDELT 2.0 TSV, PLOVER JSON, CSV, JSONL.

import { csvRow } from '../export/csv.ts';
import { eventRows, gdeltRows, gdeltTsv, ploverRecords, polecatRow, POLECAT_COLUMNS } from '../export/events.ts';
import { KnowledgeBase } from '../kb/index.ts';
import type { Command } from './command.ts';
import { fractionOption, kbConfig, listingPipeline, parseListingArgs, runListing, stdoutContext } from './listing.ts';

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
    const args = parseListingArgs(eventsCommand, argv, FORMATS, { all: { type: 'boolean', short: 'a' }, 'min-confidence': { type: 'string' } });
    if (!args) return 0;
    const all = Boolean(args.values.all);
    const minConfidence = fractionOption(args.values, 'min-confidence');
    const kbFiles = args.kbFiles;
    const config = kbConfig(kbFiles, ['entities', 'coref', 'events']);
    config.events = { ...config.events, minConfidence };
    const pipeline = listingPipeline({ config });
    const kb = KnowledgeBase.load({ extraFiles: kbFiles });
    const isCountry = (code: string): boolean => kb.countries.some((c) => c.cameo === code);
    const countryName = (code: string): string | undefined => kb.country(code)?.name;
    const ctx = stdoutContext();
    if (args.format === 'tsv') process.stdout.write(gdeltTsv([], true));
    if (args.format === 'csv') process.stdout.write(csvRow([...POLECAT_COLUMNS]));
    let nextId = 1;
    const format = args.format;
    return runListing(args.inputs, args.date, pipeline, (doc) => {
      if (format === 'tsv') {
        const rows = gdeltRows(doc, { all, firstId: nextId, isCountry, countryName });
        nextId += rows.length;
        process.stdout.write(gdeltTsv(rows, false));
      } else if (format === 'plover') {
        for (const rec of ploverRecords(doc, { all, isCountry, countryName })) process.stdout.write(`${JSON.stringify(rec)}\n`);
      } else if (format === 'csv') {
        for (const rec of ploverRecords(doc, { all, isCountry, countryName })) process.stdout.write(csvRow(polecatRow(rec)));
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
    });
  },
};
