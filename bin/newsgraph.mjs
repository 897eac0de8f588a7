#!/usr/bin/env node
// Launcher: run the prebuilt bundle (dist/, made by `npm run build`, which `npm ci` runs) when it is
// up to date, else the TypeScript sources through tsx, so a fresh edit is never shadowed by a stale build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/newsgraph.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

let useBundle = false;
try {
  useBundle = fs.statSync(bundle).mtimeMs >= newestSource(path.join(root, 'src'));
} catch {
  useBundle = false;
}

if (useBundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
