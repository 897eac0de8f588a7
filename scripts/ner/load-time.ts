// Load time and memory of the committed model (development aid): tsx scripts/ner/load-time.ts
const m0 = process.memoryUsage();
const t0 = performance.now();
const { loadNerModel } = await import('../../src/annotators/entities/ner/index.ts');
const t1 = performance.now();
const model = loadNerModel();
const t2 = performance.now();
model.tagDocument([['Warm', 'up', '.']]);
const m1 = process.memoryUsage();
const mb = (x: number): string => (x / 1048576).toFixed(0);
console.log(`import ${(t1 - t0).toFixed(0)} ms, loadNerModel ${(t2 - t1).toFixed(0)} ms; rss +${mb(m1.rss - m0.rss)} MB (heap +${mb(m1.heapUsed - m0.heapUsed)} MB, arrayBuffers +${mb(m1.arrayBuffers - m0.arrayBuffers)} MB)`);
