// PolNeAR rows (../shared/bench/quotes/*.jsonl, see its README) -> token facts and BIO labels for the
// attribution tagger. Used by scripts/train-quotes.ts only; nothing of the data is written anywhere.

import fs from 'node:fs';
import { docFromText } from '../../src/ingest/text.ts';
import { createPipeline } from '../../src/index.ts';
import type { Paragraph, Sentence, Token } from '../../src/doc/types.ts';
import { B_C, B_Q, B_S, I_C, I_Q, I_S, O, tokenFacts, type TokenFacts } from '../../src/annotators/quotes/features.ts';

export interface GoldQuote {
  start: number;
  end: number;
  fragments: [number, number][] | null;
  speaker_start: number | null;
  speaker_end: number | null;
  cue_start: number | null;
  cue_end: number | null;
}

export interface GoldRow {
  doc_id: string;
  text: string;
  date?: string;
  quotes: GoldQuote[];
  [k: string]: unknown;
}

export interface TrainDoc {
  id: string;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  facts: TokenFacts;
  gold: Uint8Array;
}

export function readRows(file: string): GoldRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow);
}

const EDGE = /[\s\p{P}`´]/u;
/** The scorer's trimming: whitespace, punctuation and quote marks off both ends. */
export function trimSpan(text: string, s: number, e: number): [number, number] | null {
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return s < e ? [s, e] : null;
}

/** BIO labels: content first, then sources, then cues over them (the innermost attribution wins). */
export function goldLabels(text: string, tokens: Token[], quotes: GoldQuote[]): Uint8Array {
  const n = tokens.length;
  const kind = new Uint8Array(n); // 0 none, 1 source, 2 cue, 3 content
  const id = new Int32Array(n).fill(-1);
  const firstTok = (s: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const paint = (s: number, e: number, k: number, spanId: number): void => {
    const t = trimSpan(text, s, e);
    if (!t) return;
    for (let i = firstTok(t[0]); i < n && tokens[i].start < t[1]; i++) {
      kind[i] = k;
      id[i] = spanId;
    }
  };
  let next = 0;
  quotes.forEach((q) => {
    const frs = q.fragments && q.fragments.length ? q.fragments : [[q.start, q.end]];
    const cid = next++;
    for (const [a, b] of frs) paint(a, b, 3, cid);
  });
  quotes.forEach((q) => {
    if (q.speaker_start != null && q.speaker_end != null) paint(q.speaker_start, q.speaker_end, 1, next++);
  });
  quotes.forEach((q) => {
    if (q.cue_start != null && q.cue_end != null) paint(q.cue_start, q.cue_end, 2, next++);
  });
  const labels = new Uint8Array(n);
  const B = [O, B_S, B_C, B_Q];
  const I = [O, I_S, I_C, I_Q];
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (!k) labels[i] = O;
    else if (i > 0 && kind[i - 1] === k && id[i - 1] === id[i]) labels[i] = I[k];
    else labels[i] = B[k];
  }
  return labels;
}

export function buildDocs(rows: GoldRow[]): TrainDoc[] {
  const pipeline = createPipeline({ annotators: ['sentences'] });
  const out: TrainDoc[] = [];
  for (const row of rows) {
    const r = pipeline.run(docFromText(row.doc_id, row.text, row.date ? { date: row.date } : {}));
    if (!r.ok) throw new Error(`${row.doc_id}: ${r.error.reason}`);
    const d = r.doc;
    const tokens = d.layer('tokens');
    const sentences = d.layer('sentences');
    const paragraphs = d.layer('paragraphs');
    const facts = tokenFacts({ text: row.text, tokens, sentences, paragraphs });
    out.push({ id: row.doc_id, text: row.text, tokens, sentences, paragraphs, facts, gold: goldLabels(row.text, tokens, row.quotes) });
  }
  return out;
}
