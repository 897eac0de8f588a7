// `newsgraph entities FILE...`: the entity table of each article (who and what it is about).

import { parseArgs } from 'node:util';
import { csvRow } from '../export/csv.ts';
import { entityRows, makeContext } from '../export/pretty.ts';
import { annotateEntries, createPipeline } from '../index.ts';
import { readInputs, type InputEntry } from '../ingest/sources.ts';
import { UsageError } from '../pipeline/errors.ts';
import type { Command } from './command.ts';

const FORMATS = ['pretty', 'csv', 'jsonl'] as const;

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'list the entities of each article: names, types, actor codes, roles, mentions',
  usage: 'newsgraph entities [FILES|DIRS|-] [--format pretty|csv|jsonl] [--date YYYY-MM-DD]',
  help: `Runs the entity and coreference layers and prints one row per entity: its canonical name, type
(PERSON, ORG, GPE, LOC, NORP, MISC, with a sub-kind), CAMEO actor code, the roles the text states and
every mention ("Amina Odhiambo · Odhiambo · the minister · she").

Options:
  -f, --format FORMAT    pretty (default) | csv | jsonl
  -d, --date YYYY-MM-DD  publication date for articles that do not state one
      --kb FILE          extra knowledge-base entries (JSON or CSV; may be repeated)
  -h, --help             this help

Examples:
  newsgraph entities samples/02-kyiv-prisoner-exchange.txt
  newsgraph entities samples --format csv > entities.csv`,
  run: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'pretty' },
        date: { type: 'string', short: 'd' },
        kb: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${entitiesCommand.usage}\n\n${entitiesCommand.help}\n`);
      return 0;
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (choose from ${FORMATS.join(', ')})`);
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
    if (positionals.length === 0) positionals.push('-');
    const kbFiles = values.kb ?? [];
    let pipeline;
    try {
      pipeline = createPipeline({ annotators: ['coref'], config: kbFiles.length ? { entities: { kbFiles }, coref: { kbFiles } } : undefined });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const entries: InputEntry[] = [];
    for await (const e of readInputs(positionals, { date: values.date })) entries.push(e);
    const ctx = makeContext({ color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: process.stdout.columns || 120, maxSentences: 0 });
    if (format === 'csv') process.stdout.write(csvRow(['doc', 'entity', 'name', 'type', 'actor', 'roles', 'mentions', 'count']));
    let failed = 0;
    for (const r of annotateEntries(entries, pipeline)) {
      if (!r.ok) {
        failed++;
        process.stderr.write(`newsgraph: ${r.error.id}: ${r.error.reason} (${r.error.stage})\n`);
        continue;
      }
      const json = r.doc.toJSON();
      const rows = entityRows(json);
      if (format === 'jsonl') {
        for (const [i, row] of rows.entries()) process.stdout.write(`${JSON.stringify({ doc: json.id, entity: json.layers.clusters?.[i]?.id, ...row })}\n`);
      } else if (format === 'csv') {
        for (const [i, row] of rows.entries()) process.stdout.write(csvRow([json.id, json.layers.clusters?.[i]?.id, row.name, row.type, row.actor, row.roles, row.mentions, row.count]));
      } else {
        process.stdout.write(`${ctx.paint('bold', `━━ ${json.id}`)}\n`);
        for (const row of [...rows].sort((a, b) => b.count - a.count)) {
          process.stdout.write(`${ctx.clip(`  ${row.name.padEnd(28)} ${row.type.padEnd(20)} ${row.actor.padEnd(10)} ${row.mentions}`, 0)}\n`);
          if (row.roles) process.stdout.write(`${ctx.paint('dim', `  ${' '.repeat(28)} ${row.roles}`)}\n`);
        }
        process.stdout.write('\n');
      }
    }
    return failed ? 1 : 0;
  },
};
