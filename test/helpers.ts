// Shared test helpers: run the default pipeline on a text the test wrote.

import { createPipeline, docFromText, type Doc } from '../src/index.ts';
import { tokenFacts } from '../src/annotators/quotes/features.ts';

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

const segment = createPipeline({ annotators: ['sentences'] });

/** The quote tagger's token facts of a text the test wrote (tokens, paragraphs and sentences only). */
export function quoteFactsOf(text: string): ReturnType<typeof tokenFacts> {
  const r = segment.run(docFromText('t', text, { date: '2026-03-02' }));
  if (!r.ok) throw new Error(r.error.reason);
  const d = r.doc;
  return tokenFacts({ text: d.text, tokens: d.layer('tokens'), sentences: d.layer('sentences'), paragraphs: d.layer('paragraphs') });
}
