// npm run bench [-- --json] [--docs N] [--rounds R]
// Throughput of the whole pipeline and of each annotator alone on one core, peak memory, and cold
// start (process start to the first result for one article), on the corpus from bench/corpus.ts.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BATCH_DOCS, builtinRegistry, DEFAULT_PIPELINE, docFromText, Pipeline, Resources } from '../src/index.ts';
import { benchCorpus } from './corpus.ts';
import { REPO_ROOT } from './paths.ts';

interface RoundResult {
  seconds: number;
  ingestMs: number;
  stageMs: Record<string, number>;
}

/** Milliseconds from spawning the CLI on one sample to its first byte of output. */
function coldStart(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/newsgraph.mjs'), 'extract', path.join(REPO_ROOT, 'samples/01-erbil-gas-field-drones.txt'), '--format', 'jsonl', '--quiet'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let first = 0;
    child.stdout.on('data', () => {
      if (!first) first = performance.now() - t0;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && first ? resolve(first) : reject(new Error(`cold-start run exited with ${code}`))));
  });
}

/**
 * Peers on the same texts, side by side in the same run (rates use newsgraph's token count so the
 * numbers compare): compromise's people / places / organisations extraction.
 */
async function measurePeers(corpus: { text: string }[], tokens: number, rounds: number, log: (s: string) => void): Promise<Record<string, unknown>> {
  const peers: Record<string, unknown> = {};
  try {
    const nlp = (await import('compromise')).default;
    const times: number[] = [];
    let found = 0;
    for (let round = 0; round < rounds; round++) {
      const t0 = performance.now();
      found = 0;
      for (const d of corpus) {
        const doc = nlp(d.text);
        found += doc.people().length + doc.places().length + doc.organizations().length;
      }
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    peers.compromise = { task: 'people+places+organizations', tokens_per_s: Math.round(tokens / (ms / 1000)), entities: found };
    log(`compromise ${Math.round(tokens / (ms / 1000))} tokens/s`);
  } catch (err) {
    peers.compromise = { error: (err as Error).message };
  }
  return peers;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, docs: { type: 'string' }, rounds: { type: 'string' } },
  });
  const size = Number(values.docs ?? 400);
  const rounds = Number(values.rounds ?? 3);
  const log = (s: string): void => void process.stderr.write(`bench: ${s}\n`);

  const coldStartMs = await coldStart();
  log(`cold start ${coldStartMs.toFixed(0)} ms`);

  const tLoad = performance.now();
  const resources = new Resources();
  const pipeline = Pipeline.build(builtinRegistry(), { annotators: DEFAULT_PIPELINE, resolveDependencies: true, resources });
  const loadMs = performance.now() - tLoad;
  const corpus = benchCorpus(size);

  // count tokens once (the tokens layer is the unit of every rate)
  let tokens = 0;
  let chars = 0;
  for (const d of corpus) {
    const r = pipeline.run(docFromText(d.id, d.text, { date: d.date }));
    if (!r.ok) throw new Error(`${r.error.id}: ${r.error.reason}`);
    tokens += r.doc.layer('tokens').length;
    chars += d.text.length;
  }
  log(`${corpus.length} documents, ${tokens} tokens, ${chars} characters; ${rounds} rounds`);

  const results: RoundResult[] = [];
  for (let round = 0; round < rounds; round++) {
    pipeline.resetStats();
    let ingestMs = 0;
    const t0 = performance.now();
    // in batches run stage by stage, as `newsgraph extract` runs them (annotateEntries)
    for (let b = 0; b < corpus.length; b += BATCH_DOCS) {
      const ti = performance.now();
      const docs = corpus.slice(b, b + BATCH_DOCS).map((d) => docFromText(d.id, d.text, { date: d.date }));
      ingestMs += performance.now() - ti;
      pipeline.runBatch(docs);
    }
    const seconds = (performance.now() - t0) / 1000;
    results.push({ seconds, ingestMs, stageMs: Object.fromEntries(pipeline.stats.map((s) => [s.name, s.ms])) });
  }

  const peers = await measurePeers(corpus, tokens, rounds, log);

  const seconds = median(results.map((r) => r.seconds));
  const rate = (ms: number): number => Math.round(tokens / (ms / 1000));
  const stages: Record<string, number> = { ingest: rate(median(results.map((r) => r.ingestMs))) };
  for (const name of pipeline.names) stages[name] = rate(median(results.map((r) => r.stageMs[name])));
  const segmentationMs = median(results.map((r) => ['tokens', 'paragraphs', 'sentences'].reduce((a, n) => a + (r.stageMs[n] ?? 0), 0)));
  const report = {
    tokens_per_s: Math.round(tokens / seconds),
    chars_per_s: Math.round(chars / seconds),
    docs_per_s: Math.round((corpus.length / seconds) * 10) / 10,
    stages,
    groups: {
      'tokens+paragraphs+sentences': rate(segmentationMs),
      'tokens+sentences+entities+coref': rate(median(results.map((r) => ['tokens', 'paragraphs', 'sentences', 'entities', 'coref'].reduce((a, n) => a + (r.stageMs[n] ?? 0), 0)))),
      'time+places': rate(median(results.map((r) => ['time', 'places'].reduce((a, n) => a + (r.stageMs[n] ?? 0), 0)))),
    },
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    cold_start_ms: Math.round(coldStartMs),
    pipeline_load_ms: Math.round(loadMs),
    resources: resources.loads,
    docs: corpus.length,
    tokens,
    chars,
    rounds,
    node: process.version,
    peers,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const fmt = (n: number): string => n.toLocaleString('en-US');
  const lines = [
    `newsgraph bench: ${report.docs} documents, ${fmt(tokens)} tokens, median of ${rounds} rounds, one core (${report.node})`,
    '',
    `whole pipeline     ${fmt(report.tokens_per_s).padStart(12)} tokens/s  ${fmt(report.chars_per_s).padStart(12)} chars/s  ${report.docs_per_s} docs/s`,
    ...Object.entries(stages).map(([n, v]) => `  ${n.padEnd(16)} ${fmt(v).padStart(12)} tokens/s`),
    ...Object.entries(report.groups).map(([n, v]) => `  ${n.padEnd(32)} ${fmt(v).padStart(12)} tokens/s`),
    '',
    ...Object.entries(report.peers).map(([n, v]) => `peer ${n.padEnd(13)} ${fmt((v as { tokens_per_s?: number }).tokens_per_s ?? 0).padStart(12)} tokens/s  (${(v as { task?: string }).task ?? ''})`),
    '',
    `peak memory        ${report.peak_rss_mb} MB`,
    `cold start         ${report.cold_start_ms} ms (process start to first result, one article)`,
    `pipeline load      ${report.pipeline_load_ms} ms`,
    ...report.resources.map((r) => `  ${r.name.padEnd(16)} ${String(r.ms).padStart(6)} ms  ${String(r.mb).padStart(5)} MB`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
