// Word ids: every token string of a document is looked up once in one table, and the per-word memos
// of the annotator (NER word facts, description heads, knowledge-base token facts) become arrays
// indexed by id. A Map lookup of a token string costs a few cache misses (the table slot, the key
// string); an array slot costs one, so the memos after the first are much cheaper.

import type { TokenTypes } from '../../doc/doc.ts';

/** Token string -> small integer id, shared by all documents; starts over past maxWords. */
export class WordIds {
  private readonly ids = new Map<string, number>();
  /** bumped when the table starts over: memos by id must then be emptied (IdMemo does it) */
  gen = 0;

  constructor(readonly maxWords = 100_000) {}

  /** Ids of `texts` (token strings), in a fresh array. */
  idsOf(texts: readonly string[]): Int32Array {
    const index = new Map<string, number>();
    const words: string[] = [];
    const ids = new Int32Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      let k = index.get(texts[i]);
      if (k === undefined) index.set(texts[i], (k = words.push(texts[i]) - 1));
      ids[i] = k;
    }
    return this.idsOfTypes({ ids, words });
  }

  /** Ids of a document's tokens from its vocabulary (Doc.tokenTypes()), in a fresh array. */
  idsOfTypes(types: TokenTypes): Int32Array {
    const words = types.words;
    // start over between documents only, so one document's ids are never renumbered
    if (this.ids.size + words.length > this.maxWords) {
      this.ids.clear();
      this.gen++;
    }
    // the shared table is asked once per distinct word of the document, not once per token
    const map = this.ids;
    const ofType = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      let id = map.get(words[k]);
      if (id === undefined) map.set(words[k], (id = map.size));
      ofType[k] = id;
    }
    const out = new Int32Array(types.ids.length);
    for (let i = 0; i < out.length; i++) out[i] = ofType[types.ids[i]];
    return out;
  }
}

/** The word ids of one document's tokens (indexed like doc.tokenTexts()), with their table. */
export interface DocWordIds {
  table: WordIds;
  ids: Int32Array;
}

/** A memo indexed by word id, emptied whenever its table renumbers (or another table is used). */
export class IdMemo<T> {
  private table: WordIds | null = null;
  private gen = -1;
  private slots: (T | undefined)[] = [];

  /** The slots for ids of `table`. */
  of(table: WordIds): (T | undefined)[] {
    if (this.table !== table || this.gen !== table.gen) {
      this.table = table;
      this.gen = table.gen;
      this.slots = [];
    }
    return this.slots;
  }

  clear(): void {
    this.slots = [];
  }
}

/** slots[id] = v, filling any gap below id first (a sparse write would turn the array into a slow dictionary). */
export function remember<T>(slots: (T | undefined)[], id: number, v: T): T {
  while (slots.length < id) slots.push(undefined);
  slots[id] = v;
  return v;
}
