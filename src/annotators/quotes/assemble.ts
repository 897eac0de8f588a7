// Tagger labels -> attributions: each content span is joined to the cue that introduces it and each
// cue to its source, within the sentence; a quoted stretch with no cue of its own goes on the
// attribution before it ("“…,” he said. “…”", and a quote running on into the next paragraph).

import type { Span, Token } from '../../doc/types.ts';
import { B_C, B_Q, B_S, I_C, I_Q, I_S, MarkRole, type TokenFacts } from './features.ts';

export interface TokenSpan {
  /** token range [a, b) */
  a: number;
  b: number;
  kind: 'source' | 'cue' | 'content';
  sentence: number;
  paragraph: number;
  /** mean stage-2 margin of its tokens */
  margin: number;
}

export interface RawAttribution {
  contents: TokenSpan[];
  /** index of the first content of the attribution this one continues (same group), or -1 */
  continues: number;
  cue: TokenSpan | null;
  source: TokenSpan | null;
  /** a turn of a transcript ("SMITH: …"): the colon is the cue, the content is direct speech */
  turn?: boolean;
}

export function labelSpans(f: TokenFacts, labels: Uint8Array, margin: Float32Array): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  const n = labels.length;
  while (i < n) {
    const l = labels[i];
    let kind: TokenSpan['kind'] | null = null;
    let inside = 0;
    if (l === B_S || l === I_S) {
      kind = 'source';
      inside = I_S;
    } else if (l === B_C || l === I_C) {
      kind = 'cue';
      inside = I_C;
    } else if (l === B_Q || l === I_Q) {
      kind = 'content';
      inside = I_Q;
    }
    if (!kind) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && labels[j] === inside && f.paragraph[j] === f.paragraph[i]) j++;
    let m = 0;
    for (let k = i; k < j; k++) m += margin[k];
    out.push({ a: i, b: j, kind, sentence: f.sentence[i], paragraph: f.paragraph[i], margin: m / (j - i) });
    i = j;
  }
  return out;
}

/** Does the sentence of token span s overlap the sentences [s0, s1] of span x? */
function sentencesOf(x: TokenSpan, f: TokenFacts): [number, number] {
  return [f.sentence[x.a], f.sentence[x.b - 1]];
}

function gap(x: TokenSpan, y: TokenSpan): number {
  if (x.b <= y.a) return y.a - x.b;
  if (y.b <= x.a) return x.a - y.b;
  return 0;
}

/** Is the content span a stretch in quotation marks (most of its tokens inside double marks)? */
export function quotedShare(f: TokenFacts, x: TokenSpan): number {
  let q = 0;
  for (let k = x.a; k < x.b; k++) if (f.inQuote[k] & 1) q++;
  return q / (x.b - x.a);
}

export function assemble(f: TokenFacts, spans: TokenSpan[]): RawAttribution[] {
  const cues = spans.filter((s) => s.kind === 'cue');
  const sources = spans.filter((s) => s.kind === 'source');
  const contents = spans.filter((s) => s.kind === 'content');
  // sources right next to a cue ("X said", "said X") belong to it
  const adjacentTo = new Map<TokenSpan, TokenSpan>();
  for (const cue of cues) {
    const before = sources.find((s) => s.paragraph === cue.paragraph && (s.b === cue.a || (s.b === cue.a - 1 && f.words[s.b] === ',')));
    const after = sources.find((s) => s.paragraph === cue.paragraph && s.a === cue.b);
    const adj = before ?? after;
    if (adj) adjacentTo.set(cue, adj);
  }
  const taken = new Set(adjacentTo.values());
  const sourceOf = new Map<TokenSpan, TokenSpan | null>();
  const findSource = (cue: TokenSpan): TokenSpan | null => {
    if (sourceOf.has(cue)) return sourceOf.get(cue) ?? null;
    let best: TokenSpan | null = adjacentTo.get(cue) ?? null;
    if (!best) {
      const [s0, s1] = sentencesOf(cue, f);
      const prev = cue.a > 0 ? f.words[cue.a - 1] : '';
      // a participle ("…, saying") or a second verb ("… and predicted") takes the subject of the sentence
      const subjectOfSentence = (/ing$/.test(f.words[cue.a]) && !BE_WORDS.has(prev)) || prev === 'and' || prev === 'but';
      let bestScore = Infinity;
      for (const s of sources) {
        if (s.paragraph !== cue.paragraph) continue;
        const [t0, t1] = sentencesOf(s, f);
        if (t1 < s0 || t0 > s1) continue;
        // the subject before the cue is preferred to a source after it ("said X"), a close one to a far
        // one, a free one to one that another cue has next to it
        let d = gap(s, cue) + (s.a > cue.a ? 0.5 : 0) + (taken.has(s) ? 100 : 0);
        if (subjectOfSentence && s.b <= cue.a) d = s.a - 1000 + (taken.has(s) ? 100 : 0);
        if (d < bestScore) {
          bestScore = d;
          best = s;
        }
      }
    }
    // a passive cue ("was asked", "is expected") has no source before it: its subject is content
    if (best && best.b <= cue.a && isPassiveCue(f, cue)) best = null;
    sourceOf.set(cue, best);
    return best;
  };
  const out: RawAttribution[] = [];
  const cueOfContent = new Map<TokenSpan, TokenSpan | null>();
  for (const c of contents) {
    const [s0, s1] = sentencesOf(c, f);
    let best: TokenSpan | null = null;
    let bestScore = Infinity;
    for (const cue of cues) {
      if (cue.paragraph !== c.paragraph) continue;
      const [t0, t1] = sentencesOf(cue, f);
      if (t1 < s0 || t0 > s1) continue;
      const d = gap(c, cue);
      if (d < bestScore) {
        bestScore = d;
        best = cue;
      }
    }
    cueOfContent.set(c, best);
  }
  // group contents by cue; contents without a cue continue the previous quoted attribution
  const byCue = new Map<TokenSpan, RawAttribution>();
  let last: RawAttribution | null = null;
  for (const c of contents) {
    const cue = cueOfContent.get(c) ?? null;
    if (cue) {
      let at = byCue.get(cue);
      if (!at) {
        at = { contents: [], continues: -1, cue, source: findSource(cue) };
        byCue.set(cue, at);
        out.push(at);
      }
      at.contents.push(c);
      last = at;
      continue;
    }
    const quoted = quotedShare(f, c) >= 0.5;
    if (quoted && last && last.cue && c.paragraph - last.contents[last.contents.length - 1].paragraph <= 1) {
      if (c.paragraph === last.contents[0].paragraph) last.contents.push(c);
      else {
        const at: RawAttribution = { contents: [c], continues: out.indexOf(last), cue: last.cue, source: last.source };
        out.push(at);
        last = at;
      }
      continue;
    }
    const at: RawAttribution = { contents: [c], continues: -1, cue: null, source: null };
    out.push(at);
    last = quoted ? null : last;
  }
  // a cue no content joined: its content holds another attribution ("X say Y, according to a poll";
  // "Song said Clinton had said Y"), which the labels cannot show; take the rest of the sentence
  for (const cue of cues) {
    if (byCue.has(cue)) continue;
    const source = findSource(cue);
    // a content that ran on from the sentence before into this cue's sentence ends there; the rest is
    // this cue's ("… engulfing her. Clinton “caused havoc,” he said.")
    const unit = f.sentence[cue.a];
    let taken: TokenSpan | null = null;
    for (const at of out) {
      for (const [ci, c] of at.contents.entries()) {
        if (c.a >= cue.a || f.sentence[c.a] === unit || f.sentence[Math.min(c.b, cue.a) - 1] !== unit || c.paragraph !== cue.paragraph) continue;
        let cut = c.a;
        while (cut < c.b && f.sentence[cut] !== unit) cut++;
        if (cut - c.a < 2 || Math.min(c.b, cue.a) - cut < 2) continue;
        at.contents[ci] = { ...c, b: cut };
        taken = { ...c, a: cut, b: Math.min(c.b, cue.a), sentence: unit };
        while (taken.b > taken.a && isPunct(f, taken.b - 1)) taken.b--;
      }
    }
    if (taken && taken.b > taken.a) {
      out.push({ contents: [taken], continues: -1, cue, source });
      byCue.set(cue, out[out.length - 1]);
      continue;
    }
    // a participle ("…, asking not to be named", "…, saying") says what follows it, never the clause
    // before it: that clause belongs to the verb of the sentence
    if (/ing$/.test(f.words[cue.a]) && cue.a > 0 && f.words[cue.a - 1] === ',') continue;
    const content = outerContent(f, cue, source);
    if (!content) continue;
    out.push({ contents: [content], continues: -1, cue, source });
  }
  for (const at of out) if (at.cue && isAccordingTo(f, at.cue)) accordingTo(f, at);
  const kept = out.filter((at) => at.contents.length > 0);
  kept.sort((x, y) => x.contents[0].a - y.contents[0].a);
  // continuation indices point into `out`; map them to `kept`
  for (const at of kept) if (at.continues >= 0) at.continues = kept.indexOf(out[at.continues]);
  return kept;
}

const BE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const PARTICIPLES = /^(?:told|said|asked|seen|known|thought|shown|written|found|given|expected|considered|believed|reported|quoted|described|accused|criticized|urged|called|named)$/;

/** "was asked", "is expected to", "has been accused of": a cue whose grammatical subject does not speak. */
export function isPassiveCue(f: TokenFacts, cue: TokenSpan): boolean {
  for (let k = cue.a; k + 1 < cue.b; k++) {
    if (!BE_WORDS.has(f.words[k])) continue;
    let j = k + 1;
    while (j < cue.b - 1 && /ly$|^not$|^also$|^widely$/.test(f.words[j])) j++;
    const w = f.words[j];
    if (w === 'said' || w === 'quoted') return false;
    if (/ed$/.test(w) || PARTICIPLES.test(w)) return true;
  }
  return false;
}

function isAccordingTo(f: TokenFacts, cue: TokenSpan): boolean {
  return cue.b - cue.a >= 2 && f.words[cue.b - 2] === 'according' && f.words[cue.b - 1] === 'to';
}

const NP_STOP = new Set([',', '.', ';', ':', '-', '(', ')', '?', '!', '<Q', 'Q>', '<q', 'q>', 'Q?']);

/**
 * "according to X": X is the source, whatever the labels said; the content is the rest of the
 * sentence on the other side of the comma ("According to X, …" / "…, according to X.").
 */
function accordingTo(f: TokenFacts, at: RawAttribution): void {
  const cue = at.cue as TokenSpan;
  const unit = f.sentence[cue.a];
  let e = cue.b;
  while (e < f.n && e < cue.b + 15 && f.sentence[e] === unit && f.paragraph[e] === cue.paragraph && !NP_STOP.has(f.words[e])) e++;
  if (e === cue.b) return;
  if (!at.source || at.source.a !== cue.b || at.source.b < e) at.source = { a: cue.b, b: e, kind: 'source', sentence: unit, paragraph: cue.paragraph, margin: cue.margin };
  const src = at.source;
  at.contents = at.contents
    .map((c) => {
      if (c.b <= src.a || c.a >= src.b) return c;
      // the content ran over the source: keep what follows it (after the comma) or what precedes the cue
      if (c.a >= cue.a) {
        let a = src.b;
        while (a < c.b && isPunct(f, a)) a++;
        return a < c.b ? { ...c, a } : null;
      }
      return { ...c, b: cue.a };
    })
    .filter((c): c is TokenSpan => c !== null && c.b > c.a);
  if (at.contents.length === 0 && cue.a > 0 && (cue.a === 0 || f.sentence[cue.a - 1] !== unit || isPunct(f, cue.a - 1))) {
    // sentence-initial "According to X, content."
    let a = src.b;
    while (a < f.n && f.sentence[a] === unit && isPunct(f, a)) a++;
    let b = a;
    while (b < f.n && f.sentence[b] === unit && f.paragraph[b] === cue.paragraph) b++;
    while (b > a && isPunct(f, b - 1)) b--;
    if (b - a >= 3 && f.sentence[cue.a - 1] !== unit) at.contents = [{ a, b, kind: 'content', sentence: unit, paragraph: cue.paragraph, margin: cue.margin }];
  }
  // "…, according to X." closing its sentence: the content is the clause from the sentence start (an
  // apposition after the subject, "The soldiers, some of whom …, crossed …", is not where it begins)
  if (at.contents.length === 1 && cue.a > 0 && f.words[cue.a - 1] === ',' && src.b >= sentenceEnd(f, cue.a) - 1) {
    const c = at.contents[0];
    let a = cue.a;
    while (a > 0 && f.sentence[a - 1] === unit && f.paragraph[a - 1] === cue.paragraph) a--;
    while (a < c.a && isPunct(f, a)) a++;
    if (c.b <= cue.a && f.sentence[c.a] === unit && a < c.a && !f.inQuote[a]) at.contents = [{ ...c, a }];
  }
}

function sentenceEnd(f: TokenFacts, i: number): number {
  let e = i;
  while (e < f.n && f.sentence[e] === f.sentence[i] && f.paragraph[e] === f.paragraph[i]) e++;
  return e;
}

function isPunct(f: TokenFacts, i: number): boolean {
  return !f.alnum[i] && f.words[i].length > 0;
}

/** The content of a cue at the end of its sentence ("…, according to the poll.", "…, Jones said.") is what comes before it. */
function outerContent(f: TokenFacts, cue: TokenSpan, source: TokenSpan | null): TokenSpan | null {
  const unit = f.sentence[cue.a];
  let u0 = cue.a;
  while (u0 > 0 && f.sentence[u0 - 1] === unit && f.paragraph[u0 - 1] === cue.paragraph) u0--;
  let u1 = cue.b;
  while (u1 < f.n && f.sentence[u1] === unit && f.paragraph[u1] === cue.paragraph) u1++;
  const lo = Math.min(cue.a, source ? source.a : cue.a);
  const hi = Math.max(cue.b, source ? source.b : cue.b);
  // what follows the attribution block, without punctuation
  let after = hi;
  while (after < u1 && isPunct(f, after)) after++;
  let end = u1;
  while (end > after && isPunct(f, end - 1)) end--;
  const tail = end - after;
  let start = u0;
  while (start < lo && isPunct(f, start)) start++;
  let stop = lo;
  while (stop > start && isPunct(f, stop - 1)) stop--;
  const head = stop - start;
  const margin = cue.margin;
  // (taking what follows a cue inside the sentence was measured too: it costs more precision than it
  // brings recall, so only the cue closing its sentence gets an outer content)
  if (head >= 3 && tail <= 4 && lo > u0 && isPunct(f, lo - 1)) {
    return { a: start, b: stop, kind: 'content', sentence: unit, paragraph: cue.paragraph, margin };
  }
  return null;
}

/** Character span of a token range, without the quotation marks and punctuation at its edges. */
export function charSpan(tokens: readonly Token[], f: TokenFacts, a: number, b: number, trimMarks: boolean): Span {
  let x = a;
  let y = b;
  if (trimMarks) {
    while (x < y - 1 && (tokens[x].kind === 'quote' || (tokens[x].kind === 'punct' && f.words[x] !== '-'))) x++;
    while (y > x + 1 && (tokens[y - 1].kind === 'quote' || tokens[y - 1].kind === 'punct')) y--;
  }
  return { start: tokens[x].start, end: tokens[y - 1].end };
}

export function isMark(f: TokenFacts, i: number): boolean {
  const m = f.mark[i];
  return m === MarkRole.OpenDouble || m === MarkRole.CloseDouble;
}


const LONE_DETERMINERS = new Set(['one', 'a', 'an', 'the', 'another', 'some', 'each', 'this', 'that', 'these', 'those', 'two', 'three', 'several', 'many']);

/**
 * Two repairs of tagger spans that are never right: a cue does not run over a comma ("said, asking not
 * to be named" -> "said"), and a source that is a lone determiner ("one") with the cue starting on a
 * noun ("one | agent said") takes the words up to the verb of saying or believing.
 */
export function repairSpans(f: TokenFacts, spans: TokenSpan[]): TokenSpan[] {
  for (let k = 0; k < spans.length; k++) {
    const c = spans[k];
    if (c.kind !== 'cue') continue;
    const prev = k > 0 ? spans[k - 1] : null;
    if (prev && prev.kind === 'source' && prev.b === c.a && prev.b - prev.a === 1 && LONE_DETERMINERS.has(f.words[prev.a])) {
      let v = c.a;
      while (v < c.b && !f.known[v]) v++;
      if (v > c.a && v < c.b) {
        spans[k - 1] = { ...prev, b: v };
        spans[k] = { ...c, a: v };
      }
    }
    const cue = spans[k];
    for (let j = cue.a + 1; j < cue.b; j++) {
      if (f.words[j] === ',') {
        spans[k] = { ...cue, b: j };
        break;
      }
    }
  }
  return spans;
}
