// The public API of newsgraph. Everything the CLI does goes through these functions.

import { builtinRegistry, DEFAULT_PIPELINE } from './annotators/index.ts';
import { Doc } from './doc/doc.ts';
import type { DocJSON, DocMeta } from './doc/types.ts';
import { errorRecord, NewsgraphError } from './pipeline/errors.ts';
import { Pipeline } from './pipeline/pipeline.ts';
import { docFromHtml } from './ingest/html.ts';
import { docFromText } from './ingest/text.ts';
import type { InputEntry } from './ingest/sources.ts';
import type { RunResult } from './pipeline/pipeline.ts';

export { Doc, type TokenTypes } from './doc/doc.ts';
export { DOC_SCHEMA_VERSION } from './doc/types.ts';
export type * from './doc/types.ts';
export { Pipeline, type RunResult, type StageStats } from './pipeline/pipeline.ts';
export { Registry } from './pipeline/registry.ts';
export { Resources } from './pipeline/resources.ts';
export { defineAnnotator, type Annotator, type AnnotateFn } from './pipeline/annotator.ts';
export { InputError, NewsgraphError, PipelineConfigError, UsageError, type ErrorRecord } from './pipeline/errors.ts';
export { BUILTIN_ANNOTATORS, DEFAULT_PIPELINE, builtinRegistry } from './annotators/index.ts';
export { docFromText } from './ingest/text.ts';
export { docFromHtml } from './ingest/html.ts';
export { readInputs, type InputEntry, type InputItem } from './ingest/sources.ts';

export interface PipelineChoice {
  /** annotators to run (their requirements are added); default: the default pipeline */
  annotators?: readonly string[];
  /** per-annotator options */
  config?: Record<string, Record<string, unknown>>;
}

/** A pipeline of the built-in annotators. */
export function createPipeline(choice: PipelineChoice = {}): Pipeline {
  return Pipeline.build(builtinRegistry(), {
    annotators: choice.annotators ?? DEFAULT_PIPELINE,
    config: choice.config,
    resolveDependencies: true,
  });
}

export interface AnalyzeOptions extends DocMeta {
  id?: string;
  /** the input is an HTML page rather than plain text */
  html?: boolean;
  pipeline?: Pipeline;
}

/** Annotate one article and return its JSON; throws a NewsgraphError when it cannot. */
export function analyze(input: string, options: AnalyzeOptions = {}): DocJSON {
  const { id = 'doc', html = false, pipeline = createPipeline(), ...meta } = options;
  const doc = html ? docFromHtml(id, input, meta) : docFromText(id, input, meta);
  const result = pipeline.run(doc);
  if (!result.ok) throw new NewsgraphError(`${result.error.stage}: ${result.error.reason}`);
  return result.doc.toJSON();
}

/** Documents annotated together (stage by stage), and the text they may hold between them. */
export const BATCH_DOCS = 32;
const BATCH_CHARS = 4_000_000;

/**
 * Load and annotate the inputs, in batches run stage by stage (see Pipeline.runBatch); results come
 * in input order. Failures come back as error records, never as throws.
 */
export function* annotateEntries(entries: Iterable<InputEntry>, pipeline: Pipeline): Generator<RunResult> {
  let pending: (RunResult | Doc)[] = [];
  let chars = 0;
  const flush = function* (): Generator<RunResult> {
    const docs = pending.filter((x): x is Doc => x instanceof Doc);
    const done = pipeline.runBatch(docs);
    let k = 0;
    for (const x of pending) yield x instanceof Doc ? done[k++] : x;
    pending = [];
    chars = 0;
  };
  for (const entry of entries) {
    if ('error' in entry) pending.push({ ok: false, error: errorRecord(entry.id, 'ingest', entry.error) });
    else {
      try {
        const doc = entry.load();
        pending.push(doc);
        chars += doc.text.length;
      } catch (err) {
        pending.push({ ok: false, error: errorRecord(entry.id, 'ingest', err) });
      }
    }
    if (pending.length >= BATCH_DOCS || chars >= BATCH_CHARS) yield* flush();
  }
  if (pending.length) yield* flush();
}
