// Bundle the CLI into dist/newsgraph.mjs so `newsgraph` starts without compiling TypeScript on every
// run (tsx costs ~0.5 s per start). Runs on `npm ci` / `npm install` (the "prepare" script); the
// launcher falls back to tsx when the bundle is missing or older than the sources.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BUNDLE_OPTIONS } from './lib/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'src/cli/run.ts')],
  outfile: path.join(root, 'dist/newsgraph.mjs'),
  ...BUNDLE_OPTIONS,
  sourcemap: 'linked',
});
