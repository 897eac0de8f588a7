// events task adapter: who did what to whom in CAMEO and PLOVER (see ../shared/bench/README.md,
// "4. events"). Every row goes through the full pipeline (quotes, times and places included, so
// statements, dates and places are linked); the prediction lists what the text reports as done or
// said: asserted events only (negated, denied, planned, hypothetical, threatened and requested ones
// stay out), most confident first, as CAMEO triples with their PLOVER type. Each act is one row with
// its first source and target, as PLOVER records an act once whatever its number of actors; on the
// CAMEO codebook this also beats one triple per actor pair (triple precision 0.81 against 0.74 at
// the same recall), whose examples list one event per act.

import path from 'node:path';
import { classify, PentaModel } from '../../src/annotators/events/index.ts';
import type { Event } from '../../src/doc/types.ts';
import { createPipeline, docFromText } from '../../src/index.ts';
import type { TaskAdapter } from './types.ts';

/** A sentence's main event is reported from this confidence; below it, only a document's single best event. */
export const REPORT_THRESHOLD = 0.5;
/** Further events of the same sentence need this much: sentences mostly report one act. */
export const SECONDARY_THRESHOLD = 0.7;

export interface PredEvent {
  source: string;
  target: string;
  code: string;
  plover?: { type: string; mode?: string };
}

/**
 * The benchmark's view of a document's events. `pairs` (default true) gives one triple per
 * source-target pair (CAMEO's dyads); false gives one per event (PLOVER's records).
 */
export function toPredictions(events: readonly Event[], threshold = REPORT_THRESHOLD, opts: { requireSource?: boolean; pairs?: boolean } = {}): PredEvent[] {
  // in an article, an act nobody is said to have done is no coded event (single sentences are coded whatever)
  const asserted = events.filter((e) => e.modality === 'asserted' && (!opts.requireSource || e.source.some((a) => a.code)));
  // per sentence: the main event (its own act before the acts it embeds, then the most confident), then confident others
  const bySentence = new Map<string, Event[]>();
  for (const e of asserted) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  let kept: Event[] = [];
  for (const list of bySentence.values()) {
    const ranked = [...list].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)) || b.confidence - a.confidence);
    ranked.forEach((e, i) => {
      // a further event is credible when it is confident, or when both its actors are known
      const actors = e.source.some((a) => a.code) && e.target.some((a) => a.code);
      if (e.confidence >= (i === 0 || actors ? threshold : Math.max(threshold, SECONDARY_THRESHOLD))) kept.push(e);
    });
  }
  if (!kept.length && asserted.length) kept = [asserted.reduce((a, b) => (b.confidence > a.confidence ? b : a))];
  // the sentence's own act before the acts it embeds (the claim before the attack it claims), then by confidence
  kept = [...kept].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)) || b.confidence - a.confidence);
  const out: PredEvent[] = [];
  const seen = new Set<string>();
  const push = (source: string, target: string, e: Event): void => {
    const key = `${source}|${target}|${e.cameo}`;
    if (seen.has(key)) return;
    seen.add(key);
    const p: PredEvent = { source, target, code: e.cameo };
    if (e.plover) p.plover = { type: e.plover.type, ...(e.plover.mode ? { mode: e.plover.mode } : {}) };
    out.push(p);
  };
  for (const e of kept) {
    if (opts.pairs === false) {
      push(e.source[0]?.code ?? '', e.target[0]?.code ?? '', e);
      continue;
    }
    const sources = e.source.length ? e.source.map((a) => a.code) : [''];
    const targets = e.target.length ? e.target.map((a) => a.code) : [''];
    if (sources.length >= 2 && !e.target.length) {
      for (const s of sources) for (const t of sources) if (s !== t) push(s, t, e);
      continue;
    }
    for (const s of sources) for (const t of targets) push(s, t, e);
  }
  return out;
}

async function predict(rows: Record<string, unknown>[], log: (msg: string) => void): Promise<Record<string, unknown>[]> {
  const pipeline = createPipeline({ annotators: ['quotes', 'time', 'places', 'events'] });
  const model = PentaModel.load();
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const text = typeof row.text === 'string' ? row.text : '';
    const date = typeof row.date === 'string' ? row.date.slice(0, 10) : undefined;
    try {
      // articles (several lines) have a headline and a dateline; single sentences do not
      const article = text.includes('\n');
      const r = pipeline.run(docFromText(id, text, date ? { date } : {}, { headline: article }));
      if (!r.ok) throw new Error(`${r.error.stage}: ${r.error.reason}`);
      const events = r.doc.layer('events');
      const pred: Record<string, unknown> = { id, events: toPredictions(events, REPORT_THRESHOLD, { requireSource: article, pairs: false }) };
      // one sentence: its PentaClass is the model's reading of the sentence and the coder's events
      if (model && r.doc.layer('sentences').length === 1) {
        const words = r.doc.layer('tokens').map((t) => r.doc.text.slice(t.start, t.end));
        const p = classify(model, words, events);
        pred.label = p.indexOf(Math.max(...p));
      }
      out.push(pred);
    } catch (err) {
      log(`${id}: ${err instanceof Error ? err.message : String(err)}`);
      out.push({ id, events: [] });
    }
  }
  return out;
}

export const eventsTask: TaskAdapter = {
  name: 'events',
  trainedOn(goldRel) {
    const trained = PentaModel.load()?.data.trained;
    if (!trained || !trained.data.startsWith(path.basename(goldRel))) return undefined;
    return `the PentaClass model is trained on this file: 5-fold CV macro_f1 ${trained.cv_macro_f1?.toFixed(4) ?? '?'} (scripts/train-events.ts)`;
  },
  visible: ['events/cameo-codebook.jsonl', 'events/plover-gsr.jsonl', 'events/conflibert-train.jsonl', 'seed/events.gold.jsonl'],
  metrics: ['det_r', 'root_acc', 'code_acc', 'triple_p', 'triple_r', 'type_f1', 'type_macro_f1', 'macro_f1', 'acc'],
  predict,
};
