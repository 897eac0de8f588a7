// The words of documents, interned across documents: a token's lower-case text is looked up from the
// characters of the lower-cased document itself, so a word seen before costs no new string. The
// strings kept are the engine's unique copies (internalized), so the coder's Set and Map lookups
// and its `===` tests against literal words compare pointers.

import { normLower } from './view.ts';

/** The first slot table's size (a power of two); it doubles as the table fills. */
const INITIAL_SLOTS = 1 << 14;
/** Entries kept at most: beyond, the table starts afresh (documents with endless new words). */
const MAX_ENTRIES = 1 << 18;

/** Per entry in `info`: its hash, its dictionary id, the caller's flags (-1: not set yet). */
const STRIDE = 3;
const HASH = 0;
const ID = 1;
const FLAGS = 2;

export class WordTable {
  /** per entry e: the lower-case text at 2e, its normalised form (normLower) at 2e + 1 */
  private strs: string[] = [];
  /** per entry: STRIDE numbers (hash, id, flags), side by side so a lookup reads one place */
  private info = new Int32Array(STRIDE * 1024);
  private count = 0;
  /** open addressing: entry index + 1 per slot (0: empty) */
  private slots = new Int32Array(INITIAL_SLOTS);
  /** counts the times the table started afresh (what callers keep per entry is then stale) */
  generation = 0;

  constructor(private readonly vocab: ReadonlyMap<string, number>) {}

  get size(): number {
    return this.count;
  }

  /** Room for `n` new words: the table starts afresh now rather than amid a document. */
  reserve(n: number): void {
    if (this.count + n > MAX_ENTRIES) this.clear();
  }

  /** The lower-case text of entry e. */
  lower(e: number): string {
    return this.strs[2 * e];
  }

  /** The normalised text of entry e (normLower: typographic apostrophes as ASCII). */
  norm(e: number): string {
    return this.strs[2 * e + 1];
  }

  /** The dictionary's id of entry e's normalised word (-1: no pattern has it). */
  id(e: number): number {
    return this.info[STRIDE * e + ID];
  }

  /** The caller's flags for entry e (a small non-negative number), -1 until set. */
  flags(e: number): number {
    return this.info[STRIDE * e + FLAGS];
  }

  setFlags(e: number, f: number): void {
    this.info[STRIDE * e + FLAGS] = f;
  }

  /**
   * The entry of text.slice(start, end): found by its characters, else added (the one place a string
   * is sliced). Entries stay valid until the next reserve() that starts afresh.
   */
  entryOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return this.add(text.slice(start, end), h, s);
      if (this.info[STRIDE * e + HASH] === h && this.strs[2 * e].length === len && sameChars(this.strs[2 * e], text, start)) return e;
    }
  }

  private add(w: string, h: number, slot: number): number {
    const e = this.count++;
    if (STRIDE * this.count > this.info.length) {
      const info = new Int32Array(this.info.length * 2);
      info.set(this.info);
      this.info = info;
    }
    const nw = internalized(normLower(w));
    this.strs.push(internalized(w), nw);
    this.info[STRIDE * e + HASH] = h;
    this.info[STRIDE * e + ID] = this.vocab.get(nw) ?? -1;
    this.info[STRIDE * e + FLAGS] = -1;
    this.slots[slot] = e + 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return e;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let s = this.info[STRIDE * e + HASH] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    }
    this.slots = slots;
  }

  private clear(): void {
    this.strs = [];
    this.info = new Int32Array(STRIDE * 1024);
    this.count = 0;
    this.slots = new Int32Array(INITIAL_SLOTS);
    this.generation++;
  }
}

/**
 * The engine's unique copy of a string (the one a property name uses): comparing two such copies,
 * as the coder's Sets, Maps and `===` tests of words against literals do, is a pointer comparison.
 */
function internalized(s: string): string {
  for (const k in { [s]: 0 }) return k;
  return s;
}

/** Whether text at `start` holds the characters of `w`. */
function sameChars(w: string, text: string, start: number): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
