// npx tsx scripts/train-events.ts [--folds 5] [--epochs N] [--out FILE] [--dry-run]
//
// Trains the events annotator's PentaClass model (src/annotators/events/model.ts) on the visible
// training split ../shared/bench/events/conflibert-train.jsonl: every sentence goes through the
// pipeline and the rule coder (no model), then a logistic regression learns the sentence's class
// from its words and the coder's candidate events. Reports 5-fold cross-validated macro F1 of
//   rules:  the class of the first reported event of the rules alone,
//   model:  the model's own argmax,
//   fused:  the class of the first reported event once the model tempers the confidences
// (the annotator's behaviour), then trains on all rows and writes model/penta.json.gz.
// The CAMEO codebook and PLOVER gold sets are evaluation data: never used here.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { benchDir, readJsonl } from '../bench/paths.ts';
import { toPredictions } from '../bench/tasks/events.ts';
import { pentaClass } from '../src/annotators/events/data/cameo.ts';
import { loadDictionary } from '../src/annotators/events/dictionary.ts';
import { EventCoder } from '../src/annotators/events/extract.ts';
import { FUSION_STRENGTH, PentaModel, sentenceFeatures, trainPenta, type PentaModelData } from '../src/annotators/events/model.ts';
import type { Event } from '../src/doc/types.ts';
import { createPipeline, docFromText } from '../src/index.ts';
import { KnowledgeBase } from '../src/kb/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/annotators/events/model/penta.json.gz');

function macroF1(gold: number[], pred: (number | null)[]): number {
  let sum = 0;
  for (let k = 0; k < 5; k++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === k && g === k) tp++;
      else if (p === k) fp++;
      else if (g === k) fn++;
    });
    const prec = tp + fp ? tp / (tp + fp) : 0;
    const rec = tp + fn ? tp / (tp + fn) : 0;
    sum += prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
  }
  return sum / 5;
}

function firstClass(events: Event[]): number | null {
  const preds = toPredictions(events);
  return preds.length ? pentaClass(preds[0].code) : null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      folds: { type: 'string', default: '5' },
      epochs: { type: 'string', default: '25' },
      l2: { type: 'string', default: '0.0005' },
      lr: { type: 'string', default: '0.3' },
      'min-count': { type: 'string', default: '2' },
      fusion: { type: 'string', default: String(FUSION_STRENGTH) },
      out: { type: 'string', default: OUT },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const bench = benchDir();
  if (!bench) throw new Error('train-events: ../shared/bench not found (set NEWSGRAPH_BENCH)');
  const file = path.join(bench, 'events/conflibert-train.jsonl');
  const rows = readJsonl(file);
  const folds = Number(values.folds);
  const opts = { epochs: Number(values.epochs), l2: Number(values.l2), lr: Number(values.lr), minCount: Number(values['min-count']), seed: 7 };
  const fusion = Number(values.fusion);
  const log = (s: string): void => void process.stderr.write(`train-events: ${s}\n`);

  // 1. the layers the coder reads, once
  const upstream = createPipeline({ annotators: ['quotes', 'time', 'places'] });
  const coder = new EventCoder(loadDictionary(), KnowledgeBase.load());
  const t0 = performance.now();
  const items = rows.map((row) => {
    const r = upstream.run(docFromText(String(row.id), String(row.text ?? ''), {}, { headline: false }));
    if (!r.ok) throw new Error(`${row.id}: ${r.error.reason}`);
    const doc = r.doc;
    const input = {
      text: doc.text,
      tokens: doc.layer('tokens'),
      sentences: doc.layer('sentences'),
      mentions: doc.layer('mentions'),
      clusters: doc.layer('clusters'),
      quotes: doc.layer('quotes'),
      times: doc.layer('times'),
      places: doc.layer('places'),
    };
    const ruleEvents = coder.code(input, { headlines: false });
    const words = doc.layer('tokens').map((t) => doc.text.slice(t.start, t.end));
    const ranked = [...ruleEvents].sort((a, b) => b.confidence - a.confidence);
    const features = sentenceFeatures(words, ranked.map((e) => ({ cameo: e.cameo, lemma: e.trigger.lemma, modality: e.modality })));
    return { input, label: Number(row.label), ruleEvents, features };
  });
  log(`${items.length} sentences coded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const gold = items.map((x) => x.label);
  const rulesPred = items.map((x) => firstClass(x.ruleEvents));

  // 2. k-fold cross-validation; identical sentences (after case and punctuation) share a fold
  const foldOf = items.map((_, i) => {
    const key = String(rows[i].text ?? '').toLowerCase().replace(/[^a-z]/g, '');
    let h = 2166136261;
    for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 16777619) >>> 0;
    return h % folds;
  });
  const modelPred: (number | null)[] = new Array(items.length).fill(null);
  const fusedPred: (number | null)[] = new Array(items.length).fill(null);
  const fusedOrModel: (number | null)[] = new Array(items.length).fill(null);
  for (let f = 0; f < folds; f++) {
    const train = items.filter((_, i) => foldOf[i] !== f);
    const { bias, weights } = trainPenta(train.map((x) => x.features), train.map((x) => x.label), opts);
    const model = PentaModel.fromData({ format: 'newsgraph.events.penta/1', trained: { data: 'fold', rows: train.length, epochs: opts.epochs, l2: opts.l2 }, bias, weights: Object.fromEntries(weights) });
    items.forEach((x, i) => {
      if (foldOf[i] !== f) return;
      const p = model.predict(x.features);
      modelPred[i] = p.indexOf(Math.max(...p));
      const fused = coder.code(x.input, { headlines: false, model, fusion });
      fusedPred[i] = firstClass(fused);
      fusedOrModel[i] = fusedPred[i] ?? modelPred[i];
    });
  }
  const report = {
    rules: macroF1(gold, rulesPred),
    model: macroF1(gold, modelPred),
    fused: macroF1(gold, fusedPred),
    fused_or_model: macroF1(gold, fusedOrModel),
  };
  log(`${folds}-fold macro F1: rules ${report.rules.toFixed(4)} · model ${report.model.toFixed(4)} · fused ${report.fused.toFixed(4)} · fused, model when no event ${report.fused_or_model.toFixed(4)}`);

  // 3. the final model on all rows
  const { bias, weights } = trainPenta(items.map((x) => x.features), gold, opts);
  const kept: Record<string, number[]> = {};
  for (const [f, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (Math.max(...w.map(Math.abs)) < 0.02) continue;
    kept[f] = w.map((x) => Math.round(x * 1000) / 1000);
  }
  const data: PentaModelData = {
    format: 'newsgraph.events.penta/1',
    trained: { data: 'conflibert-train.jsonl (PentaClass labels)', rows: items.length, cv_macro_f1: Math.round(report.model * 10000) / 10000, cv: Object.fromEntries(Object.entries(report).map(([k, v]) => [k, Math.round(v * 10000) / 10000])), epochs: opts.epochs, l2: opts.l2 },
    bias: bias.map((x) => Math.round(x * 1000) / 1000),
    weights: kept,
  };
  const json = JSON.stringify(data);
  const gz = zlib.gzipSync(json, { level: 9 });
  log(`${Object.keys(kept).length} features, ${json.length} bytes JSON, ${gz.length} bytes gzipped`);
  if (!values['dry-run']) {
    fs.mkdirSync(path.dirname(values.out as string), { recursive: true });
    fs.writeFileSync(values.out as string, gz);
    log(`wrote ${path.relative(ROOT, values.out as string)}`);
  }
  process.stdout.write(`${JSON.stringify({ folds, ...report })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`train-events: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
