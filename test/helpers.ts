// Shared test helpers: run the default pipeline on a text the test wrote.

import { createPipeline, docFromText, type Doc } from '../src/index.ts';

export function annotate(text: string, meta: Parameters<typeof docFromText>[2] = {}): Doc {
  const doc = docFromText('test', text, meta);
  const result = createPipeline().run(doc);
  if (!result.ok) throw new Error(`${result.error.stage}: ${result.error.reason}`);
  return result.doc;
}

export function tokenTexts(doc: Doc): string[] {
  return doc.layer('tokens').map((t) => doc.slice(t));
}

export function sentenceTexts(doc: Doc): string[] {
  return doc.layer('sentences').map((s) => doc.slice(s));
}
