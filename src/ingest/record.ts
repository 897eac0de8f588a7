// One JSON record (a JSONL line or a .json file) -> Doc.
// Fields: `text` or `html` (required), optional id, title, date, url, source, language; anything else
// is kept in meta.extra. With a title, the text becomes "title\n\nbody" and the title its headline.

import { Doc } from '../doc/doc.ts';
import type { DocMeta } from '../doc/types.ts';
import { InputError } from '../pipeline/errors.ts';
import { docFromHtml } from './html.ts';
import { docFromText } from './text.ts';

const KNOWN = new Set(['id', 'text', 'html', 'title', 'date', 'url', 'source', 'language', 'lang']);
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/;

function str(row: Record<string, unknown>, key: string, where: string): string | undefined {
  const v = row[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new InputError('parse', `${where}: field "${key}" must be a string`);
  return v;
}

export function docFromRecord(id: string, row: unknown, where: string, fallbackDate?: string): Doc {
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new InputError('parse', `${where}: expected a JSON object with "text" or "html"`);
  const r = row as Record<string, unknown>;
  const text = str(r, 'text', where);
  const html = str(r, 'html', where);
  if (text === undefined && html === undefined) throw new InputError('no-content', `${where}: the record has neither "text" nor "html"`);
  const meta: DocMeta = { source: where };
  const title = str(r, 'title', where)?.trim();
  const date = str(r, 'date', where);
  if (date !== undefined) {
    const m = ISO_DATE.exec(date.trim());
    if (!m) throw new InputError('parse', `${where}: "date" must be YYYY-MM-DD (or an ISO timestamp), got "${date}"`);
    meta.date = m[1];
    meta.dateSource = 'given';
  } else if (fallbackDate) {
    meta.date = fallbackDate;
    meta.dateSource = 'option';
  }
  const url = str(r, 'url', where);
  if (url) meta.url = url;
  const source = str(r, 'source', where);
  if (source) meta.siteName = source;
  const language = str(r, 'language', where) ?? str(r, 'lang', where);
  if (language) meta.language = language;
  const extra = Object.fromEntries(Object.entries(r).filter(([k]) => !KNOWN.has(k)));
  if (Object.keys(extra).length) meta.extra = extra;

  if (text === undefined) {
    if (title) meta.title = title;
    return docFromHtml(id, html as string, { ...meta, format: 'json' });
  }
  if (!title || text.trimStart().startsWith(title)) {
    return docFromText(id, text, { ...meta, format: 'json', ...(title ? { title } : {}) }, { headline: Boolean(title) });
  }
  // the title is prepended as the headline so headline quotes are read too
  const doc = docFromText(id, `${title}\n\n${text}`, { ...meta, format: 'json', title }, { headline: true });
  return doc.meta.headline ? doc : new Doc(id, doc.text, { ...doc.meta, headline: { start: 0, end: title.length } });
}
