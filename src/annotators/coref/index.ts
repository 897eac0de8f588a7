// The `coref` annotator: mentions -> entities (clusters) with a canonical name, stated roles and a
// CAMEO actor code.

import type { Cluster, EntityRole, Mention } from '../../doc/types.ts';
import { KnowledgeBase } from '../../kb/index.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { attributeRegions } from '../quotes/cues.ts';
import { insideAny, quoteRegions } from '../quotes/regions.ts';
import { CorefContext, type MentionInfo } from './context.ts';
import { delayedIdentification, matchMetonyms, matchNames, matchShortNames, resolveDescriptions, resolvePronouns, titlesAndAppositions } from './sieves.ts';

const NAME_TYPE_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

function canonicalName(ctx: CorefContext, members: MentionInfo[]): string {
  const names = members.filter((x) => x.m.form === 'name');
  const country = names.find((x) => x.m.kind === 'country' && x.m.country)?.m.country ?? (names.length && names.every((x) => x.m.type === 'NORP') ? names[0].m.country : undefined);
  if (country) {
    const c = ctx.kb.country(country);
    if (c) return c.name;
  }
  const known = names.find((x) => x.m.kb && x.m.type !== 'GPE');
  const entry = known ? ctx.kb.entryById(known.m.kb as string) : undefined;
  if (entry) return entry.name;
  if (names.length) return names.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text.replace(/\s+/g, ' ');
  const first = members.find((x) => x.m.form === 'nominal') ?? members[0];
  return first.text.replace(/^(?:the|a|an|this|these|those)\s+/i, '').replace(/\s+/g, ' ');
}

function actorCode(ctx: CorefContext, c: Cluster, members: MentionInfo[], clusters: Map<string, Cluster>): string | undefined {
  const kb = ctx.kb;
  const withKb = members.find((x) => x.m.kb && x.m.form === 'name');
  const entry = withKb ? kb.entryById(withKb.m.kb as string) : undefined;
  if (c.type === 'PERSON') {
    // a member or leader of an organisation acts for it; otherwise country + role ("Iraqi Prime Minister")
    for (const r of c.roles) if (r.org && clusters.get(r.org)?.actor) return clusters.get(r.org)?.actor;
    for (const r of c.roles) {
      const role = r.title ? kb.role(r.title) : undefined;
      if (role && r.country) return kb.actorCode({ country: r.country, role: role.role + (role.secondary ?? '') });
    }
    return undefined;
  }
  if (entry && c.type !== 'GPE') return kb.actorCode({ entry }) || undefined;
  const nominal = members.find((x) => x.m.form === 'nominal' && x.m.role);
  if (c.country) return kb.actorCode({ country: c.country, role: nominal?.m.role }) || undefined;
  return undefined;
}

export function buildClusters(ctx: CorefContext): Cluster[] {
  const roots = new Map<number, MentionInfo[]>();
  for (const x of ctx.infos) {
    const r = ctx.find(x.index);
    const list = roots.get(r) ?? [];
    list.push(x);
    roots.set(r, list);
  }
  const groups = [...roots.values()].filter((ms) => ms.some((x) => x.m.form !== 'pronoun'));
  const clusterOfMention = new Map<number, string>();
  groups.forEach((ms, i) => ms.forEach((x) => clusterOfMention.set(x.index, `c${i}`)));
  const clusters = new Map<string, Cluster>();
  groups.forEach((ms, i) => {
    const names = ms.filter((x) => x.m.form === 'name');
    const typed = (names.length ? names : ms.filter((x) => x.m.form === 'nominal')).sort((a, b) => NAME_TYPE_ORDER.indexOf(a.m.type) - NAME_TYPE_ORDER.indexOf(b.m.type));
    const lead = typed[0] ?? ms[0];
    const roles: EntityRole[] = [];
    for (const x of ms) {
      for (const r of ctx.roles.get(x.index) ?? []) {
        const role = { ...r };
        if (role.org?.startsWith('@')) {
          const org = clusterOfMention.get(Number(role.org.slice(1)));
          if (org) role.org = org;
          else delete role.org;
        }
        roles.push(role);
      }
    }
    const c: Cluster = { id: `c${i}`, name: canonicalName(ctx, ms), type: lead.m.type, mentions: ms.map((x) => x.m.id), roles };
    const kind = (names.find((x) => x.m.kind) ?? ms.find((x) => x.m.kind))?.m.kind;
    if (kind) c.kind = kind;
    const kbId = names.find((x) => x.m.kb)?.m.kb;
    if (kbId) c.kb = kbId;
    const country = names.find((x) => x.m.country)?.m.country ?? ms.find((x) => x.m.country)?.m.country ?? roles.find((r) => r.country)?.country;
    if (country) c.country = country;
    clusters.set(c.id, c);
  });
  // actor codes need the organisations' own codes first
  const order = [...clusters.values()].sort((a, b) => Number(a.type === 'PERSON') - Number(b.type === 'PERSON'));
  for (const c of order) {
    const members = groups[Number(c.id.slice(1))];
    const actor = actorCode(ctx, c, members, clusters);
    if (actor) c.actor = actor;
  }
  return [...clusters.values()];
}

export const corefAnnotator = defineAnnotator({
  name: 'coref',
  version: '0.1.0',
  description: 'Entities within the article: names, short names, aliases, titles, appositions, descriptions and pronouns in one cluster each, with roles and CAMEO actor codes.',
  requires: ['tokens', 'sentences', 'paragraphs', 'mentions'],
  produces: ['clusters'],
  options: {
    kbFiles: { type: 'string[]', default: [], description: 'extra knowledge-base entries (JSON or CSV files)' },
  },
  create: (config, resources) => {
    const kb = resources.get(`kb:${config.kbFiles.join('|')}`, () => KnowledgeBase.load({ extraFiles: [...config.kbFiles] }));
    return (doc) => {
      const tokens = doc.layer('tokens');
      const sentences = doc.layer('sentences');
      const paragraphs = doc.layer('paragraphs');
      const mentions: Mention[] = doc.layer('mentions');
      const regions = quoteRegions(doc.text, paragraphs);
      const quoted = insideAny(regions);
      const ctx = new CorefContext(doc, tokens, sentences, mentions, kb, quoted);
      const paragraphOf = (offset: number): string => paragraphs.find((p) => p.start <= offset && offset < p.end)?.id ?? '';
      const speakers = attributeRegions(doc.text, tokens, mentions, regions, paragraphOf);
      const speakerOf = (offset: number): number | undefined => {
        const s = speakers.find((x) => x.region.start <= offset && offset < x.region.end);
        return s && s.mention >= 0 ? s.mention : undefined;
      };
      matchNames(ctx);
      matchShortNames(ctx);
      matchMetonyms(ctx);
      titlesAndAppositions(ctx);
      delayedIdentification(ctx);
      resolveDescriptions(ctx);
      resolvePronouns(ctx, speakerOf);
      return { clusters: buildClusters(ctx) };
    };
  },
});
