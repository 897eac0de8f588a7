// The world knowledge base: countries (codes, names, demonyms, capitals, seats of government),
// organisations, identity groups and role words, with CAMEO actor codes. Used by the entity
// tagger, coreference (aliases, metonymy), the event coder (actor codes) and the geocoder.
//
// All data lives in data/ (compiled package data in countries.json, hand-written modules next to
// it; sources and licences in data/SOURCES.md). This file only indexes it. Loading is synchronous,
// offline and cheap (a few ms, ~2 MB); KnowledgeBase.load() builds a fresh instance each time, so
// callers share one through the pipeline's Resources rather than a module-level singleton.

import compiled from './data/countries.json' with { type: 'json' };
import { CAPITALS_NOT_INDEXED, COUNTRY_OVERLAY } from './data/countries.overlay.ts';
import { GROUPS } from './data/groups.ts';
import { ORG_METONYMS, ORGS } from './data/orgs.ts';
import { PLACES } from './data/places.ts';
import { COMMON_WORDS, NOT_NAME_WORDS, PART_OF_LONGER_NAME, SENTENCE_START_UNSAFE, SHOUTING_RATIO, SHOUTING_SAFE } from './data/policy.ts';
import { ROLES } from './data/roles.ts';
import { caseWords, hasLetter, isAllCaps, keyOfWords, normKey, queryKeys, slug, startsUpper } from './normalize.ts';
import { KB_KINDS, KB_TYPES } from './types.ts';
import type { KbCountry, KbEntry, KbEntrySpec, KbKind, KbType, RoleInfo, RoleSpec } from './types.ts';
import { KbFileError, readUserFile } from './userFiles.ts';

export type { KbCountry, KbEntry, KbKind, KbType, RoleInfo } from './types.ts';
export { KB_KINDS, KB_TYPES } from './types.ts';
export { KbFileError } from './userFiles.ts';
export { normKey } from './normalize.ts';

/** How a name reached its candidate. */
export type NameVia = 'name' | 'alias' | 'demonym' | 'capital' | 'seat' | 'code';

export interface NameSpan {
  /** Token index of the first token of the name. */
  start: number;
  /** Token index after the last token (exclusive). */
  end: number;
  /** The preferred reading (for countries: a synthesized GPE/NORP/ORG entry). */
  entry?: KbEntry;
  /** The country when the name is a country name, demonym, capital or seat. */
  country?: KbCountry;
  via: NameVia;
  /** Other readings of the same span, best first ("Congress": US Congress, Indian National Congress). */
  alternatives?: KbEntry[];
}

export interface Metonym {
  /** The country whose government (or branch) the name stands for. */
  country?: KbCountry;
  /** The organisation it stands for ("Brussels" -> EU), or the synthesized seat entry. */
  entry?: KbEntry;
  /** Role of the branch for buildings ("the Kremlin" GOV, "Capitol Hill" LEG); absent for cities. */
  role?: string;
  /** The CAMEO code of the preferred reading: RUSGOV for "the Kremlin", RUS for "Moscow". */
  cameo: string;
  ambiguous: boolean;
  alternatives: { country?: KbCountry; entry?: KbEntry; cameo: string }[];
}

export interface LoadOptions {
  /** CSV or JSON files of extra entries, merged over the built-ins (later files win). */
  extraFiles?: string[];
}

interface Candidate {
  entry: KbEntry;
  country?: KbCountry;
  via: NameVia;
  /** Original-case words of the alias, for case checks. */
  words: string[];
  /**
   * 'caps': matches only in capitals (short acronyms, acronyms that are English words: "US", "WHO");
   * 'exact': short mixed-case acronyms match only as written or in capitals ("LeT" is not "Let").
   */
  strict: 'caps' | 'exact' | null;
  /** Lower number wins when several candidates share a key. */
  rank: number;
  seatRole?: string;
}


/** What findNames() needs to know about one token string. */
interface TokenFacts {
  /** caseWords() of the token, and the same in lower case */
  cw: string[];
  lw: string[];
  /** the token has words and two letters in a row (it counts for the shouting ratio) */
  letters2: boolean;
  /** ... and every word with letters is in capitals */
  caps: boolean;
  /** its first word is an indexed key or the first word of one: a match can start here */
  start: boolean;
}

const TOKEN_CACHE_MAX = 100_000;

/** The answer for `key` from `memo`, computing and keeping it (undefined kept as null) the first time; bounded. */
function memoised<V>(memo: Map<string, V | null>, key: string, compute: () => V | undefined): V | undefined {
  let v = memo.get(key);
  if (v === undefined) {
    v = compute() ?? null;
    if (memo.size >= TOKEN_CACHE_MAX) memo.clear();
    memo.set(key, v);
  }
  return v ?? undefined;
}

/** A country as scripts/build-kb.ts compiles it into data/countries.json. */
export interface CompiledCountry {
  iso2: string;
  iso3: string;
  name: string;
  aliases: string[];
  capital?: string;
  continent?: string;
}

const PRIMARY_ROLES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'SPY', 'UAF', 'INS', 'SEP']);
const IDENTITY_KINDS = new Set<KbKind>(['religious_group', 'ethnic_group']);
const CAMEO_RE = /^(?:[A-Za-z]{3}){1,5}$/;

const RANK = { user: 0, countryName: 1, entry: 2, demonym: 3, seat: 4, capital: 5, metonym: 6, place: 7 } as const;

function unique(list: string[], key: (s: string) => string = normKey): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const k = key(s);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

/** Short or word-like acronyms only match in capitals ("US" never matches "us"). */
function strictness(w: readonly string[]): 'caps' | 'exact' | null {
  if (w.length !== 1 || w[0].length > 6) return null;
  const word = w[0];
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  let letters = 0;
  for (let i = 0; i < word.length; i++) if (lower[i] !== upper[i]) letters++;
  if (word === upper && word !== lower) return letters <= 3 || COMMON_WORDS.has(lower) ? 'caps' : null;
  if (letters <= 4 && word.slice(1) !== lower.slice(1)) return 'exact';
  return null;
}

/** True when a text word satisfies a strict alias word. */
function strictOk(strict: 'caps' | 'exact', aliasWord: string, textWord: string): boolean {
  if (isAllCaps(textWord)) return true;
  return strict === 'exact' && textWord === aliasWord;
}

function pluralise(w: string): string[] {
  const parts = w.split(' ');
  const last = parts[parts.length - 1];
  let p: string;
  if (/man$/.test(last)) p = last.replace(/man$/, 'men');
  else if (/[^aeiou]y$/.test(last)) p = last.slice(0, -1) + 'ies';
  else if (/(s|x|z|ch|sh)$/.test(last)) p = last + 'es';
  else p = last + 's';
  parts[parts.length - 1] = p;
  return [parts.join(' ')];
}

export class KnowledgeBase {
  private readonly countryList: KbCountry[] = [];
  private readonly countryByCode = new Map<string, KbCountry>();
  private readonly entryList: KbEntry[] = [];
  private readonly byId = new Map<string, KbEntry>();
  private readonly index = new Map<string, Candidate[]>();
  /** Every proper word prefix of an indexed key ("united", "united nations"), for longest match. */
  private readonly prefixes = new Set<string>();
  /** First word of a multi-word key -> the second words it goes on with (lets findNames() stop early). */
  private readonly second = new Map<string, Set<string>>();
  private readonly roleIndex = new Map<string, { info: RoleInfo; capsOnly: boolean }>();
  /** Every proper word prefix of a multi-word role key ("prime" of "prime minister"). */
  private readonly rolePrefixes = new Set<string>();
  private readonly seatIndex = new Map<string, Candidate[]>();
  private readonly orgMetonyms = new Map<string, { entry: KbEntry; alsoCountry?: KbCountry }>();
  private maxWords = 1;
  /** findNames() facts per token string (valid once loading is done; cleared when it ends). */
  private readonly tokCache = new Map<string, TokenFacts>();
  /** Memo of caseWords() while loading (names repeat: aliases, filters, dedupes); dropped after. */
  private memo: Map<string, string[]> | null = new Map();

  private constructor() {}

  /** Build the knowledge base from the built-in data and optional user files. */
  static load(options: LoadOptions = {}): KnowledgeBase {
    const kb = new KnowledgeBase();
    kb.buildCountries();
    for (const spec of ORGS) kb.addEntry(kb.fromSpec(spec, 'ORG'), RANK.entry);
    for (const spec of GROUPS) kb.addEntry(kb.fromSpec(spec, 'NORP'), RANK.entry);
    for (const spec of PLACES) kb.addEntry(kb.fromSpec(spec, 'LOC'), RANK.place);
    for (const m of ORG_METONYMS) {
      const entry = kb.byId.get(m.entry);
      if (!entry) throw new Error(`kb: metonym ${m.name} names unknown entry ${m.entry}`);
      const alsoCountry = m.alsoCountry ? kb.countryByCode.get(m.alsoCountry) : undefined;
      kb.orgMetonyms.set(normKey(m.name), { entry, alsoCountry });
      // findNames()/lookup() report the organisation as another reading of the place name
      kb.indexName(m.name, { entry, via: 'seat', rank: RANK.metonym });
    }
    kb.buildRoles(ROLES);
    for (const file of options.extraFiles ?? []) kb.addUserFile(file);
    kb.memo = null;
    // answers given while user files were read may change with them
    kb.tokCache.clear();
    kb.roleMemo.clear();
    kb.countryMemo.clear();
    kb.demonymMemo.clear();
    kb.actorPlain.clear();
    kb.actorMemo = new WeakMap();
    return kb;
  }

  // ───────────── public API ─────────────

  /** All countries and territories (ISO 3166-1), sorted by ISO alpha-3. */
  get countries(): readonly KbCountry[] {
    return this.countryList;
  }

  /** All entries: organisations, groups, and the GPE/NORP/seat entries synthesized for countries. */
  get entries(): readonly KbEntry[] {
    return this.entryList;
  }

  entryById(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  /**
   * A country by ISO alpha-2/alpha-3 code, CAMEO code, name, alias or demonym. Codes are matched in
   * capitals only ("US", "IRQ"); names case-insensitively, except short acronyms ("us" is not USA).
   */
  country(key: string): KbCountry | undefined {
    // memoised (every annotator asks, with the same few keys)
    return memoised(this.countryMemo, key, () => this.computeCountry(key));
  }

  private readonly countryMemo = new Map<string, KbCountry | null>();
  private readonly demonymMemo = new Map<string, KbCountry | null>();

  private computeCountry(key: string): KbCountry | undefined {
    const k = key.trim();
    if (!k) return undefined;
    const code = this.countryByCode.get(k.replace(/\./g, ''));
    if (code) return code;
    for (const c of this.candidates(k)) {
      if (c.country && (c.via === 'name' || c.via === 'alias' || c.via === 'demonym' || c.via === 'code')) return c.country;
    }
    return undefined;
  }

  /** The country of a nationality word: "Iraqi", "Iraqis", "British", "Filipino". */
  countryOfDemonym(word: string): KbCountry | undefined {
    return memoised(this.demonymMemo, word, () => this.candidates(word).find((x) => x.via === 'demonym' && x.country)?.country);
  }

  /**
   * The country whose government a seat name stands for: "Moscow", "the Kremlin" -> RUS;
   * "Washington", "the White House" -> USA. Undefined for names that usually mean an organisation
   * ("Brussels" -> the EU; see metonym()).
   */
  seatOf(name: string): KbCountry | undefined {
    const keys = queryKeys(name);
    if (keys.some((k) => this.orgMetonyms.has(k))) return undefined;
    return this.seatCandidates(name)[0]?.country;
  }

  private seatCandidates(name: string): Candidate[] {
    const cw = caseWords(name);
    for (const k of queryKeys(name)) {
      const list = (this.seatIndex.get(k) ?? []).filter((c) => this.caseOk(c, cw));
      if (list.length) return list;
    }
    return [];
  }

  /** The full reading of a metonymic name, with its CAMEO code and alternatives. */
  metonym(name: string): Metonym | undefined {
    const org = queryKeys(name).map((k) => this.orgMetonyms.get(k)).find(Boolean);
    if (org) {
      const alternatives = org.alsoCountry ? [{ country: org.alsoCountry, cameo: org.alsoCountry.cameo }] : [];
      return { entry: org.entry, cameo: org.entry.cameo ?? '', ambiguous: alternatives.length > 0, alternatives };
    }
    const list = this.seatCandidates(name);
    if (!list.length) return undefined;
    const [best, ...rest] = list;
    const alternatives = rest.map((c) => ({ country: c.country, entry: c.entry, cameo: c.entry.cameo ?? '' }));
    return {
      country: best.country,
      entry: best.entry,
      role: best.seatRole,
      cameo: best.entry.cameo ?? '',
      ambiguous: alternatives.length > 0,
      alternatives,
    };
  }

  /**
   * Every entry whose name or alias equals `name` after normalisation (case, punctuation,
   * diacritics, a leading "the"), best first. Country names, demonyms, capitals and seats come back
   * as synthesized GPE/NORP/ORG entries. Short acronyms match in capitals only.
   */
  lookup(name: string): KbEntry[] {
    const out: KbEntry[] = [];
    const seen = new Set<string>();
    for (const c of this.candidates(name)) {
      if (seen.has(c.entry.id)) continue;
      seen.add(c.entry.id);
      out.push(c.entry);
    }
    return out;
  }

  /** The role a word or phrase denotes: "ministers" -> { lemma: 'minister', role: 'GOV', person: true }. */
  role(word: string): RoleInfo | undefined {
    // memoised: the entity, coreference and event annotators ask for the same words again and again
    return memoised(this.roleMemo, word, () => this.computeRole(word));
  }

  private readonly roleMemo = new Map<string, RoleInfo | null>();

  private computeRole(word: string): RoleInfo | undefined {
    const hit = queryKeys(word).map((k) => this.roleIndex.get(k)).find(Boolean);
    if (!hit) return undefined;
    if (hit.capsOnly && !caseWords(word).every((w) => !hasLetter(w) || isAllCaps(w.replace(/s$/, '')))) return undefined;
    return hit.info;
  }

  /**
   * False when no phrase that starts with `word` and goes on with more words can be a role, so
   * `role(word + ' ' + rest)` is undefined for every `rest`: lets hot loops skip the lookup.
   */
  mayStartRole(word: string): boolean {
    const cw = caseWords(word);
    if (!cw.length) return false;
    const lw = cw.map((w) => w.toLowerCase());
    // a leading "the" is dropped from longer keys: no cheap answer, say yes
    if (lw[0] === 'the') return true;
    return this.rolePrefixes.has(lw.join(' '));
  }

  /**
   * Compose a CAMEO actor code. The country (any key country() accepts) comes first, then the
   * primary role (GOV, MIL, REB, OPP, COP, JUD, SPY, UAF), then an ethnic/religious identity,
   * then secondary roles (codebook 3.1): {country:'IRQ', role:'GOV'} -> IRQGOV; Kurds + REB ->
   * KURREB; Lebanon + Druze -> LBNMOSDRZ. An organisation with a complete code keeps it
   * (Hezbollah -> LBNREBHEZ). Peacekeepers (PKO) are IGOPKO whatever their nationality.
   */
  actorCode(parts: { country?: string; role?: string; entry?: KbEntry }): string {
    // memoised per entry and per country + role: every entity of every document asks
    const byEntry = parts.entry ? (this.actorMemo.get(parts.entry) ?? this.actorMemo.set(parts.entry, new Map()).get(parts.entry)!) : this.actorPlain;
    const key = `${parts.country ?? ''}\u0001${parts.role ?? ''}`;
    let code = byEntry.get(key);
    if (code === undefined) {
      code = this.computeActorCode(parts);
      if (byEntry.size < TOKEN_CACHE_MAX) byEntry.set(key, code);
    }
    return code;
  }

  private actorMemo = new WeakMap<KbEntry, Map<string, string>>();
  private readonly actorPlain = new Map<string, string>();

  private computeActorCode(parts: { country?: string; role?: string; entry?: KbEntry }): string {
    const role = (parts.role ?? '').toUpperCase();
    if (role.startsWith('PKO')) return 'IGOPKO';
    let country = '';
    if (parts.country) {
      const c = this.country(parts.country) ?? this.countryByCode.get(parts.country.toUpperCase());
      country = c ? c.cameo : /^[A-Za-z]{3}$/.test(parts.country) ? parts.country.toUpperCase() : '';
    }
    let identity = '';
    const e = parts.entry;
    if (e) {
      const code = e.cameo ?? '';
      const entryCountry = e.country ? this.countryByCode.get(e.country)?.cameo ?? e.country : '';
      if (e.kind && IDENTITY_KINDS.has(e.kind) && code) {
        // An identity code: compose around it; a standalone lower-case ethnic code stays as is.
        if (!country && !role) return code;
        identity = code.toUpperCase();
        if (!country && entryCountry && code.toUpperCase().startsWith(entryCountry)) {
          country = entryCountry;
          identity = identity.slice(3);
        }
      } else if (code && (!entryCountry || code !== entryCountry) && !this.isCountryCode(code)) {
        return code; // a complete organisation code
      } else {
        country = country || code || entryCountry;
      }
    }
    // Without a country an identity code leads ("Kurdish rebels" KURREB, codebook 3.1.9).
    if (!country) return identity + role;
    if (role && PRIMARY_ROLES.has(role.slice(0, 3))) return country + role + identity;
    return country + identity + role;
  }

  /**
   * Known names in a token sequence (one sentence is the natural unit): token-index spans, longest
   * match first, left to right, without overlaps. Title-case names need a capitalised token;
   * acronyms need capitals ("US" but not "us"); a few ordinary words ("Dawn", "Amnesty") are not
   * matched at token 0; one-word acronyms are distrusted in shouted (all-caps) sequences.
   * A name inside a hyphenated token ("US-backed") is not found: spans are whole tokens.
   */
  findNames(tokens: readonly string[]): NameSpan[] {
    // token facts are memoised per string
    const facts: TokenFacts[] = new Array(tokens.length);
    let anyStart = false;
    for (let t = 0; t < tokens.length; t++) {
      const f = (facts[t] = this.tokenFacts(tokens[t]));
      if (f.start) anyStart = true;
    }
    // no token opens an indexed key: nothing can match (the common case for most sentences)
    return anyStart ? this.namesWithFacts(tokens, facts) : [];
  }

  /**
   * findNames() with the token facts memoised by word id instead of by string (an array slot is
   * cheaper than a map lookup): ids[from + t] is the id of tokens[t]. `memo` belongs to the caller,
   * one per id numbering and knowledge base; this method fills it. Same result as findNames().
   */
  findNamesById(tokens: readonly string[], ids: ArrayLike<number>, from: number, memo: unknown[]): NameSpan[] {
    const slots = memo as (TokenFacts | undefined)[];
    const facts: TokenFacts[] = new Array(tokens.length);
    let anyStart = false;
    for (let t = 0; t < tokens.length; t++) {
      const id = ids[from + t];
      let f = slots[id];
      if (!f) {
        f = this.tokenFacts(tokens[t]);
        while (slots.length < id) slots.push(undefined); // dense: a sparse write makes a slow dictionary
        slots[id] = f;
      }
      facts[t] = f;
      if (f.start) anyStart = true;
    }
    return anyStart ? this.namesWithFacts(tokens, facts) : [];
  }

  /** findNames() once the facts of the tokens are known. */
  private namesWithFacts(tokens: readonly string[], facts: TokenFacts[]): NameSpan[] {
    let caps = 0;
    let letters = 0;
    for (let t = 0; t < tokens.length; t++) {
      const f = facts[t];
      if (f.letters2) {
        letters++;
        if (f.caps) caps++;
      }
    }
    // words of each token, with a map back to tokens
    const words: string[] = [];
    const orig: string[] = [];
    const tokOf: number[] = [];
    const firstWord: number[] = new Array(tokens.length + 1);
    for (let t = 0; t < tokens.length; t++) {
      firstWord[t] = words.length;
      const f = facts[t];
      for (let k = 0; k < f.cw.length; k++) {
        words.push(f.lw[k]);
        orig.push(f.cw[k]);
        tokOf.push(t);
      }
    }
    firstWord[tokens.length] = words.length;
    const shouting = letters >= 3 && caps / letters >= SHOUTING_RATIO;

    const out: NameSpan[] = [];
    const matchAt = (t: number): { endTok: number; cands: Candidate[] } | null => {
      let best: { endTok: number; cands: Candidate[] } | null = null;
      const w0 = firstWord[t];
      if (w0 === firstWord[t + 1] || !facts[t].start) return null;
      let key = '';
      for (let w = w0; w < words.length && w - w0 < this.maxWords; w++) {
        key = w === w0 ? words[w] : key + ' ' + words[w];
        const cands = this.index.get(key);
        // a match must end at a token boundary
        if (cands?.length && firstWord[tokOf[w] + 1] === w + 1) {
          const textWords = orig.slice(w0, w + 1);
          const endTok = tokOf[w] + 1;
          const ok = cands.filter((c) => this.spanOk(c, textWords, t, shouting) && this.contextOk(c, tokens, t, endTok, out));
          if (ok.length) best = { endTok, cands: ok };
        }
        if (!this.prefixes.has(key)) break;
        // no key goes on with this second word: stop before building "key word" ("the" + most words)
        if (w === w0 && w + 1 < words.length && !this.second.get(key)?.has(words[w + 1])) break;
      }
      return best;
    };
    let t = 0;
    while (t < tokens.length) {
      let best = matchAt(t);
      // "the Kremlin", "the U.S. military": the name without "the" wins when it reaches as far;
      // "the States", "The Hague" keep it (nothing matches without it)
      if (best && words[firstWord[t]] === 'the' && t + 1 < tokens.length) {
        const next = matchAt(t + 1);
        if (next && next.endTok >= best.endTok) {
          t++;
          best = next;
        }
      }
      if (!best) {
        t++;
        continue;
      }
      const [first, ...rest] = best.cands;
      const span: NameSpan = { start: t, end: best.endTok, entry: first.entry, via: first.via };
      if (first.country) span.country = first.country;
      // other readings; synthesized entries of the same country ("US" as name and as demonym) are one reading
      const altIds = [...new Set(rest.filter((c) => !c.country || c.country !== first.country).map((c) => c.entry.id))].filter((id) => id !== first.entry.id);
      const alts = altIds.map((id) => this.byId.get(id)!);
      if (alts.length) span.alternatives = alts;
      out.push(span);
      t = best.endTok;
    }
    return out;
  }

  /** Facts findNames() needs about one token string, memoised (news vocabulary repeats). */
  private tokenFacts(tok: string): TokenFacts {
    let f = this.tokCache.get(tok);
    if (f) return f;
    const cw = caseWords(tok);
    const lw = cw.map((w) => w.toLowerCase());
    const letters2 = cw.length > 0 && /\p{L}{2,}/u.test(tok);
    f = {
      cw,
      lw,
      letters2,
      caps: letters2 && cw.every((w) => !hasLetter(w) || isAllCaps(w)),
      start: lw.length > 0 && (this.index.has(lw[0]) || this.prefixes.has(lw[0])),
    };
    if (this.tokCache.size >= TOKEN_CACHE_MAX) this.tokCache.clear();
    this.tokCache.set(tok, f);
    return f;
  }

  // ───────────── building ─────────────

  /** caseWords() through the load-time memo. */
  private words(s: string): string[] {
    if (!this.memo) return caseWords(s);
    let w = this.memo.get(s);
    if (!w) this.memo.set(s, (w = caseWords(s)));
    return w;
  }

  private key(s: string): string {
    return keyOfWords(this.words(s)).join(' ');
  }

  private buildCountries(): void {
    for (const raw of compiled as CompiledCountry[]) {
      const o = COUNTRY_OVERLAY[raw.iso3] ?? {};
      const drop = new Set((o.drop ?? []).map((d) => this.key(d)));
      const name = o.name ?? raw.name;
      const nameKey = this.key(name);
      const aliases = unique([raw.name, ...raw.aliases, ...(o.aliases ?? [])].filter((a) => !drop.has(this.key(a)) && this.key(a) !== nameKey), (a) => this.key(a));
      const capital = o.capital ?? raw.capital;
      const seatSpecs = o.seats ?? (capital ? [capital] : []);
      const c: KbCountry = {
        iso2: raw.iso2,
        iso3: raw.iso3,
        cameo: o.cameo ?? raw.iso3,
        name,
        aliases,
        demonyms: [...(o.demonyms ?? [])],
        seats: seatSpecs.map((s) => s.split('=')[0]),
        continent: o.continent ?? raw.continent,
      };
      if (capital) c.capital = capital;
      this.countryList.push(c);
      for (const code of [c.iso2, c.iso3, c.cameo]) this.countryByCode.set(code, c);

      // GPE entry for the country itself
      const gpe: KbEntry = { id: `country:${c.iso3}`, name: c.name, aliases: c.aliases, type: 'GPE', country: c.iso3, cameo: c.cameo };
      this.register(gpe);
      this.indexName(c.name, { entry: gpe, country: c, via: 'name', rank: RANK.countryName });
      for (const a of c.aliases) this.indexName(a, { entry: gpe, country: c, via: 'alias', rank: RANK.countryName });

      if (c.demonyms.length) {
        const norp: KbEntry = { id: `demonym:${c.iso3}`, name: c.demonyms[0], aliases: c.demonyms.slice(1), type: 'NORP', country: c.iso3, cameo: c.cameo, note: `nationality of ${c.name}` };
        this.register(norp);
        for (const d of c.demonyms) this.indexName(d, { entry: norp, country: c, via: 'demonym', rank: RANK.demonym });
      }

      const seatCityKeys = new Set<string>();
      for (const spec of seatSpecs) {
        const [seatName, role] = spec.split('=');
        const key = normKey(seatName);
        if (role) {
          const id = `seat:${c.iso3}:${slug(seatName)}`;
          let e = this.byId.get(id);
          if (e) e.aliases.push(seatName);
          else {
            e = {
              id,
              name: seatName.replace(/^the /, ''),
              aliases: [],
              type: 'ORG',
              kind: role === 'LEG' ? 'legislature' : role === 'MIL' ? 'military' : 'gov_body',
              country: c.iso3,
              cameo: c.cameo + role,
              note: `metonym for the ${role} of ${c.name}`,
            };
            this.register(e);
          }
          this.indexName(seatName, { entry: e, country: c, via: 'seat', rank: RANK.seat, seatRole: role }, true);
        } else {
          seatCityKeys.add(key);
          if (CAPITALS_NOT_INDEXED.has(seatName)) continue;
          const e = this.cityEntry(c, seatName, `seat of government of ${c.name}`);
          this.indexName(seatName, { entry: e, country: c, via: 'seat', rank: RANK.seat }, true);
        }
      }
      if (capital && !seatCityKeys.has(normKey(capital)) && !CAPITALS_NOT_INDEXED.has(capital)) {
        const e = this.cityEntry(c, capital, `capital of ${c.name}`);
        this.indexName(capital, { entry: e, country: c, via: 'capital', rank: RANK.capital });
      }
    }
  }

  private cityEntry(c: KbCountry, city: string, note: string): KbEntry {
    const id = `city:${c.iso3}:${slug(city)}`;
    const existing = this.byId.get(id);
    if (existing) return existing;
    const e: KbEntry = { id, name: city, aliases: [], type: 'GPE', country: c.iso3, cameo: c.cameo, note };
    this.register(e);
    return e;
  }

  private isCountryCode(code: string): boolean {
    const c = this.countryByCode.get(code);
    return !!c && c.cameo === code;
  }

  private fromSpec(spec: KbEntrySpec, defaultType: KbType): KbEntry {
    const nameKey = this.key(spec.name);
    const aliases = unique((spec.aliases ?? []).filter((a) => this.key(a) !== nameKey), (a) => this.key(a));
    const e: KbEntry = { id: spec.id, name: spec.name, aliases, type: spec.type ?? defaultType };
    if (spec.kind) e.kind = spec.kind;
    if (spec.country) {
      const c = this.countryByCode.get(spec.country);
      if (!c) throw new Error(`kb: entry ${spec.id} has unknown country ${spec.country}`);
      e.country = c.iso3;
    }
    if (spec.cameo) e.cameo = spec.cameo;
    if (spec.note) e.note = spec.note;
    return e;
  }

  private register(e: KbEntry): void {
    if (this.byId.has(e.id)) {
      const i = this.entryList.indexOf(this.byId.get(e.id)!);
      this.entryList[i] = e;
    } else this.entryList.push(e);
    this.byId.set(e.id, e);
  }

  private addEntry(e: KbEntry, rank: number): void {
    if (this.byId.has(e.id) && rank !== RANK.user) throw new Error(`kb: duplicate entry id ${e.id}`);
    if (this.byId.has(e.id)) this.unindex(e.id);
    this.register(e);
    this.indexName(e.name, { entry: e, via: 'name', rank });
    for (const a of e.aliases) this.indexName(a, { entry: e, via: 'alias', rank });
  }

  /** Remove every candidate of an entry (a user entry replaces a built-in one with the same id). */
  private unindex(id: string): void {
    const strip = (list: Candidate[] | undefined): Candidate[] | undefined => list?.filter((c) => c.entry.id !== id);
    for (const [k, list] of this.index) this.index.set(k, strip(list)!);
  }

  private indexName(name: string, c: Omit<Candidate, 'words' | 'strict'>, seat = false): void {
    const cw = this.words(name);
    const key = keyOfWords(cw);
    if (!key.length) return;
    const cand: Candidate = { entry: c.entry, country: c.country, via: c.via, rank: c.rank, seatRole: c.seatRole, words: cw.slice(cw.length - key.length), strict: strictness(cw) };
    const k = key.join(' ');
    const list = this.index.get(k) ?? [];
    if (!list.some((x) => x.entry.id === cand.entry.id && x.via === cand.via)) {
      let at = list.length;
      while (at > 0 && list[at - 1].rank > cand.rank) at--;
      list.splice(at, 0, cand);
    }
    this.index.set(k, list);
    if (seat) {
      const s = this.seatIndex.get(k) ?? [];
      s.push(cand);
      this.seatIndex.set(k, s);
    }
    if (key.length > 1) {
      let next = this.second.get(key[0]);
      if (!next) this.second.set(key[0], (next = new Set()));
      next.add(key[1]);
      let p = key[0];
      this.prefixes.add(p);
      for (let i = 1; i < key.length - 1; i++) this.prefixes.add((p += ' ' + key[i]));
    }
    if (key.length > this.maxWords) this.maxWords = key.length;
  }

  private buildRoles(specs: RoleSpec[]): void {
    for (const s of specs) {
      const info: RoleInfo = { lemma: s.lemma, role: s.role, person: s.person };
      if (s.secondary) info.secondary = s.secondary;
      if (s.alt) info.alt = s.alt;
      const forms = [s.lemma, ...(s.noPlural ? [] : pluralise(s.lemma)), ...(s.forms ?? [])];
      for (const f of forms) {
        const key = normKey(f);
        if (!key || this.roleIndex.has(key)) continue;
        const fw = caseWords(f);
        const capsOnly = fw.length === 1 && isAllCaps(fw[0].replace(/s$/, '')) && fw[0].length <= 5;
        this.roleIndex.set(key, { info, capsOnly });
        this.addRolePrefixes(key);
        if (capsOnly && !s.noPlural && !/s$/.test(f)) {
          const pk = normKey(f + 's');
          if (!this.roleIndex.has(pk)) {
            this.roleIndex.set(pk, { info, capsOnly });
            this.addRolePrefixes(pk);
          }
        }
      }
    }
  }

  private addRolePrefixes(key: string): void {
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) this.rolePrefixes.add(key.slice(0, i));
  }

  // ───────────── user files ─────────────

  private addUserFile(file: string): void {
    for (const r of readUserFile(file)) {
      const fail = (msg: string): never => {
        throw new KbFileError(r.file, r.line, msg);
      };
      let type: KbType | undefined;
      if (r.type) {
        const t = r.type.toUpperCase() as KbType;
        if (!KB_TYPES.includes(t)) fail(`unknown type "${r.type}" (expected ${KB_TYPES.join(', ')})`);
        type = t;
      }
      let kind: KbKind | undefined;
      if (r.kind) {
        const k = r.kind.toLowerCase() as KbKind;
        if (!KB_KINDS.includes(k)) fail(`unknown kind "${r.kind}" (expected ${KB_KINDS.join(', ')})`);
        kind = k;
      }
      let country: string | undefined;
      if (r.country) {
        const c = this.country(r.country) ?? this.countryByCode.get(r.country.toUpperCase());
        if (!c) fail(`unknown country "${r.country}" (use an ISO code or a country name)`);
        country = c!.iso3;
      }
      let cameo: string | undefined;
      if (r.cameo) {
        if (!CAMEO_RE.test(r.cameo)) fail(`invalid CAMEO code "${r.cameo}" (1 to 5 groups of 3 letters)`);
        cameo = r.cameo === r.cameo.toLowerCase() && r.cameo.length === 3 ? r.cameo : r.cameo.toUpperCase();
      }
      if (!normKey(r.name)) fail(`name "${r.name}" has no letters or digits`);
      const e: KbEntry = {
        id: r.id ?? `user:${slug(r.name)}`,
        name: r.name,
        aliases: unique(r.aliases.filter((a) => normKey(a) !== normKey(r.name))),
        type: type ?? (kind && (kind === 'religious_group' || kind === 'ethnic_group' || kind === 'political_group') ? 'NORP' : 'ORG'),
      };
      if (kind) e.kind = kind;
      if (country) e.country = country;
      if (cameo) e.cameo = cameo;
      if (r.note) e.note = r.note;
      this.addEntry(e, RANK.user);
    }
  }

  // ───────────── matching ─────────────

  private candidates(name: string): Candidate[] {
    const cw = caseWords(name);
    for (const key of queryKeys(name)) {
      const list = this.index.get(key);
      if (!list) continue;
      const n = key.split(' ').length;
      const textWords = cw.length > n ? cw.slice(cw.length - n) : cw;
      const ok = list.filter((c) => this.caseOk(c, textWords));
      if (ok.length) return ok;
    }
    return [];
  }

  /** Case agreement between an alias and text words (lookup-style: only acronyms are strict). */
  private caseOk(c: Candidate, textWords: string[]): boolean {
    if (!c.strict) return true;
    const tw = textWords.slice(textWords.length - c.words.length);
    return tw.length === c.words.length && tw.every((w, i) => strictOk(c.strict!, c.words[i], w));
  }

  /**
   * Context checks for one-word names in running text: a city right after an unmatched capitalised
   * word is usually part of a person's name ("Roberto Almeida Lima") or of another place ("East
   * Jerusalem"); a generic word ("Congress", "Labour") next to one is usually part of a name the
   * KB does not know ("Nigeria Labour Congress").
   */
  private contextOk(c: Candidate, tokens: readonly string[], start: number, end: number, done: NameSpan[]): boolean {
    if (end - start !== 1 || c.words.length !== 1) return true;
    const word = c.words[0].toLowerCase();
    const isCity = (c.via === 'seat' || c.via === 'capital') && c.entry.type === 'GPE';
    const generic = PART_OF_LONGER_NAME.has(word);
    if (!isCity && !generic) return true;
    const last = done[done.length - 1];
    const prevFree = start > 0 && !(last && last.end > start - 1);
    if (start > 0 && (prevFree || generic) && this.nameLike(tokens[start - 1])) return false;
    if (generic && end < tokens.length && this.nameLike(tokens[end])) return false;
    return true;
  }

  /** A capitalised word that can be part of a proper name (not "The", "In", "President"). */
  private nameLike(tok: string): boolean {
    const w = caseWords(tok);
    if (w.length !== 1 || !startsUpper(w[0]) || !/\p{L}{2,}/u.test(w[0])) return false;
    return !NOT_NAME_WORDS.has(w[0].toLowerCase());
  }

  /** Case agreement in running text (findNames). */
  private spanOk(c: Candidate, textWords: string[], startTok: number, shouting: boolean): boolean {
    if (textWords.length !== c.words.length) return false;
    const single = c.words.length === 1;
    if (single && startTok === 0 && SENTENCE_START_UNSAFE.has(c.words[0].toLowerCase()) && !isAllCaps(textWords[0])) return false;
    if (single && shouting && isAllCaps(c.words[0]) && !SHOUTING_SAFE.has(c.words[0])) return false;
    if (c.strict && !this.caseOk(c, textWords)) return false;
    for (let i = 0; i < c.words.length; i++) {
      const aw = c.words[i];
      const tw = textWords[i];
      if (!hasLetter(aw) || aw === aw.toLowerCase()) continue; // "al", "of", digits
      // internal capitals ("McCain", "AfDB"): as written, or all in capitals
      if (!isAllCaps(aw) && /\p{Lu}/u.test(aw.slice(1))) {
        if (tw === aw || isAllCaps(tw)) continue;
        return false;
      }
      if (isAllCaps(aw) && aw.replace(/[^\p{L}]/gu, '').length >= 2) {
        if (isAllCaps(tw)) continue;
        // "Nato", "Unicef": Title case is accepted for longer acronyms that are not English words
        const titled = startsUpper(tw) && tw.slice(1) === tw.slice(1).toLowerCase();
        if (!c.strict && aw.length >= 4 && titled && !COMMON_WORDS.has(aw.toLowerCase())) continue;
        return false;
      }
      if (!startsUpper(tw)) return false;
    }
    return true;
  }
}
