// `newsgraph entities FILE...`: the entity table of each article (who and what it is about).

import { csvRow } from '../export/csv.ts';
import { entityRows } from '../export/pretty.ts';
import type { Command } from './command.ts';
import { kbConfig, listingPipeline, parseListingArgs, runListing, stdoutContext } from './listing.ts';

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
    const args = parseListingArgs(entitiesCommand, argv, FORMATS);
    if (!args) return 0;
    const pipeline = listingPipeline({ annotators: ['coref'], config: kbConfig(args.kbFiles) });
    const ctx = stdoutContext();
    if (args.format === 'csv') process.stdout.write(csvRow(['doc', 'entity', 'name', 'type', 'actor', 'roles', 'mentions', 'count']));
    return runListing(args.inputs, args.date, pipeline, (json) => {
      const rows = entityRows(json);
      if (args.format === 'jsonl') {
        for (const [i, row] of rows.entries()) process.stdout.write(`${JSON.stringify({ doc: json.id, entity: json.layers.clusters?.[i]?.id, ...row })}\n`);
      } else if (args.format === 'csv') {
        for (const [i, row] of rows.entries()) process.stdout.write(csvRow([json.id, json.layers.clusters?.[i]?.id, row.name, row.type, row.actor, row.roles, row.mentions, row.count]));
      } else {
        process.stdout.write(`${ctx.paint('bold', `━━ ${json.id}`)}\n`);
        for (const row of [...rows].sort((a, b) => b.count - a.count)) {
          process.stdout.write(`${ctx.clip(`  ${row.name.padEnd(28)} ${row.type.padEnd(20)} ${row.actor.padEnd(10)} ${row.mentions}`, 0)}\n`);
          if (row.roles) process.stdout.write(`${ctx.paint('dim', `  ${' '.repeat(28)} ${row.roles}`)}\n`);
        }
        process.stdout.write('\n');
      }
    });
  },
};
