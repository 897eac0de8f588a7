// Data files shipped with the package (models, gazetteers) live under src/. Modules find them through
// the package root rather than their own URL, so the same code works from the sources (tsx) and from
// the one-file bundle in dist/, whose import.meta.url is elsewhere.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The directory of newsgraph's package.json, found by walking up from this module. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === 'newsgraph') {
      root = dir;
      return dir;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('newsgraph: cannot find the package root (package.json) to load its data files');
    dir = up;
  }
}

/** Absolute path of a data file given relative to src/, e.g. "annotators/entities/ner/model/x.bin.gz". */
export function srcAsset(relative: string): string {
  return path.join(packageRoot(), 'src', relative);
}
