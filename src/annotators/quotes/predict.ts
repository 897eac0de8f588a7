// Tagger output -> prediction rows of the benchmark format (../shared/bench README, "1. quotes"),
// without entities: used by the training script's quick evaluation.

import type { Token } from '../../doc/types.ts';
import { assemble, charSpan, labelSpans } from './assemble.ts';
import type { TokenFacts } from './features.ts';
import type { TaggerOutput } from './tagger.ts';

export interface PredQuote {
  start: number;
  end: number;
  fragments?: [number, number][];
  speaker: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
}

export function polnearPrediction(text: string, tokens: readonly Token[], f: TokenFacts, out: TaggerOutput): PredQuote[] {
  const spans = labelSpans(f, out.labels, out.margin);
  const atts = assemble(f, spans);
  const res: PredQuote[] = [];
  for (const at of atts) {
    const frs = at.contents.map((c) => charSpan(tokens, f, c.a, c.b, true));
    const q: PredQuote = {
      start: frs[0].start,
      end: frs[frs.length - 1].end,
      speaker: at.source ? charSpan(tokens, f, at.source.a, at.source.b, true) : null,
      cue: at.cue ? charSpan(tokens, f, at.cue.a, at.cue.b, false) : null,
    };
    if (frs.length > 1) q.fragments = frs.map((s) => [s.start, s.end]);
    res.push(q);
  }
  return res;
}
