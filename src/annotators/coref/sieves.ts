// Coreference sieves, most precise first (after Lee et al. 2013, "Deterministic coreference
// resolution based on entity-centric, precision-ranked rules"), written for news: names and their
// short forms, titles and appositions, capitals standing for governments, descriptions, the
// delayed identification of a lead's "A prominent leader ...", and pronouns.

import type { EntityRole } from '../../doc/types.ts';
import { nameKey, surnameKey, type CorefContext, type MentionInfo } from './context.ts';
import { nameGender } from './pronoun/names.ts';
import { resolvePronouns as resolveChain, type CandidateEntity } from './pronoun/index.ts';

/** Words after a capital that show it acts as a government ("Moscow said", "Washington has"). */
const AGENT_WORDS = new Set([
  'said', 'says', 'saying', 'say', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'may', 'might',
  'accused', 'accuses', 'denied', 'denies', 'warned', 'warns', 'offered', 'offers', 'announced', 'announces',
  'rejected', 'rejects', 'welcomed', 'welcomes', 'condemned', 'condemns', 'demanded', 'demands', 'insisted',
  'insists', 'claimed', 'claims', 'agreed', 'agrees', 'refused', 'refuses', 'sent', 'sends', 'threatened',
  'threatens', 'called', 'calls', 'wants', 'wanted', 'believes', 'expects', 'hopes', 'plans', 'decided',
  'responded', 'retaliated', 'launched', 'imposed', 'recalled', 'summoned', 'expelled', 'urged', 'urges',
]);

const DEFINITE = new Set(['the', 'this', 'these', 'those']);

function isName(x: MentionInfo): boolean {
  return x.m.form === 'name';
}

/** 1. Identical names, knowledge-base aliases (ISIS = Islamic State), one country's names (US = USA). */
export function matchNames(ctx: CorefContext): void {
  const byKey = new Map<string, number>();
  for (const x of ctx.infos) {
    if (!isName(x)) continue;
    const keys = [`${x.m.type}:${x.key}`];
    if (x.m.kb) keys.push(`kb:${x.m.kb}`);
    if (x.m.type === 'GPE' && x.m.kind === 'country' && x.m.country) keys.push(`country:${x.m.country}`);
    for (const k of keys) {
      const prev = byKey.get(k);
      if (prev !== undefined) ctx.union(prev, x.index);
      else byKey.set(k, x.index);
    }
  }
}

/** 2. Short forms of person names ("Rashidi" for "Samir Al-Rashidi") and demonyms for their country's entity. */
export function matchShortNames(ctx: CorefContext): void {
  const persons = ctx.infos.filter((x) => isName(x) && x.m.type === 'PERSON');
  // each name's words and, for longer names, the surname key, once (the pairs below are quadratic)
  const words = persons.map((x) => x.text.split(/\s+/));
  const surnames = words.map((ws) => (ws.length >= 2 ? surnameKey(ws[ws.length - 1]) : null));
  persons.forEach((x, i) => {
    if (words[i].length !== 1) return;
    const key = surnameKey(words[i][0]);
    // the most recent longer name with this surname (or, failing that, this first name)
    let best: MentionInfo | undefined;
    persons.forEach((y, j) => {
      if (y.index === x.index || surnames[j] === null) return;
      if (surnames[j] === key && (!best || Math.abs(y.index - x.index) < Math.abs(best.index - x.index))) best = y;
    });
    if (best) ctx.union(best.index, x.index);
  });
  // an organisation's first word(s) stand for it ("Badr" for "Badr Organization"); initials too ("PMF")
  const orgs = ctx.infos
    .filter((x) => isName(x) && x.m.type === 'ORG')
    .map((y) => ({ y, initials: y.key.split(' ').filter((w) => !['of', 'the', 'and', 'for'].includes(w)).map((w) => w[0]).join('') }));
  for (const { y: x } of orgs) {
    const key = x.key;
    const keySpace = `${key} `;
    const acronym = x.text === x.text.toUpperCase() && key.length >= 2;
    for (const { y, initials } of orgs) {
      // the cheap string test first (the pairs are quadratic); the order of the tests changes no answer
      if (!((key.length > 2 && y.key.startsWith(keySpace)) || (acronym && initials === key))) continue;
      if (y.index === x.index || ctx.same(x.index, y.index)) continue;
      // a known organisation never becomes the short form of an unknown longer name ("NATO" of "NATO Support")
      if (x.m.kb && x.m.kb !== y.m.kb) continue;
      {
        ctx.union(y.index, x.index);
        break;
      }
    }
  }
  // "Russian" (the people, the state) joins the entity of Russia when the text names it
  const countryRoot = new Map<string, number>();
  for (const x of ctx.infos) if (isName(x) && x.m.type === 'GPE' && x.m.kind === 'country' && x.m.country && !countryRoot.has(x.m.country)) countryRoot.set(x.m.country, x.index);
  for (const x of ctx.infos) {
    if (!isName(x) || x.m.type !== 'NORP' || !x.m.country) continue;
    const root = countryRoot.get(x.m.country);
    if (root !== undefined) ctx.union(root, x.index);
  }
}

/** 3. A capital or seat of government that acts ("Moscow saying", "Washington has") is its country's government. */
export function matchMetonyms(ctx: CorefContext): void {
  const countryRoot = new Map<string, number>();
  for (const x of ctx.infos) if (isName(x) && x.m.kind === 'country' && x.m.country && !countryRoot.has(x.m.country)) countryRoot.set(x.m.country, x.index);
  for (const x of ctx.infos) {
    if (!isName(x) || x.m.kind !== 'city' || !x.m.country) continue;
    const next = ctx.word(x.tokenEnd).toLowerCase();
    if (!AGENT_WORDS.has(next)) continue;
    const root = countryRoot.get(x.m.country);
    if (root !== undefined) ctx.union(root, x.index);
  }
}

/** Title words right before a person's name: "Iraqi Prime Minister Ana Ruiz", "union negotiator Joost Verbeek". */
export function titlesAndAppositions(ctx: CorefContext): void {
  const byStart = new Map(ctx.infos.map((x) => [x.tokenStart, x]));
  for (const x of ctx.infos) {
    if (!isName(x) || x.m.type !== 'PERSON') continue;
    // title: up to three role words right before the name, optionally after a country name or demonym
    let t = x.tokenStart;
    let title: string | undefined;
    for (let width = 3; width >= 1 && !title; width--) {
      if (t - width < 0) continue;
      const words = Array.from({ length: width }, (_, k) => ctx.word(t - width + k));
      if (!words.every((w) => /^\p{L}[\p{L}.'’-]*$/u.test(w))) continue;
      const phrase = words.join(' ');
      const role = ctx.kb.role(phrase);
      if (role?.person) {
        title = phrase;
        t -= width;
      }
    }
    if (title) {
      const role: EntityRole = { title, evidence: x.m.id };
      const before = ctx.infos.find((y) => y.tokenEnd === t && isName(y) && (y.m.type === 'NORP' || y.m.type === 'GPE'));
      if (before?.m.country) role.country = before.m.country;
      ctx.addRole(x.index, role);
    }
    // reverse apposition: "Estonia's defence minister, NAME," / "a senior official, NAME,"
    if (!title && ctx.word(x.tokenStart - 1) === ',') {
      const desc = ctx.infos.find((y) => y.tokenEnd === x.tokenStart - 1 && y.m.form === 'nominal' && y.m.type === 'PERSON' && y.sentence === x.sentence);
      if (desc && !ctx.same(desc.index, x.index)) {
        ctx.union(desc.index, x.index);
        const role: EntityRole = { title: ctx.doc.text.slice(desc.m.head.start, desc.m.head.end), evidence: desc.m.id };
        const owner = ctx.infos.find((y) => y.tokenEnd === desc.tokenStart - 1 && /^['’]s$/.test(ctx.word(desc.tokenStart - 1)) && y.m.form === 'name');
        const country = desc.m.country ?? (owner?.m.type === 'GPE' ? owner.m.country : undefined);
        if (country) role.country = country;
        if (owner?.m.type === 'ORG') role.org = `@${owner.index}`;
        ctx.addRole(x.index, role);
      }
    }
    // apposition: "NAME, a leader of the Badr Organization," / "NAME, the party's leader,"
    if (ctx.word(x.tokenEnd) === ',') {
      const app = byStart.get(x.tokenEnd + 1);
      if (app && app.m.form === 'nominal' && app.m.type === 'PERSON' && app.sentence === x.sentence) {
        ctx.union(x.index, app.index);
        const role: EntityRole = { title: ctx.doc.text.slice(app.m.head.start, app.m.head.end), evidence: app.m.id };
        // "... of the [modifiers] ORG": the organisation named after "of" in the same clause
        if (ctx.word(app.tokenEnd).toLowerCase() === 'of') {
          // the last organisation of that phrase is its head ("of the X-linked Badr Organization")
          const orgs = ctx.infos.filter((y) => y.index > app.index && isName(y) && y.m.type === 'ORG' && y.tokenStart <= app.tokenEnd + 10 && y.sentence === x.sentence && !hasCommaBetween(ctx, app.tokenEnd, y.tokenStart));
          const org = orgs[orgs.length - 1];
          if (org) role.org = `@${org.index}`;
        }
        if (app.m.country) role.country = app.m.country;
        ctx.addRole(x.index, role);
      }
    }
  }
}

function hasCommaBetween(ctx: CorefContext, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (ctx.word(t) === ',') return true;
  return false;
}

function determiner(ctx: CorefContext, x: MentionInfo): string {
  return ctx.word(x.tokenStart).toLowerCase();
}

/** Lower-case words of a description other than its determiner and head ("badr", "organization"). */
function modifiers(ctx: CorefContext, x: MentionInfo): string[] {
  const out: string[] = [];
  for (let t = x.tokenStart; t < x.tokenEnd; t++) {
    const tok = ctx.tokens[t];
    if (tok.start >= x.m.head.start) break;
    const w = ctx.word(t).toLowerCase();
    if (!DEFINITE.has(w) && w !== 'a' && w !== 'an') out.push(w);
  }
  return out;
}

/** Could description d refer to the entity of mention c? Same type; for people, a stated role with d's head. */
function compatible(ctx: CorefContext, d: MentionInfo, c: MentionInfo): boolean {
  if (d.m.type !== c.m.type && !(d.m.type === 'ORG' && c.m.type === 'GPE' && d.m.role === 'GOV')) return false;
  const entity = ctx.members(c.index);
  if (d.m.type === 'PERSON') {
    const head = d.headText;
    const roles = ctx.entityRoles(c.index);
    const sharesHead = roles.some((r) => r.title?.toLowerCase().split(/\s+/).includes(head)) || entity.some((y) => y.m.form === 'nominal' && y.headText === head);
    // "the Ethiopian diplomat" for an Ethiopian foreign minister: same role family and country
    const sameRoleAndCountry =
      d.m.country !== undefined && d.m.role !== undefined && roles.some((r) => r.country === d.m.country && r.title !== undefined && ctx.kb.role(r.title)?.role === d.m.role);
    if (!sharesHead && !sameRoleAndCountry) return false;
    // modifiers that name an organisation must match the entity's organisation ("the Hawk movement leader")
    const mods = modifiers(ctx, d).filter((w) => /^\p{L}/u.test(w));
    const orgNames = roles.map((r) => (r.org ? ctx.infos[Number(r.org.slice(1))]?.text.toLowerCase() : '')).join(' ');
    const properMods = mods.filter((w) => ctx.doc.text.includes(w[0].toUpperCase() + w.slice(1)) && !ctx.kb.countryOfDemonym(w));
    return properMods.every((w) => orgNames.includes(w) || entity.some((y) => y.text.toLowerCase().includes(w)));
  }
  if (c.m.form === 'nominal') return c.headText === d.headText && (!d.m.country || !c.m.country || d.m.country === c.m.country) && (d.m.type !== 'ORG' || sameInstitution(ctx, d, entity));
  // an organisation description names its kind ("the channel" -> a media outlet); a kindless one
  // ("the coalition") only repeats an earlier description with its head
  if (!d.m.kind) return false;
  // a name of no known kind is of the description's kind when it contains its head ("Northland
  // Regional Government" for "the regional government")
  const namesHead = !c.m.kind && c.m.form === 'name' && c.text.toLowerCase().split(/\s+/).includes(d.headText);
  if (d.m.kind !== c.m.kind && !namesHead && !(d.m.kind === 'armed_group' && c.m.kind === 'political_group')) return false;
  return sameInstitution(ctx, d, entity);
}

/** Levels of government: "the federal government" is not the regional one named before. */
const GOVERNMENT_LEVELS = ['federal', 'national', 'central', 'regional', 'provincial', 'state', 'local', 'municipal', 'city', 'county', 'interim', 'transitional'];
/** Institutions a description names that no other body of the same kind is ("the consulate" is not the government). */
const DISTINCT_INSTITUTIONS = new Set(['embassy', 'consulate', 'mission', 'court', 'parliament', 'senate', 'congress', 'assembly', 'police', 'army', 'navy', 'military', 'commission', 'council', 'central bank', 'bank', 'university', 'hospital']);

const wordRegExps = new Map<string, RegExp>();

/** A pattern for `w` as a whole word, compiled once per word (descriptions ask for the same few). */
function wordRegExp(w: string): RegExp {
  let re = wordRegExps.get(w);
  if (!re) {
    re = new RegExp(`(?:^|[^\\p{L}])${w}(?:$|[^\\p{L}])`, 'u');
    if (wordRegExps.size > 10_000) wordRegExps.clear();
    wordRegExps.set(w, re);
  }
  return re;
}

/** An organisation description and an entity of its kind: no other country, no other level of government, no other institution. */
function sameInstitution(ctx: CorefContext, d: MentionInfo, entity: readonly MentionInfo[]): boolean {
  if (d.m.country) {
    const countries = entity.map((y) => y.m.country).filter((x): x is string => Boolean(x));
    if (countries.length && !countries.includes(d.m.country)) return false;
  }
  const texts = entity.map((y) => y.text.toLowerCase());
  const has = (t: string, w: string): boolean => wordRegExp(w).test(t);
  for (const w of modifiers(ctx, d)) {
    if (!GOVERNMENT_LEVELS.includes(w) || texts.some((t) => has(t, w))) continue;
    if (texts.some((t) => GOVERNMENT_LEVELS.some((l) => l !== w && has(t, l)))) return false;
  }
  if (DISTINCT_INSTITUTIONS.has(d.headText) && !texts.some((t) => has(t, d.headText))) return false;
  return true;
}

/** 4. Definite descriptions refer back to the most recent compatible entity. */
export function resolveDescriptions(ctx: CorefContext): void {
  for (const d of ctx.infos) {
    if (d.m.form !== 'nominal' || !DEFINITE.has(determiner(ctx, d))) continue;
    if (ctx.members(d.index).length > 1) continue; // already placed by an apposition
    for (let j = d.index - 1; j >= 0; j--) {
      const c = ctx.infos[j];
      if (c.m.form === 'pronoun' || c.m.end > d.m.start) continue;
      if (compatible(ctx, d, c)) {
        ctx.union(c.index, d.index);
        break;
      }
    }
  }
}

/**
 * 5. Delayed identification, the wire-story lead: "A prominent Shiite leader said ..." in the first
 * paragraph, named in the next ones as "NAME, a leader of ...". An indefinite description of the lead
 * (or a headline description) joins the first named person whose stated role has the same head; a
 * headline description also joins a lead description with the same head and modifiers.
 */
export function delayedIdentification(ctx: CorefContext): void {
  const bodyParagraphs = [...new Set(ctx.sentences.filter((s) => s.role === 'body').map((s) => s.paragraph))];
  const lead = new Set(bodyParagraphs.slice(0, 2));
  const early = new Set(bodyParagraphs.slice(0, 3));
  const leadDescriptions = ctx.infos.filter((x) => x.m.form === 'nominal' && x.m.type === 'PERSON' && lead.has(x.paragraph) && ['a', 'an'].includes(determiner(ctx, x)));
  const headline = ctx.infos.filter((x) => x.m.form === 'nominal' && ctx.sentences[x.sentence].role === 'headline');
  for (const h of headline) {
    const match = ctx.infos.find((x) => x.index > h.index && x.m.form === 'nominal' && x.headText === h.headText && ctx.sentences[x.sentence].role !== 'headline' && modifiers(ctx, h).every((w) => modifiers(ctx, x).includes(w)));
    if (match) ctx.union(h.index, match.index);
  }
  for (const d of leadDescriptions) {
    if (ctx.members(d.index).some((y) => y.m.form === 'name')) continue;
    const named = ctx.infos.find(
      (x) => x.index > d.index && x.m.form === 'name' && x.m.type === 'PERSON' && early.has(x.paragraph) && ctx.entityRoles(x.index).some((r) => r.title?.toLowerCase().split(/\s+/).includes(d.headText)),
    );
    if (named) ctx.union(named.index, d.index);
  }
}

/** Gender an entity shows: its pronouns so far ("he" before -> male), else its first name. */
function entityGender(ctx: CorefContext, i: number, before: number): string | undefined {
  const members = ctx.members(i);
  for (const y of members) if (y.index < before && y.m.form === 'pronoun' && y.m.gender) return y.m.gender;
  for (const y of members) {
    if (y.m.form !== 'name' || y.m.type !== 'PERSON') continue;
    const words = y.text.split(/\s+/);
    if (words.length < 2) continue;
    const g = nameGender(words[0]);
    if (g !== 'unknown') return g;
  }
  return undefined;
}

/**
 * 6. First-person pronouns inside a quote go to its speaker; third-person pronouns (he, she, his,
 * her, him) to the most salient person entity, by the Lappin & Leass-style resolver of ./pronoun
 * (recency, grammatical role, parallelism, gender, binding constraints), in text order.
 */
export function resolvePronouns(ctx: CorefContext, speakerOf: (offset: number) => number | undefined): void {
  const third: MentionInfo[] = [];
  for (const p of ctx.infos) {
    if (p.m.form !== 'pronoun') continue;
    const lower = p.text.toLowerCase();
    if (lower === 'i' || lower === 'me' || lower === 'my' || lower === 'myself') {
      const speaker = p.quoted ? speakerOf(p.m.start) : undefined;
      if (speaker !== undefined && speaker !== p.index) ctx.union(speaker, p.index);
    } else {
      third.push(p);
    }
  }
  if (third.length === 0) return;
  // candidate entities: people named or described before (plural groups and pronoun-only entities are not)
  const roots = new Map<number, MentionInfo[]>();
  for (const x of ctx.infos) {
    if (x.m.form === 'pronoun' || x.m.type !== 'PERSON' || x.m.number === 'plural') continue;
    const r = ctx.find(x.index);
    const list = roots.get(r) ?? [];
    list.push(x);
    roots.set(r, list);
  }
  const candidates: CandidateEntity[] = [...roots].map(([root, ms]) => {
    const g = entityGender(ctx, root, Number.MAX_SAFE_INTEGER);
    return {
      id: String(root),
      mentions: ms.map((x) => ({ start: x.m.start, end: x.m.end })),
      gender: g === 'male' || g === 'female' ? g : 'unknown',
      number: 'singular',
    };
  });
  const resolutions = resolveChain({ text: ctx.doc.text, tokens: ctx.tokens, sentences: ctx.sentences, types: ctx.doc.tokenTypes() }, third.map((p) => ({ start: p.m.start, end: p.m.end })), candidates);
  resolutions.forEach((r, i) => {
    if (r.id !== null) ctx.union(Number(r.id), third[i].index);
  });
}
