// quotes task adapter: who said what (see ../shared/bench/README.md, "1. quotes"). Every article goes
// through the full pipeline (docFromText with the row's date, headline detection on); the speaker name
// is the canonical name of the speaker's entity.
//
// Two annotation conventions meet here. PolNeAR (dataset "polnear") annotates every attribution,
// beliefs and findings included, and writes a quote that its attribution interrupts across sentences
// ("“…,” he said. “…”") as one quote with fragments; a running-on paragraph is a quote of its own.
// Other sets (the seed article) annotate speech, and each sentence-level part as a quote of its own.
// So PolNeAR rows run the annotator with scope "attribution" and join the parts of a group within a
// paragraph; the others use the default scope "speech" and keep the parts apart.

import type { DocJSON, Quote } from '../../src/doc/types.ts';
import { docFromText } from '../../src/ingest/text.ts';
import { createPipeline } from '../../src/index.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';
import type { TaskAdapter } from './types.ts';

interface PredQuote {
  start: number;
  end: number;
  fragments?: [number, number][];
  speaker: { start: number; end: number } | null;
  speaker_name: string | null;
  cue: { start: number; end: number } | null;
  /** not scored; kept for analysis */
  confidence: number;
}

function paragraphOf(doc: DocJSON, offset: number): number {
  const ps = doc.layers.paragraphs ?? [];
  for (let i = 0; i < ps.length; i++) if (offset < ps[i].end) return i;
  return ps.length;
}

export function toPredictions(doc: DocJSON, joinGroups: boolean): PredQuote[] {
  const clusters = new Map((doc.layers.clusters ?? []).map((c) => [c.id, c]));
  const one = (q: Quote, frs: [number, number][]): PredQuote => {
    const p: PredQuote = {
      start: frs[0][0],
      end: frs[frs.length - 1][1],
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
      speaker_name: q.entity ? (clusters.get(q.entity)?.name ?? null) : null,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
      confidence: q.confidence,
    };
    if (frs.length > 1) p.fragments = frs;
    return p;
  };
  const frags = (q: Quote): [number, number][] => (q.fragments ? q.fragments.map((f) => [f.start, f.end] as [number, number]) : [[q.start, q.end]]);
  const out: PredQuote[] = [];
  const joined = new Map<string, { q: Quote; frs: [number, number][] }>();
  for (const q of doc.layers.quotes ?? []) {
    if (joinGroups && q.group) {
      const key = `${q.group}@${paragraphOf(doc, q.start)}`;
      const prev = joined.get(key);
      if (prev) {
        prev.frs.push(...frags(q));
        continue;
      }
      joined.set(key, { q, frs: frags(q) });
      continue;
    }
    out.push(one(q, frags(q)));
  }
  for (const { q, frs } of joined.values()) out.push(one(q, frs));
  return out.sort((a, b) => a.start - b.start);
}

/** Predictions for input rows; `model` overrides the built-in attribution model (training script). */
export function predictRows(rows: Record<string, unknown>[], log: (msg: string) => void, model = ''): Record<string, unknown>[] {
  const pipelines = new Map<string, Pipeline>();
  const pipelineFor = (scope: string): Pipeline => {
    let p = pipelines.get(scope);
    if (!p) {
      p = createPipeline({ config: { quotes: model ? { scope, model } : { scope } } });
      pipelines.set(scope, p);
    }
    return p;
  };
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const id = String(row.doc_id);
    const polnear = row.dataset === 'polnear';
    try {
      const doc = docFromText(id, String(row.text ?? ''), typeof row.date === 'string' ? { date: row.date } : {});
      const r = pipelineFor(polnear ? 'attribution' : 'speech').run(doc);
      if (!r.ok) throw new Error(`${r.error.stage}: ${r.error.reason}`);
      out.push({ doc_id: id, quotes: toPredictions(r.doc.toJSON(), polnear) });
    } catch (err) {
      log(`${id}: ${err instanceof Error ? err.message : String(err)}`);
      out.push({ doc_id: id, quotes: [] });
    }
  }
  return out;
}

async function predict(rows: Record<string, unknown>[], log: (msg: string) => void): Promise<Record<string, unknown>[]> {
  return predictRows(rows, log);
}

export const quotesTask: TaskAdapter = {
  name: 'quotes',
  visible: ['quotes/polnear-dev.jsonl', 'seed/quotes.gold.jsonl'],
  metrics: ['f1_30', 'speaker_acc_30', 'resolved_acc_30', 'f1_80', 'content_exact_f1', 'source_exact_f1', 'cue_exact_f1'],
  predict,
};
