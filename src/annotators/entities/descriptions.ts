// Descriptions ("the Hawk movement leader", "the channel", "Russian warplanes", "these foreign
// ISIS militants") and pronouns. A description is a noun phrase whose head is a role word of the
// knowledge base or an organisation noun, opened by a determiner or by a proper modifier; a title
// directly before a person's name ("Prime Minister Ana Ruiz") is left to the role finder.

import type { Doc } from '../../doc/doc.ts';
import type { Mention, Sentence, Token } from '../../doc/types.ts';
import type { KnowledgeBase } from '../../kb/index.ts';
import { PRONOUNS } from './data/nouns.ts';
import { BREAKERS, DETERMINERS, headAt, headIdMemo, headMemo, isCapitalised } from './heads.ts';
import { IdMemo, remember, type DocWordIds } from './wordids.ts';

/** Nouns that follow a role or organisation noun used as a modifier ("press conference", "army base"). */
const COMPOUND_TAILS = new Set([
  'conference', 'conferences', 'release', 'releases', 'office', 'offices', 'base', 'bases', 'station', 'stations',
  'headquarters', 'building', 'buildings', 'convoy', 'convoys', 'chief', 'chiefs', 'source', 'sources', 'member',
  'members', 'team', 'teams', 'unit', 'units', 'camp', 'camps', 'position', 'positions', 'checkpoint', 'checkpoints',
  'vehicle', 'vehicles', 'budget', 'budgets', 'policy', 'policies', 'program', 'programme', 'plan', 'plans', 'deal',
  'deals', 'talks', 'meeting', 'meetings', 'summit', 'statement', 'statements', 'report', 'reports', 'website',
  'account', 'accounts', 'operation', 'operations', 'strike', 'strikes', 'attack', 'attacks', 'presence', 'rule',
  'rules', 'law', 'laws', 'bill', 'data', 'figures', 'sources', 'staff', 'personnel', 'salaries', 'pay', 'reform',
  'reforms', 'spending', 'debt', 'bonds', 'shares', 'stock', 'rate', 'rates', 'service', 'services', 'card', 'cards',
  'election', 'elections', 'vote', 'votes', 'seat', 'seats', 'list', 'lists', 'bus', 'buses', 'car', 'cars',
  'uniform', 'uniforms', 'detention', 'custody', 'raid', 'raids', 'patrol', 'patrols', 'freedom', 'coverage',
]);

const ADJECTIVE_SUFFIX = /(?:al|ic|ous|ive|ful|less|ary|ory|ish|an|ese|ent|ant|ior|ern|ible|able|ist|ed|ing)$/;

/** Frequent adjectives in descriptions of actors that no suffix rule catches. */
const COMMON_ADJECTIVES = new Set([
  'new', 'old', 'senior', 'junior', 'former', 'top', 'chief', 'deputy', 'acting', 'interim', 'young', 'local', 'foreign',
  'other', 'main', 'key', 'big', 'small', 'large', 'rival', 'fellow', 'elite', 'armed', 'hardline', 'moderate', 'radical',
  'retired', 'veteran', 'outgoing', 'incoming', 'jailed', 'exiled', 'ruling', 'opposition', 'state', 'federal', 'regional',
  'provincial', 'municipal', 'city', 'army', 'police', 'border', 'riot', 'security', 'defence', 'defense', 'health',
  'finance', 'interior', 'justice', 'trade', 'energy', 'prime', 'vice', 'first', 'second', 'third', 'two', 'three',
  'several', 'many', 'few', 'some', 'high', 'low', 'long', 'short', 'late', 'early', 'own', 'same', 'whole', 'sole',
]);

// regexes with \p{} live in constants: the bundler turns such a literal into `new RegExp()` where it stands
const LETTER_OR_DIGIT = /\p{L}|\d/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const EMBEDDED_COUNTRY = /^(\p{Lu}[\p{L}.]*)-(?:led|backed|based|brokered|funded|allied|born|made|run|owned|bound)$/u;

/** Country of a modifier: a demonym ("Iraqi"), a country name ("US"), or the first part of "US-led". */
function modifierCountry(kb: KnowledgeBase, word: string): string | undefined {
  const base = word.replace(/-(?:led|backed|based|brokered|funded|allied|born|made|run|owned)$/i, '');
  return (kb.countryOfDemonym(base) ?? (isCapitalised(base) ? kb.country(base) : undefined))?.iso3;
}

/**
 * Descriptions of a document. `sentenceWords` (the token strings of each sentence) may be passed
 * when the caller already has them, and `ids` (the word ids of the document's tokens) to find the
 * words' heads by id.
 */
export function findDescriptions(
  doc: Doc,
  tokens: Token[],
  sentences: Sentence[],
  kb: KnowledgeBase,
  names: Omit<Mention, 'id'>[],
  sentenceWords?: readonly (readonly string[])[],
  ids?: DocWordIds,
): Omit<Mention, 'id'>[] {
  const inName = (t: Token): boolean => names.some((m) => m.start <= t.start && t.end <= m.end);
  const startsPerson = (t: Token): boolean => names.some((m) => m.start === t.start && m.type === 'PERSON');
  const out: Omit<Mention, 'id'>[] = [];
  const memo = headMemo(kb);
  const byId = ids ? headIdMemo(kb, ids) : null;
  const idOf = ids ? ids.ids : null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    let words: readonly string[];
    if (sentenceWords) words = sentenceWords[si];
    else {
      const w: string[] = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) w.push(doc.text.slice(tokens[i].start, tokens[i].end));
      words = w;
    }
    let i = 0;
    while (i < words.length) {
      const from = s.tokenStart;
      let head = headAt(kb, words, i, memo, byId, idOf, from);
      if (!head || inName(tokens[s.tokenStart + i])) {
        i++;
        continue;
      }
      let headStart = i;
      // compound heads: "organization leader", "army commander"
      for (let next = headAt(kb, words, i + head.width, memo, byId, idOf, from); next; next = headAt(kb, words, headStart + head.width, memo, byId, idOf, from)) {
        headStart += head.width;
        head = next;
      }
      const headEnd = headStart + head.width;
      const after = tokens[s.tokenStart + headEnd];
      if (after && startsPerson(after)) {
        i = headEnd; // a title before a name
        continue;
      }
      // a noun after the "head" makes it a modifier ("a press conference", "army base")
      const nextWord = words[headEnd]?.toLowerCase();
      if (nextWord && COMPOUND_TAILS.has(nextWord)) {
        i = headEnd;
        continue;
      }
      // modifiers to the left, up to a determiner
      let left = i;
      let determiner = false;
      let properModifier = false;
      let country: string | undefined;
      while (left > 0 && i - left < 5) {
        const w = words[left - 1];
        const lower = w.toLowerCase();
        if (DETERMINERS.has(lower)) {
          determiner = true;
          left--;
          break;
        }
        if (/^['’]s$/.test(w)) {
          // a possessive determines the phrase: "Estonia's defence minister" (the owner may give the country)
          determiner = true;
          const owner = words[left - 2];
          if (owner) country ??= modifierCountry(kb, owner);
          break;
        }
        if (BREAKERS.has(lower) || !LETTER_OR_DIGIT.test(w)) break;
        // lower-case modifiers must look like adjectives ("prominent", "additional", "foreign"), not verbs ("send")
        if (LOWER_WORD.test(w) && !ADJECTIVE_SUFFIX.test(lower) && !COMMON_ADJECTIVES.has(lower)) break;
        const c = modifierCountry(kb, w);
        if (c) country ??= c;
        if (isCapitalised(w) && left - 1 > 0) properModifier = true;
        else if (isCapitalised(w) && (c || kb.findNames([w]).length)) properModifier = true;
        left--;
      }
      const headline = s.role === 'headline';
      if (determiner || properModifier || headline) {
        const a = tokens[s.tokenStart + left];
        const h0 = tokens[s.tokenStart + headStart];
        const h1 = tokens[s.tokenStart + headEnd - 1];
        const m: Omit<Mention, 'id'> = { start: a.start, end: h1.end, type: head.type, form: 'nominal', head: { start: h0.start, end: h1.end } };
        if (head.kind) m.kind = head.kind;
        if (head.role) m.role = head.role;
        if (country) m.country = country;
        m.number = head.plural ? 'plural' : 'singular';
        out.push(m);
      }
      i = headEnd;
    }
  }
  return out;
}

/** ASCII codes that start a pronoun, in either case. */
const PRONOUN_FIRST = new Uint8Array(128);
for (const p of Object.keys(PRONOUNS)) {
  PRONOUN_FIRST[p.charCodeAt(0)] = 1;
  PRONOUN_FIRST[p.toUpperCase().charCodeAt(0)] = 1;
}

/** Pronoun readings by token as written ("He", "he"), null for other words: saves a lower-casing per token. */
const PRONOUN_BY_FORM = new Map<string, (typeof PRONOUNS)[string] | null>();

function pronounOf(w: string): (typeof PRONOUNS)[string] | null {
  let p = PRONOUN_BY_FORM.get(w);
  if (p === undefined) {
    p = PRONOUNS[w.toLowerCase()] ?? null;
    if (PRONOUN_BY_FORM.size >= 50_000) PRONOUN_BY_FORM.clear();
    PRONOUN_BY_FORM.set(w, p);
  }
  return p;
}

/** pronounOf() by word id (null: not a pronoun) */
const PRONOUN_BY_ID = new IdMemo<(typeof PRONOUNS)[string] | null>();

/** Pronoun mentions; `ids` optionally the word ids of the tokens (same mentions, fewer map lookups). */
export function findPronouns(doc: Doc, tokens: Token[], ids?: DocWordIds): Omit<Mention, 'id'>[] {
  const out: Omit<Mention, 'id'>[] = [];
  const text = doc.text;
  const words = doc.tokenTexts();
  const byId = ids ? PRONOUN_BY_ID.of(ids.table) : null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.end - t.start > 7) continue;
    // skip words whose first letter starts no pronoun
    const c = text.charCodeAt(t.start);
    if (c < 128 && !PRONOUN_FIRST[c]) continue;
    let p: (typeof PRONOUNS)[string] | null | undefined;
    if (byId) {
      const id = ids!.ids[i];
      p = byId[id];
      if (p === undefined) p = remember(byId, id, pronounOf(words[i]));
    } else p = pronounOf(words[i]);
    if (!p) continue;
    const m: Omit<Mention, 'id'> = { start: t.start, end: t.end, type: 'PERSON', form: 'pronoun', head: { start: t.start, end: t.end }, number: p.number };
    if (p.gender) m.gender = p.gender;
    out.push(m);
  }
  return out;
}

/** Names hidden inside hyphenated words: the "US" of "US-led coalition" is a mention of the United States. */
export function findEmbeddedCountries(doc: Doc, tokens: Token[], kb: KnowledgeBase): Omit<Mention, 'id'>[] {
  const out: Omit<Mention, 'id'>[] = [];
  const texts = doc.tokenTexts();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.end - t.start < 5) continue;
    const w = texts[i];
    if (!w.includes('-')) continue;
    const m = EMBEDDED_COUNTRY.exec(w);
    if (!m) continue;
    const c = kb.country(m[1]);
    if (!c) continue;
    const end = t.start + m[1].length;
    out.push({ start: t.start, end, type: 'GPE', form: 'name', head: { start: t.start, end }, kind: 'country', country: c.iso3 });
  }
  return out;
}
