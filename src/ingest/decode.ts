import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../pipeline/errors.ts';

export interface Decoded {
  text: string;
  /** the encoding used, lower case WHATWG-style label (utf-8, windows-1252, shift_jis...) */
  encoding: string;
  /** how the encoding was chosen */
  via: 'bom' | 'declared' | 'meta' | 'utf-8' | 'detected';
}

// Browsers decode iso-8859-1 and us-ascii as windows-1252; do the same so curly quotes survive.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  utf8: 'utf-8',
};

function normaliseLabel(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return ALIASES[l] ?? l;
}

function bomEncoding(buf: Uint8Array): { encoding: string; length: number } | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset an HTML page declares in its first 4 KB (<meta charset>, http-equiv content-type). */
export function sniffHtmlCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? normaliseLabel(m[1]) : null;
}

/** True when the bytes look like a binary file rather than text in some encoding. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n > 0.1;
}

function decodeWith(buf: Uint8Array, encoding: string): string {
  if (!iconv.encodingExists(encoding)) throw new InputError('encoding', `unknown character encoding "${encoding}"`);
  return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), encoding, { stripBOM: true });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh)$/;

/** True when the bytes contain a well-formed UTF-8 multi-byte sequence (a lead byte plus continuation bytes). */
function hasMultiByteUtf8(buf: Uint8Array): boolean {
  for (let i = 0; i + 1 < buf.length; i++) {
    const b = buf[i];
    if (b >= 0xc2 && b <= 0xf4 && (buf[i + 1] & 0xc0) === 0x80) return true;
  }
  return false;
}

/**
 * Decode raw bytes as a browser would: BOM first, then a declared charset (HTTP/JSONL field or
 * HTML meta), then strict UTF-8, then statistical detection (chardet) with windows-1252 as the last resort.
 * Binary input is refused with a clear reason instead of producing mojibake.
 */
export function decodeBytes(buf: Uint8Array, opts: { html?: boolean; declared?: string } = {}): Decoded {
  const bom = bomEncoding(buf);
  if (bom) return { text: decodeWith(buf, bom.encoding), encoding: bom.encoding, via: 'bom' };
  if (looksBinary(buf)) throw new InputError('binary', 'binary content (NUL or control bytes), not text or HTML');
  if (opts.declared) {
    const enc = normaliseLabel(opts.declared);
    if (iconv.encodingExists(enc)) return { text: decodeWith(buf, enc), encoding: enc, via: 'declared' };
  }
  if (opts.html) {
    const meta = sniffHtmlCharset(buf);
    // a page that says utf-8 but is not valid utf-8 falls through to detection, as browsers' heuristics do
    if (meta && iconv.encodingExists(meta) && meta !== 'utf-8') {
      // Pages often keep a legacy single-byte declaration after moving to UTF-8. Bytes that are
      // valid UTF-8 with multi-byte sequences are almost never Latin text in a legacy charset.
      if (SINGLE_BYTE.test(meta) && hasMultiByteUtf8(buf)) {
        try {
          return { text: strictUtf8.decode(buf), encoding: 'utf-8', via: 'utf-8' };
        } catch {
          // not UTF-8 after all: trust the declaration
        }
      }
      return { text: decodeWith(buf, meta), encoding: meta, via: 'meta' };
    }
  }
  try {
    return { text: strictUtf8.decode(buf), encoding: 'utf-8', via: 'utf-8' };
  } catch {
    // not valid UTF-8: detect
  }
  const guess = chardet.detect(buf);
  let enc = guess ? normaliseLabel(guess) : 'windows-1252';
  if (!iconv.encodingExists(enc) || enc === 'utf-8') enc = 'windows-1252';
  return { text: decodeWith(buf, enc), encoding: enc, via: 'detected' };
}
