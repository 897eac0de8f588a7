// The lemma of a cue span: its main word in base form ("has also called for" -> "call for",
// "according to" -> "according to", "told" -> "tell").

import { BELIEF_VERBS, CUE_FILLERS, IRREGULAR, PHRASE_CUES, SPEECH_VERBS } from './data/cueVerbs.ts';

const KNOWN = new Set<string>([...SPEECH_VERBS, ...BELIEF_VERBS]);

/** Base form of a (verb) word: irregular table, then -ies/-ied, -ing, -ed, -s with known-verb checks. */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (KNOWN.has(w)) return w;
  const tries: string[] = [];
  if (/ies$|ied$/.test(w)) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    tries.push(stem, stem + 'e');
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) tries.push(stem.slice(0, -1));
  }
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    tries.push(stem, w.slice(0, -1));
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) tries.push(stem.slice(0, -1));
  }
  if (w.endsWith('es')) tries.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) tries.push(w.slice(0, -1));
  for (const t of tries) if (KNOWN.has(t)) return t;
  // unknown verb: the first regular guess is usually right (-ed/-ing/-s off)
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ed') && w.length > 4) return /[^aeiou][aeiou][^aeiouwy]ed$/.test(w) ? w.slice(0, -1) : w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

const CUE_LEMMAS = new Map<string, string>();

/** Lemma of a cue given as its lower-case words (cached: cues repeat). */
export function cueLemma(words: readonly string[]): string {
  // length-prefixed, so no two word lists share a key
  let key = '';
  for (const w of words) key += `${w.length}:${w}`;
  let lemma = CUE_LEMMAS.get(key);
  if (lemma === undefined) {
    lemma = findCueLemma(words);
    if (CUE_LEMMAS.size >= 10_000) CUE_LEMMAS.clear();
    CUE_LEMMAS.set(key, lemma);
  }
  return lemma;
}

function findCueLemma(words: readonly string[]): string {
  const ws = words.map((w) => w.toLowerCase().replace(/[’‘]/g, "'")).filter((w) => /[\p{L}]/u.test(w) || w === ':');
  if (ws.length === 0) return '';
  const text = ws.join(' ');
  for (const [phrase, lemma] of Object.entries(PHRASE_CUES)) {
    if (text === phrase || text.endsWith(` ${phrase}`) || text.startsWith(`${phrase} `)) return lemma;
  }
  if (ws.includes('according')) return 'according to';
  const main = ws.findIndex((w) => !CUE_FILLERS.has(w));
  if (main < 0) return ws[ws.length - 1] === ':' ? ':' : verbLemma(ws[ws.length - 1]);
  const lemma = verbLemma(ws[main]);
  // a particle or preposition belonging to the verb ("call for", "point out", "push back")
  const next = ws[main + 1];
  if (next && /^(?:for|on|out|back|up|off|down|about|against|to)$/.test(next) && main + 2 === ws.length) return `${lemma} ${next}`;
  return lemma;
}
