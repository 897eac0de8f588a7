// Character classes for the tokenizer, looked up by UTF-16 code unit.
// A lazily filled table: ASCII is set at load, other code units are classified by Unicode property
// regexes on first sight and cached, so cold start stays cheap and the hot loop is one array read.

export enum C {
  Unknown = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  /** combining marks, variation selectors, ZWJ: glue onto the previous character */
  Mark = 4,
  /** sentence and clause punctuation: . , ; : ! ? ( ) [ ] { } and the ellipsis */
  Punct = 5,
  /** any quotation mark, including the apostrophe */
  Quote = 6,
  /** - – — ‒ ― and the minus sign */
  Dash = 7,
  /** surrogate halves: astral characters (emoji, rare scripts) */
  Surrogate = 8,
  /** zero-width and format characters that are skipped like spaces */
  Invisible = 9,
  Symbol = 10,
}

const table = new Uint8Array(65536);

const LETTER = /\p{L}/u;
const MARK = /[\p{M}\u200D\uFE00-\uFE0F]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /[\s\p{Zs}]/u;
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF\u00AD\p{Cf}]/u;
const QUOTES = '"\'`“”‘’«»‹›„‚‟‛❝❞＂';
const DASHES = '-‐‑‒–—―−';
const PUNCTS = '.,;:!?()[]{}…¿¡。、，；：！？（）';

function classify(code: number): C {
  if (code >= 0xd800 && code <= 0xdfff) return C.Surrogate;
  const ch = String.fromCharCode(code);
  if (QUOTES.includes(ch)) return C.Quote;
  if (DASHES.includes(ch)) return C.Dash;
  if (PUNCTS.includes(ch)) return C.Punct;
  if (ch === '\u200D') return C.Mark; // ZWJ glues emoji sequences
  if (INVISIBLE.test(ch)) return C.Invisible;
  if (SPACE.test(ch)) return C.Space;
  if (LETTER.test(ch)) return C.Letter;
  if (MARK.test(ch)) return C.Mark;
  if (DIGIT.test(ch)) return C.Digit;
  return C.Symbol;
}

for (let c = 0; c < 128; c++) table[c] = classify(c);

export function charClass(code: number): C {
  const v = table[code];
  if (v !== C.Unknown) return v;
  const k = classify(code);
  table[code] = k;
  return k;
}

export function isUpperCode(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
