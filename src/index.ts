// The public API of newsgraph. Everything the CLI does goes through these functions.

import { builtinRegistry, DEFAULT_PIPELINE } from './annotators/index.ts';
import type { Doc } from './doc/doc.ts';
import type { DocJSON, DocMeta } from './doc/types.ts';
import { errorRecord, NewsgraphError } from './pipeline/errors.ts';
import { Pipeline } from './pipeline/pipeline.ts';
import { docFromHtml } from './ingest/html.ts';
import { docFromText } from './ingest/text.ts';
import type { InputEntry } from './ingest/sources.ts';
import type { RunResult } from './pipeline/pipeline.ts';

export { Doc } from './doc/doc.ts';
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

/** Load and annotate each input in turn; failures come back as error records, never as throws. */
export function* annotateEntries(entries: Iterable<InputEntry>, pipeline: Pipeline): Generator<RunResult> {
  for (const entry of entries) {
    if ('error' in entry) {
      yield { ok: false, error: errorRecord(entry.id, 'ingest', entry.error) };
      continue;
    }
    let doc: Doc;
    try {
      doc = entry.load();
    } catch (err) {
      yield { ok: false, error: errorRecord(entry.id, 'ingest', err) };
      continue;
    }
    yield pipeline.run(doc);
  }
}
