// Compile the package-derived part of the world knowledge base into src/kb/data/countries.json.
//
//   npx tsx scripts/build-kb.ts [--check]
//
// Sources (devDependencies; licences in src/kb/data/SOURCES.md):
//   i18n-iso-countries (MIT): ISO 3166-1 alpha-2/alpha-3 codes and English names with variants;
//   countries-list (MIT): common English names, aliases, capitals, continents.
// Everything the packages lack (demonyms, seat-of-government metonyms, CAMEO exceptions, press
// aliases such as "the States") is hand-written in src/kb/data/countries.overlay.ts and merged at
// load time, so this file only ever holds what the packages say.
//
// --check compiles in memory and exits 1 when the committed JSON differs (used by the tests).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CompiledCountry } from '../src/kb/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'src/kb/data/countries.json');
const require = createRequire(path.join(ROOT, 'package.json'));


/** A package's folder (some packages do not export their package.json). */
function pkgDir(mod: string): string {
  for (const base of require.resolve.paths(mod) ?? []) {
    const dir = path.join(base, mod);
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`package ${mod} is not installed (npm install --save-dev ${mod})`);
}
function readJson<T>(mod: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(pkgDir(mod), file), 'utf8')) as T;
}

/** Official-register variants that never occur in news text ("Korea, Republic of", "Netherlands (Kingdom of the)"). */
function usableAlias(s: string): boolean {
  return !!s && !/[,()]/.test(s) && s.length <= 60;
}

export function compileCountries(): CompiledCountry[] {
  const codes = readJson<[string, string, string, string][]>('i18n-iso-countries', 'codes.json');
  const en = readJson<{ countries: Record<string, string | string[]> }>('i18n-iso-countries', 'langs/en.json');
  const cl = readJson<Record<string, { name: string; capital: string; continent: string; alias?: string[] }>>(
    'countries-list',
    'countries.min.json',
  );
  const out: CompiledCountry[] = [];
  for (const [iso2, iso3] of codes) {
    const c = cl[iso2];
    const i18n = en.countries[iso2];
    const i18nNames = Array.isArray(i18n) ? i18n : i18n ? [i18n] : [];
    // countries-list has the short names the press uses ("Russia", "Syria", "Laos"); i18n the ISO ones.
    const name = c?.name ?? i18nNames.find(usableAlias) ?? i18nNames[0] ?? iso2;
    const seen = new Set([name.toLowerCase()]);
    const aliases: string[] = [];
    for (const a of [...i18nNames, ...(c?.alias ?? [])]) {
      if (!usableAlias(a) || seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      aliases.push(a);
    }
    const rec: CompiledCountry = { iso2, iso3, name, aliases };
    if (c?.capital) rec.capital = c.capital;
    if (c?.continent) rec.continent = c.continent;
    out.push(rec);
  }
  out.sort((a, b) => a.iso3.localeCompare(b.iso3));
  return out;
}

/** One country per line: compact, and diffs stay readable. */
export function serialise(list: CompiledCountry[]): string {
  return '[\n' + list.map((c) => '  ' + JSON.stringify(c)).join(',\n') + '\n]\n';
}

function main(): void {
  const text = serialise(compileCountries());
  if (process.argv.includes('--check')) {
    const cur = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (cur !== text) {
      console.error(`${path.relative(ROOT, OUT)} is out of date: run npx tsx scripts/build-kb.ts`);
      process.exit(1);
    }
    console.log(`${path.relative(ROOT, OUT)} is up to date`);
    return;
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)} (${text.length} bytes)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
