export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** the body of `newsgraph COMMAND --help` */
  help: string;
  /** returns the exit code; throws UsageError for misuse (exit 2) */
  run(argv: string[]): Promise<number>;
}
