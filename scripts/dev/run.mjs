// Bundle scripts/dev/profile.ts with esbuild (the code the CLI runs, see scripts/bench.mjs) and run it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BUNDLE_OPTIONS } from '../lib/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = path.join(root, 'bench/.profile.bundle.mjs');
await build({ entryPoints: [path.join(root, 'scripts/dev/profile.ts')], outfile, ...BUNDLE_OPTIONS });
const nodeFlags = (process.env.PROFILE_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const r = spawnSync(process.execPath, [...nodeFlags, outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
