// Name normalisation shared by every KB index: one function, so an alias, a lookup key and a text
// token always fold the same way.
//
//   "Côte d'Ivoire" -> "cote d ivoire"    diacritics dropped; an apostrophe splits words, so
//                                         "She'll" never becomes "Shell" (the data lists
//                                         "Shiite" and "Shi'ite" both)
//   "U.S."          -> "us"               dots removed (initialisms)
//   "al-Qaeda"      -> "al qaeda"         hyphens, slashes and other punctuation split words
//   "The United Nations" -> "united nations"  a leading "the" is dropped before two or more words;
//   "the States"    -> "the states"       before one word it stays, so "the States" does not make
//                                         "States" a name (lookups retry without it)
//   "R&AW"          -> "r & aw"           & and + are words of their own

const MARKS = /\p{M}+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x60 || code === 0xb4;
}

/**
 * Words of a name with case kept (for case checks); empty strings never appear. A hand-written
 * character loop: names are normalised thousands of times while the KB loads.
 */
export function caseWords(s: string): string[] {
  let t = s;
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) > 127) {
      t = t.normalize('NFKD').replace(MARKS, '');
      break;
    }
  }
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      cur += t[i];
    } else if (code === 46) {
      // dots join initialisms: "U.S." -> "US"
    } else if (isApostrophe(code)) {
      if (cur) out.push(cur);
      cur = '';
    } else if (code === 38 || code === 43) {
      if (cur) out.push(cur);
      out.push(t[i]);
      cur = '';
    } else if (code > 127 && WORD_CHAR.test(t[i])) {
      cur += t[i];
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < t.length && WORD_CHAR.test(t.slice(i, i + 2))) {
      cur += t.slice(i, i + 2);
      i++;
    } else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Lower-case words of a name, without a leading "the" when two or more words follow. */
export function keyWords(s: string): string[] {
  return keyOfWords(caseWords(s));
}

/** keyWords() from words already split by caseWords(). */
export function keyOfWords(cw: readonly string[]): string[] {
  const w = cw.map((x) => x.toLowerCase());
  if (w.length > 2 && w[0] === 'the') w.shift();
  return w;
}

/** The keys to try for a query: as written, then without a leading "the" ("the Kremlin" -> "kremlin"). */
export function queryKeys(s: string): string[] {
  const w = keyWords(s);
  if (!w.length) return [];
  const k = w.join(' ');
  return w.length === 2 && w[0] === 'the' ? [k, w[1]] : [k];
}

/** The normalised lookup key of a name ("" when nothing is left). */
export function normKey(s: string): string {
  return keyWords(s).join(' ');
}

export function hasLetter(w: string): boolean {
  return /\p{L}/u.test(w);
}

/** True when every letter is upper case and there is at least one ("US", "G7", "ISIS"). */
export function isAllCaps(w: string): boolean {
  return hasLetter(w) && w === w.toUpperCase() && w !== w.toLowerCase();
}

export function startsUpper(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A URL-safe slug for generated ids. */
export function slug(s: string): string {
  const w = keyWords(s);
  if (w.length > 1 && w[0] === 'the') w.shift();
  return w.join('-') || 'x';
}
