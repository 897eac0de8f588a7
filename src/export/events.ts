// The events layer as rows: a readable table (date | source | action | target | place | evidence)
// for the pretty printer and the `events` command, the GDELT 2.0 event table (TSV), PLOVER records
// in POLECAT's fields (JSON and CSV). Only what the text supports is filled; the rest stays empty.

import { cameoName } from '../annotators/events/data/cameo.ts';
import { PLOVER_QUAD } from '../annotators/events/data/plover.ts';
import type { Cluster, DocJSON, EventActor, Place } from '../doc/types.ts';
import type { PrettyContext, PrettySection } from './pretty.ts';

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface EventRow {
  id: string;
  date: string;
  source: string;
  sourceCode: string;
  action: string;
  cameo: string;
  plover: string;
  target: string;
  targetCode: string;
  place: string;
  modality: string;
  trigger: string;
  evidence: string;
  confidence: number;
}

interface Lookup {
  clusters: Map<string, Cluster>;
  places: Map<string, Place>;
  mentions: Map<string, { start: number; end: number }>;
}

function lookup(doc: DocJSON): Lookup {
  return {
    clusters: new Map((doc.layers.clusters ?? []).map((c) => [c.id, c])),
    places: new Map((doc.layers.places ?? []).map((p) => [p.id, p])),
    mentions: new Map((doc.layers.mentions ?? []).map((m) => [m.id, m])),
  };
}

/** The actor's name: its entity's canonical name, else the words that name it. */
export function actorName(doc: DocJSON, a: EventActor, l: Lookup = lookup(doc)): string {
  if (a.entity) {
    const c = l.clusters.get(a.entity);
    if (c) return c.name;
  }
  if (a.place) {
    const p = l.places.get(a.place);
    if (p) return p.name;
  }
  const span = a.mention ? l.mentions.get(a.mention) : a.span;
  return span ? oneLine(doc.text.slice(span.start, span.end)) : '';
}

function actorsText(doc: DocJSON, list: EventActor[], l: Lookup): string {
  return list.map((a) => actorName(doc, a, l) || a.code).filter(Boolean).join(' & ');
}

export function eventRows(doc: DocJSON): EventRow[] {
  const l = lookup(doc);
  return (doc.layers.events ?? []).map((e) => ({
    id: e.id,
    date: e.date ?? '',
    source: actorsText(doc, e.source, l),
    sourceCode: e.source.map((a) => a.code).join('+'),
    action: cameoName(e.cameo),
    cameo: e.cameo,
    plover: e.plover ? `${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ''}` : '',
    target: actorsText(doc, e.target, l),
    targetCode: e.target.map((a) => a.code).join('+'),
    place: e.place ? (l.places.get(e.place)?.name ?? '') : '',
    modality: e.modality,
    trigger: oneLine(doc.text.slice(e.trigger.start, e.trigger.end)),
    evidence: oneLine(doc.text.slice(e.start, e.end)),
    confidence: e.confidence,
  }));
}

export const eventsSection: PrettySection = {
  layer: 'events',
  render(doc: DocJSON, ctx: PrettyContext) {
    const rows = eventRows(doc);
    if (rows.length === 0) return [ctx.paint('dim', '  (no events)')];
    const lines = [ctx.paint('bold', '  Events')];
    for (const r of rows) {
      const mark = r.modality === 'asserted' ? '' : ctx.paint('yellow', ` [${r.modality}]`);
      const head = `  ${r.date.padEnd(10)}  ${(r.source || '?').slice(0, 22).padEnd(22)}  ${`${r.cameo} ${r.action}`.slice(0, 34).padEnd(34)}  ${(r.target || '-').slice(0, 22).padEnd(22)}  ${r.place}`;
      lines.push(ctx.clip(head, 0) + mark);
      lines.push(ctx.paint('dim', ctx.clip(`  ${' '.repeat(10)}  ${r.plover ? `${r.plover} · ` : ''}"${r.trigger}" · ${r.evidence}`, 0)));
    }
    return lines;
  },
};

// ───────────────────────── GDELT 2.0 event table ─────────────────────────

/** The 61 columns of the GDELT 2.0 event table, in order. */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** CAMEO role (type) codes, religion and known-group prefixes as they appear inside actor codes. */
const ROLE_CODES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'MED', 'BUS', 'CVL', 'REF', 'EDU', 'HLH', 'NGO', 'LAB', 'REL', 'PTY', 'UAF', 'SPY', 'IGO', 'AGR', 'CRM', 'ELI', 'SET', 'MOD', 'RAD', 'INS', 'SEP', 'PKO', 'DEV', 'HRI', 'ENV', 'IMG', 'MNC', 'NGM', 'INT']);
const RELIGION_CODES = new Set(['MOS', 'CHR', 'JEW', 'BUD', 'HIN', 'SIK', 'ATH', 'BAH', 'CON', 'ITR', 'JAN', 'SHN', 'TAO', 'ZRO', 'SHI', 'SUN', 'CTH', 'PRO', 'ORT']);
const GROUP_PREFIXES = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

interface ActorColumns {
  code: string;
  name: string;
  country: string;
  group: string;
  ethnic: string;
  religion1: string;
  religion2: string;
  types: [string, string, string];
}

/** Split a CAMEO actor code into GDELT's actor columns (country, known group, religion, types). */
export function gdeltActor(code: string, name: string, isCountry: (c: string) => boolean): ActorColumns {
  const parts = code.match(/.{1,3}/g) ?? [];
  const out: ActorColumns = { code, name: name.toUpperCase(), country: '', group: '', ethnic: '', religion1: '', religion2: '', types: ['', '', ''] };
  let i = 0;
  if (parts[0] && isCountry(parts[0])) out.country = parts[i++];
  const types: string[] = [];
  for (; i < parts.length; i++) {
    const p = parts[i];
    if (GROUP_PREFIXES.has(p) && parts[i + 1] && !ROLE_CODES.has(parts[i + 1])) {
      types.push(p);
      out.group = parts[i + 1];
      i++;
    } else if (RELIGION_CODES.has(p)) {
      if (!out.religion1) out.religion1 = p;
      else if (!out.religion2) out.religion2 = p;
    } else if (ROLE_CODES.has(p)) types.push(p);
    else if (!out.group && p.length === 3) out.group = p;
  }
  out.types = [types[0] ?? '', types[1] ?? '', types[2] ?? ''];
  return out;
}

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level region). */
function geoType(p: Place): string {
  if (p.feature === 'country') return '1';
  if (p.feature === 'region') return p.country === 'USA' ? '2' : '5';
  if (p.feature === 'city') return p.country === 'USA' ? '3' : '4';
  return '';
}

export interface GdeltOptions {
  /** include events the text does not report as having happened (default false: GDELT lists events) */
  all?: boolean;
  /** the first GlobalEventID to use */
  firstId?: number;
  /** whether a three-letter code is a CAMEO country code */
  isCountry: (code: string) => boolean;
  /** country name for a CAMEO/ISO code, for ActionGeo_FullName */
  countryName?: (code: string) => string | undefined;
}

/** GDELT 2.0 event-table rows (one per source-target pair), each an array of 61 strings. */
export function gdeltRows(doc: DocJSON, opts: GdeltOptions): string[][] {
  const l = lookup(doc);
  const firstPara = doc.layers.paragraphs?.find((p) => p.role === 'body')?.id;
  const sentencePara = new Map((doc.layers.sentences ?? []).map((s) => [s.id, s.paragraph]));
  const rows: string[][] = [];
  let id = opts.firstId ?? 1;
  for (const e of doc.layers.events ?? []) {
    if (!opts.all && e.modality !== 'asserted') continue;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(e.date ?? '');
    const year = m?.[1] ?? '';
    const month = m?.[2] ?? '';
    const day = m?.[3] ?? '';
    const fraction = year && month && day ? (Number(year) + dayOfYear(Number(year), Number(month), Number(day)) / 365).toFixed(4) : '';
    const place = e.place ? l.places.get(e.place) : undefined;
    const geo = place
      ? [
          geoType(place),
          [place.name, place.region, place.country ? (opts.countryName?.(place.country) ?? '') : ''].filter((x, i, a) => x && a.indexOf(x) === i).join(', '),
          '', // GDELT country codes are FIPS 10-4, which newsgraph does not carry
          '',
          '',
          place.lat !== undefined ? String(place.lat) : '',
          place.lon !== undefined ? String(place.lon) : '',
          place.geonames !== undefined ? String(place.geonames) : '',
        ]
      : ['', '', '', '', '', '', '', ''];
    const sources = e.source.length ? e.source : [undefined];
    const targets = e.target.length ? e.target : [undefined];
    for (const s of sources) {
      for (const t of targets) {
        const a1 = s ? gdeltActor(s.code, actorName(doc, s, l), opts.isCountry) : gdeltActor('', '', opts.isCountry);
        const a2 = t ? gdeltActor(t.code, actorName(doc, t, l), opts.isCountry) : gdeltActor('', '', opts.isCountry);
        const actorCols = (a: ActorColumns): string[] => [a.code, a.name, a.country, a.group, a.ethnic, a.religion1, a.religion2, ...a.types];
        rows.push([
          String(id++),
          year && month && day ? `${year}${month}${day}` : '',
          year && month ? `${year}${month}` : '',
          year,
          fraction,
          ...actorCols(a1),
          ...actorCols(a2),
          firstPara && sentencePara.get(e.sentence) === firstPara ? '1' : '0',
          e.cameo,
          e.cameo.slice(0, 3),
          e.cameo.slice(0, 2),
          String(e.quadClass),
          String(e.goldstein),
          '1',
          '1',
          '1',
          '',
          '', '', '', '', '', '', '', '',
          '', '', '', '', '', '', '', '',
          ...geo,
          '',
          doc.meta.canonicalUrl ?? doc.meta.url ?? '',
        ]);
      }
    }
  }
  return rows;
}

export function tsvField(v: string): string {
  return v.replace(/[\t\r\n]+/g, ' ');
}

export function gdeltTsv(rows: string[][], header: boolean): string {
  const lines = rows.map((r) => r.map(tsvField).join('\t'));
  return `${header ? `${GDELT_COLUMNS.join('\t')}\n` : ''}${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

// ───────────────────────── PLOVER / POLECAT records ─────────────────────────

/** POLECAT's column names, in its order, for the CSV export. */
export const POLECAT_COLUMNS = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Event Intensity', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID',
  'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type',
  'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version',
] as const;

const QUAD_CODE: Record<string, number> = { 'verbal cooperation': 1, 'material cooperation': 2, 'verbal conflict': 3, 'material conflict': 4 };

export interface PloverActor {
  name: string;
  code: string;
  country: string;
  sector: string;
  sectors: string[];
  title: string;
  text: string;
}

export interface PloverRecord {
  id: string;
  date: string;
  event_type: string;
  event_mode: string;
  event_intensity: number;
  quad_code: number | null;
  contexts: string[];
  source: PloverActor[];
  recipient: PloverActor[];
  event_loc: { placename: string; raw_placename: string; city: string; province: string; country: string; lat: number | null; lon: number | null; geonames_id: number | null; feature_type: string } | null;
  event_text: string;
  text: string;
  story_id: string;
  publication_date: string;
  story_people: string[];
  story_organizations: string[];
  story_locations: string[];
  language: string;
  version: string;
  /** newsgraph's own fields: the CAMEO code and the modality the text gives the event */
  cameo: string;
  modality: string;
  confidence: number;
}

export interface PloverOptions {
  all?: boolean;
  isCountry: (code: string) => boolean;
  countryName?: (code: string) => string | undefined;
  version?: string;
}

function ploverActor(doc: DocJSON, a: EventActor, l: Lookup, opts: PloverOptions): PloverActor {
  const cols = gdeltActor(a.code, '', opts.isCountry);
  const cluster = a.entity ? l.clusters.get(a.entity) : undefined;
  const span = a.mention ? l.mentions.get(a.mention) : a.span;
  const title = cluster?.roles.find((r) => r.title)?.title ?? '';
  return {
    name: actorName(doc, a, l),
    code: a.code,
    country: cols.country,
    sector: cols.types[0],
    sectors: cols.types.filter(Boolean),
    title,
    text: span ? oneLine(doc.text.slice(span.start, span.end)) : '',
  };
}

/** PLOVER records with POLECAT's fields; one per event (actors as lists, as PLOVER codes compound actors). */
export function ploverRecords(doc: DocJSON, opts: PloverOptions): PloverRecord[] {
  const l = lookup(doc);
  const byType = (types: string[]): string[] => {
    const out = new Set<string>();
    for (const c of doc.layers.clusters ?? []) if (types.includes(c.type)) out.add(c.name);
    return [...out];
  };
  const people = byType(['PERSON']);
  const orgs = byType(['ORG']);
  const locations = byType(['GPE', 'LOC']);
  const out: PloverRecord[] = [];
  for (const e of doc.layers.events ?? []) {
    if (!e.plover) continue;
    if (!opts.all && e.modality !== 'asserted') continue;
    const place = e.place ? l.places.get(e.place) : undefined;
    out.push({
      id: `${doc.id}-${e.id}`,
      date: e.date ?? '',
      event_type: e.plover.type,
      event_mode: e.plover.mode ?? '',
      event_intensity: e.goldstein,
      quad_code: QUAD_CODE[PLOVER_QUAD[e.plover.type as keyof typeof PLOVER_QUAD]] ?? null,
      contexts: e.plover.context,
      source: e.source.map((a) => ploverActor(doc, a, l, opts)),
      recipient: e.target.map((a) => ploverActor(doc, a, l, opts)),
      event_loc: place
        ? {
            placename: place.name,
            raw_placename: oneLine(doc.text.slice(place.start, place.end)),
            city: place.feature === 'city' ? place.name : '',
            province: place.region ?? '',
            country: place.country ? (opts.countryName?.(place.country) ?? place.country) : '',
            lat: place.lat ?? null,
            lon: place.lon ?? null,
            geonames_id: place.geonames ?? null,
            feature_type: place.feature,
          }
        : null,
      event_text: oneLine(doc.text.slice(e.trigger.start, e.trigger.end)),
      text: oneLine(doc.text.slice(e.start, e.end)),
      story_id: doc.id,
      publication_date: doc.meta.date ?? '',
      story_people: people,
      story_organizations: orgs,
      story_locations: locations,
      language: doc.meta.language ?? 'en',
      version: opts.version ?? '',
      cameo: e.cameo,
      modality: e.modality,
      confidence: e.confidence,
    });
  }
  return out;
}

/** A PLOVER record as POLECAT's flat columns (first source and recipient; compound actors joined by ";"). */
export function polecatRow(r: PloverRecord): string[] {
  const join = (xs: PloverActor[], f: (a: PloverActor) => string): string => xs.map(f).filter(Boolean).join(';');
  return [
    r.id, r.date, r.event_type, r.event_mode, String(r.event_intensity), r.quad_code === null ? '' : String(r.quad_code), r.contexts.join(';'),
    join(r.source, (a) => a.name), join(r.source, (a) => a.country), '', join(r.source, (a) => a.sector), join(r.source, (a) => a.sectors.join(',')), join(r.source, (a) => a.title), join(r.source, (a) => a.text), '',
    join(r.recipient, (a) => a.name), join(r.recipient, (a) => a.country), '', join(r.recipient, (a) => a.sector), join(r.recipient, (a) => a.sectors.join(',')), join(r.recipient, (a) => a.title), join(r.recipient, (a) => a.text), '',
    r.event_loc?.placename ?? '', r.event_loc?.city ?? '', '', r.event_loc?.province ?? '', r.event_loc?.country ?? '',
    r.event_loc?.lat === null || r.event_loc?.lat === undefined ? '' : String(r.event_loc.lat),
    r.event_loc?.lon === null || r.event_loc?.lon === undefined ? '' : String(r.event_loc.lon),
    r.event_loc?.geonames_id === null || r.event_loc?.geonames_id === undefined ? '' : String(r.event_loc.geonames_id),
    r.event_loc?.raw_placename ?? '', r.event_loc?.feature_type ?? '',
    r.story_id, r.publication_date, r.story_people.join(';'), r.story_organizations.join(';'), r.story_locations.join(';'), r.language, r.version,
  ];
}
