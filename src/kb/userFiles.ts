// Reading user KB files (KnowledgeBase.load({ extraFiles })): CSV or JSON records with
// name, aliases, type, kind, country, cameo (and optionally id, note). Every problem is reported
// as "file:line: message" so a user can fix the row.
//
// CSV: comma-separated, RFC 4180 quoting ("a, b" and "" for a quote), aliases separated by ";".
//      A first row whose first cell is "name" is a header and may reorder or add the id/note
//      columns; without a header the columns are name,aliases,type,kind,country,cameo.
//      Blank lines and lines starting with # are skipped.
// JSON: an array of records, or { "entries": [records] }; aliases as an array or a ";" string.

import fs from 'node:fs';
import path from 'node:path';

export class KbFileError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'KbFileError';
    this.file = file;
    this.line = line;
  }
}

/** One record as read from a file, before validation against the KB. */
export interface RawUserRecord {
  file: string;
  line: number;
  id?: string;
  name: string;
  aliases: string[];
  type?: string;
  kind?: string;
  country?: string;
  cameo?: string;
  note?: string;
}

const COLUMNS = ['name', 'aliases', 'type', 'kind', 'country', 'cameo'] as const;
const ALLOWED = new Set(['id', 'name', 'aliases', 'type', 'kind', 'country', 'cameo', 'note']);

export function readUserFile(file: string): RawUserRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new KbFileError(file, 0, `cannot read file (${(e as Error).message})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return parseJson(file, text);
  if (ext === '.csv' || ext === '.txt') return parseCsv(file, text);
  // Unknown extension: sniff.
  return /^\s*[[{]/.test(text) ? parseJson(file, text) : parseCsv(file, text);
}

function splitAliases(s: string): string[] {
  return s
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
}

// ───────────── CSV ─────────────

/** Rows of cells with the 1-based line each row starts on. Quoted cells may span lines. */
function csvRows(file: string, text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    // comment or blank line
    if (text[i] === '#') {
      while (i < n && text[i] !== '\n') i++;
      i++;
      line++;
      continue;
    }
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let wasQuoted = false;
    for (;;) {
      if (i >= n) {
        if (quoted) throw new KbFileError(file, start, 'unterminated quoted field');
        cells.push(cell);
        break;
      }
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
        continue;
      }
      if (c === '"') {
        if (cell.trim() !== '') throw new KbFileError(file, line, 'a quote may only start a field');
        quoted = true;
        wasQuoted = true;
        cell = '';
        i++;
        continue;
      }
      if (c === ',') {
        cells.push(wasQuoted ? cell : cell.trim());
        cell = '';
        wasQuoted = false;
        i++;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
        continue;
      }
      if (c === '\n') {
        cells.push(wasQuoted ? cell : cell.trim());
        i++;
        line++;
        break;
      }
      if (wasQuoted && c.trim() !== '') throw new KbFileError(file, line, 'text after a closing quote');
      cell += c;
      i++;
    }
    if (cells.length === 1 && cells[0].trim() === '') continue; // blank line
    rows.push({ line: start, cells });
  }
  return rows;
}

function parseCsv(file: string, text: string): RawUserRecord[] {
  const rows = csvRows(file, text);
  if (!rows.length) return [];
  let columns: string[] = [...COLUMNS];
  let first = 0;
  if (rows[0].cells[0].trim().toLowerCase() === 'name') {
    columns = rows[0].cells.map((c) => c.trim().toLowerCase());
    for (const c of columns) {
      if (!ALLOWED.has(c)) {
        throw new KbFileError(file, rows[0].line, `unknown column "${c}" (expected ${[...ALLOWED].join(', ')})`);
      }
    }
    first = 1;
  }
  const out: RawUserRecord[] = [];
  for (const row of rows.slice(first)) {
    if (row.cells.length > columns.length) {
      throw new KbFileError(file, row.line, `${row.cells.length} fields, expected at most ${columns.length} (${columns.join(',')})`);
    }
    const get = (k: string): string | undefined => {
      const j = columns.indexOf(k);
      const v = j >= 0 ? row.cells[j]?.trim() : undefined;
      return v ? v : undefined;
    };
    const name = get('name');
    if (!name) throw new KbFileError(file, row.line, 'missing name');
    out.push({
      file,
      line: row.line,
      id: get('id'),
      name,
      aliases: splitAliases(get('aliases') ?? ''),
      type: get('type'),
      kind: get('kind'),
      country: get('country'),
      cameo: get('cameo'),
      note: get('note'),
    });
  }
  return out;
}

// ───────────── JSON ─────────────

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Offsets where the elements of the records array begin: the top-level array, or the array under
 * the top-level "entries" key. A small scanner, since JSON.parse keeps no positions.
 */
function elementOffsets(text: string): number[] {
  const out: number[] = [];
  // stack of container kinds; for objects, the last key read at that level
  const stack: { kind: '[' | '{'; key?: string; target?: boolean; expectValue?: boolean }[] = [];
  let i = 0;
  let lastString = '';
  const n = text.length;
  const atElementStart = (): void => {
    const top = stack[stack.length - 1];
    if (top?.kind === '[' && top.target && top.expectValue) {
      out.push(i);
      top.expectValue = false;
    }
  };
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '"') {
      atElementStart();
      let j = i + 1;
      let s = '';
      while (j < n && text[j] !== '"') {
        if (text[j] === '\\') {
          s += text[j + 1] ?? '';
          j += 2;
        } else s += text[j++];
      }
      lastString = s;
      i = j + 1;
      continue;
    }
    if (c === ':') {
      const top = stack[stack.length - 1];
      if (top?.kind === '{') top.key = lastString;
      i++;
      continue;
    }
    if (c === '[' || c === '{') {
      atElementStart();
      const parent = stack[stack.length - 1];
      const target = c === '[' && (stack.length === 0 || (stack.length === 1 && parent.kind === '{' && parent.key === 'entries'));
      stack.push({ kind: c, target, expectValue: true });
      i++;
      continue;
    }
    if (c === ']' || c === '}') {
      stack.pop();
      i++;
      continue;
    }
    if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === '[') top.expectValue = true;
      i++;
      continue;
    }
    atElementStart();
    i++;
  }
  return out;
}

function parseJson(file: string, text: string): RawUserRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const lc = /line (\d+)/.exec(msg);
    const pos = /position (\d+)/.exec(msg);
    const line = lc ? Number(lc[1]) : pos ? lineAt(text, Number(pos[1])) : 1;
    throw new KbFileError(file, line, `invalid JSON (${msg})`);
  }
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)) list = (data as { entries: unknown[] }).entries;
  else throw new KbFileError(file, 1, 'expected an array of records or {"entries": [...]}');
  const offsets = elementOffsets(text);
  const out: RawUserRecord[] = [];
  (list as unknown[]).forEach((rec, k) => {
    const line = offsets[k] !== undefined ? lineAt(text, offsets[k]) : 1;
    const where = `record ${k + 1}`;
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new KbFileError(file, line, `${where} is not an object`);
    const r = rec as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      if (!ALLOWED.has(key)) throw new KbFileError(file, line, `${where}: unknown field "${key}" (expected ${[...ALLOWED].join(', ')})`);
    }
    const str = (key: string): string | undefined => {
      const v = r[key];
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string') throw new KbFileError(file, line, `${where}: "${key}" must be a string`);
      return v.trim() || undefined;
    };
    const name = str('name');
    if (!name) throw new KbFileError(file, line, `${where}: missing name`);
    let aliases: string[] = [];
    const a = r.aliases;
    if (typeof a === 'string') aliases = splitAliases(a);
    else if (Array.isArray(a)) {
      for (const x of a) {
        if (typeof x !== 'string') throw new KbFileError(file, line, `${where}: aliases must be strings`);
        if (x.trim()) aliases.push(x.trim());
      }
    } else if (a !== undefined && a !== null) throw new KbFileError(file, line, `${where}: aliases must be an array or a ";"-separated string`);
    out.push({ file, line, id: str('id'), name, aliases, type: str('type'), kind: str('kind'), country: str('country'), cameo: str('cameo'), note: str('note') });
  });
  return out;
}
