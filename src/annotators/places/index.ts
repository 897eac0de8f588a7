// The `places` annotator: every place name (GPE/LOC mentions, the dateline, "City, Region" pairs and
// region abbreviations) resolved to a gazetteer entry with coordinates. Candidates come from the
// gazetteer (GeoNames cities, regions, countries; hand-written areas); the choice weighs each
// candidate's prominence (population, capital, country) against the article's context: the
// countries it mentions, its dateline, the regions and nearby places it names, and an adjacent
// container ("Paris, Texas"). Metonymic uses ("Moscow said") are kept but marked.

import type { Doc } from '../../doc/doc.ts';
import type { Mention, Place, Token } from '../../doc/types.ts';
import { KnowledgeBase, type KbCountry } from '../../kb/index.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { METONYMY_GAP, METONYMY_VERBS } from './data/metonymy.ts';
import { Gazetteer, Kind, placeKey, Via, type Candidate } from './gazetteer.ts';
import { firstStartingFrom } from '../../util/spans.ts';

export { Gazetteer, placeKey } from './gazetteer.ts';

/** A stretch of text to resolve. */
interface Surface {
  start: number;
  end: number;
  text: string;
  mention?: Mention;
  dateline?: boolean;
  /** index of the surface this one names the container of ("Texas" in "Paris, Texas") */
  containerOf?: number;
  /** index of this surface's container */
  container?: number;
  /** position in a dateline: 0 for the first part (a city) */
  part?: number;
  /** a word next to it says it is a region (true: "province", "state of") or a city (false: "city of") */
  regionWord?: boolean;
}

const REGION_AFTER = /^\s+(?:province|governorate|state|region|county|district|prefecture|oblast|department)\b/i;
const REGION_BEFORE = /\b(?:province|state|governorate|region|county) of\s+$/i;
const CITY_BEFORE = /\b(?:city|town|village) of\s+$/i;
const CITY_AFTER = /^\s+city\b/i;

function regionWord(text: string, s: Surface): boolean | undefined {
  const after = text.slice(s.end, s.end + 16);
  const before = text.slice(Math.max(0, s.start - 16), s.start);
  if (REGION_AFTER.test(after) || REGION_BEFORE.test(before)) return true;
  if (CITY_BEFORE.test(before) || CITY_AFTER.test(after)) return false;
  return undefined;
}

interface Scored {
  row: number;
  via: Via;
  /** the knowledge-base country, for country candidates */
  country?: KbCountry;
  score: number;
  /** a region that shares its name with its seat city */
  seatNamed?: boolean;
}

const MAX_CANDIDATES = 40;
const R_EARTH = 6371.0088;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R_EARTH * Math.asin(Math.min(1, Math.sqrt(a)));
}

export class PlaceResolver {
  constructor(
    readonly gaz: Gazetteer,
    readonly kb: KnowledgeBase,
  ) {}

  /** The knowledge-base country a name denotes (names and aliases, not demonyms). */
  private countryOf(text: string, mention?: Mention): KbCountry | undefined {
    if (mention?.kb?.startsWith('country:')) return this.kb.country(mention.kb.slice(8));
    const title = /^[\p{Lu}\s.,'-]+$/u.test(text) && text.length > 3 ? text.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : text;
    const c = this.kb.country(title);
    if (!c) return undefined;
    if (this.kb.countryOfDemonym(title) === c && !c.aliases.includes(title) && c.name !== title) return undefined;
    return c;
  }

  /** Candidate rows of a surface, with their prior scores. */
  candidates(s: Surface, postal: boolean): Scored[] {
    const out: Scored[] = [];
    const seen = new Set<number>();
    const push = (row: number, via: Via, prior: number, country?: KbCountry): void => {
      if (seen.has(row)) return;
      seen.add(row);
      out.push({ row, via, score: prior, country });
    };
    const g = this.gaz;
    const text = s.text.replace(/^the\s+/i, '');
    for (const c of g.abbreviation(text, postal)) push(c.row, c.via, 9);
    const kbId = s.mention?.kb;
    if (kbId) {
      const r = g.kbRow(kbId);
      if (r !== undefined) push(r, Via.Name, 11);
    }
    const country = this.countryOf(text, s.mention);
    if (country) {
      const r = g.countryRow(country.iso2);
      if (r !== undefined) push(r, Via.Name, 14, country);
    }
    let list: readonly Candidate[] = g.lookup(placeKey(text));
    if (list.length > MAX_CANDIDATES) list = [...list].sort((a, b) => g.pop[b.row] - g.pop[a.row]).slice(0, MAX_CANDIDATES);
    for (const c of list) push(c.row, c.via, this.prior(c.row, c.via, kbId));
    // a region named after its seat (Najaf, Erbil, Basra): the city is what news means
    for (const c of out) {
      if (g.kind[c.row] !== Kind.Admin1) continue;
      if (out.some((o) => g.kind[o.row] === Kind.Place && g.cc[o.row] === g.cc[c.row] && g.a1[o.row] === g.a1[c.row] && (g.fcode[o.row] === 'PPLA' || g.fcode[o.row] === 'PPLC'))) {
        c.score -= 3;
        c.seatNamed = true;
      }
    }
    return out;
  }

  private prior(r: number, via: Via, kbId?: string): number {
    const g = this.gaz;
    let p: number;
    switch (g.kind[r]) {
      case Kind.Area:
        p = 9;
        break;
      case Kind.Admin1:
        p = Math.log10(g.pop[r] + 10) + 3;
        break;
      case Kind.Admin2:
        p = 2.5 + Math.log10(g.pop[r] + 1);
        break;
      default: {
        const f = g.fcode[r];
        // population weighs more among cities: a world city beats a namesake town in a country the article names
        p = 1.25 * Math.log10(g.pop[r] + 10) + (f === 'PPLC' ? 2 : f === 'PPLA' ? 1 : f === 'PPLA2' ? 0.3 : 0);
        // the knowledge base names it as a capital or seat of that country
        if (kbId?.startsWith('city:') && (f === 'PPLC' || f === 'PPLA' || g.pop[r] > 100_000) && this.kb.country(kbId.split(':')[1])?.iso2 === g.cc[r]) p += 3;
      }
    }
    if (via === Via.Variant) p -= 1;
    if (via === Via.Alias) p += 4.5;
    return p;
  }
}

/**
 * Doc-level context, each fact with the names (place keys) that support it, so that a name never
 * supports its own reading (twelve "Santa Ana"s must not vote for El Salvador among themselves).
 */
interface Context {
  /** country (ISO alpha-2) -> keys of the names that point to it */
  countries: Map<string, Set<string>>;
  keys: Set<string>;
  datelineCountry?: string;
  /** admin1 regions ("US.TX") -> keys of names that are or lie in them */
  regions: Map<string, Set<string>>;
  /** resolved non-country places: [lat, lon, key] */
  points: [number, number, string][];
  /** country -> keys of names resolved to its first-level regions (a list of states) */
  admin1: Map<string, Set<string>>;
}

function support(map: Map<string, Set<string>>, fact: string, key: string): void {
  const set = map.get(fact);
  if (set) set.add(key);
  else map.set(fact, new Set([key]));
}

/** How many other names support a fact. */
function others(map: Map<string, Set<string>>, fact: string, key: string): number {
  const set = map.get(fact);
  if (!set) return 0;
  return set.size - (set.has(key) ? 1 : 0);
}

function contextScore(res: PlaceResolver, c: Scored, ctx: Context, key: string): number {
  const g = res.gaz;
  const r = c.row;
  const cc = g.cc[r];
  const kind = g.kind[r];
  let s = 0;
  if (cc) {
    const n = others(ctx.countries, cc, key);
    if (n > 0) s += 1 + 2 * Math.min(1, n / Math.max(1, ctx.keys.size - 1));
    if (ctx.datelineCountry === cc && kind !== Kind.Country) s += 2;
  }
  const region = `${cc}.${g.a1[r]}`;
  if ((kind === Kind.Place || kind === Kind.Admin2) && others(ctx.regions, region, key) > 0) s += 2.5;
  if (kind === Kind.Admin1 && others(ctx.regions, region, key) > 0) s += 1;
  if (kind === Kind.Admin1 && !c.seatNamed && others(ctx.admin1, cc, key) > 0) s += 2;
  if (kind !== Kind.Country && kind !== Kind.Area) {
    for (const [lat, lon, k] of ctx.points) {
      if (k === key) continue;
      if (distanceKm(lat, lon, g.lat[r], g.lon[r]) < 250) {
        s += 1.5;
        break;
      }
    }
  }
  return s;
}

/** The bonus of a candidate inside (or outside) the place chosen for its container. */
function containerScore(res: PlaceResolver, c: Scored, container: Scored): number {
  const g = res.gaz;
  const r = c.row;
  const cc = g.cc[r];
  const k = g.kind[container.row];
  const inside =
    (k === Kind.Country && g.cc[container.row] === cc) ||
    ((k === Kind.Admin1 || k === Kind.Admin2) && g.cc[container.row] === cc && g.a1[container.row] === g.a1[r]) ||
    (k === Kind.Area && g.area[container.row]?.cc === cc);
  return inside ? 10 : -3;
}

const CAPITALISED = /^\p{Lu}/u;

/** The surfaces of a document: dateline parts, place mentions, "City, Region" containers and abbreviations. */
function surfaces(doc: Doc, res: PlaceResolver): Surface[] {
  const text = doc.text;
  const out: Surface[] = [];
  const dl = doc.meta.dateline;
  if (dl) {
    let at = dl.place.start;
    dl.place.text.split(',').forEach((raw, part) => {
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      const start = at + lead;
      at += raw.length + 1;
      if (!t || /\d/.test(t)) return;
      out.push({ start, end: start + t.length, text: t, dateline: true, part });
    });
    for (let i = 1; i < out.length; i++) {
      out[i].containerOf = i - 1;
      out[i - 1].container = i;
    }
  }
  const taken = (s: number, e: number): boolean => out.some((o) => o.start < e && s < o.end);
  const mentions = doc.has('mentions') ? doc.layer('mentions') : [];
  for (const m of mentions) {
    if (m.form !== 'name') continue;
    const t = text.slice(m.start, m.end);
    const isPlace = m.type === 'GPE' || m.type === 'LOC';
    // a mention of another type that is exactly a region abbreviation ("NSW")
    if (!isPlace && !res.gaz.abbreviation(t, false).length) continue;
    // "US-led", "Iraq-based": an adjective, not a place; "US$", "A/California/7/2009": no place either
    if (text[m.end] === '$' || text[m.end] === '/' || text[m.start - 1] === '/') continue;
    if (text[m.end] === '-' || (m.start > 0 && text[m.start - 1] === '-' && /\p{L}/u.test(text[m.start - 2] ?? ''))) continue;
    const dup = out.findIndex((o) => o.start < m.end && m.start < o.end);
    if (dup >= 0) {
      if (out[dup].dateline && !out[dup].mention) out[dup].mention = m;
      continue;
    }
    out.push({ start: m.start, end: m.end, text: t, mention: m });
  }
  // "Pandi, Bulacan", "Springfield, Ill.": a container right after a place name
  const tokens: readonly Token[] = doc.has('tokens') ? doc.layer('tokens') : [];
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const s = out[i];
    if (s.dateline) continue;
    let k = s.end;
    while (k < text.length && text[k] === ' ') k++;
    if (text[k] !== ',') continue;
    k++;
    while (k < text.length && text[k] === ' ') k++;
    const ti = tokenStartingAt(tokens, k);
    if (ti < 0) continue;
    // up to three capitalised tokens
    let best: Surface | null = null;
    for (let w = 1; w <= 3 && ti + w - 1 < tokens.length; w++) {
      const last = tokens[ti + w - 1];
      const first = tokens[ti];
      if (!CAPITALISED.test(text.slice(last.start, last.end))) break;
      const t = text.slice(first.start, last.end);
      if (taken(first.start, last.end)) break;
      // "in Madrid, Mendes was asked": a person after the comma is no container
      const cands = res.candidates({ start: first.start, end: last.end, text: t }, true);
      // a container holds the place: "in Madrid, Mendes was asked" has no Spanish region Mendes
      const inner = new Set(res.candidates(s, false).map((c) => res.gaz.cc[c.row]));
      const holds = (row: number): boolean => !inner.size || inner.has(res.gaz.cc[row]);
      if (cands.some((c) => { const kd = res.gaz.kind[c.row]; return (kd === Kind.Admin1 || kd === Kind.Admin2 || kd === Kind.Country) && holds(c.row); })) best = { start: first.start, end: last.end, text: t };
    }
    if (best) {
      best.containerOf = i;
      s.container = out.length;
      out.push(best);
    }
  }
  // a following surface that already exists can be the container too ("Paris, Texas" both tagged)
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    if (s.container !== undefined || s.containerOf !== undefined) continue;
    const next = out.find((o) => o.start > s.end && /^\s*,\s*$/.test(text.slice(s.end, o.start)));
    if (next && next.containerOf === undefined) {
      const j = out.indexOf(next);
      s.container = j;
      next.containerOf = i;
    }
  }
  return out;
}

/** Is the place used for its government or people ("Moscow said", "with Russia saying")? */
const LOCATIVE = new Set(['in', 'at', 'from', 'of', 'to', 'across', 'throughout', 'into', 'near', 'within', 'on', 'for', 'around', 'outside', 'inside', 'across', 'by', 'through', 'over', 'under', 'towards', 'toward', 'between', 'and', 'or']);

/** Index of the token that starts at `offset`, or -1 (binary search: no per-document index of every token). */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const i = firstStartingFrom(tokens, offset);
  return i < tokens.length && tokens[i].start === offset ? i : -1;
}

function metonymic(doc: Doc, s: Surface, tokens: readonly Token[]): boolean {
  // "officials in the United Kingdom have confirmed": the place is not the subject
  const before = doc.text.slice(Math.max(0, s.start - 24), s.start).toLowerCase().match(/([a-z]+)\s+(?:the\s+)?$/);
  if (before && LOCATIVE.has(before[1])) return false;
  // the token after the surface
  let i = firstStartingFrom(tokens, s.end);
  if (i >= tokens.length) return false;
  for (let gap = 0; gap < 3 && i < tokens.length; gap++, i++) {
    const w = doc.text.slice(tokens[i].start, tokens[i].end).toLowerCase();
    if (METONYMY_VERBS.has(w)) return true;
    if (!METONYMY_GAP.has(w)) return false;
  }
  return false;
}

export function resolvePlaces(doc: Doc, res: PlaceResolver): Place[] {
  const g = res.gaz;
  const surf = surfaces(doc, res);
  if (!surf.length) return [];
  for (const s of surf) s.regionWord = regionWord(doc.text, s);
  const cands = surf.map((s) => res.candidates(s, s.containerOf !== undefined));
  const keys = surf.map((s) => placeKey(s.text.replace(/^the\s+/i, '')));
  // one sense per name and document: occurrences of a name are resolved together
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => (groups.get(k) ?? groups.set(k, []).get(k)!).push(i));
  // context: countries named by mentions (countries, capitals, demonyms, cities of the KB)
  const ctx: Context = { countries: new Map(), keys: new Set(), regions: new Map(), points: [], admin1: new Map() };
  const mentions = doc.has('mentions') ? doc.layer('mentions') : [];
  for (const m of mentions) {
    if (!m.country || m.form === 'pronoun') continue;
    const c = res.kb.country(m.country);
    if (!c) continue;
    const key = placeKey(doc.text.slice(m.start, m.end));
    support(ctx.countries, c.iso2, key);
    ctx.keys.add(key);
  }
  let choice: (Scored | undefined)[] = surf.map(() => undefined);
  const choose = (pass: number): (Scored | undefined)[] => {
    const out: (Scored | undefined)[] = surf.map(() => undefined);
    for (const [key, members] of groups) {
      // a member with its own container ("Paris, Texas") may differ from the others: resolve alone
      const contained = members.filter((i) => pass > 0 && surf[i].container !== undefined && choice[surf[i].container!]);
      const rest = members.filter((i) => !contained.includes(i));
      for (const set of [...contained.map((i) => [i]), rest]) {
        if (!set.length) continue;
        const scores = new Map<number, Scored>();
        for (const i of set) {
          const s = surf[i];
          for (const c of cands[i]) {
            let score = c.score + contextScore(res, c, ctx, key);
            if (s.container !== undefined && choice[s.container] && pass > 0) score += containerScore(res, c, choice[s.container]!);
            // the first part of a dateline is a city; later parts and containers are not
            if (s.dateline && s.part === 0 && g.kind[c.row] === Kind.Place) score += 2;
            if (s.containerOf !== undefined && g.kind[c.row] === Kind.Place) score -= 2;
            // a container that holds a reading of the place before it ("Atlanta, Georgia": the state)
            if (s.containerOf !== undefined && cands[s.containerOf].some((o) => o.row !== c.row && containerScore(res, o, c) > 0)) score += 6;
            // "Najaf province", "the state of Georgia", "the city of Najaf"
            if (s.regionWord !== undefined) score += (g.kind[c.row] === Kind.Admin1 || g.kind[c.row] === Kind.Admin2) === s.regionWord ? 3 : -3;
            const prev = scores.get(c.row);
            if (!prev || score > prev.score) scores.set(c.row, { ...c, score });
          }
        }
        // contained members that found their container keep that reading for the whole name
        let best: Scored | undefined;
        for (const c of scores.values()) if (!best || c.score > best.score) best = c;
        for (const i of set) out[i] = best;
      }
    }
    return out;
  };
  choice = choose(0);
  // the dateline's country weighs on everything else
  const first = surf.findIndex((s) => s.dateline);
  if (first >= 0 && choice[first]) ctx.datelineCountry = g.cc[choice[first]!.row];
  for (let pass = 1; pass <= 2; pass++) {
    ctx.regions = new Map();
    ctx.points = [];
    ctx.admin1 = new Map();
    choice.forEach((c, i) => {
      if (!c) return;
      const k = g.kind[c.row];
      const key = keys[i];
      if (k === Kind.Admin1 || k === Kind.Place || k === Kind.Admin2) support(ctx.regions, `${g.cc[c.row]}.${g.a1[c.row]}`, key);
      if (k === Kind.Place || k === Kind.Admin2) ctx.points.push([g.lat[c.row], g.lon[c.row], key]);
      if (k === Kind.Admin1) support(ctx.admin1, g.cc[c.row], key);
      if (k !== Kind.Country && g.cc[c.row] && pass === 1) {
        support(ctx.countries, g.cc[c.row], key);
        ctx.keys.add(key);
      }
    });
    choice = choose(pass);
  }
  const tokens = doc.has('tokens') ? doc.layer('tokens') : [];
  const out: Place[] = [];
  surf.forEach((s, i) => {
    const c = choice[i];
    if (!c) return;
    const r = c.row;
    const p = { id: '', start: s.start, end: s.end } as Place;
    if (s.mention) p.mention = s.mention.id;
    p.name = g.name[r];
    p.feature = g.feature(r);
    const cc = g.cc[r];
    if (c.country) p.country = c.country.iso3;
    else if (cc) {
      const k = res.kb.country(cc);
      if (k) p.country = k.iso3;
    }
    if (g.kind[r] === Kind.Place || g.kind[r] === Kind.Admin2) {
      const a = g.admin1Row(cc, g.a1[r]);
      if (a !== undefined) p.region = g.name[a];
    } else if (g.kind[r] === Kind.Admin1) p.region = g.name[r];
    p.lat = Math.round(g.lat[r] * 1000) / 1000;
    p.lon = Math.round(g.lon[r] * 1000) / 1000;
    if (g.gid[r]) p.geonames = g.gid[r];
    if (g.pop[r] && g.kind[r] !== Kind.Admin2) p.population = g.pop[r];
    if (s.dateline) p.dateline = true;
    const k = g.kind[r];
    if (!s.dateline && (k === Kind.Country || (k === Kind.Place && (g.fcode[r] === 'PPLC' || s.mention?.kb?.startsWith('city:')))) && metonymic(doc, s, tokens)) p.metonymic = true;
    // confidence: the margin over the runner-up
    let second = -Infinity;
    for (const o of cands[i]) if (o.row !== r) second = Math.max(second, o.score + contextScore(res, o, ctx, keys[i]));
    const margin = c.score - (second === -Infinity ? 0 : second) - (s.container !== undefined && choice[s.container] ? containerScore(res, c, choice[s.container]!) : 0);
    p.confidence = Math.round((second === -Infinity ? 0.95 : 1 / (1 + Math.exp(-margin))) * 100) / 100;
    out.push(p);
  });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  out.forEach((p, i) => (p.id = `p${i}`));
  return out;
}

export const placesAnnotator = defineAnnotator({
  name: 'places',
  version: '0.1.0',
  description: 'Place names (GPE/LOC mentions, the dateline) resolved to gazetteer entries with coordinates; metonymic uses marked.',
  requires: ['tokens', 'sentences', 'mentions'],
  produces: ['places'],
  options: {
    kbFiles: { type: 'string[]', default: [], description: 'extra knowledge-base entries (JSON or CSV files), as given to entities' },
  },
  create: (config, resources) => {
    const gaz = resources.get('gazetteer', () => Gazetteer.load());
    const kb = resources.get(`kb:${config.kbFiles.join('|')}`, () => KnowledgeBase.load({ extraFiles: [...config.kbFiles] }));
    const res = new PlaceResolver(gaz, kb);
    return (doc) => ({ places: resolvePlaces(doc, res) });
  },
});
