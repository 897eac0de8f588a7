// Paragraph segmentation of plain text.
// Two conventions exist in the wild: blank lines between paragraphs (wire copy, Markdown, our HTML
// ingest) and one paragraph per line (scraped text, many datasets). A text with any blank line is
// read the first way (single newlines inside a block are line wraps); otherwise every line is a paragraph.

import type { Span } from '../../doc/types.ts';

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x200b || code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** Trim whitespace off both ends of [start, end); null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/**
 * Paragraph spans of `text`. `forcedBreaks` are offsets where a paragraph must end (e.g. the end of
 * a headline that a single newline separates from the body in blank-line mode).
 */
export function segmentParagraphs(text: string, forcedBreaks: number[] = []): Span[] {
  const byBlankLines = BLANK_LINE.test(text);
  const separator = byBlankLines ? /\n[ \t\r\f\v\u00a0]*\n[\s]*/g : /\r?\n|\r/g;
  const cuts: number[] = [];
  for (const m of text.matchAll(separator)) cuts.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  const spans: Span[] = [];
  let start = 0;
  const pushRange = (s: number, e: number): void => {
    // split further at forced breaks inside the range
    let from = s;
    for (const b of forcedBreaks) {
      if (b > from && b < e) {
        const sp = trimSpan(text, from, b);
        if (sp) spans.push(sp);
        from = b;
      }
    }
    const sp = trimSpan(text, from, e);
    if (sp) spans.push(sp);
  };
  for (let i = 0; i < cuts.length; i += 2) {
    pushRange(start, cuts[i]);
    start = cuts[i + 1];
  }
  pushRange(start, text.length);
  return spans;
}
