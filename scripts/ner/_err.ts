import fs from 'node:fs';
import { loadNerModel } from '../../src/annotators/entities/ner/index.ts';
const m = loadNerModel(process.argv[2] ?? undefined);
const docs = fs.readFileSync('/work/shared/bench/ner/conll2003-valid.jsonl','utf8').split('\n').filter(Boolean).map((l: string)=>JSON.parse(l));
function spans(tags: string[]) { const out: [number, number, string][] = []; let cur: [number, number, string] | null = null;
  tags.forEach((t, i) => { if (t === 'O' || t.startsWith('B-') || (cur && cur[2] !== t.slice(2))) { if (cur) out.push(cur); cur = null; } if (t !== 'O') { if (!cur) cur = [i, i, t.slice(2)]; else cur[1] = i; } }); if (cur) out.push(cur); return out; }
const conf = new Map<string, number>(); const ex = new Map<string, string[]>();
for (const d of docs) { const toks = d.sentences.map((s: any) => s.tokens); const pred = m.tagDocument(toks);
  d.sentences.forEach((s: any, si: number) => { const g = spans(s.tags), p = spans(pred[si]);
    const key = (x: [number, number, string]) => `${x[0]}:${x[1]}`;
    const pm = new Map(p.map((x) => [key(x), x])); const gm = new Map(g.map((x) => [key(x), x]));
    for (const x of g) { const y = pm.get(key(x)); const k = y ? (y[2] === x[2] ? null : `type ${x[2]}->${y[2]}`) : `miss/bound ${x[2]}`; if (k) { conf.set(k, (conf.get(k) ?? 0) + 1); if (!ex.has(k)) ex.set(k, []); ex.get(k)!.push(s.tokens.slice(x[0], x[1] + 1).join(' ') + (y ? '' : ' || ' + s.tokens.slice(Math.max(0,x[0]-2), x[1]+3).join(' '))); } }
    for (const y of p) if (!gm.has(key(y))) { const k = `spurious/bound ${y[2]}`; conf.set(k, (conf.get(k) ?? 0) + 1); if (!ex.has(k)) ex.set(k, []); ex.get(k)!.push(s.tokens.slice(y[0], y[1] + 1).join(' ')); }
  }); }
for (const [k, v] of [...conf].sort((a, b) => b[1] - a[1])) console.log(v, k, '::', ex.get(k)!.slice(0, 14).join(' | '));
