// The contract every benchmark task adapter follows: read the input rows of ../shared/bench
// (see its README), return prediction rows in that task's format.

export interface TaskAdapter {
  /** the task name used by ../shared/bench/score.mjs */
  name: string;
  /** gold files of the visible splits, relative to ../shared/bench, that `npm run eval` scores */
  visible: string[];
  /** metrics printed by `npm run eval` for this task (keys of the scorer's last-line JSON) */
  metrics: string[];
  /**
   * When a bundled model learned from this gold file, its scores there mean nothing: the figure to
   * read instead (a cross-validated one), printed next to them.
   */
  trainedOn?(goldRel: string): string | undefined;
  /** predictions, one per input row, in input order */
  predict(rows: Record<string, unknown>[], log: (msg: string) => void): Promise<Record<string, unknown>[]>;
}
