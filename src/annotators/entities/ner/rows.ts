// Hash bucket -> weight row, by rank: the kept rows are stored in bucket order, so a bucket's row is
// the number of kept buckets below it. One Uint32Array interleaves, per 32 buckets, their
// presence bits and the count of kept buckets before them: a lookup reads one cache line (a probed
// hash table needs two, a presence bitmap and then the table), and unknown features, most of
// them, are rejected by the same read.

/** Number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The rank directory of strictly increasing bucket ids below 2^hashBits. */
export function rankDirectory(buckets: ArrayLike<number>, hashBits: number): Uint32Array {
  const words = Math.max(1, (2 ** hashBits) / 32);
  const dir = new Uint32Array(words * 2);
  let prev = -1;
  for (let r = 0; r < buckets.length; r++) {
    const b = buckets[r];
    if (b <= prev || b >= 2 ** hashBits) throw new Error('ner model: bucket ids must increase and fit the hash size');
    prev = b;
    dir[(b >>> 5) * 2] |= 1 << (b & 31);
  }
  let before = 0;
  for (let k = 0; k < words; k++) {
    dir[k * 2 + 1] = before;
    before += popcount(dir[k * 2]);
  }
  return dir;
}

/** Row of bucket h (its rank), or -1 when the model has no row for it. */
export function rankOf(dir: Uint32Array, h: number): number {
  const k = (h >>> 5) << 1;
  const bits = dir[k];
  const bit = 1 << (h & 31);
  if ((bits & bit) === 0) return -1;
  return dir[k + 1] + popcount(bits & (bit - 1));
}

/**
 * A 32 KB summary of a rank directory: one bit per 8 buckets, set when any of them has a row. Most
 * hashed word-pair features are unknown to the model; this small table, which stays in cache,
 * turns most of them away before the directory (512 KB) is read.
 */
export function groupFilter(dir: Uint32Array): Uint32Array {
  const buckets = (dir.length / 2) * 32;
  const f = new Uint32Array(Math.max(1, buckets >>> 8));
  for (let k = 0; k < dir.length / 2; k++) {
    let bits = dir[k * 2];
    while (bits) {
      const b = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const g = (k * 32 + b) >>> 3;
      f[g >>> 5] |= 1 << (g & 31);
    }
  }
  return f;
}

/** rankOf() behind groupFilter(): the same answer. */
export function rankOfFiltered(filter: Uint32Array, dir: Uint32Array, h: number): number {
  const g = h >>> 3;
  if ((filter[g >>> 5] & (1 << (g & 31))) === 0) return -1;
  return rankOf(dir, h);
}
