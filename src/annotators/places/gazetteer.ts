// The places gazetteer: countries, first- and second-level regions and 135,000 populated places
// (GeoNames via npm packages, compiled by scripts/build-gazetteer.ts), plus the hand-written areas
// and aliases of data/. Loaded once per pipeline (Resources); columns are typed arrays so the
// 170,000 rows cost little memory. Lookup is by a normalised name key.

import { srcAsset } from '../../util/assets.ts';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import type { PlaceFeature } from '../../doc/types.ts';
import { CITY_ALIASES, POSTAL_CODES, REGION_ABBREVIATIONS } from './data/aliases.ts';
import { AREAS, type AreaSpec } from './data/areas.ts';

/**
 * The compiled gazetteer: next to this module, or (from a bundle in dist/) under the package's
 * src/annotators/places/data/.
 */
export const GAZETTEER_FILE = srcAsset('annotators/places/data/gazetteer.json.gz');

/** The compiled file: one JSON object of columns (see scripts/build-gazetteer.ts). */
interface Columns {
  kind: string;
  id: (number | string)[];
  name: string[];
  ccDict: string[];
  cc: number[];
  a1Dict: string[];
  a1: number[];
  lat: number[];
  lon: number[];
  pop: number[];
  fcDict: string[];
  fc: number[];
  keys: string[];
}

/** Row kinds. */
export const Kind = { Country: 0, Admin1: 1, Admin2: 2, Place: 3, Area: 4 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** How a key reached a row: its own name, a variant of it (no "Al-", no " County"), or an alias. */
export const Via = { Name: 0, Variant: 1, Alias: 2, Abbrev: 3, Postal: 4 } as const;
export type Via = (typeof Via)[keyof typeof Via];

export interface Candidate {
  row: number;
  via: Via;
}

const NO_CANDIDATES: readonly Candidate[] = [];

function unpack(packed: number | number[] | undefined): readonly Candidate[] {
  if (packed === undefined) return NO_CANDIDATES;
  if (typeof packed === 'number') return [{ row: Math.floor(packed / 8), via: (packed % 8) as Via }];
  return packed.map((p) => ({ row: Math.floor(p / 8), via: (p % 8) as Via }));
}

const ARTICLE = /^(?:al|el|as|ad|ar|ash|an|az|at|ath|adh) /;
const REGION_SUFFIX = / (?:county|province|governorate|oblast|region|prefecture|district|state|municipality|department|parish|krai|kray|voivodeship|division|territory|city)$/;
const REGION_PREFIX = /^(?:province of|state of|city of|provincia de|provincia di|departamento de|departamento del|estado de|region de|region of|canton of|canton de) /;

/** Words a stripped region name must not become ("Mountain Province" is not "Mountain"). */
const GENERIC = new Set([
  'mountain', 'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'capital',
  'coast', 'coastal', 'lake', 'lakes', 'river', 'island', 'islands', 'valley', 'border', 'great', 'greater', 'inner', 'outer',
  'middle', 'king', 'queen', 'metro', 'federal', 'national', 'new', 'north east', 'north west', 'south east', 'south west',
  'northeast', 'northwest', 'southeast', 'southwest', 'center', 'centre', 'highland', 'highlands', 'interior', 'frontier',
]);

/** The lookup key of a name: lower case, no diacritics, apostrophes dropped, dots and dashes as spaces. */
export function placeKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʻʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bsainte\b/g, 'ste')
    .trim();
}

/** Other keys a name is found under: without an Arabic article, without a region word, "-ah" as "-a". */
export function variants(key: string, kind: Kind): string[] {
  const out: string[] = [];
  if (ARTICLE.test(key)) out.push(key.replace(ARTICLE, ''));
  if (/ah$/.test(key)) out.push(key.slice(0, -1));
  if (kind === Kind.Admin1 || kind === Kind.Admin2) {
    if (REGION_SUFFIX.test(key)) out.push(key.replace(REGION_SUFFIX, ''));
    if (REGION_PREFIX.test(key)) out.push(key.replace(REGION_PREFIX, ''));
  }
  return out.filter((v) => v.length >= 4 && v !== key && !GENERIC.has(v));
}

export class Gazetteer {
  readonly size: number;
  readonly kind: Uint8Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly pop: Float64Array;
  readonly gid: Int32Array;
  readonly name: string[];  // areas are appended at the end
  /** ISO alpha-2 */
  readonly cc: string[];
  /** admin1 code within the country ("TX"); for regions their own code */
  readonly a1: string[];
  readonly fcode: string[];
  readonly area: (AreaSpec | undefined)[];
  /**
   * Candidates by key, packed as row * 8 + via: one number for most keys, an array for the rest.
   * Some 250,000 keys: packing instead of {row, via} objects keeps load time and memory down.
   */
  private readonly byKey = new Map<string, number | number[]>();
  private readonly byAdmin1 = new Map<string, number>();
  private readonly byCountry = new Map<string, number>();
  private readonly byGid = new Map<number, number>();
  private readonly byKb = new Map<string, number>();
  /** keys of more than one word, by first word (for scanning text) */
  readonly maxWords: number;

  private constructor(data: Columns) {
    const rows = data.name.length;
    const n = rows + AREAS.length;
    this.size = n;
    this.kind = new Uint8Array(n);
    this.lat = new Float32Array(n);
    this.lon = new Float32Array(n);
    this.pop = new Float64Array(n);
    this.gid = new Int32Array(n);
    this.name = data.name;
    this.cc = new Array(n);
    this.a1 = new Array(n);
    this.fcode = new Array(n);
    this.area = new Array(n);
    let maxWords = 1;
    const add = (key: string, c: Candidate): void => {
      if (!key) return;
      const packed = c.row * 8 + c.via;
      const list = this.byKey.get(key);
      if (list === undefined) this.byKey.set(key, packed);
      else if (typeof list === 'number') this.byKey.set(key, [list, packed]);
      else list.push(packed);
      let words = 1;
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
      if (words > maxWords) maxWords = words;
    };
    const KINDS: Record<string, Kind> = { C: Kind.Country, A: Kind.Admin1, B: Kind.Admin2, P: Kind.Place };
    for (let r = 0; r < rows; r++) {
      const kind = KINDS[data.kind[r]];
      this.kind[r] = kind;
      this.cc[r] = data.ccDict[data.cc[r]];
      this.a1[r] = data.a1Dict[data.a1[r]];
      this.lat[r] = data.lat[r] / 1000;
      this.lon[r] = data.lon[r] / 1000;
      this.pop[r] = data.pop[r];
      this.fcode[r] = data.fcDict[data.fc[r]];
      const id = data.id[r];
      if (kind === Kind.Place) {
        this.gid[r] = id as number;
        this.byGid.set(id as number, r);
      } else if (kind === Kind.Admin1) this.byAdmin1.set(id as string, r);
      else if (kind === Kind.Country) this.byCountry.set(id as string, r);
      if (kind === Kind.Country) continue; // countries are found through the knowledge base
      // keys were computed at build time (placeKey + variants): the name's, then its variants
      const keys = data.keys[r];
      if (!keys) continue;
      if (keys.indexOf('|') < 0) add(keys, { row: r, via: Via.Name });
      else {
        const list = keys.split('|');
        for (let k = 0; k < list.length; k++) add(list[k], { row: r, via: k === 0 ? Via.Name : Via.Variant });
      }
    }
    for (let k = 0; k < AREAS.length; k++) {
      const r = rows + k;
      const a = AREAS[k];
      this.kind[r] = Kind.Area;
      this.name[r] = a.name;
      this.cc[r] = a.cc ?? '';
      this.a1[r] = '';
      this.lat[r] = a.lat;
      this.lon[r] = a.lon;
      this.fcode[r] = '';
      this.area[r] = a;
      if (a.kb) this.byKb.set(a.kb, r);
      add(placeKey(a.name), { row: r, via: Via.Name });
      for (const al of a.aliases ?? []) add(placeKey(al.replace(/^the /i, '')), { row: r, via: Via.Alias });
    }
    for (const [alias, id] of Object.entries(CITY_ALIASES)) {
      const r = this.byGid.get(id);
      if (r !== undefined) add(placeKey(alias), { row: r, via: Via.Alias });
    }
    for (const [abbr, code] of Object.entries(REGION_ABBREVIATIONS)) {
      const r = this.byAdmin1.get(code);
      if (r !== undefined) add(`abbr:${abbr}`, { row: r, via: Via.Abbrev });
    }
    for (const code of POSTAL_CODES) {
      const r = this.byAdmin1.get(`US.${code}`);
      if (r !== undefined) add(`postal:${code}`, { row: r, via: Via.Postal });
    }
    this.maxWords = maxWords;
  }

  /** Load the compiled gazetteer (about 0.3 s). */
  static load(file: string = GAZETTEER_FILE): Gazetteer {
    return new Gazetteer(JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('latin1')) as Columns);
  }

  /** Rows whose name, variant or alias has this key. */
  lookup(key: string): readonly Candidate[] {
    return unpack(this.byKey.get(key));
  }

  /** Rows of an abbreviation as written ("Ill.", "NSW") or, with postal, a US postal code ("IL"). */
  abbreviation(text: string, postal: boolean): readonly Candidate[] {
    return unpack(this.byKey.get(`abbr:${text}`) ?? (postal ? this.byKey.get(`postal:${text}`) : undefined));
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  countryRow(iso2: string): number | undefined {
    return this.byCountry.get(iso2);
  }

  admin1Row(cc: string, code: string): number | undefined {
    return this.byAdmin1.get(`${cc}.${code}`);
  }

  kbRow(id: string): number | undefined {
    return this.byKb.get(id);
  }

  feature(r: number): PlaceFeature {
    switch (this.kind[r]) {
      case Kind.Country:
        return 'country';
      case Kind.Admin1:
      case Kind.Admin2:
        return 'region';
      case Kind.Place:
        return 'city';
      default:
        return this.area[r]!.feature;
    }
  }
}
