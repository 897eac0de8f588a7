// Re-prune a trained quotes model: drop feature rows whose largest |weight| is below a threshold.
//   npx tsx scripts/quotes/prune.ts IN.bin.gz OUT.bin.gz THRESHOLD
import fs from 'node:fs';
import zlib from 'node:zlib';
import { NUM_LABELS } from '../../src/annotators/quotes/features.ts';
import { encodeModel, MODEL_MAGIC, type ModelHeader } from '../../src/annotators/quotes/tagger.ts';

const [inFile, outFile, thr] = process.argv.slice(2);
const raw = zlib.gunzipSync(fs.readFileSync(inFile));
if (raw.subarray(0, 4).toString('ascii') !== MODEL_MAGIC) throw new Error('bad magic');
const hlen = raw.readUInt32LE(4);
const header = JSON.parse(raw.subarray(8, 8 + hlen).toString('utf8')) as ModelHeader;
let off = 8 + hlen;
const L = NUM_LABELS;
const take = (bytes: number): Buffer => {
  const b = Buffer.from(raw.subarray(off, off + bytes));
  off += bytes;
  return b;
};
const stages = header.stages.map((s) => {
  const b = take(s.rows * 4);
  const buckets = new Int32Array(b.buffer, b.byteOffset, s.rows);
  const wb = take(s.rows * L * 2);
  const weights = new Int16Array(wb.buffer, wb.byteOffset, s.rows * L);
  const tb = take((L + 1) * L * 4);
  const trans = new Float32Array(tb.buffer, tb.byteOffset, (L + 1) * L);
  const keep: number[] = [];
  const limit = Number(thr) / s.scale;
  for (let r = 0; r < s.rows; r++) {
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(weights[r * L + l]));
    if (m >= limit) keep.push(r);
  }
  const nb = Int32Array.from(keep.map((r) => buckets[r]));
  const nw = new Int16Array(keep.length * L);
  keep.forEach((r, i) => nw.set(weights.subarray(r * L, r * L + L), i * L));
  return { buckets: nb, weights: nw, trans: Float32Array.from(trans), scale: s.scale };
});
const out = encodeModel({ ...header, stages: stages.map((s, i) => ({ ...header.stages[i], rows: s.buckets.length, scale: s.scale })) }, stages);
fs.writeFileSync(outFile, out);
console.log(`rows ${header.stages.map((s) => s.rows).join('+')} -> ${stages.map((s) => s.buckets.length).join('+')}, ${(out.length / 1024).toFixed(0)} KB`);
