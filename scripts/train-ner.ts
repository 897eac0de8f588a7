// Train the named-entity model on CoNLL-2003 train and write the committed weights.
//
//   npm run train:ner                      (= tsx scripts/train-ner.ts)
//   tsx scripts/train-ner.ts [--train FILE] [--out FILE] [--eval GOLD.jsonl] [options]
//
// Reads $NEWSGRAPH_BENCH/ner/conll2003-train.jsonl (default ../shared/bench) unless --train is given.
// Everything is deterministic (fixed seeds). Hyperparameters (defaults are the committed model's):
//   --hash-bits 21     feature hash buckets (2^21)
//   --epochs 15        stage-1 perceptron epochs      --epochs2 15  stage-2 epochs
//   --folds 5          jackknife folds producing stage-1 labels on train for stage 2
//   --seed 1           shuffling seed                 --seeds 1     stage-1 models averaged (seeds differ)
//   --bits 16          weight quantisation (8 or 16)  --prune 1     keep rows whose max |weight| is above
//                      (averaged weights of features that saw about one update are <= 1)
//   --no-gaz --no-doc --no-stage2                     feature ablations; --clusters adds word clusters
// --eval GOLD scores the written model on GOLD with ../shared/bench/score.mjs (reporting only).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFeatures, extractStage2Features, FeatureBuffer, type DocAnalysis, type FeatureConfig } from '../src/annotators/entities/ner/features.ts';
import { loadGazetteer } from '../src/annotators/entities/ner/gazetteer.ts';
import { decodeModel, encodeModel, NerTagger, type ClusterExport, type StageExport } from '../src/annotators/entities/ner/model.ts';
import { iobToBilou, NUM_LABELS } from '../src/annotators/entities/ner/tags.ts';
import { docEmissions, predictDoc, trainPerceptron, type DenseModel, type TrainDoc } from './ner/perceptron.ts';
import { buildClusters } from './ner/clusters.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = process.env.NEWSGRAPH_BENCH ?? path.resolve(ROOT, '../shared/bench');

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(name);
const opt = (name: string, dflt: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
};

const TRAIN = opt('--train', path.join(BENCH, 'ner/conll2003-train.jsonl'));
const OUT = opt('--out', path.join(ROOT, 'src/annotators/entities/ner/model/ner-conll.bin.gz'));
const EVAL = opt('--eval', '');
const HASH_BITS = Number(opt('--hash-bits', '21'));
const EPOCHS = Number(opt('--epochs', '15'));
const EPOCHS2 = Number(opt('--epochs2', String(EPOCHS)));
const FOLDS = Number(opt('--folds', '5'));
const SEED = Number(opt('--seed', '1'));
const SEEDS = Number(opt('--seeds', '1'));
const BITS = Number(opt('--bits', '16')) as 8 | 16;
const PRUNE = Number(opt('--prune', '1'));
const BASE_SCALE = Number(opt('--base-scale', '0.1'));
const CFG: FeatureConfig = {
  hashBits: HASH_BITS,
  gaz: !flag('--no-gaz'),
  doc: !flag('--no-doc'),
  clusters: flag('--clusters'),
  gazDrop: opt('--gaz-drop', '').split(',').filter(Boolean),
};
const STAGE2 = !flag('--no-stage2');
const CLUSTER_CORPORA = opt('--cluster-corpora', 'sotu,wordnet').split(',').filter((c) => c && c !== 'none');

const log = (msg: string): void => {
  process.stderr.write(`[train-ner ${((performance.now() / 1000) | 0).toString().padStart(4)}s] ${msg}\n`);
};

interface GoldDoc {
  doc_id: string;
  sentences: { tokens: string[]; tags: string[] }[];
}

function readDocs(file: string): GoldDoc[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

function toTrainDocs(analyses: DocAnalysis[], golds: Uint8Array[], stage1: Uint8Array[] | null, base: Float32Array[] | null): TrainDoc[] {
  const buf = new FeatureBuffer();
  return analyses.map((a, i) => {
    if (stage1) extractStage2Features(a, CFG, stage1[i], buf);
    else extractFeatures(a, CFG, buf);
    const d: TrainDoc = { n: a.n, sentStart: a.sentStart, offs: buf.offs.slice(0, a.n + 1), feats: buf.data.slice(0, buf.len), gold: golds[i] };
    if (base) {
      d.base = base[i];
      d.baseScale = BASE_SCALE;
    }
    return d;
  });
}

function exportStage(m: DenseModel): StageExport {
  const L = NUM_LABELS;
  const size = 1 << HASH_BITS;
  const buckets: number[] = [];
  for (let b = 0; b < size; b++) {
    let max = 0;
    for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(m.w[b * L + l]));
    if (max > PRUNE) buckets.push(b);
  }
  const w = new Float32Array(buckets.length * L);
  buckets.forEach((b, r) => {
    for (let l = 0; l < L; l++) w[r * L + l] = m.w[b * L + l];
  });
  return { buckets: Int32Array.from(buckets), w, trans: Float32Array.from(m.trans) };
}

function main(): void {
  const t0 = performance.now();
  log(`config ${JSON.stringify(CFG)} stage2=${STAGE2} epochs=${EPOCHS}/${EPOCHS2} folds=${FOLDS} seed=${SEED}`);
  const docs = readDocs(TRAIN);
  log(`read ${docs.length} documents from ${TRAIN}`);
  const sentences = docs.map((d) => d.sentences.map((s) => s.tokens));
  const golds = docs.map((d) => {
    const out: number[] = [];
    for (const s of d.sentences) out.push(...iobToBilou(s.tags));
    return Uint8Array.from(out);
  });

  let clusters: ClusterExport | null = null;
  if (CFG.clusters) {
    clusters = buildClusters(sentences, { seed: SEED, log, corpora: CLUSTER_CORPORA });
  }
  const gaz = CFG.gaz ? loadGazetteer(CFG.gazDrop) : null;
  // a tagger shell gives analysis the same gazetteer/cluster lookups inference uses
  const shell = new NerTagger(
    decodeModel(encodeModel(CFG, [], clusters, {})),
    gaz,
  );
  const analyses = sentences.map((s) => shell.analyze(s));
  log(`analysed ${analyses.reduce((n, a) => n + a.n, 0)} tokens`);

  const train1 = toTrainDocs(analyses, golds, null, null);
  log(`stage-1 features: ${train1.reduce((n, d) => n + d.feats.length, 0)} (avg ${(train1.reduce((n, d) => n + d.feats.length, 0) / train1.reduce((n, d) => n + d.n, 0)).toFixed(1)}/token)`);
  // stage 1: average of SEEDS perceptrons trained with different shuffles
  const m1 = trainPerceptron(train1, { hashBits: HASH_BITS, epochs: EPOCHS, seed: SEED, log, label: 'stage 1' });
  for (let r = 1; r < SEEDS; r++) {
    const mr = trainPerceptron(train1, { hashBits: HASH_BITS, epochs: EPOCHS, seed: SEED + 1000 * r, log, label: `stage 1 (run ${r + 1}/${SEEDS})` });
    for (let i = 0; i < m1.w.length; i++) m1.w[i] += mr.w[i];
    for (let i = 0; i < m1.trans.length; i++) m1.trans[i] += mr.trans[i];
  }
  if (SEEDS > 1) {
    for (let i = 0; i < m1.w.length; i++) m1.w[i] /= SEEDS;
    for (let i = 0; i < m1.trans.length; i++) m1.trans[i] /= SEEDS;
  }
  const stages: StageExport[] = [exportStage(m1)];

  if (STAGE2) {
    // jackknife: stage-1 labels on each fold from a model trained on the other folds
    const stage1Labels: Uint8Array[] = new Array(docs.length);
    const stage1Scores: Float32Array[] = new Array(docs.length);
    for (let k = 0; k < FOLDS; k++) {
      const trainIdx = train1.map((_, i) => i).filter((i) => i % FOLDS !== k);
      const mk = trainPerceptron(
        trainIdx.map((i) => train1[i]),
        { hashBits: HASH_BITS, epochs: EPOCHS, seed: SEED + k + 1, log, label: `fold ${k + 1}/${FOLDS}` },
      );
      for (let i = k; i < docs.length; i += FOLDS) {
        stage1Labels[i] = predictDoc(train1[i], mk);
        stage1Scores[i] = docEmissions(train1[i], mk);
      }
    }
    const train2 = toTrainDocs(analyses, golds, stage1Labels, stage1Scores);
    const m2 = trainPerceptron(train2, {
      hashBits: HASH_BITS,
      epochs: EPOCHS2,
      seed: SEED + 100,
      log,
      label: 'stage 2',
      initTrans: m1.trans.map((v) => v * BASE_SCALE),
    });
    // stage 2 was trained on BASE_SCALE x stage-1 scores: rescale it to add to unscaled stage-1 scores
    for (let i = 0; i < m2.w.length; i++) if (m2.w[i] !== 0) m2.w[i] /= BASE_SCALE;
    for (let i = 0; i < m2.trans.length; i++) m2.trans[i] /= BASE_SCALE;
    stages.push(exportStage(m2));
  }

  const info = {
    trainedOn: path.basename(TRAIN),
    documents: docs.length,
    epochs: EPOCHS,
    epochs2: STAGE2 ? EPOCHS2 : 0,
    folds: STAGE2 ? FOLDS : 0,
    seed: SEED,
    prune: PRUNE,
  };
  const bin = encodeModel(CFG, stages, clusters, info, BITS);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, bin);
  log(`wrote ${OUT}: ${(bin.length / 1024 / 1024).toFixed(2)} MiB, rows ${stages.map((s) => s.buckets.length).join('/')}; total ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  if (EVAL) evaluate(OUT, EVAL);
}

function evaluate(modelFile: string, goldFile: string): void {
  const data = decodeModel(fs.readFileSync(modelFile));
  const tagger = new NerTagger(data, data.cfg.gaz ? loadGazetteer(data.cfg.gazDrop ?? []) : null);
  const gold = readDocs(goldFile);
  const t0 = performance.now();
  let toks = 0;
  const lines = gold.map((d) => {
    const sents = d.sentences.map((s) => s.tokens);
    for (const s of sents) toks += s.length;
    return JSON.stringify({ doc_id: d.doc_id, sentences: tagger.tagDocument(sents).map((tags) => ({ tags })) });
  });
  const dt = (performance.now() - t0) / 1000;
  const pred = path.join(os.tmpdir(), `ner-pred-${process.pid}.jsonl`);
  fs.writeFileSync(pred, lines.join('\n') + '\n');
  const out = execFileSync('node', [path.join(BENCH, 'score.mjs'), 'ner', goldFile, pred, '--quiet'], { encoding: 'utf8' });
  const last = out.trim().split('\n').pop() ?? '{}';
  const r = JSON.parse(last) as Record<string, number>;
  const f = (k: string): string => (typeof r[k] === 'number' ? (r[k] * (r[k] <= 1 ? 100 : 1)).toFixed(2) : '?');
  log(`eval ${path.basename(goldFile)}: F1 ${f('f1')} (P ${f('p')} R ${f('r')}) PER ${f('PER_f1')} ORG ${f('ORG_f1')} LOC ${f('LOC_f1')} MISC ${f('MISC_f1')}; ${Math.round(toks / dt)} tokens/s`);
  fs.unlinkSync(pred);
}

main();
