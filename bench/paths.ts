import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared benchmark folder: $NEWSGRAPH_BENCH, else ../shared/bench next to the repository. */
export function benchDir(): string | null {
  const dir = process.env.NEWSGRAPH_BENCH ?? path.resolve(REPO_ROOT, '../shared/bench');
  return fs.existsSync(path.join(dir, 'score.mjs')) ? dir : null;
}

export function readJsonl(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not valid JSON (${(err as Error).message})`);
      }
    });
}
