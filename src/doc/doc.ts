import {
  DOC_SCHEMA_VERSION,
  LAYER_NAMES,
  type DocJSON,
  type DocMeta,
  type LayerName,
  type Layers,
  type Provenance,
  type Span,
} from './types.ts';

/** Doc.tokenTypes(): distinct token texts and, per token, the index of its text. */
export interface TokenTypes {
  ids: Int32Array;
  words: readonly string[];
}

/**
 * A document: an immutable text, its metadata and stand-off layers.
 * Layers are added once (by the pipeline) and never replaced, so every reader sees one fact in one place.
 */
export class Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: Readonly<DocMeta>;
  private readonly layerStore: Layers = {};
  private readonly provenanceStore: Partial<Record<LayerName, Provenance>> = {};
  private tokenTextCache: readonly string[] | undefined;
  private tokenTypeCache: TokenTypes | undefined;

  constructor(id: string, text: string, meta: DocMeta = {}) {
    if (typeof text !== 'string') throw new TypeError(`document ${id}: text must be a string`);
    this.id = id;
    this.text = text;
    this.meta = Object.freeze({ ...meta });
  }

  has(name: LayerName): boolean {
    return this.layerStore[name] !== undefined;
  }

  /** The layer, or an error naming what is missing (a missing layer means "not run"). */
  layer<K extends LayerName>(name: K): NonNullable<Layers[K]> {
    const value = this.layerStore[name];
    if (value === undefined) throw new Error(`document ${this.id}: layer "${name}" has not been produced`);
    return value as NonNullable<Layers[K]>;
  }

  get layers(): Readonly<Layers> {
    return this.layerStore;
  }

  get provenance(): Readonly<Partial<Record<LayerName, Provenance>>> {
    return this.provenanceStore;
  }

  /** Add a layer. Refuses to overwrite: one layer per fact. */
  addLayer<K extends LayerName>(name: K, items: NonNullable<Layers[K]>, provenance: Provenance): void {
    if (this.layerStore[name] !== undefined) {
      throw new Error(`document ${this.id}: layer "${name}" already exists (from ${this.provenanceStore[name]?.annotator})`);
    }
    this.layerStore[name] = items;
    this.provenanceStore[name] = provenance;
  }

  /**
   * The text of every token of the tokens layer, sliced once per document. Annotators that look token
   * strings up in their own tables share these strings: V8 keeps a string's hash in the string, so
   * only the first lookup of each token pays for hashing (and no annotator slices the text again).
   */
  tokenTexts(): readonly string[] {
    if (this.tokenTextCache) return this.tokenTextCache;
    const tokens = this.layer('tokens');
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.text.slice(tokens[i].start, tokens[i].end);
    this.tokenTextCache = out;
    return out;
  }

  /**
   * The document's vocabulary: its distinct token texts and, per token, the index of its text among
   * them. An annotator that looks words up in a large table (word classes, lexicons, weights) looks
   * each distinct word up once and reads the answer per token from an array: a news article has
   * about two tokens per distinct word, and the large tables' lookups are cache misses.
   */
  tokenTypes(): TokenTypes {
    if (this.tokenTypeCache) return this.tokenTypeCache;
    const texts = this.tokenTexts();
    const ids = new Int32Array(texts.length);
    const index = new Map<string, number>();
    const words: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      let id = index.get(texts[i]);
      if (id === undefined) {
        id = words.length;
        index.set(texts[i], id);
        words.push(texts[i]);
      }
      ids[i] = id;
    }
    this.tokenTypeCache = { ids, words };
    return this.tokenTypeCache;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  toJSON(): DocJSON {
    const layers: Layers = {};
    for (const name of LAYER_NAMES) {
      const value = this.layerStore[name];
      if (value !== undefined) (layers as Record<string, unknown>)[name] = value;
    }
    return {
      schema: DOC_SCHEMA_VERSION,
      id: this.id,
      text: this.text,
      meta: { ...this.meta },
      layers,
      provenance: { ...this.provenanceStore },
    };
  }

  static fromJSON(json: DocJSON): Doc {
    if (json.schema !== DOC_SCHEMA_VERSION) {
      throw new Error(`document ${json.id}: unsupported schema "${json.schema}" (expected ${DOC_SCHEMA_VERSION})`);
    }
    const doc = new Doc(json.id, json.text, json.meta);
    for (const name of LAYER_NAMES) {
      const value = json.layers[name];
      if (value === undefined) continue;
      const prov = json.provenance[name] ?? { annotator: 'unknown', version: '0' };
      doc.addLayer(name, value as never, prov);
    }
    return doc;
  }
}
