// Gazetteers: phrase lists (one bit each) in an open-addressing table keyed by phrase hashes, so
// matching a token sequence is a chain of integer mixes and probes, with no string building.
//
// data/gazetteers.txt.gz is compiled by scripts/ner/build-gazetteers.ts from npm data packages;
// lexicon.ts holds the short keyword lists the team wrote itself.

import { srcAsset } from '../../../util/assets.ts';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { lowerForm, mix, PHRASE_SEED } from './hash.ts';
import { TEAM_LISTS } from './lexicon.ts';

export const PREFIX_FLAG = 0x80000000;
/** Gazetteer.get()'s filter has a bit per 2^FILTER_SHIFT hash values. */
const FILTER_SHIFT = 10;

export class Gazetteer {
  readonly names: string[];
  private keys: Uint32Array;
  private vals: Uint32Array;
  private cap: number;
  /**
   * One bit per 2^FILTER_SHIFT hash values (by their top bits), set when a key has them: 512 KB that
   * stay in cache, while the table is 8 MB. Most phrase lookups (a word and its neighbour) find
   * nothing, and the filter says so without reading the table. Built on first use; null after a change.
   */
  private filter: Uint32Array | null = null;
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
    const f = this.filter ?? this.buildFilter();
    const b = key >>> FILTER_SHIFT;
    if ((f[b >>> 5] & (1 << (b & 31))) === 0) return 0;
    const m = this.cap - 1;
    let p = key & m;
    for (;;) {
      const k = this.keys[p];
      if (k === key) return this.vals[p];
      if (k === 0) return 0;
      p = (p + 1) & m;
    }
  }

  private buildFilter(): Uint32Array {
    const f = new Uint32Array(2 ** (32 - FILTER_SHIFT) / 32);
    for (const k of this.keys) {
      if (k === 0) continue;
      const b = k >>> FILTER_SHIFT;
      f[b >>> 5] |= 1 << (b & 31);
    }
    return (this.filter = f);
  }

  private or(h: number, bits: number): void {
    this.filter = null;
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

  /**
   * Add a phrase to gazetteer `bit`: tokens separated by single spaces, each already in the
   * model's lower form (lowerForm(); the compiled data file is stored that way).
   */
  add(phrase: string, bit: number, start = 0, end = phrase.length): void {
    let h = PHRASE_SEED;
    let th = 0x811c9dc5; // FNV-1a of the current token (same as hashString)
    let len = 0;
    let ntok = 0;
    for (let i = start; i < end; i++) {
      const c = phrase.charCodeAt(i);
      if (c === 32) {
        if (len) {
          h = mix(h, th >>> 0);
          ntok++;
          this.or(h, PREFIX_FLAG);
        }
        th = 0x811c9dc5;
        len = 0;
      } else {
        th = Math.imul(th ^ c, 0x01000193);
        len++;
      }
    }
    if (len) {
      h = mix(h, th >>> 0);
      ntok++;
    }
    if (!ntok) return;
    this.or(h, 1 << bit);
    if (ntok > this.maxLen) this.maxLen = Math.min(ntok, 8);
  }
}

const DATA_FILE = srcAsset('annotators/entities/ner/data/gazetteers.txt.gz');

/**
 * Parse the compiled gazetteer text: sections start with "#name", then one phrase per line
 * (tokens separated by single spaces, lower case).
 */
/** `drop`: names of gazetteer sections to leave out (the model's cfg.gazDrop). */
export function loadGazetteer(drop: readonly string[] = [], file: URL | string = DATA_FILE): Gazetteer {
  const text = fs.existsSync(file) ? zlib.gunzipSync(fs.readFileSync(file)).toString('utf8') : '';
  // sections: [name, start, end) ranges of the text, parsed in place without splitting lines
  const sections: { name: string; start: number; end: number; lines: number }[] = [];
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    if (text.charCodeAt(pos) === 35 /* # */) sections.push({ name: text.slice(pos + 1, eol).trim(), start: eol + 1, end: eol + 1, lines: 0 });
    else if (sections.length && eol > pos) {
      // (lines of dropped sections are counted but not added)
      const cur = sections[sections.length - 1];
      cur.end = eol;
      cur.lines++;
    }
    pos = eol + 1;
  }
  const team = Object.entries(TEAM_LISTS).map(([name, phrases]) => ({ name, phrases: phrases.map((p) => p.split(' ').map(lowerForm).join(' ')) }));
  let total = 0;
  for (const s of sections) total += s.lines;
  for (const t of team) total += t.phrases.length;
  const gaz = new Gazetteer([...sections.map((s) => s.name), ...team.map((t) => t.name)], total * 1.3);
  sections.forEach((s, bit) => {
    if (drop.includes(s.name)) return;
    let p = s.start;
    while (p < s.end) {
      let eol = text.indexOf('\n', p);
      if (eol < 0 || eol > s.end) eol = s.end;
      if (eol > p) gaz.add(text, bit, p, eol);
      p = eol + 1;
    }
  });
  team.forEach((t, k) => {
    for (const p of t.phrases) gaz.add(p, sections.length + k);
  });
  return gaz;
}
