// micro-benchmark of emission scoring variants (hot cache)
const R = 80000, L = 17, NF = 40, NT = 20000;
const feats = new Int32Array(NF * NT);
let x = 12345;
const rnd = () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x; };
for (let i = 0; i < feats.length; i++) feats[i] = rnd() % (process.argv[2] === 'hot' ? 2000 : R);
const wi16 = new Int16Array(R * L).map(() => (rnd() % 2000) - 1000);
const wf64 = Float64Array.from(wi16);
const wi32 = Int32Array.from(wi16);
const wf32 = Float32Array.from(wi16);
const emit = new Float64Array(NT * L);
function locals(w: Float64Array | Int16Array | Float32Array | Int32Array) {
  for (let t = 0; t < NT; t++) {
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0, e9 = 0, e10 = 0, e11 = 0, e12 = 0, e13 = 0, e14 = 0, e15 = 0, e16 = 0;
    for (let k = t * NF, e = k + NF; k < e; k++) {
      const b = feats[k] * 17;
      e0 += w[b]; e1 += w[b + 1]; e2 += w[b + 2]; e3 += w[b + 3]; e4 += w[b + 4]; e5 += w[b + 5]; e6 += w[b + 6]; e7 += w[b + 7]; e8 += w[b + 8];
      e9 += w[b + 9]; e10 += w[b + 10]; e11 += w[b + 11]; e12 += w[b + 12]; e13 += w[b + 13]; e14 += w[b + 14]; e15 += w[b + 15]; e16 += w[b + 16];
    }
    const o = t * 17;
    emit[o] = e0; emit[o + 1] = e1; emit[o + 2] = e2; emit[o + 3] = e3; emit[o + 4] = e4; emit[o + 5] = e5; emit[o + 6] = e6; emit[o + 7] = e7; emit[o + 8] = e8;
    emit[o + 9] = e9; emit[o + 10] = e10; emit[o + 11] = e11; emit[o + 12] = e12; emit[o + 13] = e13; emit[o + 14] = e14; emit[o + 15] = e15; emit[o + 16] = e16;
  }
}
const acc = new Int32Array(17);
function intLoop(w: Int32Array | Int16Array) {
  for (let t = 0; t < NT; t++) {
    acc.fill(0);
    for (let k = t * NF, e = k + NF; k < e; k++) {
      const b = feats[k] * 17;
      for (let l = 0; l < 17; l++) acc[l] = (acc[l] + w[b + l]) | 0;
    }
    const o = t * 17;
    for (let l = 0; l < 17; l++) emit[o + l] = acc[l];
  }
}
function f64Loop(w: Float64Array) {
  for (let t = 0; t < NT; t++) {
    const o = t * 17;
    for (let l = 0; l < 17; l++) emit[o + l] = 0;
    for (let k = t * NF, e = k + NF; k < e; k++) {
      const b = feats[k] * 17;
      for (let l = 0; l < 17; l++) emit[o + l] += w[b + l];
    }
  }
}
const variants: [string, () => void][] = [
  ['locals f64', () => locals(wf64)], ['locals i16', () => locals(wi16)], ['locals f32', () => locals(wf32)], ['locals i32', () => locals(wi32)],
  ['intLoop i32', () => intLoop(wi32)], ['intLoop i16', () => intLoop(wi16)], ['f64Loop', () => f64Loop(wf64)],
];
for (let rep = 0; rep < 3; rep++) for (const [name, fn] of variants) {
  const t = performance.now(); for (let i = 0; i < 5; i++) fn(); const dt = performance.now() - t;
  if (rep === 2) console.log(name.padEnd(12), ((dt * 1e6) / (5 * NT * NF)).toFixed(1), 'ns/feature');
}
