// Where documents come from: files, directories (recursive), JSONL/NDJSON (one article per line)
// and stdin. Each input becomes an item whose `load()` builds the Doc or throws an InputError, so
// one bad input is reported with its id and the rest of the batch goes on.

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Doc } from '../doc/doc.ts';
import type { DocMeta } from '../doc/types.ts';
import { InputError } from '../pipeline/errors.ts';
import { decodeBytes } from './decode.ts';
import { docFromHtml } from './html.ts';
import { docFromRecord } from './record.ts';
import { docFromText } from './text.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Per-directory metadata file: maps file names to a publication date or to meta fields. */
export const META_FILE = 'newsgraph.meta.json';

export interface InputItem {
  id: string;
  /** path, "stdin", or "FILE:LINE" */
  source: string;
  load(): Doc;
}

/** A failure found while listing inputs (missing path, unreadable directory). */
export interface InputFailure {
  id: string;
  source: string;
  error: InputError;
}

export type InputEntry = InputItem | InputFailure;

export interface ReadOptions {
  /** documents larger than this many bytes are refused (default 20 MB) */
  maxBytes?: number;
  /** publication date for documents that do not state one (YYYY-MM-DD) */
  date?: string;
  stdin?: NodeJS.ReadableStream;
}

type Format = 'text' | 'html' | 'jsonl' | 'json';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

function sniffFormat(text: string): Format {
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  if (/^<(?:!doctype|html|head|body|\?xml|meta|div|p|article)\b/i.test(head) || /<(?:html|body)[\s>]/i.test(head)) return 'html';
  return 'text';
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError('too-large', `${mb(size)} is over the size limit of ${mb(maxBytes)} (raise it with --max-bytes)`);
}

function withDate(meta: DocMeta, date: string | undefined): DocMeta {
  return date && !meta.date ? { ...meta, date, dateSource: 'option' } : meta;
}

/** Build a Doc from the bytes of one text or HTML document. */
export function docFromBytes(id: string, bytes: Uint8Array, format: 'text' | 'html', meta: DocMeta, opts: ReadOptions = {}): Doc {
  if (bytes.length === 0) throw new InputError('empty', 'the file is empty (0 bytes)');
  const decoded = decodeBytes(bytes, { html: format === 'html' });
  const m: DocMeta = { ...meta, encoding: decoded.encoding };
  if (format === 'html') {
    const doc = docFromHtml(id, decoded.text, m);
    return doc.meta.date || !opts.date ? doc : docFromHtml(id, decoded.text, withDate(m, opts.date));
  }
  return docFromText(id, decoded.text, withDate(m, opts.date));
}

function readMetaFile(dir: string): Record<string, DocMeta> {
  const file = path.join(dir, META_FILE);
  if (!fs.existsSync(file)) return {};
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const out: Record<string, DocMeta> = {};
  if (raw && typeof raw === 'object') {
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value === 'string') out[name] = { date: value, dateSource: 'given' };
      else if (value && typeof value === 'object') out[name] = { dateSource: 'given', ...(value as DocMeta) };
    }
  }
  return out;
}

function* walk(dir: string): Generator<string> {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === META_FILE || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

async function* jsonlItems(file: string, source: string, opts: ReadOptions): AsyncGenerator<InputEntry> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const where = `${source}:${lineNo}`;
    yield jsonlItem(line, where, lineNo, maxBytes, opts);
  }
}

function jsonlItem(line: string, where: string, lineNo: number, maxBytes: number, opts: ReadOptions): InputEntry {
  if (Buffer.byteLength(line) > maxBytes) return { id: where, source: where, error: tooLarge(Buffer.byteLength(line), maxBytes) };
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    return { id: where, source: where, error: new InputError('parse', `line ${lineNo} is not valid JSON: ${(err as Error).message}`) };
  }
  const id = row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : where;
  return { id, source: where, load: () => docFromRecord(id, row, where, opts.date) };
}

function fileItem(file: string, format: 'text' | 'html', meta: DocMeta, opts: ReadOptions, size: number): InputItem {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    id: file,
    source: file,
    load: () => {
      if (size > maxBytes) throw tooLarge(size, maxBytes);
      return docFromBytes(file, fs.readFileSync(file), format, { source: file, ...meta }, opts);
    },
  };
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function* stdinItems(opts: ReadOptions): AsyncGenerator<InputEntry> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    // JSONL on stdin can hold many articles: allow the limit per article, up to 100 of them at once
    bytes = await readStream(opts.stdin ?? process.stdin, maxBytes * 100);
  } catch (err) {
    yield { id: 'stdin', source: 'stdin', error: err instanceof InputError ? err : new InputError('unreadable', String(err)) };
    return;
  }
  const head = bytes.subarray(0, 2000).toString('utf8');
  const format = sniffFormat(head);
  if (format === 'jsonl') {
    const lines = bytes.toString('utf8').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim()) yield jsonlItem(lines[i], `stdin:${i + 1}`, i + 1, maxBytes, opts);
    }
    return;
  }
  if (bytes.length > maxBytes) {
    yield { id: 'stdin', source: 'stdin', error: tooLarge(bytes.length, maxBytes) };
    return;
  }
  const fmt = format === 'html' ? 'html' : 'text';
  yield { id: 'stdin', source: 'stdin', load: () => docFromBytes('stdin', bytes, fmt, { source: 'stdin' }, opts) };
}

function jsonFileItems(file: string, opts: ReadOptions, size: number): InputEntry[] {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) return [{ id: file, source: file, error: tooLarge(size, maxBytes) }];
  let value: unknown;
  try {
    value = JSON.parse(decodeBytes(fs.readFileSync(file)).text);
  } catch (err) {
    const e = err instanceof InputError ? err : new InputError('parse', `not valid JSON: ${(err as Error).message}`);
    return [{ id: file, source: file, error: e }];
  }
  const rows = Array.isArray(value) ? value : [value];
  return rows.map((row, i) => {
    const where = Array.isArray(value) ? `${file}[${i}]` : file;
    const id = row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : where;
    return { id, source: where, load: () => docFromRecord(id, row, where, opts.date) };
  });
}

/** Every input named on the command line, in order: files, directories (recursively), "-" for stdin. */
export async function* readInputs(args: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputEntry> {
  for (const arg of args) {
    if (arg === '-') {
      yield* stdinItems(opts);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      yield { id: arg, source: arg, error: new InputError('unreadable', 'no such file or directory') };
      continue;
    }
    if (stat.isDirectory()) {
      let metaByName: Record<string, DocMeta> = {};
      const metaCache = new Map<string, Record<string, DocMeta>>();
      for (const file of walk(arg)) {
        const dir = path.dirname(file);
        if (!metaCache.has(dir)) {
          try {
            metaCache.set(dir, readMetaFile(dir));
          } catch (err) {
            yield { id: path.join(dir, META_FILE), source: dir, error: new InputError('parse', `${META_FILE}: ${(err as Error).message}`) };
            metaCache.set(dir, {});
          }
        }
        metaByName = metaCache.get(dir) ?? {};
        yield* fileEntries(file, opts, metaByName[path.basename(file)] ?? {});
      }
      continue;
    }
    let meta: DocMeta = {};
    try {
      meta = readMetaFile(path.dirname(arg))[path.basename(arg)] ?? {};
    } catch {
      // a broken metadata file is reported when its directory is read; a single file goes on without it
    }
    yield* fileEntries(arg, opts, meta);
  }
}

async function* fileEntries(file: string, opts: ReadOptions, meta: DocMeta): AsyncGenerator<InputEntry> {
  const stat = fs.statSync(file);
  let format = EXTENSIONS[path.extname(file).toLowerCase()];
  if (!format) {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(2000);
    const n = fs.readSync(fd, head, 0, 2000, 0);
    fs.closeSync(fd);
    format = sniffFormat(head.subarray(0, n).toString('latin1'));
  }
  if (format === 'jsonl') yield* jsonlItems(file, file, opts);
  else if (format === 'json') yield* jsonFileItems(file, opts, stat.size);
  else yield fileItem(file, format, meta, opts, stat.size);
}
