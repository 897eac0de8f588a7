// Timing of the tagger's parts on a JSONL gold/input file (development aid): best of 8 passes.
//   tsx scripts/ner/speed-parts.ts MODEL.bin.gz [INPUT.jsonl]   (default: CoNLL valid of the shared bench)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel, NerTagger } from '../../src/annotators/entities/ner/model.ts';
import { loadGazetteer } from '../../src/annotators/entities/ner/gazetteer.ts';
import { extractFeatures, extractStage2Features } from '../../src/annotators/entities/ner/features.ts';
const data = decodeModel(fs.readFileSync(process.argv[2]));
const tagger = new NerTagger(data, loadGazetteer(data.cfg.gazDrop ?? []));
const bench = process.env.NEWSGRAPH_BENCH ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/bench');
const input = process.argv[3] ?? path.join(bench, 'ner/conll2003-valid.jsonl');
const docs = fs.readFileSync(input, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { sentences: { tokens: string[] }[] }).sentences.map((s) => s.tokens));
let toks = 0;
for (const d of docs) for (const s of d) toks += s.length;
const best: Record<string, number> = {};
let nfeat = 0;
for (let rep = 0; rep < 8; rep++) {
  const tm: Record<string, number> = { analyze: 0, feats: 0, score: 0, words: 0, viterbi: 0, total: 0 };
  nfeat = 0;
  const T0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) {
    let t = performance.now();
    const a = tagger.analyze(d);
    tm.analyze += performance.now() - t;
    const out = new Uint8Array(a.n);
    data.stages.forEach((st, k) => {
      t = performance.now();
      if (k === 0) extractFeatures(a, data.cfg, tagger.buf, false);
      else extractStage2Features(a, data.cfg, out, tagger.buf);
      tm.feats += performance.now() - t;
      t = performance.now();
      if (k === 0) tagger.prepareWordVectors(a, st);
      tm.words += performance.now() - t;
      t = performance.now();
      const emit = tagger.score(a.n, st, k > 0, k === 0 ? a : null);
      tm.score += performance.now() - t;
      if (k === 0) nfeat += tagger.buf.len;
      t = performance.now();
      tagger.decode(a, emit, st, out);
      tm.viterbi += performance.now() - t;
    });
  }
  tm.total = performance.now() - T0;
  const cu = process.cpuUsage(c0);
  tm.cpu = (cu.user + cu.system) / 1000;
  for (const [k, v] of Object.entries(tm)) best[k] = Math.min(best[k] ?? Infinity, v);
}
console.log(`stage-1 context features/token ${(nfeat / toks).toFixed(1)}`);
console.log(Object.entries(best).map(([k, v]) => `${k} ${((v * 1000) / toks).toFixed(2)}us`).join('  '), `=> ${Math.round(toks / (best.total / 1000))} tokens/s`);

// the inference path (infer.ts), interleaved with the reference on the same analyses
const analyses = docs.map((d) => tagger.analyze(d));
let fastBest = Infinity;
let refBest = Infinity;
for (let rep = 0; rep < 8; rep++) {
  let t = performance.now();
  for (const a of analyses) tagger.labelReference(a);
  refBest = Math.min(refBest, performance.now() - t);
  t = performance.now();
  for (const a of analyses) tagger.labelDocument([], a);
  fastBest = Math.min(fastBest, performance.now() - t);
}
console.log(`after analysis: reference ${((refBest * 1000) / toks).toFixed(2)}us, inference path ${((fastBest * 1000) / toks).toFixed(2)}us`);
