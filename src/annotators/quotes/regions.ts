// Stretches of direct speech: text between quotation marks, paragraph by paragraph. News copy mixes
// curly and straight marks (“...." and "...”), so “ always opens, ” always closes and " opens or
// closes by position; a quote still open at the end of a paragraph ends there (the next paragraph
// then opens again, the newspaper convention for a quote running on).

import type { Span } from '../../doc/types.ts';

export interface QuoteRegion extends Span {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, or -1 when the quote runs to the end of the paragraph */
  close: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

export function quoteRegions(text: string, paragraphs: readonly Span[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      const isStraight = ch === '"';
      if (!isStraight && !OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
      if (open < 0) {
        if (CLOSERS.has(ch)) continue; // a stray closer
        open = i;
        continue;
      }
      if (OPENERS.has(ch)) {
        // two openers in a row: the first quote was never closed; start again here
        out.push({ open, close: -1, start: open + 1, end: trimEnd(text, open + 1, i) });
        open = i;
        continue;
      }
      out.push({ open, close: i, start: open + 1, end: i });
      open = -1;
    }
    if (open >= 0) out.push({ open, close: -1, start: open + 1, end: trimEnd(text, open + 1, p.end) });
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
