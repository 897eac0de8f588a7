// A sentence-level PentaClass model that weighs the rule coder's events against the sentence's words:
// multinomial logistic regression over words, word pairs and the coder's candidate events (their
// roots, classes, trigger words and modality). Trained by scripts/train-events.ts on the visible
// training split (conflibert-train); the weights live in model/penta.json.gz, readable with gunzip.
// The coder uses it to order a sentence's events (the main event first) and to temper confidences.

import fs from 'node:fs';
import zlib from 'node:zlib';
import { srcAsset } from '../../util/assets.ts';
import { pentaClass } from './data/cameo.ts';
import { sortStable } from './sort.ts';

/** The built-in model, found from the sources or from the bundle in dist/. */
export const MODEL_FILE = srcAsset('annotators/events/model/penta.json.gz');

export const PENTA_CLASSES = ['statement or appeal', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;

export interface PentaModelData {
  format: 'newsgraph.events.penta/1';
  /** what the weights were trained on, and how well they did. cv_macro_f1: the 5-fold cross-validated macro F1 of the model's own PentaClass (what `classify` gives); cv: every variant the training script measured */
  trained: { data: string; rows: number; cv_macro_f1?: number; cv?: Record<string, number>; epochs: number; l2: number };
  bias: number[];
  /** feature -> 5 weights */
  weights: Record<string, number[]>;
}

/** What the model needs to know of a candidate event. */
export interface CandidateView {
  cameo: string;
  lemma: string;
  modality: string;
  frame?: string;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'on', 'for', 'at', 'by', 'with', 'from', 'as', 'that', 'this', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'his', 'her', 'their']);

/** Crude stem: enough to share "attacks"/"attacked"/"attacking". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const WORD = /^[a-z][a-z'-]*$/;

/** The features of one sentence: its words and the coder's candidate events. */
export function sentenceFeatures(words: readonly string[], cands: readonly CandidateView[]): string[] {
  const out = new Set<string>();
  const ws = words.map((w) => w.toLowerCase()).filter((w) => WORD.test(w));
  for (const w of ws) if (!STOP.has(w)) out.add(`w:${stem(w)}`);
  for (let i = 0; i + 1 < ws.length; i++) out.add(`b:${stem(ws[i])}_${stem(ws[i + 1])}`);
  for (const f of candidateFeatures(cands)) out.add(f);
  return [...out];
}

/** The features of the coder's candidate events (the part of sentenceFeatures that is not words). */
function candidateFeatures(cands: readonly CandidateView[]): string[] {
  const out = new Set<string>();
  let asserted = 0;
  cands.forEach((c, k) => {
    const root = c.cameo.slice(0, 2);
    if (c.modality === 'asserted') {
      asserted++;
      out.add(`r:${root}`);
      out.add(`p:${pentaClass(c.cameo)}`);
      out.add(`l:${c.lemma}`);
      if (k === 0) out.add(`r1:${root}`);
      if (c.frame) out.add(`f:${c.frame}`);
    } else {
      out.add(`m:${c.modality}:${root}`);
    }
  });
  out.add(asserted ? `n:${Math.min(asserted, 3)}` : 'n:0');
  return [...out];
}

function addTo(z: number[], w: number[], used: number[][]): void {
  used.push(w);
  z[0] += w[0];
  z[1] += w[1];
  z[2] += w[2];
  z[3] += w[3];
  z[4] += w[4];
}

/** What the model knows of a word: whether it counts, its unigram weights, the number of its stem in the bigrams (-1: none). */
export interface WordInfo {
  ok: boolean;
  stem: string;
  uni?: number[];
  sid: number;
}

/** The class probabilities of a text given its words and its events (the benchmark's sentence label). */
export function classify(model: PentaModel, words: readonly string[], events: readonly { cameo: string; modality: string; confidence: number; trigger: { lemma: string } }[]): number[] {
  const ranked = [...events].sort((a, b) => b.confidence - a.confidence);
  return model.predict(sentenceFeatures(words, ranked.map((e) => ({ cameo: e.cameo, lemma: e.trigger.lemma, modality: e.modality }))));
}

export class PentaModel {
  private readonly weights: Map<string, number[]>;
  /** the stems of the bigram features, numbered */
  private readonly stemIds = new Map<string, number>();
  /**
   * Bigram weights by the numbers of their first and second stems: an open-addressing table (one
   * probe in two typed arrays per word pair, where a Map per first stem cost several scattered reads)
   */
  private readonly pairFirst: Int32Array;
  private readonly pairSecond: Int32Array;
  private readonly pairWeights: number[][];
  private readonly pairBits: number;
  /** words seen, with what the model knows of them (bounded) */
  private readonly wordCache = new Map<string, WordInfo>();

  private constructor(readonly data: PentaModelData) {
    this.weights = new Map(Object.entries(data.weights));
    const pairs: [number, number, number[]][] = [];
    const idOf = (st: string): number => {
      let id = this.stemIds.get(st);
      if (id === undefined) this.stemIds.set(st, (id = this.stemIds.size));
      return id;
    };
    for (const [f, w] of this.weights) {
      if (!f.startsWith('b:')) continue;
      const k = f.indexOf('_', 2);
      if (k < 0) continue;
      pairs.push([idOf(f.slice(2, k)), idOf(f.slice(k + 1)), w]);
    }
    let bits = 4;
    while (1 << bits < pairs.length * 2) bits++;
    this.pairBits = bits;
    // first and second numbers + 1 (0: an empty slot)
    this.pairFirst = new Int32Array(1 << bits);
    this.pairSecond = new Int32Array(1 << bits);
    this.pairWeights = new Array<number[]>(1 << bits);
    const mask = (1 << bits) - 1;
    for (const [a, b, w] of pairs) {
      let slot = this.pairSlot(a, b);
      // (a pair's feature name is unique: `b:${first}_${second}` splits at its first "_")
      while (this.pairFirst[slot] !== 0) slot = (slot + 1) & mask;
      this.pairFirst[slot] = a + 1;
      this.pairSecond[slot] = b + 1;
      this.pairWeights[slot] = w;
    }
  }

  private pairSlot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca6b)) >>> (32 - this.pairBits);
  }

  /** The weights of the bigram of stems numbered a then b, if the model has it. */
  private bigram(a: number, b: number): number[] | undefined {
    const mask = (1 << this.pairBits) - 1;
    for (let slot = this.pairSlot(a, b); ; slot = (slot + 1) & mask) {
      const first = this.pairFirst[slot];
      if (first === 0) return undefined;
      if (first === a + 1 && this.pairSecond[slot] === b + 1) return this.pairWeights[slot];
    }
  }

  private info(word: string): WordInfo {
    let i = this.wordCache.get(word);
    if (i) return i;
    const w = word.toLowerCase();
    if (!WORD.test(w)) i = { ok: false, stem: '', sid: -1 };
    else {
      const st = stem(w);
      i = { ok: true, stem: st, uni: STOP.has(w) ? undefined : this.weights.get(`w:${st}`), sid: this.stemIds.get(st) ?? -1 };
    }
    if (this.wordCache.size > 100_000) this.wordCache.clear();
    this.wordCache.set(word, i);
    return i;
  }

  /** What the model knows of a word (remembered): a caller that numbers its words may keep it per word. */
  wordInfo(word: string): WordInfo {
    return this.info(word);
  }

  /**
   * The same as predict(sentenceFeatures(words, cands)), without building the feature strings: the
   * words' weights come from a cache, and are added once each in the same order.
   */
  predictSentence(words: readonly string[], cands: readonly CandidateView[]): number[] {
    const infos: WordInfo[] = [];
    for (const w of words) infos.push(this.info(w));
    return this.predictInfos(infos, cands);
  }

  /** predictSentence given what the model knows of each word of the sentence (wordInfo). */
  predictInfos(words: readonly WordInfo[], cands: readonly CandidateView[]): number[] {
    const b = this.data.bias;
    const z = [b[0], b[1], b[2], b[3], b[4]];
    // the weight vectors added so far (a feature counts once, as in a feature set)
    const used: number[][] = [];
    // the words that count (ok), then the pairs of them that follow each other once the others are left out
    for (let k = 0; k < words.length; k++) {
      const w = words[k].ok ? words[k].uni : undefined;
      if (w !== undefined && !used.includes(w)) addTo(z, w, used);
    }
    let prev: WordInfo | undefined;
    for (let k = 0; k < words.length; k++) {
      const i = words[k];
      if (!i.ok) continue;
      const w = prev && prev.sid >= 0 && i.sid >= 0 ? this.bigram(prev.sid, i.sid) : undefined;
      if (w !== undefined && !used.includes(w)) addTo(z, w, used);
      prev = i;
    }
    for (const f of candidateFeatures(cands)) {
      const w = this.weights.get(f);
      if (w !== undefined && !used.includes(w)) addTo(z, w, used);
    }
    return softmax(z);
  }

  static fromData(data: PentaModelData): PentaModel {
    if (data.format !== 'newsgraph.events.penta/1') throw new Error(`events: unknown model format "${(data as { format?: string }).format}"`);
    return new PentaModel(data);
  }

  /** The built-in model, or one at `file` (JSON, gzipped or not); null when the file is absent. */
  static load(file?: string): PentaModel | null {
    const f = file ?? MODEL_FILE;
    if (!fs.existsSync(f)) return null;
    const buf = fs.readFileSync(f);
    const text = f.endsWith('.gz') ? zlib.gunzipSync(buf).toString('utf8') : buf.toString('utf8');
    return PentaModel.fromData(JSON.parse(text) as PentaModelData);
  }

  /** Class probabilities for a sentence's features. */
  predict(features: readonly string[]): number[] {
    const b = this.data.bias;
    const z = [b[0], b[1], b[2], b[3], b[4]];
    for (let i = 0; i < features.length; i++) {
      const w = this.weights.get(features[i]);
      if (w === undefined) continue;
      z[0] += w[0];
      z[1] += w[1];
      z[2] += w[2];
      z[3] += w[3];
      z[4] += w[4];
    }
    return softmax(z);
  }
}

export function softmax(z: readonly number[]): number[] {
  // (loops, not max(...z), map and reduce: the same arithmetic in the same order, one array)
  let m = -Infinity;
  for (let i = 0; i < z.length; i++) m = Math.max(m, z[i]);
  const e = new Array<number>(z.length);
  let s = 0;
  for (let i = 0; i < z.length; i++) s += e[i] = Math.exp(z[i] - m);
  for (let i = 0; i < z.length; i++) e[i] /= s;
  return e;
}

/**
 * Train weights by stochastic gradient descent (AdaGrad, L2) on feature lists and class labels.
 * Deterministic: the order of examples is shuffled with a fixed seed.
 */
export function trainPenta(xs: readonly string[][], ys: readonly number[], opts: { epochs: number; l2: number; lr: number; minCount: number; seed: number }): { bias: number[]; weights: Map<string, number[]> } {
  const counts = new Map<string, number>();
  for (const x of xs) for (const f of x) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= opts.minCount;
  const weights = new Map<string, number[]>();
  const grads = new Map<string, number[]>();
  const bias = [0, 0, 0, 0, 0];
  const gbias = [1e-6, 1e-6, 1e-6, 1e-6, 1e-6];
  const order = xs.map((_, i) => i);
  let seed = opts.seed >>> 0 || 1;
  const rand = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const feats = xs[idx].filter(keep);
      const z = [...bias];
      for (const f of feats) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < 5; k++) z[k] += w[k];
      }
      const p = softmax(z);
      for (let k = 0; k < 5; k++) {
        const g = p[k] - (ys[idx] === k ? 1 : 0);
        gbias[k] += g * g;
        bias[k] -= (opts.lr * g) / Math.sqrt(gbias[k]);
        for (const f of feats) {
          let w = weights.get(f);
          let gg = grads.get(f);
          if (!w || !gg) {
            w = [0, 0, 0, 0, 0];
            gg = [1e-6, 1e-6, 1e-6, 1e-6, 1e-6];
            weights.set(f, w);
            grads.set(f, gg);
          }
          const gk = g + opts.l2 * w[k];
          gg[k] += gk * gk;
          w[k] -= (opts.lr * gk) / Math.sqrt(gg[k]);
        }
      }
    }
  }
  return { bias, weights };
}

/**
 * How strongly the model's view moves a rule event's confidence (0: not at all). The model knows the
 * sentence's main class, not whether a second event is real: a mild strength orders a sentence's
 * events without drowning its secondary ones (5-fold macro F1 of the first event's class on the
 * training data: rules 0.793, strength 0.5: 0.826, 1.2: 0.837, 2.0: 0.835).
 */
export const FUSION_STRENGTH = 0.5;

/**
 * Temper each event's confidence with the model's probability of the event's class in its sentence:
 * confidence x (1 - s/2 + s x P(class)), so an event the words agree with rises and one they do not
 * sinks. Events of other modalities count as context only.
 */
export function fuseEvents<E extends { sentence: string; cameo: string; modality: string; confidence: number; trigger: { lemma: string } }>(
  events: E[],
  wordsOf: (sentence: string) => readonly string[],
  model: PentaModel,
  strength = FUSION_STRENGTH,
  /** what the model knows of the sentence's words (model.wordInfo), when the caller keeps it: then wordsOf is not asked */
  infosOf?: (sentence: string) => readonly WordInfo[],
): E[] {
  const bySentence = new Map<string, E[]>();
  for (const e of events) {
    const list = bySentence.get(e.sentence) ?? [];
    list.push(e);
    bySentence.set(e.sentence, list);
  }
  for (const [sid, list] of bySentence) {
    // sentences that only state something: nothing to weigh
    if (list.every((e) => e.cameo.startsWith('01') || e.modality !== 'asserted')) continue;
    const ranked = sortStable([...list], (a, b) => b.confidence - a.confidence);
    const cands = ranked.map((e) => ({ cameo: e.cameo, lemma: e.trigger.lemma, modality: e.modality }));
    const p = infosOf ? model.predictInfos(infosOf(sid), cands) : model.predictSentence(wordsOf(sid), cands);
    for (const e of list) {
      const f = 1 - strength / 2 + strength * p[pentaClass(e.cameo)];
      // a bare statement stays a fallback whatever the words say
      const cap = e.cameo.startsWith('01') && e.cameo !== '015' && e.cameo !== '016' ? Math.max(e.confidence, 0.4) : 0.99;
      e.confidence = Math.round(Math.max(0.05, Math.min(cap, e.confidence * f)) * 100) / 100;
    }
  }
  return events;
}
