// `newsgraph quotes FILE...`: who said what in each article, one row per quote (speaker | cue | quote).

import { parseArgs } from 'node:util';
import { csvRow } from '../export/csv.ts';
import { makeContext } from '../export/pretty.ts';
import { quoteRows } from '../export/quotes.ts';
import { annotateEntries, createPipeline } from '../index.ts';
import { readInputs, type InputEntry } from '../ingest/sources.ts';
import { UsageError } from '../pipeline/errors.ts';
import type { Command } from './command.ts';

const FORMATS = ['pretty', 'csv', 'jsonl'] as const;
const SCOPES = ['speech', 'attribution'] as const;

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'list who said what: speaker, cue and quote of every quote and attribution',
  usage: 'newsgraph quotes [FILES|DIRS|-] [--format pretty|csv|jsonl] [--scope speech|attribution] [--min-confidence X] [--date YYYY-MM-DD]',
  help: `Runs the pipeline up to the quotes layer and prints one row per quote: the speaker (the name of
the entity behind a pronoun or description when known, else the words of the text), the cue ("said",
"told", "according to") and the quote. Direct quotes in any quotation marks, partial and indirect
speech, headline attributions ("Minister: We will not resign"). Quotes split by their attribution keep
a shared group; speakers the text does not state stay empty.

Options:
  -f, --format FORMAT      pretty (default) | csv | jsonl
  -s, --scope SCOPE        speech (default): what people said or wrote;
                           attribution: also beliefs, findings and evaluations ("X thinks", "a poll shows")
  -c, --min-confidence X   leave out quotes with a confidence below X (0..1, default 0)
  -d, --date YYYY-MM-DD    publication date for articles that do not state one
      --kb FILE            extra knowledge-base entries (JSON or CSV; may be repeated)
  -h, --help               this help

Columns (csv, jsonl): doc, quote, speaker, speaker_text, entity, cue, lemma, addressee, type, text,
start, end, group, confidence.

Examples:
  newsgraph quotes samples/01-erbil-gas-field-drones.txt
  newsgraph quotes samples --format csv > quotes.csv`,
  run: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'pretty' },
        scope: { type: 'string', short: 's', default: 'speech' },
        'min-confidence': { type: 'string', short: 'c', default: '0' },
        date: { type: 'string', short: 'd' },
        kb: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${quotesCommand.usage}\n\n${quotesCommand.help}\n`);
      return 0;
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (choose from ${FORMATS.join(', ')})`);
    const scope = values.scope as (typeof SCOPES)[number];
    if (!SCOPES.includes(scope)) throw new UsageError(`unknown scope "${values.scope}" (choose from ${SCOPES.join(', ')})`);
    const minConfidence = Number(values['min-confidence']);
    if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${values['min-confidence']}"`);
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
    if (positionals.length === 0) positionals.push('-');
    const kbFiles = values.kb ?? [];
    let pipeline;
    try {
      pipeline = createPipeline({
        annotators: ['quotes'],
        config: { quotes: { scope, minConfidence }, ...(kbFiles.length ? { entities: { kbFiles }, coref: { kbFiles } } : {}) },
      });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const entries: InputEntry[] = [];
    for await (const e of readInputs(positionals, { date: values.date })) entries.push(e);
    const ctx = makeContext({ color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: process.stdout.columns || 120, maxSentences: 0 });
    if (format === 'csv') process.stdout.write(csvRow(['doc', 'quote', 'speaker', 'speaker_text', 'entity', 'cue', 'lemma', 'addressee', 'type', 'text', 'start', 'end', 'group', 'confidence']));
    let failed = 0;
    for (const r of annotateEntries(entries, pipeline)) {
      if (!r.ok) {
        failed++;
        process.stderr.write(`newsgraph: ${r.error.id}: ${r.error.reason} (${r.error.stage})\n`);
        continue;
      }
      const json = r.doc.toJSON();
      const rows = quoteRows(json);
      if (format === 'jsonl') {
        for (const row of rows) {
          process.stdout.write(
            `${JSON.stringify({ doc: json.id, quote: row.id, speaker: row.speaker || null, speaker_text: row.speakerText || null, entity: row.entity || null, cue: row.cue || null, lemma: row.lemma || null, addressee: row.addressee || null, type: row.type, text: row.quote, start: row.start, end: row.end, group: row.group || null, confidence: row.confidence })}\n`,
          );
        }
      } else if (format === 'csv') {
        for (const row of rows) process.stdout.write(csvRow([json.id, row.id, row.speaker, row.speakerText, row.entity, row.cue, row.lemma, row.addressee, row.type, row.quote, row.start, row.end, row.group, row.confidence]));
      } else {
        process.stdout.write(`${ctx.paint('bold', `━━ ${json.id}`)}\n`);
        if (!rows.length) process.stdout.write(`${ctx.paint('dim', '  (no quotes)')}\n`);
        const width = Math.min(24, Math.max(0, ...rows.map((x) => (x.speaker || '?').length)));
        for (const row of rows) {
          const who = (row.speaker || '?').slice(0, width).padEnd(width);
          const cue = (row.cue || (row.type === 'headline' ? ':' : '')).slice(0, 14).padEnd(14);
          process.stdout.write(`${ctx.clip(`  ${who} | ${cue} | ${row.quote}`, 0)}\n`);
        }
        process.stdout.write('\n');
      }
    }
    return failed ? 1 : 0;
  },
};
