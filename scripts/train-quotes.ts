// Train the attribution tagger of the quotes annotator on the PolNeAR *training* split.
//
//   npx tsx scripts/train-quotes.ts [--train FILE] [--out FILE] [--epochs N] [--bits B] [--folds K]
//                                   [--eval GOLD.jsonl] [--stages 1|2]
//
// Reads $NEWSGRAPH_BENCH/quotes/polnear-train.jsonl (default ../shared/bench). Writes only hashed
// weights and hashed lexicon words (src/annotators/quotes/model/quotes-polnear.bin.gz); no text.
// --eval scores the fresh model on a gold file through the benchmark adapter (full pipeline) and
// ../shared/bench/score.mjs; use it with held-out training articles, `npm run eval -- quotes` for dev.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NUM_LABELS, B_C, I_C, hashString, LABELS } from '../src/annotators/quotes/features.ts';
import { DEFAULT_MODEL_PATH, encodeModel, MapLexicon, type ModelHeader } from '../src/annotators/quotes/tagger.ts';
import { predictRows } from '../bench/tasks/quotes.ts';
import { buildDocs, readRows, type TrainDoc } from './quotes/data.ts';
import { compact, docSeqs, predictSeq, train, type Dense, type Seq } from './quotes/perceptron.ts';

const { values } = parseArgs({
  options: {
    train: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '10' },
    bits: { type: 'string', default: '22' },
    folds: { type: 'string', default: '4' },
    stages: { type: 'string', default: '2' },
    prune: { type: 'string', default: '8' },
    'base-scale': { type: 'string', default: '0.25' },
    eval: { type: 'string', multiple: true },
    limit: { type: 'string' },
    model: { type: 'string' },
    'pred-out': { type: 'string' },
  },
});

const bench = process.env.NEWSGRAPH_BENCH ?? path.resolve(import.meta.dirname, '../../shared/bench');
const trainFile = values.train ?? path.join(bench, 'quotes/polnear-train.jsonl');
const outFile = values.out ?? DEFAULT_MODEL_PATH;
const epochs = Number(values.epochs);
const bits = Number(values.bits);
const folds = Number(values.folds);
const nStages = Number(values.stages);
const baseScale = Number(values['base-scale']);
const log = (m: string): void => void process.stderr.write(`train-quotes: ${m}\n`);

let bytes: Buffer;
if (values.model) bytes = fs.readFileSync(values.model);
else bytes = trainModel();

function trainModel(): Buffer {
  let rows = readRows(trainFile);
  if (values.limit) rows = rows.slice(0, Number(values.limit));
  if (rows.some((r) => r.split === 'dev' || r.split === 'test')) throw new Error('refusing to train on a dev/test split');
  log(`${rows.length} training articles from ${trainFile}`);
  const docs = buildDocs(rows);
  const nTokens = docs.reduce((n, d) => n + d.facts.n, 0);
  log(`${nTokens} tokens`);

  // cue lexicon: words often part of a cue
  function buildLexicon(ds: TrainDoc[]): [number, number][] {
    const inCue = new Map<string, number>();
    const total = new Map<string, number>();
    for (const d of ds) {
      for (let i = 0; i < d.facts.n; i++) {
        const w = d.facts.words[i];
        total.set(w, (total.get(w) ?? 0) + 1);
        if (d.gold[i] === B_C || d.gold[i] === I_C) inCue.set(w, (inCue.get(w) ?? 0) + 1);
      }
    }
    const out: [number, number][] = [];
    for (const [w, c] of inCue) {
      if (c < 3) continue;
      const p = c / (total.get(w) ?? c);
      const b = p >= 0.5 ? 4 : p >= 0.25 ? 3 : p >= 0.08 ? 2 : p >= 0.02 ? 1 : 0;
      if (b) out.push([hashString(w), b]);
    }
    return out;
  }
  const lexEntries = buildLexicon(docs);
  const lex = new MapLexicon(lexEntries);
  log(`cue lexicon: ${lexEntries.length} words (${lexEntries.filter((e) => e[1] >= 2).length} strong)`);

  function seqsOf(ds: TrainDoc[], indices: number[], stage1?: Uint8Array[], base?: Float32Array[]): Seq[] {
    return indices.flatMap((i) => docSeqs(ds[i].facts, ds[i].gold, i, lex, bits, stage1?.[i], base?.[i], baseScale));
  }

  function predictDocs(m: Dense, seqs: Seq[], into: Uint8Array[], scores: Float32Array[]): void {
    for (const s of seqs) predictSeq(s, m, into[s.doc], scores[s.doc]);
  }

  const all = docs.map((_, i) => i);
  const stages: Dense[] = [];
  log('stage 1 on all training articles');
  const seqs1 = seqsOf(docs, all);
  stages.push(train(seqs1, bits, epochs, 1, log, 'stage 1'));

  // stage s > 1 learns from labels and scores of stage s - 1 that were predicted for articles the
  // stage-(s - 1) model did not see (jackknife), so it sees them as noisy as at prediction time
  let prevLabels: Uint8Array[] | undefined;
  let prevScores: Float32Array[] | undefined;
  for (let st = 2; st <= nStages; st++) {
    const jack = docs.map((d) => new Uint8Array(d.facts.n));
    const jackScores = docs.map((d) => new Float32Array(d.facts.n * NUM_LABELS));
    for (let k = 0; k < folds; k++) {
      const held = all.filter((i) => i % folds === k);
      const rest = all.filter((i) => i % folds !== k);
      log(`stage ${st - 1}, fold ${k + 1}/${folds}: trained on ${rest.length}, labels for ${held.length}`);
      const m = train(seqsOf(docs, rest, prevLabels, prevScores), bits, epochs, 10 * st + k, () => {}, `fold ${k + 1}`);
      predictDocs(m, seqsOf(docs, held, prevLabels, prevScores), jack, jackScores);
    }
    let agree = 0;
    for (const [i, d] of docs.entries()) for (let t = 0; t < d.facts.n; t++) if (jack[i][t] === d.gold[t]) agree++;
    log(`jackknifed stage-${st - 1} token accuracy ${((100 * agree) / nTokens).toFixed(2)}%`);
    prevLabels = jack;
    prevScores = jackScores;
    stages.push(train(seqsOf(docs, all, prevLabels, prevScores), bits, epochs, st, log, `stage ${st}`));
  }

  const prune = Number(values.prune);
  const packed = stages.map((m) => compact(m, bits, prune));
  const header: ModelHeader = {
    bits,
    labels: [...LABELS],
    lexicon: lexEntries,
    stages: packed.map((p, i) => (i === 0 ? { rows: p.buckets.length, scale: p.scale } : { rows: p.buckets.length, scale: p.scale, baseScale })),
    info: { trainedOn: path.basename(trainFile), articles: rows.length, tokens: nTokens, epochs, folds, prune, labels: NUM_LABELS },
  };
  const out = encodeModel(header, packed);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, out);
  log(`wrote ${outFile} (${(out.length / 1024).toFixed(0)} KB; rows ${packed.map((p) => p.buckets.length).join(' + ')})`);

  return out;
}

for (const gold of values.eval ?? []) {
  // the real thing: the full pipeline with this model, through the benchmark adapter
  const modelFile = values.model ?? path.join(os.tmpdir(), `quotes-model-${process.pid}.bin.gz`);
  if (!values.model) fs.writeFileSync(modelFile, bytes);
  // as strip.mjs makes the input: the row's own dataset (PolNeAR rows say "polnear"; the seed has none)
  const evalRows = readRows(gold).map((r) => ({ doc_id: r.doc_id, dataset: r.dataset, text: r.text, date: r.date }));
  const preds = predictRows(evalRows, log, modelFile);
  if (!values.model) fs.rmSync(modelFile);
  const tmp = path.join(os.tmpdir(), `quotes-pred-${process.pid}.jsonl`);
  fs.writeFileSync(tmp, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [path.join(bench, 'score.mjs'), 'quotes', gold, tmp], { encoding: 'utf8' });
  process.stdout.write(out);
  if (values['pred-out']) fs.copyFileSync(tmp, values['pred-out']);
  fs.rmSync(tmp);
}
