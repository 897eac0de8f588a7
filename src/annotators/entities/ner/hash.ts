// String normalisation and integer hashing shared by feature extraction, the gazetteer and training.
// Features are never strings: each is an integer mix of a template id and precomputed value hashes.

export { hashString, mix } from '../../../util/hash.ts';

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Token text as the model sees it: typographic quotes, dashes and ellipses mapped to ASCII
 * (CoNLL-era newswire spelling: “ ” -> ", ’ -> ', — -> --, – -> -), so the model generalises to
 * modern news typography.
 */
export function normalizeToken(tok: string): string {
  let ascii = true;
  for (let i = 0; i < tok.length; i++) {
    if (tok.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return tok;
  let s = tok
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4\u0060]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2014\u2015]/g, '--') // em dash: Reuters-era text writes " -- "
    .replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00a0/g, ' ');
  return s;
}

/** Lower case, accents folded, digits mapped to 0: the form used for word identity and gazetteers. */
export function lowerForm(norm: string): string {
  let s = norm.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) {
      s = s.normalize('NFD').replace(COMBINING, '');
      break;
    }
  }
  let hasDigit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      hasDigit = true;
      break;
    }
  }
  return hasDigit ? s.replace(/[0-9]/g, '0') : s;
}

/** Seed for phrase hashes (gazetteer keys): fold token hashes left to right with mix(). */
export const PHRASE_SEED = 0x5bd1e995;
