// The newsgraph command line: argument parsing -> library calls -> output; exit codes 0/1/2.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsgraphError, UsageError } from '../pipeline/errors.ts';
import { annotatorsCommand } from './annotators.ts';
import type { Command } from './command.ts';
import { entitiesCommand } from './entities.ts';
import { eventsCommand } from './events.ts';
import { extractCommand } from './extract.ts';
import { quotesCommand } from './quotes.ts';

/** The version in package.json, found by walking up from this module (sources or the dist bundle). */
function packageVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'newsgraph') return pkg.version ?? 'unknown';
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

const COMMANDS: Command[] = [extractCommand, entitiesCommand, quotesCommand, eventsCommand, annotatorsCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `newsgraph: who said what, who did what to whom, when and where, from news text.

Usage: newsgraph <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "newsgraph <command> --help" for a command's options and examples.

Examples:
  newsgraph extract samples --format pretty
  newsgraph extract article.html --format html --out report.html
`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const sub = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(sub ? `${sub.usage}\n\n${sub.help}\n` : mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
    return await command.run(rest);
  } catch (err) {
    // parseArgs reports unknown options with a code; they are usage errors too
    const code = (err as { code?: string }).code;
    if (err instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`newsgraph: ${(err as Error).message}\nRun "newsgraph ${command?.name ?? ''} --help" for usage.\n`.replace('  --help', ' --help'));
      return 2;
    }
    if (err instanceof NewsgraphError) {
      process.stderr.write(`newsgraph: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

/** Run the CLI with this process's arguments and set its exit code. */
export function runCli(): void {
  // a closed pipe (`newsgraph extract ... | head`) ends the program quietly, as other Unix tools do
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`newsgraph: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
