// pubdate task: publication day of HTML news pages (see ../shared/bench/README.md, section 5).

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { parseHtmlDocument } from '../../src/ingest/html/dom.ts';
import { findPublicationDate } from '../../src/ingest/html/pubdate/index.ts';
import type { TaskAdapter } from './types.ts';

/** One input row → {id, date}; null date when the page cannot be read or states no date. */
export function predictRow(row: Record<string, unknown>, log: (msg: string) => void): { id: string; date: string | null; source?: string } {
  const id = String(row.id);
  try {
    const path = String(row.html_path);
    let buf: Uint8Array = readFileSync(path);
    if (path.endsWith('.gz')) buf = gunzipSync(buf);
    const html = decodeBytes(buf, { html: true }).text;
    const doc = parseHtmlDocument(html);
    const found = findPublicationDate(doc, { html, url: typeof row.url === 'string' ? row.url : undefined });
    return { id, date: found?.date ?? null, source: found?.source };
  } catch (err) {
    log(`pubdate ${id}: ${err instanceof Error ? err.message : String(err)}`);
    return { id, date: null };
  }
}

export const pubdateTask: TaskAdapter = {
  name: 'pubdate',
  visible: ['pubdate/htmldate-mediacloud-2020-even.jsonl'],
  metrics: ['p', 'r', 'f1', 'accuracy'],
  async predict(rows, log) {
    return rows.map((row) => {
      const { id, date } = predictRow(row, log);
      return { id, date };
    });
  },
};
