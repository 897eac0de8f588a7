// The benchmark corpus: variations of the team-written articles in samples/, so speed is measured
// on realistic news prose without any third-party text. Each variation rotates the body paragraphs
// and perturbs numbers, so documents differ while keeping their structure (headline, dateline, quotes).

import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.ts';

export interface CorpusDoc {
  id: string;
  text: string;
  date: string;
}

function readSamples(): { name: string; text: string; date: string }[] {
  const dir = path.join(REPO_ROOT, 'samples');
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'newsgraph.meta.json'), 'utf8')) as Record<string, string>;
  const out: { name: string; text: string; date: string }[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.txt')) out.push({ name, text: fs.readFileSync(path.join(dir, name), 'utf8'), date: meta[name] ?? '2026-01-15' });
    if (name.endsWith('.jsonl')) {
      for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { id: string; title?: string; text: string; date?: string };
        out.push({ name: r.id, text: r.title ? `${r.title}\n\n${r.text}` : r.text, date: r.date ?? '2026-01-15' });
      }
    }
  }
  return out;
}

function vary(text: string, k: number): string {
  const [head, ...rest] = text.split(/\n\s*\n/);
  if (rest.length < 3) return text;
  // keep the dateline paragraph first, rotate the others
  const first = rest[0];
  const body = rest.slice(1);
  const shift = k % body.length;
  const rotated = [...body.slice(shift), ...body.slice(0, shift)];
  const digits = (s: string): string => s.replace(/\d/g, (d) => String((Number(d) + k) % 10));
  return [head, first, ...rotated].map(digits).join('\n\n');
}

/** `size` documents (default 400, about 200,000 tokens). */
export function benchCorpus(size = 400): CorpusDoc[] {
  const samples = readSamples();
  if (samples.length === 0) throw new Error('samples/ has no articles to build the benchmark corpus from');
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < size; i++) {
    const s = samples[i % samples.length];
    const k = Math.floor(i / samples.length);
    docs.push({ id: `${s.name}#${k}`, text: k === 0 ? s.text : vary(s.text, k), date: s.date });
  }
  return docs;
}
