// Which way a time expression leans: past (-1), future (1) or unknown (0), from the verbs around it
// in its sentence. News convention: a bare weekday or month in past-tense reporting is the most
// recent one ("said Thursday"), in future tense the next one ("will meet Thursday").

import { FUTURE_CUES, NOT_PAST_ED, PAST_CUES } from './data/lexicon.ts';
import type { Tense } from './grammar.ts';

const CLAUSE_BREAK = new Set([';', '“', '”', '"', '—', '–', '(', ')']);

const PAST_AUX = new Set(['was', 'were', 'had', 'been']);

function cue(w: string, next: string, prev: string): Tense {
  if ((w === 'likely' || w === 'supposed' || w === 'going' || w === 'about') && next === 'to') return PAST_AUX.has(prev) ? -1 : 1;
  // reported future ("said it would announce the plan Friday"), not the conditional perfect ("would have")
  if (w === 'would' && next !== 'have' && next !== "'ve") return 1;
  if (FUTURE_CUES.has(w)) {
    // "by" and "until" only lean forward before a time ("by Friday"); "set" only as "set to"
    if (w === 'set' || w === 'due' || w === 'expected' || w === 'scheduled' || w === 'planned' || w === 'plans' || w === 'plan') {
      if (next !== 'to' && next !== 'for') return w === 'set' ? -1 : 0;
      return PAST_AUX.has(prev) ? -1 : 1; // "had been scheduled to expire Friday"
    }
    if (w === 'by' || w === 'until' || w === 'till' || w === 'next' || w === 'tomorrow' || w === 'upcoming') return 0;
    return 1;
  }
  if (PAST_CUES.has(w)) {
    if (w === 'last' || w === 'since' || w === 'ago' || w === 'yesterday' || w === 'earlier' || w === 'says') return 0;
    return -1;
  }
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && /^[a-z]+$/.test(w)) return -1;
  return 0;
}

/** The tense nearest to tokens [start, end) of a sentence given as lower-case words. */
export function tenseAround(words: readonly string[], start: number, end: number): Tense {
  // the nearest cue before the expression in its clause, else after it
  let before: Tense = 0;
  let dBefore = Infinity;
  for (let i = start - 1, d = 1; i >= 0 && d <= 12; i--, d++) {
    if (CLAUSE_BREAK.has(words[i])) break;
    const c = cue(words[i], words[i + 1] ?? '', words[i - 1] ?? '');
    if (c) {
      before = c;
      dBefore = d;
      break;
    }
  }
  let after: Tense = 0;
  let dAfter = Infinity;
  for (let i = end, d = 1; i < words.length && d <= 8; i++, d++) {
    if (CLAUSE_BREAK.has(words[i])) break;
    const c = cue(words[i], words[i + 1] ?? '', words[i - 1] ?? '');
    if (c) {
      after = c;
      dAfter = d;
      break;
    }
  }
  if (before && dBefore <= dAfter * 1.5) return before;
  if (after) return after;
  return before;
}
