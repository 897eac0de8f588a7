import fs from 'node:fs';
import { decodeModel, NerTagger } from '../../src/annotators/entities/ner/model.ts';
import { loadGazetteer } from '../../src/annotators/entities/ner/gazetteer.ts';
import { extractFeatures } from '../../src/annotators/entities/ner/features.ts';
const data = decodeModel(fs.readFileSync(process.argv[2]));
const tagger = new NerTagger(data, loadGazetteer());
const docs = fs.readFileSync('/work/shared/bench/ner/conll2003-valid.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { sentences: { tokens: string[] }[] }).sentences.map((s) => s.tokens));
const a = tagger.analyze(docs[5]);
extractFeatures(a, data.cfg, tagger.buf);
const st = data.stages[0];
// hit rate
let hits = 0, tot = 0;
for (let k = 0; k < tagger.buf.len; k++) { tot++; const h = tagger.buf.data[k]; let p = (h & st.slotMask) << 1; let probes = 1; while (st.table[p] !== h && st.table[p] >= 0) { p = (p + 2) & (st.slotMask * 2 + 1); probes++; } if (st.table[p] === h) hits++; }
console.log('tokens', a.n, 'feats', tot, 'hit', (hits / tot).toFixed(2));
for (let rep = 0; rep < 5; rep++) {
  const t = performance.now();
  for (let i = 0; i < 2000; i++) tagger.score(a.n, st, false);
  const dt = performance.now() - t;
  console.log('hot score per token', ((dt * 1000) / (2000 * a.n)).toFixed(3), 'us');
}
