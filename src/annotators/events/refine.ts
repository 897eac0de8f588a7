// The most specific code the words around a trigger support: CAMEO's 4-digit codes by sector
// (aid -> economic / military / humanitarian / peacekeeping aid), by purpose (protest for
// leadership change / policy / rights / institutions), by what is released (persons / property),
// restricted, bombed or investigated.

import { ACCUSATION_WORDS, INVESTIGATION_WORDS, PERSON_OBJECTS, PROPERTY_OBJECTS, PURPOSE_WORDS, SECTOR_WORDS } from './data/lexicon.ts';

type WordSets = Record<string, { one: Set<string>; multi: string[][] }>;

function compile(lists: Record<string, readonly string[]>): WordSets {
  const out: WordSets = {};
  for (const [k, ws] of Object.entries(lists)) {
    out[k] = { one: new Set(ws.filter((w) => !w.includes(' '))), multi: ws.filter((w) => w.includes(' ')).map((w) => w.split(' ')) };
  }
  return out;
}

const SECTOR = compile(SECTOR_WORDS);
const PURPOSE = compile(PURPOSE_WORDS);
const ACCUSE = compile(ACCUSATION_WORDS);
const INVESTIGATE = compile(INVESTIGATION_WORDS);

/** Whether `words` hold the phrase `m` from index i (a loop, not every(): no closure per word). */
function phraseAt(m: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < m.length; k++) if (words[i + k] !== m[k]) return false;
  return true;
}

/** The first key of `sets` whose words occur in `words` (multi-word entries count double). */
function firstHit(sets: WordSets, words: readonly string[], order: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  let bestPos = Infinity;
  for (const key of order) {
    const s = sets[key];
    if (!s) continue;
    let score = 0;
    let pos = Infinity;
    for (let i = 0; i < words.length; i++) {
      if (s.one.has(words[i])) {
        score++;
        pos = Math.min(pos, i);
      }
      for (let j = 0; j < s.multi.length; j++) {
        if (phraseAt(s.multi[j], words, i)) {
          score += 2;
          pos = Math.min(pos, i);
        }
      }
    }
    if (score > bestScore || (score === bestScore && score > 0 && pos < bestPos)) {
      best = key;
      bestScore = score;
      bestPos = pos;
    }
  }
  return best;
}

const SECTOR_FAMILIES: Record<string, [string, string[]]> = {
  // base code -> [digits by key]
  '021': ['021', ['econ', 'mil', 'jud', 'intel']],
  '031': ['031', ['econ', 'mil', 'jud', 'intel']],
  '101': ['101', ['econ', 'mil', 'jud', 'intel']],
  '121': ['121', ['econ', 'mil', 'jud']],
  '023': ['023', ['econ', 'mil', 'hum', 'pko']],
  '033': ['033', ['econ', 'mil', 'hum', 'pko']],
  '103': ['103', ['econ', 'mil', 'hum', 'pko']],
  '122': ['122', ['econ', 'mil', 'hum', 'pko']],
  '162': ['162', ['econ', 'mil', 'hum']],
};
const PURPOSE_FAMILIES = new Set(['024', '034', '104', '123', '083', '141', '142', '143', '144', '145']);

const RESTRICTION_WORDS: Record<string, readonly string[]> = {
  '1721': ['press', 'media', 'speech', 'internet', 'protests', 'protest', 'rallies', 'rally', 'gatherings', 'assembly', 'freedom', 'freedoms', 'newspaper', 'newspapers', 'websites', 'website', 'social', 'journalists', 'demonstrations', 'censorship', 'broadcasts', 'television', 'channel', 'channels', 'station', 'stations', 'publication', 'publications', 'books', 'facebook', 'twitter', 'whatsapp', 'youtube'],
  '1722': ['party', 'parties', 'opposition', 'candidate', 'candidates', 'politician', 'politicians', 'movement', 'organization', 'organisation', 'group', 'groups', 'union', 'unions', 'ngo', 'ngos'],
  '1723': ['curfew', 'curfews'],
  '1724': ['emergency', 'martial'],
};
const RESTRICT = compile(RESTRICTION_WORDS);

const ACCESS_WORDS: Record<string, readonly string[]> = {
  '1': ['peacekeepers', 'peacekeeping', 'troops'],
  '2': ['inspectors', 'inspection', 'inspections', 'observers', 'monitors', 'investigators', 'journalists', 'experts'],
  '3': ['humanitarian', 'aid', 'convoys', 'convoy', 'relief', 'agencies', 'ngos', 'workers', 'food', 'medicine', 'medical'],
};
const ACCESS = compile(ACCESS_WORDS);

const BOMB_WORDS: Record<string, readonly string[]> = {
  '1831': ['suicide', 'suicide bomber', 'suicide bombers', 'blew himself up', 'blew herself up', 'blew themselves up'],
  '1832': ['car', 'truck', 'vehicle', 'van', 'motorcycle', 'bus', 'vehicle-borne', 'car-bomb', 'lorry'],
  '1833': ['roadside', 'ied', 'ieds', 'landmine', 'landmines', 'mine', 'mines', 'improvised'],
};
const BOMB = compile(BOMB_WORDS);

/** A more specific code for `code` given the lower-case words around its trigger. */
export function refineCode(code: string, words: readonly string[]): string {
  const c3 = code.slice(0, 3);
  if (code.length === 3 && SECTOR_FAMILIES[c3]) {
    const [base, keys] = SECTOR_FAMILIES[c3];
    const hit = firstHit(SECTOR, words, keys);
    return hit ? `${base}${keys.indexOf(hit) + 1}` : code;
  }
  if (code === '060' || code === '070') {
    const keys = code === '060' ? ['econ', 'mil', 'jud', 'intel'] : ['econ', 'mil', 'hum', 'pko'];
    const hit = firstHit(SECTOR, words, keys);
    return hit ? `0${code[1]}${keys.indexOf(hit) + 1}` : code;
  }
  if (code.length === 3 && PURPOSE_FAMILIES.has(c3)) {
    const hit = firstHit(PURPOSE, words, ['leader', 'policy', 'rights', 'inst']);
    return hit ? `${c3}${['leader', 'policy', 'rights', 'inst'].indexOf(hit) + 1}` : code;
  }
  if (code === '084') {
    for (const w of words) {
      if (PERSON_OBJECTS.has(w)) return '0841';
      if (PROPERTY_OBJECTS.has(w)) return '0842';
    }
    return code;
  }
  if (code === '172' || code === '081') {
    const hit = firstHit(RESTRICT, words, ['1723', '1724', '1722', '1721']);
    if (!hit) return code;
    return code === '172' ? hit : `081${hit[3]}`;
  }
  if (code === '086' || code === '166') {
    const hit = firstHit(ACCESS, words, ['1', '2', '3']);
    return hit ? `${code}${hit}` : code;
  }
  if (code === '183') {
    const hit = firstHit(BOMB, words, ['1831', '1832', '1833']);
    return hit ?? code;
  }
  if (code === '112') {
    const hit = firstHit(ACCUSE, words, ['1124', '1125', '1122', '1121', '1123']);
    return hit ?? code;
  }
  if (code === '090') {
    const hit = firstHit(INVESTIGATE, words, ['094', '092', '093', '091']);
    return hit ?? code;
  }
  return code;
}
