import { buildClusters } from './clusters.ts';
import { hashString } from '../../src/annotators/entities/ner/hash.ts';
import fs from 'node:fs';
const docs = fs.readFileSync('/work/shared/bench/ner/conll2003-train.jsonl','utf8').split('\n').filter(Boolean).map((l: string)=>JSON.parse(l).sentences.map((s: any)=>s.tokens));
const c = buildClusters(docs, { seed: 1, log: (m) => console.error(m), corpora: (process.env.CORP ?? 'sotu,wordnet').split(',') });
// map path prefix (index 3 = len 10) -> words
const words = new Set<string>(); for (const d of docs) for (const s of d) for (const t of s) words.add(t.toLowerCase());
const byKey = new Map<number, number>(); c.keys.forEach((k, i) => byKey.set(k, i));
const groups = new Map<number, string[]>();
const P = Number(process.env.P ?? 3);
for (const w of words) { const i = byKey.get(hashString(w)); if (i === undefined) continue; const p = c.paths[Math.min(c.starts[i] + P, c.starts[i+1]-1)]; if (!groups.has(p)) groups.set(p, []); groups.get(p)!.push(w); }
for (const probe of ['germany', 'john', 'monday', 'bank', 'smith', 'london', 'said', 'reuters']) {
  const i = byKey.get(hashString(probe)); if (i === undefined) { console.log(probe, 'none'); continue; }
  const p = c.paths[Math.min(c.starts[i] + P, c.starts[i+1]-1)];
  console.log(probe, '->', groups.get(p)!.slice(0, 25).join(' '), groups.get(p)!.length);
}
