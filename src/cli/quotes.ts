// `newsgraph quotes FILE...`: who said what in each article, one row per quote (speaker | cue | quote).

import { csvRow } from '../export/csv.ts';
import { quoteRows, type QuoteRow } from '../export/quotes.ts';
import { UsageError } from '../pipeline/errors.ts';
import type { Command } from './command.ts';
import { fractionOption, kbConfig, listingPipeline, parseListingArgs, runListing, stdoutContext } from './listing.ts';

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
start, end, group, date, place, confidence. The date and place are when and where it was said: the
attribution's own, else the same speaker's stated setting, else the dateline's and publication date.

Examples:
  newsgraph quotes samples/01-erbil-gas-field-drones.txt
  newsgraph quotes samples --format csv > quotes.csv`,
  run: async (argv) => {
    const args = parseListingArgs(quotesCommand, argv, FORMATS, {
      scope: { type: 'string', short: 's', default: 'speech' },
      'min-confidence': { type: 'string', short: 'c' },
    });
    if (!args) return 0;
    const scope = args.values.scope as (typeof SCOPES)[number];
    if (!SCOPES.includes(scope)) throw new UsageError(`unknown scope "${String(args.values.scope)}" (choose from ${SCOPES.join(', ')})`);
    const minConfidence = fractionOption(args.values, 'min-confidence');
    // time and places date and place each quote
    const pipeline = listingPipeline({ annotators: ['time', 'places', 'quotes'], config: { quotes: { scope, minConfidence }, ...kbConfig(args.kbFiles) } });
    const ctx = stdoutContext();
    if (args.format === 'csv') process.stdout.write(csvRow([...COLUMNS]));
    return runListing(args.inputs, args.date, pipeline, (json) => {
      const rows = quoteRows(json);
      if (args.format === 'jsonl') {
        for (const row of rows) process.stdout.write(`${JSON.stringify(Object.fromEntries(COLUMNS.map((c, i) => [c, columnValues(json.id, row)[i] ?? null])))}\n`);
      } else if (args.format === 'csv') {
        for (const row of rows) process.stdout.write(csvRow(columnValues(json.id, row)));
      } else {
        process.stdout.write(`${ctx.paint('bold', `━━ ${json.id}`)}\n`);
        if (!rows.length) process.stdout.write(`${ctx.paint('dim', '  (no quotes)')}\n`);
        const width = Math.min(24, Math.max(0, ...rows.map((x) => (x.speaker || '?').length)));
        for (const row of rows) {
          const who = (row.speaker || '?').slice(0, width).padEnd(width);
          const cue = (row.cue || (row.type === 'headline' ? ':' : '')).slice(0, 14).padEnd(14);
          const when = [row.date, row.place].filter(Boolean).join(', ');
          process.stdout.write(`${ctx.clip(`  ${who} | ${cue} | ${row.quote}`, 0)}${when ? ctx.paint('dim', ` (${when})`) : ''}\n`);
        }
        process.stdout.write('\n');
      }
    });
  },
};

const COLUMNS = ['doc', 'quote', 'speaker', 'speaker_text', 'entity', 'cue', 'lemma', 'addressee', 'type', 'text', 'start', 'end', 'group', 'date', 'place', 'confidence'] as const;

/** One row's values in COLUMNS order; empty strings become null in JSONL. */
function columnValues(doc: string, row: QuoteRow): (string | number | null)[] {
  const v = (s: string): string | null => s || null;
  return [doc, row.id, v(row.speaker), v(row.speakerText), v(row.entity), v(row.cue), v(row.lemma), v(row.addressee), row.type, row.quote, row.start, row.end, v(row.group), v(row.date), v(row.place), row.confidence];
}
