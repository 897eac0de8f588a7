// Typed errors: every failure names the document and the stage, so a batch can report it and go on.

export type InputProblem = 'empty' | 'binary' | 'too-large' | 'encoding' | 'unreadable' | 'parse' | 'no-content';

export class NewsgraphError extends Error {
  override name = 'NewsgraphError';
}

/** The input itself is unusable (empty, binary, too large, undecodable, unparseable). */
export class InputError extends NewsgraphError {
  override name = 'InputError';
  constructor(
    readonly problem: InputProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The pipeline was built wrongly (missing requirement, unknown annotator, bad config). */
export class PipelineConfigError extends NewsgraphError {
  override name = 'PipelineConfigError';
}

/** Command-line misuse: exit code 2. */
export class UsageError extends NewsgraphError {
  override name = 'UsageError';
}

/** What a batch records for a document it could not process. */
export interface ErrorRecord {
  id: string;
  /** "ingest" or the name of the annotator that failed */
  stage: string;
  problem?: InputProblem;
  reason: string;
}

export function errorRecord(id: string, stage: string, err: unknown): ErrorRecord {
  if (err instanceof InputError) return { id, stage, problem: err.problem, reason: err.message };
  const reason = err instanceof Error ? err.message : String(err);
  return { id, stage, reason };
}
