// A sentence-level PentaClass model that weighs the rule coder's events against the sentence's words:
// multinomial logistic regression over words, word pairs and the coder's candidate events (their
// roots, classes, trigger words and modality). Trained by scripts/train-events.ts on the visible
// training split (conflibert-train); the weights live in model/penta.json.gz, readable with gunzip.
// The coder uses it to order a sentence's events (the main event first) and to temper confidences.

import fs from 'node:fs';
import zlib from 'node:zlib';
import { srcAsset } from '../../util/assets.ts';
import { pentaClass } from './data/cameo.ts';

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

/** What the model knows of a word: whether it counts, its unigram weights, its bigram weights by the next word's stem. */
interface WordInfo {
  ok: boolean;
  stem: string;
  uni?: number[];
  bi?: Map<string, number[]>;
}

/** The class probabilities of a text given its words and its events (the benchmark's sentence label). */
export function classify(model: PentaModel, words: readonly string[], events: readonly { cameo: string; modality: string; confidence: number; trigger: { lemma: string } }[]): number[] {
  const ranked = [...events].sort((a, b) => b.confidence - a.confidence);
  return model.predict(sentenceFeatures(words, ranked.map((e) => ({ cameo: e.cameo, lemma: e.trigger.lemma, modality: e.modality }))));
}

export class PentaModel {
  private readonly weights: Map<string, number[]>;
  /** bigram weights by first stem, then second stem */
  private readonly bigrams = new Map<string, Map<string, number[]>>();
  /** words seen, with what the model knows of them (bounded) */
  private readonly wordCache = new Map<string, WordInfo>();

  private constructor(readonly data: PentaModelData) {
    this.weights = new Map(Object.entries(data.weights));
    for (const [f, w] of this.weights) {
      if (!f.startsWith('b:')) continue;
      const k = f.indexOf('_', 2);
      if (k < 0) continue;
      const a = f.slice(2, k);
      let m = this.bigrams.get(a);
      if (!m) this.bigrams.set(a, (m = new Map()));
      m.set(f.slice(k + 1), w);
    }
  }

  private info(word: string): WordInfo {
    let i = this.wordCache.get(word);
    if (i) return i;
    const w = word.toLowerCase();
    if (!WORD.test(w)) i = { ok: false, stem: '' };
    else {
      const st = stem(w);
      i = { ok: true, stem: st, uni: STOP.has(w) ? undefined : this.weights.get(`w:${st}`), bi: this.bigrams.get(st) };
    }
    if (this.wordCache.size > 100_000) this.wordCache.clear();
    this.wordCache.set(word, i);
    return i;
  }

  /**
   * The same as predict(sentenceFeatures(words, cands)), without building the feature strings: the
   * words' weights come from a cache, and are added once each in the same order.
   */
  predictSentence(words: readonly string[], cands: readonly CandidateView[]): number[] {
    const b = this.data.bias;
    const z = [b[0], b[1], b[2], b[3], b[4]];
    // the weight vectors added so far (a feature counts once, as in a feature set)
    const used: number[][] = [];
    const infos: WordInfo[] = [];
    for (const w of words) {
      const i = this.info(w);
      if (i.ok) infos.push(i);
    }
    for (let k = 0; k < infos.length; k++) {
      const w = infos[k].uni;
      if (w !== undefined && !used.includes(w)) addTo(z, w, used);
    }
    for (let k = 0; k + 1 < infos.length; k++) {
      const bi = infos[k].bi;
      const w = bi ? bi.get(infos[k + 1].stem) : undefined;
      if (w !== undefined && !used.includes(w)) addTo(z, w, used);
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
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
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
    const ranked = [...list].sort((a, b) => b.confidence - a.confidence);
    const p = model.predictSentence(wordsOf(sid), ranked.map((e) => ({ cameo: e.cameo, lemma: e.trigger.lemma, modality: e.modality })));
    for (const e of list) {
      const f = 1 - strength / 2 + strength * p[pentaClass(e.cameo)];
      // a bare statement stays a fallback whatever the words say
      const cap = e.cameo.startsWith('01') && e.cameo !== '015' && e.cameo !== '016' ? Math.max(e.confidence, 0.4) : 0.99;
      e.confidence = Math.round(Math.max(0.05, Math.min(cap, e.confidence * f)) * 100) / 100;
    }
  }
  return events;
}
