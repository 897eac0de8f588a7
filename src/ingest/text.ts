// Plain text -> Doc: the text is kept exactly as given (offsets are offsets into the file);
// headline and dateline are found and recorded as metadata.

import { Doc } from '../doc/doc.ts';
import type { DocMeta } from '../doc/types.ts';
import { InputError } from '../pipeline/errors.ts';
import { detectDateline } from './dateline.ts';
import { detectHeadline } from './headline.ts';

export interface TextIngestOptions {
  /** look for a headline in the first line (default true; off when the title is given separately) */
  headline?: boolean;
}

/** Offset of the first non-space character at or after `from`. */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

export function docFromText(id: string, text: string, meta: DocMeta = {}, opts: TextIngestOptions = {}): Doc {
  if (!/\S/.test(text)) throw new InputError('empty', 'the document is empty (no text)');
  const full: DocMeta = { format: 'text', ...meta };
  const headline = opts.headline === false ? null : detectHeadline(text);
  // the dateline may also be the headline's own line when the body starts the text
  let bodyStart = skipSpace(text, headline ? headline.end : 0);
  let dateline = detectDateline(text, bodyStart, full.date);
  let finalHeadline = headline;
  if (headline && !dateline) {
    // a first line that is itself a dateline-led sentence is body, not a headline
    const own = detectDateline(text, headline.start, full.date);
    if (own) {
      finalHeadline = null;
      dateline = own;
      bodyStart = headline.start;
    }
  }
  if (finalHeadline) {
    full.headline = finalHeadline;
    full.title ??= text.slice(finalHeadline.start, finalHeadline.end);
  }
  if (dateline) full.dateline = dateline;
  return new Doc(id, text, full);
}
