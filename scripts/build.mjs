// Bundle the CLI into dist/newsgraph.mjs so `newsgraph` starts without compiling TypeScript on every
// run (tsx costs ~0.5 s per start). Runs on `npm ci` / `npm install` (the "prepare" script); the
// launcher falls back to tsx when the bundle is missing or older than the sources.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'src/cli/run.ts')],
  outfile: path.join(root, 'dist/newsgraph.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // dependencies load from node_modules as usual
  sourcemap: 'linked',
  logLevel: 'warning',
});
