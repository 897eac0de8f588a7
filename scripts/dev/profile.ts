// Developer tool: run the default pipeline over the bench corpus, for a CPU profile or an output dump.
//   node scripts/dev/run.mjs profile [--rounds N]        -> times per round (run under --cpu-prof)
//   node scripts/dev/run.mjs alloc FILE [--rounds N]   -> where the garbage is allocated (.heapprofile)
//   node scripts/dev/run.mjs dump FILE                  -> every document's layers as JSONL, to
//                                                          check that a speed change keeps the output
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { BATCH_DOCS, builtinRegistry, DEFAULT_PIPELINE, docFromText, Pipeline, Resources } from '../../src/index.ts';
import { benchCorpus } from '../../bench/corpus.ts';

const [mode = 'profile', arg] = process.argv.slice(2);
const corpus = benchCorpus(400);
const batchDocs = Number(process.env.BATCH_DOCS) || BATCH_DOCS;
const resources = new Resources();
const pipeline = Pipeline.build(builtinRegistry(), { annotators: DEFAULT_PIPELINE, resolveDependencies: true, resources });
const rounds = mode === 'dump' ? 1 : Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 4;
const out: string[] = [];
// alloc mode: V8's sampling heap profiler, counting objects the GC has already collected too, so the
// profile shows where the garbage comes from (node's --heap-prof keeps only live objects)
const session = mode === 'alloc' ? new Session() : null;
if (session) {
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  pipeline.resetStats();
  for (let b = 0; b < corpus.length; b += batchDocs) {
    const docs = corpus.slice(b, b + batchDocs).map((d) => docFromText(d.id, d.text, { date: d.date }));
    const results = pipeline.runBatch(docs);
    if (mode === 'dump') for (const res of results) out.push(JSON.stringify(res.ok ? res.doc.toJSON().layers : { error: res.error }));
  }
  const used = process.cpuUsage(cpu);
  console.error(`round ${r}: ${(performance.now() - t).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms cpu; ${pipeline.stats.map((st) => `${st.name} ${st.ms.toFixed(0)}`).join(' ')}`);
}
if (session) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  fs.writeFileSync(arg ?? 'alloc.heapprofile', JSON.stringify(profile));
}
if (mode === 'dump') fs.writeFileSync(arg ?? '/dev/stdout', out.join('\n') + '\n');
