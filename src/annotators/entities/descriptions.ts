// Descriptions ("the Hawk movement leader", "the channel", "Russian warplanes", "these foreign
// ISIS militants") and pronouns. A description is a noun phrase whose head is a role word of the
// knowledge base or an organisation noun, opened by a determiner or by a proper modifier; a title
// directly before a person's name ("Prime Minister Ana Ruiz") is left to the role finder.

import type { Doc } from '../../doc/doc.ts';
import type { Mention, Sentence, Token } from '../../doc/types.ts';
import type { KnowledgeBase } from '../../kb/index.ts';
import { ORG_NOUNS, PRONOUNS } from './data/nouns.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'another', 'both', 'several', 'two', 'three', 'some', 'many', 'other']);

/** Words that can never sit inside a noun phrase before its head. */
const BREAKERS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'said', 'says', 'say',
  'told', 'tell', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'no', 'and', 'or',
  'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'onto', 'over', 'under', 'about',
  'against', 'between', 'through', 'during', 'after', 'before', 'since', 'until', 'that', 'which', 'who', 'whom',
  'whose', 'as', 'than', 'also', 'very', 'if', 'when', 'while', 'because', 'so', 'then', 'there', 'here', 'it', 'he',
  'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'what', 'how', 'why', 'where', 'all', 'any', 'each',
  'every', 'such', 'only', 'just', 'even', 'still', 'yet', 'already', 'now', 'again', 'up', 'down', 'out', 'off',
]);

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

/** Words of a capitalised modifier that make it a name-like modifier (country, demonym, organisation). */
function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** The organisation kind a group role implies ("the army" is a military, "the channel" a media outlet). */
const ROLE_KINDS: Record<string, string> = {
  MED: 'media', GOV: 'gov_body', MIL: 'military', REB: 'armed_group', JUD: 'court', LEG: 'legislature', BUS: 'company',
  NGO: 'ngo', PTY: 'party', COP: 'police',
};

interface HeadInfo {
  type: Mention['type'];
  kind?: string;
  role?: string;
  plural: boolean;
  /** number of tokens of the head (two for "prime minister") */
  width: number;
}

/** Role lookups are the hot path (every word is a possible head): memoised per knowledge base. */
const roleCache = new WeakMap<KnowledgeBase, Map<string, ReturnType<KnowledgeBase['role']> | null>>();

function cachedRole(kb: KnowledgeBase, phrase: string): ReturnType<KnowledgeBase['role']> {
  let cache = roleCache.get(kb);
  if (!cache) {
    cache = new Map();
    roleCache.set(kb, cache);
  }
  let hit = cache.get(phrase);
  if (hit === undefined) {
    hit = kb.role(phrase) ?? null;
    if (cache.size < 100_000) cache.set(phrase, hit);
  }
  return hit ?? undefined;
}

const WORD = /^\p{L}[\p{L}'’-]*$/u;

function headAt(kb: KnowledgeBase, words: string[], i: number): HeadInfo | null {
  const first = words[i]?.toLowerCase();
  if (first === undefined || DETERMINERS.has(first) || BREAKERS.has(first) || !WORD.test(first)) return null;
  for (const width of [2, 1]) {
    if (i + width > words.length) continue;
    if (width === 2 && !WORD.test(words[i + 1])) continue;
    const phrase = words.slice(i, i + width).join(' ');
    if (width === 1 && isCapitalised(phrase) && !/^\p{Lu}\p{Ll}+$/u.test(phrase)) continue;
    const lower = phrase.toLowerCase();
    const role = cachedRole(kb, lower);
    if (role) {
      const plural = lower !== role.lemma && /s$/.test(lower);
      if (role.person) return { type: 'PERSON', role: role.role, plural, width };
      return { type: 'ORG', kind: ORG_NOUNS[lower] ?? ROLE_KINDS[role.role.slice(0, 3)], role: role.role, plural, width };
    }
    if (width === 1 && lower in ORG_NOUNS) return { type: 'ORG', kind: ORG_NOUNS[lower], plural: false, width };
  }
  return null;
}

/** Country of a modifier: a demonym ("Iraqi"), a country name ("US"), or the first part of "US-led". */
function modifierCountry(kb: KnowledgeBase, word: string): string | undefined {
  const base = word.replace(/-(?:led|backed|based|brokered|funded|allied|born|made|run|owned)$/i, '');
  return (kb.countryOfDemonym(base) ?? (isCapitalised(base) ? kb.country(base) : undefined))?.iso3;
}

export function findDescriptions(doc: Doc, tokens: Token[], sentences: Sentence[], kb: KnowledgeBase, names: Omit<Mention, 'id'>[]): Omit<Mention, 'id'>[] {
  const inName = (t: Token): boolean => names.some((m) => m.start <= t.start && t.end <= m.end);
  const startsPerson = (t: Token): boolean => names.some((m) => m.start === t.start && m.type === 'PERSON');
  const out: Omit<Mention, 'id'>[] = [];
  for (const s of sentences) {
    const words: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(doc.text.slice(tokens[i].start, tokens[i].end));
    let i = 0;
    while (i < words.length) {
      let head = headAt(kb, words, i);
      if (!head || inName(tokens[s.tokenStart + i])) {
        i++;
        continue;
      }
      let headStart = i;
      // compound heads: "organization leader", "army commander"
      for (let next = headAt(kb, words, i + head.width); next; next = headAt(kb, words, headStart + head.width)) {
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
        if (BREAKERS.has(lower) || !/\p{L}|\d/u.test(w)) break;
        // lower-case modifiers must look like adjectives ("prominent", "additional", "foreign"), not verbs ("send")
        if (/^\p{Ll}+$/u.test(w) && !ADJECTIVE_SUFFIX.test(lower) && !COMMON_ADJECTIVES.has(lower)) break;
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

export function findPronouns(doc: Doc, tokens: Token[]): Omit<Mention, 'id'>[] {
  const out: Omit<Mention, 'id'>[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || t.end - t.start > 7) continue;
    const w = doc.text.slice(t.start, t.end);
    const p = PRONOUNS[w.toLowerCase()];
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
  for (const t of tokens) {
    if (t.kind !== 'word' || t.end - t.start < 5) continue;
    const w = doc.text.slice(t.start, t.end);
    if (!w.includes('-')) continue;
    const m = /^(\p{Lu}[\p{L}.]*)-(?:led|backed|based|brokered|funded|allied|born|made|run|owned|bound)$/u.exec(w);
    if (!m) continue;
    const c = kb.country(m[1]);
    if (!c) continue;
    const end = t.start + m[1].length;
    out.push({ start: t.start, end, type: 'GPE', form: 'name', head: { start: t.start, end }, kind: 'country', country: c.iso3 });
  }
  return out;
}
