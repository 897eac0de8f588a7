// `newsgraph annotators`: what can run, what it needs and produces, and its options.

import { builtinRegistry, DEFAULT_PIPELINE } from '../annotators/index.ts';
import type { Command } from './command.ts';

export const annotatorsCommand: Command = {
  name: 'annotators',
  summary: 'list the annotators, their inputs, outputs and options',
  usage: 'newsgraph annotators',
  help: 'Lists every built-in annotator with its version, the layers it requires and produces, and its options.\n\nExample:\n  newsgraph annotators',
  run: async () => {
    for (const a of builtinRegistry().list()) {
      const dflt = DEFAULT_PIPELINE.includes(a.name) ? ' (default)' : '';
      process.stdout.write(`${a.name} ${a.version}${dflt}\n  ${a.description}\n`);
      process.stdout.write(`  requires: ${a.requires.join(', ') || '-'}   produces: ${a.produces.join(', ')}\n`);
      for (const [key, spec] of Object.entries(a.options)) {
        process.stdout.write(`  option ${key} (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}\n`);
      }
    }
    return 0;
  },
};
