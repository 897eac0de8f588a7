// HTML page -> Doc. The text is the headline and the main-text paragraphs joined by blank lines,
// so every later layer works on clean prose; title, byline, date, canonical URL and language go to meta.

import { Doc } from '../doc/doc.ts';
import type { DocMeta } from '../doc/types.ts';
import { detectDateline } from './dateline.ts';
import { parseHtmlDocument } from './html/dom.ts';
import { extractHtmlArticle } from './html/mainText.ts';
import { findPublicationDate } from './html/pubdate/index.ts';

export function docFromHtml(id: string, html: string, meta: DocMeta = {}): Doc {
  const url = meta.url;
  // the date finder reads the untouched page; Readability (inside extractHtmlArticle) rewrites its own copy
  const pub = meta.date ? null : findPublicationDate(parseHtmlDocument(html), { html, url });
  const article = extractHtmlArticle(html, { url });
  const title = meta.title ?? article.title;
  const parts: string[] = [];
  const full: DocMeta = { format: 'html', ...meta };
  let offset = 0;
  if (title) {
    parts.push(title);
    full.headline = { start: 0, end: title.length };
    offset = title.length + 2;
  }
  parts.push(...article.paragraphs);
  const text = parts.join('\n\n');
  if (title) full.title = title;
  if (pub && !full.date) {
    full.date = pub.date;
    full.dateSource = pub.source;
  }
  if (article.byline && !full.byline) full.byline = article.byline;
  if (article.siteName && !full.siteName) full.siteName = article.siteName;
  if (article.language && !full.language) full.language = article.language;
  if (article.canonicalUrl && !full.canonicalUrl) full.canonicalUrl = article.canonicalUrl;
  const dateline = detectDateline(text, offset, full.date);
  if (dateline) full.dateline = dateline;
  return new Doc(id, text, full);
}
