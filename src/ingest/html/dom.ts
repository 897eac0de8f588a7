import { parseHTML } from 'linkedom';

/** A DOM Document for an HTML string. linkedom is chosen over jsdom: ~10x faster, enough DOM for Readability. */
export function parseHtmlDocument(html: string): Document {
  // linkedom needs a full document; wrap fragments so <html>/<body> always exist
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
