// Word forms for the pattern dictionary: every form of a verb lemma (attack -> attacks, attacked,
// attacking) and of a noun (strike -> strikes). Generated generously: a form that never occurs in
// English ("visitted") costs nothing, a missing one loses matches.

import { DOUBLING, IRREGULAR_VERBS } from './data/lexicon.ts';

const VOWEL = /[aeiou]/;

function doubles(lemma: string): boolean {
  if (DOUBLING.has(lemma)) return true;
  // one-syllable consonant-vowel-consonant words: ban -> banned, stop -> stopped
  return /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(lemma);
}

/** Third person singular, past / participle and -ing forms of a verb, plus irregular forms. */
export function verbForms(lemma: string, opts: { base?: boolean } = {}): string[] {
  const out = new Set<string>();
  const base = opts.base !== false;
  if (base) out.add(lemma);
  let irregular = IRREGULAR_VERBS[lemma];
  // prefixed irregular verbs inflect like their base: retake -> retook, retaken; outrun -> outran
  if (!irregular) {
    const m = /^(re|out|over|under|mis|fore|with|up)(.+)$/.exec(lemma);
    const base = m ? IRREGULAR_VERBS[m[2]] : undefined;
    if (m && base && m[2].length > 2 && m[2] !== 'be' && m[2] !== 'have' && m[2] !== 'do') irregular = base.map((f) => m[1] + f);
  }
  if (irregular) for (const f of irregular) out.add(f);
  if (lemma === 'be' || lemma === 'have' || lemma === 'do') return [...out];
  // -s
  if (base) {
    if (/(s|x|z|ch|sh|o)$/.test(lemma)) out.add(`${lemma}es`);
    else if (/[^aeiou]y$/.test(lemma)) out.add(`${lemma.slice(0, -1)}ies`);
    else out.add(`${lemma}s`);
  }
  // -ed / -ing
  if (lemma.endsWith('ie')) {
    out.add(`${lemma}d`);
    out.add(`${lemma.slice(0, -2)}ying`);
  } else if (lemma.endsWith('ee') || lemma.endsWith('oe') || lemma.endsWith('ye')) {
    out.add(`${lemma}d`);
    out.add(`${lemma}ing`);
  } else if (lemma.endsWith('e')) {
    out.add(`${lemma}d`);
    out.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    out.add(`${lemma.slice(0, -1)}ied`);
    out.add(`${lemma}ing`);
  } else if (lemma.endsWith('c')) {
    out.add(`${lemma}ked`);
    out.add(`${lemma}king`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
    if (doubles(lemma) && VOWEL.test(lemma)) {
      const d = lemma[lemma.length - 1];
      out.add(`${lemma}${d}ed`);
      out.add(`${lemma}${d}ing`);
    }
  }
  if (!base) {
    // "free!" keeps only the past and -ing forms; irregular pasts stay
    out.delete(lemma);
  }
  return [...out];
}

const IRREGULAR_PLURALS: Record<string, string> = {
  man: 'men', woman: 'women', child: 'children', crisis: 'crises', analysis: 'analyses', thesis: 'theses',
  person: 'people', life: 'lives', wife: 'wives', knife: 'knives', militia: 'militias', mouse: 'mice',
};

/** Singular and plural of a noun (and the word itself when it already is a plural). */
export function nounForms(noun: string): string[] {
  const out = new Set<string>([noun]);
  if (IRREGULAR_PLURALS[noun]) out.add(IRREGULAR_PLURALS[noun]);
  else if (/(ss|x|z|ch|sh)$/.test(noun)) out.add(`${noun}es`);
  else if (/[^aeiou]y$/.test(noun)) out.add(`${noun.slice(0, -1)}ies`);
  else if (!noun.endsWith('s')) out.add(`${noun}s`);
  // a plural entry also matches its singular ("war games" -> "war game")
  if (noun.endsWith('ies') && noun.length > 4) out.add(`${noun.slice(0, -3)}y`);
  else if (/[^s]s$/.test(noun) && noun.length > 3) out.add(noun.slice(0, -1));
  return [...out];
}
