// What the listing commands (`entities`, `quotes`, `events`) share: the common options, their checks,
// building the pipeline, and the loop that annotates every input, reports failures with their id and
// reason on stderr, and hands each annotated document to the command's printer.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DocJSON } from '../doc/types.ts';
import { makeContext, type PrettyContext } from '../export/pretty.ts';
import { annotateEntries, createPipeline, type PipelineChoice } from '../index.ts';
import { readInputs, type InputEntry } from '../ingest/sources.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { UsageError } from '../pipeline/errors.ts';
import type { Command } from './command.ts';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Options every listing command takes: --format, --date, --kb, --help. */
const COMMON_OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', default: 'pretty' },
  date: { type: 'string', short: 'd' },
  kb: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
};

export interface ListingArgs<F extends string> {
  format: F;
  date?: string;
  kbFiles: string[];
  inputs: string[];
  /** the command's own options, as parsed */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** Parse and check the arguments; null when --help was printed. */
export function parseListingArgs<F extends string>(command: Command, argv: string[], formats: readonly F[], extra: OptionSpecs = {}): ListingArgs<F> | null {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON_OPTIONS, ...extra } });
  if (values.help) {
    process.stdout.write(`${command.usage}\n\n${command.help}\n`);
    return null;
  }
  const format = values.format as F;
  if (!formats.includes(format)) throw new UsageError(`unknown format "${String(values.format)}" (choose from ${formats.join(', ')})`);
  const date = values.date as string | undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  return { format, date, kbFiles: (values.kb as string[] | undefined) ?? [], inputs: positionals.length ? positionals : ['-'], values };
}

/** A number option from 0 to 1 ("--min-confidence"), 0 when absent. */
export function fractionOption(values: ListingArgs<string>['values'], name: string): number {
  const raw = values[name];
  if (raw === undefined) return 0;
  const x = Number(raw);
  if (!(x >= 0 && x <= 1)) throw new UsageError(`--${name} must be a number from 0 to 1, got "${String(raw)}"`);
  return x;
}

/** The annotator options that load extra knowledge-base files wherever entities are read. */
export function kbConfig(kbFiles: readonly string[], readers: readonly string[] = ['entities', 'coref']): Record<string, Record<string, unknown>> {
  return kbFiles.length ? Object.fromEntries(readers.map((r) => [r, { kbFiles: [...kbFiles] }])) : {};
}

/** The pipeline a command asks for; configuration mistakes are usage errors (exit 2). */
export function listingPipeline(choice: PipelineChoice): Pipeline {
  try {
    return createPipeline(choice);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** A pretty-printing context for stdout: colours on a terminal unless NO_COLOR. */
export function stdoutContext(): PrettyContext {
  return makeContext({ color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: process.stdout.columns || 120, maxSentences: 0 });
}

/**
 * Annotate every input and print each document; a failed document is reported (id, reason, stage)
 * and the rest go on. Returns the exit code: 1 when some failed.
 */
export async function runListing(inputs: readonly string[], date: string | undefined, pipeline: Pipeline, print: (doc: DocJSON) => void): Promise<number> {
  const entries: InputEntry[] = [];
  for await (const e of readInputs([...inputs], { date })) entries.push(e);
  let failed = 0;
  for (const r of annotateEntries(entries, pipeline)) {
    if (!r.ok) {
      failed++;
      process.stderr.write(`newsgraph: ${r.error.id}: ${r.error.reason} (${r.error.stage})\n`);
      continue;
    }
    print(r.doc.toJSON());
  }
  return failed ? 1 : 0;
}
