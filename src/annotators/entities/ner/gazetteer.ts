// Gazetteers: phrase lists (one bit each) in an open-addressing table keyed by phrase hashes, so
// matching a token sequence is a chain of integer mixes and probes, with no string building.
//
// data/gazetteers.txt.gz is compiled by scripts/ner/build-gazetteers.ts from npm data packages;
// lexicon.ts holds the short keyword lists the team wrote itself.

import fs from 'node:fs';
import zlib from 'node:zlib';
import { hashString, lowerForm, mix, PHRASE_SEED } from './hash.ts';
import { TEAM_LISTS } from './lexicon.ts';

export const PREFIX_FLAG = 0x80000000;

export class Gazetteer {
  readonly names: string[];
  private keys: Uint32Array;
  private vals: Uint32Array;
  private cap: number;
  size = 0;
  maxLen = 1;

  constructor(names: string[], expected: number) {
    if (names.length > 31) throw new Error('at most 31 gazetteers');
    this.names = names;
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.cap = cap;
    this.keys = new Uint32Array(cap);
    this.vals = new Uint32Array(cap);
  }

  /** Value (gazetteer bits | PREFIX_FLAG) stored for a phrase hash, 0 if none. */
  get(h: number): number {
    const key = h === 0 ? 1 : h;
    const m = this.cap - 1;
    let p = key & m;
    for (;;) {
      const k = this.keys[p];
      if (k === key) return this.vals[p];
      if (k === 0) return 0;
      p = (p + 1) & m;
    }
  }

  private or(h: number, bits: number): void {
    const key = h === 0 ? 1 : h;
    const m = this.cap - 1;
    let p = key & m;
    for (;;) {
      const k = this.keys[p];
      if (k === key) {
        this.vals[p] |= bits;
        return;
      }
      if (k === 0) {
        if (this.size * 2 >= this.cap) {
          this.grow();
          this.or(h, bits);
          return;
        }
        this.keys[p] = key;
        this.vals[p] = bits;
        this.size++;
        return;
      }
      p = (p + 1) & m;
    }
  }

  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.cap *= 2;
    this.keys = new Uint32Array(this.cap);
    this.vals = new Uint32Array(this.cap);
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== 0) this.or(oldK[i], oldV[i]);
  }

  /** Add a phrase given as space-separated tokens to gazetteer `bit`. */
  add(phrase: string, bit: number): void {
    const toks = phrase.split(' ');
    let h = PHRASE_SEED;
    for (let k = 0; k < toks.length; k++) {
      if (!toks[k]) continue;
      h = mix(h, hashString(lowerForm(toks[k])));
      if (k < toks.length - 1) this.or(h, PREFIX_FLAG);
    }
    this.or(h, 1 << bit);
    if (toks.length > this.maxLen) this.maxLen = Math.min(toks.length, 8);
  }
}

const DATA_FILE = new URL('./data/gazetteers.txt.gz', import.meta.url);

/**
 * Parse the compiled gazetteer text: sections start with "#name", then one phrase per line
 * (tokens separated by single spaces, lower case).
 */
export function loadGazetteer(file: URL | string = DATA_FILE): Gazetteer {
  const sections: { name: string; phrases: string[] }[] = [];
  if (fs.existsSync(file)) {
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    let cur: { name: string; phrases: string[] } | null = null;
    for (const line of text.split('\n')) {
      if (!line) continue;
      if (line[0] === '#') {
        cur = { name: line.slice(1).trim(), phrases: [] };
        sections.push(cur);
      } else if (cur) cur.phrases.push(line);
    }
  }
  for (const [name, phrases] of Object.entries(TEAM_LISTS)) sections.push({ name, phrases });
  let total = 0;
  for (const s of sections) total += s.phrases.length;
  const gaz = new Gazetteer(
    sections.map((s) => s.name),
    total * 1.3,
  );
  sections.forEach((s, bit) => {
    for (const p of s.phrases) gaz.add(p, bit);
  });
  return gaz;
}
