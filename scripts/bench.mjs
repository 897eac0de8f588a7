// npm run bench: bundle bench/bench.ts with esbuild, as scripts/build.mjs bundles the CLI, and run
// it. The speed measured is the speed of the code `newsgraph` runs (tsx's on-the-fly transform wraps
// every closure in a naming helper and costs 20-30% in hot loops), from the same sources.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BUNDLE_OPTIONS } from './lib/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// the CLI bundle too, so the cold start is measured on the current sources
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// next to bench.ts, so the bundle finds the repository the way bench/paths.ts does
const outfile = path.join(root, 'bench/.bench.bundle.mjs');
await build({
  entryPoints: [path.join(root, 'bench/bench.ts')],
  outfile,
  ...BUNDLE_OPTIONS,
});
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
