// html task adapter: main-text extraction on the scrapinghub benchmark (see ../shared/bench/README.md, "6. html").
import fs from 'node:fs';
import zlib from 'node:zlib';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { extractHtmlArticle } from '../../src/ingest/html/mainText.ts';
import type { TaskAdapter } from './types.ts';

async function predict(rows: Record<string, unknown>[], log: (msg: string) => void): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const id = String(row.id);
    try {
      const buf = zlib.gunzipSync(fs.readFileSync(String(row.html_path)));
      const { text } = decodeBytes(buf, { html: true });
      const url = typeof row.url === 'string' ? row.url : undefined;
      const article = extractHtmlArticle(text, { url });
      out.push({ id, text: article.paragraphs.join('\n') });
    } catch (err) {
      log(`${id}: ${err instanceof Error ? err.message : String(err)}`);
      out.push({ id, text: null });
    }
  }
  return out;
}

export const htmlTask: TaskAdapter = {
  name: 'html',
  visible: ['html/scrapinghub.jsonl'],
  metrics: ['p', 'r', 'f1', 'accuracy'],
  predict,
};
