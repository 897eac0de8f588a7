import fs from 'node:fs';
import { decodeModel, NerTagger } from '../../src/annotators/entities/ner/model.ts';
import { loadGazetteer } from '../../src/annotators/entities/ner/gazetteer.ts';
const file = process.argv[2];
let t0 = performance.now();
const data = decodeModel(fs.readFileSync(file));
const t1 = performance.now();
const gaz = loadGazetteer();
const t2 = performance.now();
const tagger = new NerTagger(data, gaz);
console.log(`decode ${(t1-t0).toFixed(0)} ms, gazetteer ${(t2-t1).toFixed(0)} ms, rss ${(process.memoryUsage().rss/1e6).toFixed(0)} MB`);
const docs = fs.readFileSync('/work/shared/bench/ner/conll2003-valid.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).sentences.map((s: any)=>s.tokens as string[]));
let toks = 0; for (const d of docs) for (const s of d) toks += s.length;
for (let rep = 0; rep < 5; rep++) {
  const t = performance.now();
  for (const d of docs) tagger.tagDocument(d);
  const dt = (performance.now() - t) / 1000;
  console.log(`rep ${rep}: ${Math.round(toks/dt)} tokens/s`);
}
