// A rule tokenizer for news text, written as one pass over UTF-16 code units.
// Hand-written rather than taken from a library: the libraries that exist in JS (wink, compromise,
// natural) either normalise the text (losing offsets), split "U.S." or "al-Abadi", or run 3-10x
// slower than the 1M tokens/s the pipeline needs. Tokens never rewrite text: each is a [start, end)
// span, and whitespace/zero-width characters are simply not covered by any token.

import type { Token, TokenKind } from '../../doc/types.ts';
import { C, charClass } from './charClass.ts';
import { FINAL_ABBREVIATIONS, GENERAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './data/abbreviations.ts';

const PERIOD_KEEPERS = new Set<string>([...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...GENERAL_ABBREVIATIONS, ...FINAL_ABBREVIATIONS]);

const DOT = 46;
const COMMA = 44;
const COLON = 58;
const SLASH = 47;
const AT = 64;
const AMP = 38;
const HYPHEN = 45;
const APOS = 39;
const RSQUO = 0x2019;
const ZWJ = 0x200d;

function isAlnum(k: C): boolean {
  return k === C.Letter || k === C.Digit || k === C.Mark;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Length of a URL starting at i (http://, https://, www.), or 0. Trailing punctuation is left out. */
function urlLength(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20; // lower-case ASCII
  if (c !== 104 && c !== 119) return 0; // 'h' or 'w'
  const head = text.slice(i, i + 8).toLowerCase();
  if (!head.startsWith('http://') && !head.startsWith('https://') && !head.startsWith('www.')) return 0;
  if (i > 0 && isAlnum(charClass(text.charCodeAt(i - 1)))) return 0;
  let j = i;
  let parens = 0;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    const k = charClass(code);
    if (k === C.Space || k === C.Invisible || code === 0x201c || code === 0x201d || code === 0x00ab || code === 0x00bb) break;
    if (code === 40) parens++;
    if (code === 41) {
      if (parens === 0) break;
      parens--;
    }
    j++;
  }
  // sentence punctuation and quotes after a URL belong to the sentence, not the URL
  while (j > i) {
    const code = text.charCodeAt(j - 1);
    if (code === DOT || code === COMMA || code === COLON || code === 59 || code === 33 || code === 63 || code === 34 || code === APOS || code === RSQUO) j--;
    else break;
  }
  return j - i;
}

/** True when [start, end) is a dotted initialism such as U.S, e.g, a.m, U.S.A (segments of 1-2 letters). */
function isDottedInitialism(text: string, start: number, end: number): boolean {
  let seg = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === DOT) {
      if (seg === 0 || seg > 2) return false;
      seg = 0;
      dots++;
    } else if (charClass(code) === C.Letter) {
      seg++;
    } else return false;
  }
  return dots > 0 && seg > 0 && seg <= 2;
}

function isSingleLetter(text: string, start: number, end: number): boolean {
  return end - start === 1 && charClass(text.charCodeAt(start)) === C.Letter;
}

/**
 * Scan a word or number starting at i: letters, digits and marks, joined by inner apostrophes
 * (O’Brien, don't), hyphens (al-Abadi, 54-year-old), periods between letters or digits (U.S, 3.5,
 * example.com), thousands separators (1,000), times and fractions (10:30, 1/2), & (AT&T) and @ (emails).
 * Returns the end and whether an @ made it an email.
 */
function scanWord(text: string, i: number): { end: number; email: boolean; letters: boolean } {
  const n = text.length;
  let j = i;
  let email = false;
  let letters = false;
  while (j < n) {
    const code = text.charCodeAt(j);
    const k = charClass(code);
    if (k === C.Letter) {
      letters = true;
      j++;
      continue;
    }
    if (k === C.Digit || k === C.Mark) {
      j++;
      continue;
    }
    if (j === i || j + 1 >= n) break;
    const prev = charClass(text.charCodeAt(j - 1));
    const nextCode = text.charCodeAt(j + 1);
    const next = charClass(nextCode);
    if (code === APOS || code === RSQUO) {
      // possessive 's / ’s is its own token; other inner apostrophes join (O’Brien, don't, Qur'an)
      if (prev !== C.Letter || next !== C.Letter) break;
      if ((nextCode === 115 || nextCode === 83) && (j + 2 >= n || !isAlnum(charClass(text.charCodeAt(j + 2))))) break;
      j++;
      continue;
    }
    if (code === HYPHEN || code === 0x2010 || code === 0x2011) {
      if (isAlnum(prev) && isAlnum(next)) {
        j++;
        continue;
      }
      break;
    }
    if (code === DOT) {
      if ((prev === C.Letter || prev === C.Digit) && (next === C.Letter || next === C.Digit)) {
        j++;
        continue;
      }
      break;
    }
    if (code === COMMA) {
      // 1,000 and 12,500,000: a comma followed by exactly three digits
      if (
        prev === C.Digit &&
        isDigitCode(nextCode) &&
        isDigitCode(text.charCodeAt(j + 2)) &&
        isDigitCode(text.charCodeAt(j + 3)) &&
        !isDigitCode(text.charCodeAt(j + 4))
      ) {
        j += 4;
        continue;
      }
      break;
    }
    if (code === COLON || code === SLASH) {
      if (prev === C.Digit && next === C.Digit) {
        j++;
        continue;
      }
      break;
    }
    if (code === AMP) {
      // AT&T, S&P: capitals on both sides
      if (prev === C.Letter && next === C.Letter && nextCode < 128 && nextCode >= 65 && nextCode <= 90) {
        j++;
        continue;
      }
      break;
    }
    if (code === AT && !email && isAlnum(prev) && isAlnum(next)) {
      email = true;
      j++;
      continue;
    }
    if (code === 95 && isAlnum(prev) && isAlnum(next)) {
      // snake_case in handles and emails
      j++;
      continue;
    }
    break;
  }
  return { end: j, email, letters };
}

/** Should the period right after the word [start, end) stay attached (U.S., Gen., J.)? */
function keepsPeriod(text: string, start: number, end: number): boolean {
  if (isSingleLetter(text, start, end)) return true; // initials: J. R. Okafor
  if (end - start > 7) return false;
  const word = text.slice(start, end);
  if (PERIOD_KEEPERS.has(word)) return true;
  return isDottedInitialism(text, start, end);
}

function emojiLike(code: number): boolean {
  return (code >= 0x2190 && code <= 0x21ff) || (code >= 0x2300 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
}

/** End of an astral character starting at i, with its modifiers and ZWJ-joined parts. */
function scanAstral(text: string, i: number): { end: number; kind: TokenKind } {
  const n = text.length;
  const cp = text.codePointAt(i) ?? 0;
  const pair = cp > 0xffff ? 2 : 1; // a lone surrogate is one unit
  let j = i + pair;
  if (pair === 1) return { end: j, kind: 'symbol' };
  if (/\p{L}/u.test(String.fromCodePoint(cp))) return { end: j, kind: 'word' };
  // regional-indicator pairs are one flag
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
    const next = text.codePointAt(j) ?? 0;
    if (next >= 0x1f1e6 && next <= 0x1f1ff) j += 2;
    return { end: j, kind: 'emoji' };
  }
  while (j < n) {
    const code = text.charCodeAt(j);
    if (code === 0xfe0f || code === 0xfe0e || code === 0x20e3) {
      j++;
    } else if (code === 0xd83c && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) {
      j += 2; // skin tone modifier
    } else if (code === ZWJ && j + 1 < n) {
      // a joiner glues the next pictograph (👨‍👩‍👧); before anything else it only ends the sequence
      const nextCp = text.codePointAt(j + 1) ?? 0;
      if (nextCp > 0xffff || emojiLike(nextCp)) j += 1 + (nextCp > 0xffff ? 2 : 1);
      else {
        j += 1;
        break;
      }
    } else break;
  }
  return { end: j, kind: cp >= 0x1f000 ? 'emoji' : 'symbol' };
}

/** Tokenize `text` into spans. Pure; O(n); never splits a surrogate pair. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = charClass(code);
    if (k === C.Space || k === C.Invisible) {
      i++;
      continue;
    }
    if (k === C.Letter || k === C.Digit) {
      const urlLen = urlLength(text, i);
      if (urlLen > 0) {
        tokens.push({ start: i, end: i + urlLen, kind: 'url' });
        i += urlLen;
        continue;
      }
      const w = scanWord(text, i);
      let end = w.end;
      if (w.email) {
        tokens.push({ start: i, end, kind: 'email' });
        i = end;
        continue;
      }
      if (text.charCodeAt(end) === DOT && w.letters && keepsPeriod(text, i, end)) end++;
      tokens.push({ start: i, end, kind: w.letters ? 'word' : 'number' });
      i = end;
      continue;
    }
    if (k === C.Quote) {
      // possessive ’s after a word: one token
      if (
        (code === APOS || code === RSQUO) &&
        i > 0 &&
        charClass(text.charCodeAt(i - 1)) === C.Letter &&
        (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) &&
        (i + 2 >= n || !isAlnum(charClass(text.charCodeAt(i + 2))))
      ) {
        tokens.push({ start: i, end: i + 2, kind: 'word' });
        i += 2;
        continue;
      }
      // `` and '' (typewriter-style double quotes) are one quote mark
      const pairEnd = (code === 96 || code === APOS) && text.charCodeAt(i + 1) === code ? i + 2 : i + 1;
      tokens.push({ start: i, end: pairEnd, kind: 'quote' });
      i = pairEnd;
      continue;
    }
    if (k === C.Punct) {
      let j = i + 1;
      if (code === DOT) {
        while (text.charCodeAt(j) === DOT) j++; // ... and longer ellipses
      } else if (code === 33 || code === 63) {
        while (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63) j++; // ?! and !!!
      }
      tokens.push({ start: i, end: j, kind: 'punct' });
      i = j;
      continue;
    }
    if (k === C.Dash) {
      let j = i + 1;
      while (j < n && charClass(text.charCodeAt(j)) === C.Dash) j++; // -- and ---
      tokens.push({ start: i, end: j, kind: 'punct' });
      i = j;
      continue;
    }
    if (k === C.Surrogate) {
      const a = scanAstral(text, i);
      tokens.push({ start: i, end: a.end, kind: a.kind });
      i = a.end;
      continue;
    }
    if (k === C.Mark) {
      // a stray combining mark or ZWJ glues onto the token it touches
      const last = tokens[tokens.length - 1];
      if (last && last.end === i) last.end = i + 1;
      else tokens.push({ start: i, end: i + 1, kind: 'symbol' });
      i++;
      continue;
    }
    // symbols: one character plus any variation selector or combining mark
    let j = i + 1;
    while (j < n && charClass(text.charCodeAt(j)) === C.Mark) j++;
    tokens.push({ start: i, end: j, kind: emojiLike(code) ? 'emoji' : 'symbol' });
    i = j;
  }
  return tokens;
}
