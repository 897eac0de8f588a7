// Stretches of direct speech: text between quotation marks, paragraph by paragraph.
//
// News copy mixes its marks: curly (“…”), straight ("…"), doubled apostrophes (''…'', the New York
// Times' convention, and ``…''), guillemets («…»), low-high („…“) and mismatched pairs ("…” or “…").
// Double marks are read as one kind: “ « „ `` always open, ” » close (” also opens when no quote is
// open and it stands before a word after a space or at the paragraph start), " and '' open or close by
// their position. A double quote still open at the end of a paragraph ends there (the newspaper
// convention for a quote running on; the next paragraph opens again).
//
// Single marks (‘…’ and '…') are quotes inside quotes, scare quotes and the speech marks of headlines.
// They are found separately (singleQuoteRegions) because ' and ’ are also apostrophes: a single region
// needs an opening mark before a word and a closing mark after one, in the same sentence.

import type { Span } from '../../doc/types.ts';

export interface QuoteRegion extends Span {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, or -1 when the quote runs to the end of the paragraph */
  close: number;
  /** length of the marks ('' and `` are two characters) */
  markLength?: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Is the mark at [i, i+len) left-flanking (space or opening punctuation before it, a non-space after)? */
function leftFlanking(text: string, i: number, len: number, lo: number, hi: number): boolean {
  const before = i > lo ? text[i - 1] : undefined;
  const after = i + len < hi ? text[i + len] : undefined;
  return (before === undefined || /[\s([{\u2014\u2013-]/.test(before)) && !isSpace(after);
}

export function quoteRegions(text: string, paragraphs: readonly Span[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (const p of paragraphs) {
    let open = -1;
    let openLen = 1;
    for (let i = p.start; i < p.end; i++) {
      // fast skip: below « (171) only " ' ` can be marks
      const code = text.charCodeAt(i);
      if (code < 171 && code !== 34 && code !== 39 && code !== 96) continue;
      const ch = text[i];
      let len = 1;
      let kind: 'open' | 'close' | 'toggle';
      if (ch === '"') kind = 'toggle';
      else if (OPENERS.has(ch)) kind = 'open';
      else if (CLOSERS.has(ch)) kind = 'close';
      else if (ch === "'" && text[i + 1] === "'" && i + 1 < p.end) {
        len = 2;
        kind = 'toggle';
      } else if (ch === '`' && text[i + 1] === '`' && i + 1 < p.end) {
        len = 2;
        kind = 'open';
      } else continue;
      if (open < 0) {
        // a closing mark used as an opener ("”Not yet,” he said.") where it cannot close anything:
        // at the paragraph start or after a space, right before a letter or digit
        if (kind === 'close' && ch === '”' && (i === p.start || /\s/.test(text[i - 1])) && i + 1 < p.end && /[\p{L}\p{N}]/u.test(text[i + 1])) kind = 'open';
        if (kind === 'close') {
          i += len - 1;
          continue; // a stray closer
        }
        open = i;
        openLen = len;
        i += len - 1;
        continue;
      }
      if (kind === 'open' && leftFlanking(text, i, len, p.start, p.end)) {
        // two openers in a row: the first quote was never closed; start again here
        out.push({ open, close: -1, start: open + openLen, end: trimEnd(text, open + openLen, i), markLength: openLen });
        open = i;
        openLen = len;
        i += len - 1;
        continue;
      }
      // a closer, a toggle, or an opener used as a closer (“…“)
      out.push({ open, close: i, start: open + openLen, end: i, markLength: openLen });
      open = -1;
      i += len - 1;
    }
    if (open >= 0) out.push({ open, close: -1, start: open + openLen, end: trimEnd(text, open + openLen, p.end), markLength: openLen });
  }
  return out.filter((r) => r.end > r.start);
}

/**
 * Single-quoted stretches (‘…’, '…') inside one paragraph and at most `maxChars` long: an opening mark
 * before a letter or digit, after a space, an opening bracket or a double mark; a closing mark after a
 * non-space and before a space or punctuation. An apostrophe inside a word ("don't") is never a mark,
 * and a closing candidate needs an opener ("voters' choice" alone is no quote).
 */
export function singleQuoteRegions(text: string, paragraphs: readonly Span[], maxChars = 400): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 39 && code !== 0x2018 && code !== 0x2019) continue;
      const ch = text[i];
      if (ch === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue; // '' is a double mark
      const before = i > p.start ? text[i - 1] : undefined;
      const after = i + 1 < p.end ? text[i + 1] : undefined;
      const canOpen = ch !== '’' && (before === undefined || /[\s([{"“«\u2014\u2013-]/.test(before)) && after !== undefined && /[\p{L}\p{N}$]/u.test(after);
      const canClose = ch !== '‘' && before !== undefined && !/\s/.test(before) && (after === undefined || /[\s\p{P}]/u.test(after));
      if (open >= 0 && canClose) {
        if (i - open - 1 <= maxChars && !/[.!?]["”]?\s+\p{Lu}/u.test(text.slice(open + 1, i - 1)) && i > open + 1) {
          out.push({ open, close: i, start: open + 1, end: i, markLength: 1 });
        }
        open = -1;
        continue;
      }
      if (canOpen) open = i;
    }
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A function telling whether an offset lies inside some region (regions sorted, binary search). */
export function insideAny(regions: readonly QuoteRegion[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = regions[mid];
      if (offset < r.start) hi = mid - 1;
      else if (offset >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
