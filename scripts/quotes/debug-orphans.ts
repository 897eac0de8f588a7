// Debug helper: cues the tagger finds that no content joins (printed with context). Not part of the product.
import fs from 'node:fs';
import { assemble, labelSpans } from '../../src/annotators/quotes/assemble.ts';
import { decodeModel } from '../../src/annotators/quotes/tagger.ts';
import { buildDocs, readRows } from './data.ts';

const [modelFile, goldFile, limit] = process.argv.slice(2);
const tagger = decodeModel(fs.readFileSync(modelFile));
const rows = readRows(goldFile);
const docs = buildDocs(rows);
let orphans = 0;
let cues = 0;
let shown = 0;
for (const d of docs) {
  const out = tagger.tag(d.facts);
  const spans = labelSpans(d.facts, out.labels, out.margin);
  const atts = assemble(d.facts, spans);
  const used = new Set(atts.map((a) => a.cue));
  for (const s of spans) {
    if (s.kind !== 'cue') continue;
    cues++;
    if (used.has(s)) continue;
    orphans++;
    if (shown++ < Number(limit ?? 20)) {
      const a = d.tokens[s.a].start;
      const b = d.tokens[s.b - 1].end;
      const lab = (i: number): string => ['', 'S', 's', 'C', 'c', 'Q', 'q'][out.labels[i]];
      const u0 = d.facts.sentence[s.a];
      const toks: string[] = [];
      for (let i = 0; i < d.facts.n; i++) if (d.facts.sentence[i] === u0) toks.push(d.text.slice(d.tokens[i].start, d.tokens[i].end) + (out.labels[i] ? `/${lab(i)}` : ''));
      console.log(`- [${d.text.slice(a, b)}] ${toks.join(' ')}`);
    }
  }
}
console.log(`${orphans} of ${cues} cues without content`);
