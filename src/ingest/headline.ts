// Plain-text articles often start with a headline line. It is one line, short, without a final
// period, followed by the body. Recognising it keeps it out of the first body sentence and lets
// headline quotes ("Shiite leader: US made us ...") be read as attributions.

import type { Span } from '../doc/types.ts';

const MAX_HEADLINE_CHARS = 250;
const MAX_HEADLINE_WORDS = 30;

/** The headline span at the start of `text`, or null when the first line does not look like one. */
export function detectHeadline(text: string): Span | null {
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  const nl = text.indexOf('\n', start);
  if (nl < 0) return null; // a single line is a body, not a headline
  let end = nl;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  const line = text.slice(start, end);
  if (line.length > MAX_HEADLINE_CHARS || line.split(/\s+/).length > MAX_HEADLINE_WORDS) return null;
  if (/[.;,]$/.test(line) && !/\b(?:[A-Z]\.){2,}$|\.\.\.$|…$/.test(line)) return null; // body sentences end with a period
  if (!/\p{Lu}|\p{Lo}/u.test(line[0] ?? '') && !/^[“"‘'«\d]/.test(line)) return null;
  if (!/\S/.test(text.slice(nl))) return null; // nothing after it
  return { start, end };
}
