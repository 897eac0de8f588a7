// The world knowledge base: countries, aliases, demonyms, seats, roles, actor codes, user files,
// and the longest-match name scanner.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KbFileError, KnowledgeBase } from '../../src/kb/index.ts';
import { tokenize } from '../../src/annotators/tokens/tokenize.ts';

let kb: KnowledgeBase;
let dir: string;

function toks(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

/** "[name]=CODE" for each span findNames() reports. */
function names(k: KnowledgeBase, text: string): string[] {
  const t = toks(text);
  return k.findNames(t).map((s) => `${t.slice(s.start, s.end).join(' ')}=${s.entry?.cameo ?? s.entry?.id}`);
}

before(() => {
  kb = KnowledgeBase.load();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-kb-'));
});

after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('countries', () => {
  test('every ISO 3166 country and territory, with codes and unique alpha-3', () => {
    assert.ok(kb.countries.length >= 249, `${kb.countries.length} countries`);
    const iso3 = new Set(kb.countries.map((c) => c.iso3));
    assert.equal(iso3.size, kb.countries.length);
    for (const c of kb.countries) {
      assert.match(c.iso2, /^[A-Z]{2}$/);
      assert.match(c.iso3, /^[A-Z]{3}$/);
      assert.match(c.cameo, /^[A-Z]{3}$/);
      assert.ok(c.name);
    }
  });

  test('US, U.S., USA, United States, America, the States -> USA; never the pronoun', () => {
    for (const k of ['US', 'U.S.', 'USA', 'U.S.A.', 'United States', 'united states', 'America', 'the States', 'United States of America', 'USA']) {
      assert.equal(kb.country(k)?.iso3, 'USA', k);
    }
    assert.equal(kb.country('us'), undefined);
    assert.equal(kb.country('Us'), undefined);
    assert.deepEqual(kb.lookup('us'), []);
  });

  test('aliases of other countries', () => {
    const cases: [string, string][] = [
      ['UK', 'GBR'], ['Britain', 'GBR'], ['Great Britain', 'GBR'], ['United Kingdom', 'GBR'],
      ['Ivory Coast', 'CIV'], ["Côte d'Ivoire", 'CIV'], ["Cote d'Ivoire", 'CIV'],
      ['DRC', 'COD'], ['Congo-Kinshasa', 'COD'], ['Democratic Republic of Congo', 'COD'], ['Congo', 'COD'],
      ['Republic of Congo', 'COG'], ['Burma', 'MMR'], ['Myanmar', 'MMR'], ['Turkey', 'TUR'], ['Türkiye', 'TUR'],
      ['Czech Republic', 'CZE'], ['Holland', 'NLD'], ['UAE', 'ARE'], ['North Korea', 'PRK'], ['DPRK', 'PRK'],
      ['South Korea', 'KOR'], ['Russia', 'RUS'], ['Russian Federation', 'RUS'], ['Palestinian territories', 'PSE'],
    ];
    for (const [k, iso3] of cases) assert.equal(kb.country(k)?.iso3, iso3, k);
  });

  test('codes: ISO alpha-2, alpha-3 and the CAMEO exceptions', () => {
    assert.equal(kb.country('IQ')?.iso3, 'IRQ');
    assert.equal(kb.country('IRQ')?.cameo, 'IRQ');
    assert.equal(kb.country('Romania')?.cameo, 'ROM');
    assert.equal(kb.country('ROM')?.iso3, 'ROU');
    assert.equal(kb.country('ROU')?.cameo, 'ROM');
    assert.equal(kb.country('East Timor')?.cameo, 'TMP');
    assert.equal(kb.country('Kosovo')?.cameo, 'KSV');
  });

  test('capitals and continents come from the packages', () => {
    assert.equal(kb.country('France')?.capital, 'Paris');
    assert.equal(kb.country('Iraq')?.capital, 'Baghdad');
    assert.equal(kb.country('Kenya')?.continent, 'AF');
    assert.equal(kb.country('Russia')?.continent, 'EU');
  });

  test('demonyms, singular and plural', () => {
    const cases: [string, string][] = [
      ['Iraqi', 'IRQ'], ['Iraqis', 'IRQ'], ['American', 'USA'], ['Americans', 'USA'], ['British', 'GBR'],
      ['Briton', 'GBR'], ['Britons', 'GBR'], ['Filipino', 'PHL'], ['Philippine', 'PHL'], ['Ivorian', 'CIV'],
      ['Israeli', 'ISR'], ['Palestinian', 'PSE'], ['Saudi', 'SAU'], ['Ukrainian', 'UKR'], ['Dutch', 'NLD'],
      ['Chinese', 'CHN'], ['Swiss', 'CHE'], ['New Zealander', 'NZL'], ['Kosovar', 'XKK'],
    ];
    for (const [w, iso3] of cases) assert.equal(kb.countryOfDemonym(w)?.iso3, iso3, w);
    assert.equal(kb.countryOfDemonym('Iraq'), undefined);
    assert.equal(kb.country('Iraqis')?.iso3, 'IRQ');
  });

  test('compiled countries.json is what scripts/build-kb.ts produces', async (t) => {
    let build: typeof import('../../scripts/build-kb.ts');
    try {
      build = await import('../../scripts/build-kb.ts');
      build.compileCountries();
    } catch {
      t.skip('i18n-iso-countries / countries-list not installed');
      return;
    }
    const committed = fs.readFileSync(build.OUT, 'utf8');
    assert.equal(build.serialise(build.compileCountries()), committed, 'run npx tsx scripts/build-kb.ts');
  });
});

describe('seats of government (metonymy)', () => {
  test('cities and buildings stand for the government', () => {
    const cases: [string, string][] = [
      ['Moscow', 'RUS'], ['the Kremlin', 'RUS'], ['Kremlin', 'RUS'], ['Washington', 'USA'], ['the White House', 'USA'],
      ['Beijing', 'CHN'], ['London', 'GBR'], ['Downing Street', 'GBR'], ['Whitehall', 'GBR'], ['Paris', 'FRA'],
      ['the Elysee', 'FRA'], ['Élysée Palace', 'FRA'], ['Tehran', 'IRN'], ['Kyiv', 'UKR'], ['Kiev', 'UKR'], ['Ankara', 'TUR'],
      ['Riyadh', 'SAU'], ['Jerusalem', 'ISR'], ['Tel Aviv', 'ISR'], ['Pyongyang', 'PRK'], ['Seoul', 'KOR'],
      ['Tokyo', 'JPN'], ['Berlin', 'DEU'], ['The Hague', 'NLD'],
    ];
    for (const [name, iso3] of cases) assert.equal(kb.seatOf(name)?.iso3, iso3, name);
    assert.equal(kb.seatOf('Mosul'), undefined);
  });

  test('metonym() gives the branch and the code', () => {
    assert.deepEqual([kb.metonym('the Kremlin')?.cameo, kb.metonym('the Kremlin')?.role], ['RUSGOV', 'GOV']);
    assert.equal(kb.metonym('Moscow')?.cameo, 'RUS');
    assert.equal(kb.metonym('Capitol Hill')?.cameo, 'USALEG');
    assert.equal(kb.metonym('the Pentagon')?.cameo, 'USAMIL');
  });

  test('Brussels is the EU first, Belgium second', () => {
    assert.equal(kb.seatOf('Brussels'), undefined);
    const m = kb.metonym('Brussels');
    assert.equal(m?.entry?.id, 'eu');
    assert.equal(m?.ambiguous, true);
    assert.equal(m?.alternatives[0]?.country?.iso3, 'BEL');
  });
});

describe('entries and aliases', () => {
  test('ISIS, ISIL, IS, Daesh, Islamic State -> one entry', () => {
    const ids = ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State', 'islamic state', 'Islamic State group', 'the Islamic State'].map(
      (n) => kb.lookup(n).map((e) => e.id),
    );
    for (const list of ids) assert.deepEqual(list, ['islamic-state']);
    assert.equal(kb.lookup('ISIS')[0].cameo, 'IMGMOSISI');
    assert.deepEqual(kb.lookup('is'), []);
  });

  test('normalisation: case, punctuation, diacritics, "the"', () => {
    assert.equal(kb.lookup('al Qaeda')[0]?.id, 'al-qaeda');
    assert.equal(kb.lookup('AL-QAIDA')[0]?.id, 'al-qaeda');
    assert.equal(kb.lookup('Hizbollah')[0]?.id, 'hezbollah');
    assert.equal(kb.lookup('Ansar Allah')[0]?.id, 'houthis');
    assert.equal(kb.lookup('Hashd al-Shaabi')[0]?.id, 'pmf');
    assert.equal(kb.lookup('Médecins Sans Frontières')[0]?.id, 'msf');
    assert.equal(kb.lookup('the United Nations')[0]?.id, 'un');
    assert.equal(kb.lookup('U.N.')[0]?.id, 'un');
  });

  test('all candidates of an ambiguous name', () => {
    assert.deepEqual(kb.lookup('Congress').map((e) => e.id).sort(), ['inc', 'us-congress']);
  });

  test('organisations carry kind, country and CAMEO code', () => {
    const want: [string, string, string][] = [
      ['UNHCR', 'igo', 'IGOUNOREFHCR'], ['UNICEF', 'igo', 'IGOUNOKID'], ['NATO', 'igo', 'IGOWSTNAT'],
      ['European Union', 'igo', 'IGOEUREEC'], ['Arab League', 'igo', 'IGOARL'], ['ICC', 'court', 'IGOICC'],
      ['Hezbollah', 'armed_group', 'LBNREBHEZ'], ['Hamas', 'armed_group', 'PSEREBHMS'], ['PKK', 'armed_group', 'TURREBPKK'],
      ['Popular Mobilization Forces', 'military', 'IRQMIL'], ['Rapid Support Forces', 'armed_group', 'SDNREB'],
      ['Reuters', 'media', 'GBRMED'], ['Xinhua', 'media', 'CHNMED'], ['Knesset', 'legislature', 'ISRLEG'],
      ['Red Cross', 'ngo', 'NGOHLHIRC'], ['Likud', 'party', 'ISRPTY'],
    ];
    for (const [name, kind, cameo] of want) {
      const e = kb.lookup(name)[0];
      assert.ok(e, name);
      assert.equal(e.kind, kind, name);
      assert.equal(e.cameo, cameo, name);
    }
    assert.equal(kb.lookup('Hezbollah')[0].country, 'LBN');
  });

  test('groups: religions and ethnicities with CAMEO codes', () => {
    assert.equal(kb.lookup('Shiite')[0].cameo, 'MOSSHI');
    assert.equal(kb.lookup("Shi'ite")[0].cameo, 'MOSSHI');
    assert.equal(kb.lookup('Sunnis')[0].cameo, 'MOSSUN');
    assert.equal(kb.lookup('Druze')[0].cameo, 'MOSDRZ');
    assert.equal(kb.lookup('Kurds')[0].cameo, 'KUR');
    assert.equal(kb.lookup('Kurdish')[0].type, 'NORP');
    assert.equal(kb.lookup('Yazidis')[0].kind, 'religious_group');
  });

  test('every built-in code is well formed and every referenced country exists', () => {
    for (const e of kb.entries) {
      if (e.cameo) assert.match(e.cameo, /^(?:[A-Za-z]{3}){1,5}$/, e.id);
      if (e.country) assert.ok(kb.country(e.country), `${e.id}: ${e.country}`);
    }
  });
});

describe('roles', () => {
  test('singular and plural role words', () => {
    const cases: [string, string, string, boolean][] = [
      ['minister', 'minister', 'GOV', true], ['ministers', 'minister', 'GOV', true], ['Prime Minister', 'prime minister', 'GOV', true],
      ['government', 'government', 'GOV', false], ['spokesmen', 'spokesman', 'GOV', true], ['ambassadors', 'ambassador', 'GOV', true],
      ['army', 'army', 'MIL', false], ['troops', 'troop', 'MIL', true], ['soldiers', 'soldier', 'MIL', true], ['warplanes', 'warplane', 'MIL', false],
      ['police', 'police', 'COP', false], ['policemen', 'policeman', 'COP', true], ['rebels', 'rebel', 'REB', true],
      ['militants', 'militant', 'REB', true], ['gunmen', 'gunman', 'REB', true], ['dissidents', 'dissident', 'OPP', true],
      ['protesters', 'protester', 'OPP', true], ['judges', 'judge', 'JUD', true], ['lawmakers', 'lawmaker', 'LEG', true],
      ['MPs', 'MP', 'LEG', true], ['journalists', 'journalist', 'MED', true], ['companies', 'company', 'BUS', false],
      ['civilians', 'civilian', 'CVL', true], ['refugees', 'refugee', 'REF', true], ['students', 'student', 'EDU', true],
      ['doctors', 'doctor', 'HLH', true], ['aid agencies', 'aid agency', 'NGO', false], ['clerics', 'cleric', 'REL', true],
      ['parties', 'party', 'PTY', false], ['the army', 'army', 'MIL', false],
    ];
    for (const [w, lemma, role, person] of cases) {
      const r = kb.role(w);
      assert.ok(r, w);
      assert.deepEqual([r.lemma, r.role, r.person], [lemma, role, person], w);
    }
    assert.equal(kb.role('defence minister')?.secondary, 'MIL');
    assert.equal(kb.role('militant')?.alt, 'UAF');
    assert.equal(kb.role('pm'), undefined, 'p.m. is not a prime minister');
    assert.equal(kb.role('PM')?.lemma, 'prime minister');
    assert.equal(kb.role('table'), undefined);
  });
});

describe('actorCode', () => {
  test('composition in CAMEO order', () => {
    assert.equal(kb.actorCode({ country: 'IRQ', role: 'GOV' }), 'IRQGOV');
    assert.equal(kb.actorCode({ country: 'Iraq', role: 'MIL' }), 'IRQMIL');
    assert.equal(kb.actorCode({ country: 'RUS', role: 'MIL' }), 'RUSMIL');
    assert.equal(kb.actorCode({ country: 'Romania', role: 'GOV' }), 'ROMGOV');
    assert.equal(kb.actorCode({ country: 'USA' }), 'USA');
    assert.equal(kb.actorCode({ entry: kb.lookup('Iraqi')[0], role: 'COP' }), 'IRQCOP');
    assert.equal(kb.actorCode({ entry: kb.lookup('Kurds')[0], role: 'REB' }), 'KURREB');
    assert.equal(kb.actorCode({ country: 'TUR', entry: kb.lookup('Kurds')[0] }), 'TURKUR');
    assert.equal(kb.actorCode({ country: 'LBN', entry: kb.lookup('Druze')[0] }), 'LBNMOSDRZ');
    assert.equal(kb.actorCode({ country: 'SYR', role: 'REB', entry: kb.lookup('Sunni')[0] }), 'SYRREBMOSSUN');
    assert.equal(kb.actorCode({ entry: kb.lookup('Hezbollah')[0], role: 'MIL' }), 'LBNREBHEZ');
    assert.equal(kb.actorCode({ entry: kb.lookup('UNICEF')[0] }), 'IGOUNOKID');
    assert.equal(kb.actorCode({ entry: kb.lookup('the Kremlin')[0] }), 'RUSGOV');
    assert.equal(kb.actorCode({ country: 'SEN', role: 'PKO' }), 'IGOPKO');
    assert.equal(kb.actorCode({ country: 'USA', role: 'GOVMIL' }), 'USAGOVMIL');
  });
});

describe('findNames', () => {
  test('longest match wins: "United Nations General Assembly" over "United Nations"', () => {
    const t = toks('The United Nations General Assembly voted and the United Nations agreed.');
    const spans = kb.findNames(t);
    assert.deepEqual(
      spans.map((s) => [t.slice(s.start, s.end).join(' '), s.entry?.id]),
      [['United Nations General Assembly', 'unga'], ['United Nations', 'un']],
    );
    assert.deepEqual([spans[0].start, spans[0].end], [1, 5]);
  });

  test('countries, demonyms, seats, organisations in one sentence', () => {
    assert.deepEqual(names(kb, 'Iraqi forces and the U.S. military fought Islamic State near Baghdad, the Kremlin said.'), [
      'Iraqi=IRQ', 'U.S. military=USAMIL', 'Islamic State=IMGMOSISI', 'Baghdad=IRQ', 'Kremlin=RUSGOV',
    ]);
    const t = toks('Moscow and Kyiv');
    const spans = kb.findNames(t);
    assert.equal(spans[0].country?.iso3, 'RUS');
    assert.equal(spans[0].via, 'seat');
  });

  test('case: acronyms only in capitals, names only capitalised', () => {
    assert.deepEqual(names(kb, 'Let us go: the US and the WHO said who is next.'), ['US=USA', 'WHO=IGOUNOHLHWHO']);
    assert.deepEqual(names(kb, 'the white house on the hill'), []);
    assert.deepEqual(names(kb, 'Nato and Unicef'), ['Nato=IGOWSTNAT', 'Unicef=IGOUNOKID']);
    assert.deepEqual(names(kb, 'WHO IS TO BLAME IN THE US'), ['US=USA'], 'shouted headline');
  });

  test('ambiguous spans list the other readings', () => {
    const t = toks('Congress passed the bill.');
    const [span] = kb.findNames(t);
    assert.equal(span.entry?.id, 'us-congress');
    assert.deepEqual(span.alternatives?.map((e) => e.id), ['inc']);
  });

  test('empty and punctuation-only input', () => {
    assert.deepEqual(kb.findNames([]), []);
    assert.deepEqual(kb.findNames(['.', ',', '—']), []);
  });
});

describe('user files', () => {
  test('CSV and JSON entries are merged over the built-ins', () => {
    const csv = path.join(dir, 'extra.csv');
    fs.writeFileSync(
      csv,
      [
        'name,aliases,type,kind,country,cameo',
        '# a comment',
        'Zeta Brigade,ZB;Zeta Brigades,ORG,armed_group,Iraq,IRQREB',
        '"Northern Tribes Council, The","NTC",NORP,political_group,SY,',
        '',
      ].join('\n'),
    );
    const json = path.join(dir, 'extra.json');
    fs.writeFileSync(
      json,
      JSON.stringify(
        [
          { name: 'Omega Front', aliases: ['OF-9'], kind: 'armed_group', country: 'LBY', cameo: 'LBYREB' },
          { id: 'hezbollah', name: 'Hezbollah', aliases: ['Hizb'], kind: 'armed_group', country: 'LBN', cameo: 'LBNUAF' },
        ],
        null,
        2,
      ),
    );
    const k = KnowledgeBase.load({ extraFiles: [csv, json] });
    const zb = k.lookup('ZB')[0];
    assert.deepEqual([zb.name, zb.type, zb.kind, zb.country, zb.cameo], ['Zeta Brigade', 'ORG', 'armed_group', 'IRQ', 'IRQREB']);
    assert.equal(k.lookup('Zeta Brigades')[0].id, zb.id);
    const ntc = k.lookup('Northern Tribes Council, The')[0];
    assert.deepEqual([ntc.type, ntc.country, ntc.cameo], ['NORP', 'SYR', undefined]);
    assert.equal(k.lookup('Omega Front')[0].cameo, 'LBYREB');
    // same id replaces the built-in entry, old aliases included
    assert.equal(k.lookup('Hezbollah')[0].cameo, 'LBNUAF');
    assert.equal(k.lookup('Hizb')[0].id, 'hezbollah');
    assert.deepEqual(k.lookup('Hizballah'), []);
    assert.deepEqual(names(k, 'The Zeta Brigade attacked.'), ['Zeta Brigade=IRQREB']);
    // the built-in base is untouched
    assert.equal(kb.lookup('Hezbollah')[0].cameo, 'LBNREBHEZ');
  });

  test('a malformed CSV row is reported with file and line', () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, 'name,aliases,type,kind,country,cameo\nGood Org,,ORG,,,\n\nBad Org,,ORGANISATION,,,\n');
    assert.throws(
      () => KnowledgeBase.load({ extraFiles: [file] }),
      (e: unknown) => e instanceof KbFileError && e.line === 4 && e.message.startsWith(`${file}:4:`) && /unknown type "ORGANISATION"/.test(e.message),
    );
    const f2 = path.join(dir, 'bad2.csv');
    fs.writeFileSync(f2, 'Good,,ORG,,,\nWrong Country,,ORG,,Atlantis,\n');
    assert.throws(() => KnowledgeBase.load({ extraFiles: [f2] }), /bad2\.csv:2: unknown country "Atlantis"/);
    const f3 = path.join(dir, 'bad3.csv');
    fs.writeFileSync(f3, 'X Corp,,ORG,,,US1\n');
    assert.throws(() => KnowledgeBase.load({ extraFiles: [f3] }), /bad3\.csv:1: invalid CAMEO code "US1"/);
    const f4 = path.join(dir, 'bad4.csv');
    fs.writeFileSync(f4, 'A,,ORG\n"unterminated,,ORG\n');
    assert.throws(() => KnowledgeBase.load({ extraFiles: [f4] }), /bad4\.csv:2: unterminated quoted field/);
  });

  test('a malformed JSON record or JSON syntax is reported with file and line', () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, '[\n  { "name": "Fine" },\n  {\n    "name": "Broken",\n    "kind": "militia"\n  }\n]\n');
    assert.throws(() => KnowledgeBase.load({ extraFiles: [file] }), /bad\.json:3: unknown kind "militia"/);
    const f2 = path.join(dir, 'bad2.json');
    fs.writeFileSync(f2, '{ "entries": [\n  { "name": "Fine" },\n  { "nmae": "Typo" }\n] }\n');
    assert.throws(() => KnowledgeBase.load({ extraFiles: [f2] }), /bad2\.json:3: record 2: unknown field "nmae"/);
    const f3 = path.join(dir, 'bad3.json');
    fs.writeFileSync(f3, '[\n  { "name": "Fine" },\n  { "name": "Oops", }\n]\n');
    assert.throws(() => KnowledgeBase.load({ extraFiles: [f3] }), /bad3\.json:3: invalid JSON/);
  });

  test('a missing file is an error naming it', () => {
    const file = path.join(dir, 'nope.csv');
    assert.throws(() => KnowledgeBase.load({ extraFiles: [file] }), (e: unknown) => e instanceof KbFileError && e.message.includes('nope.csv'));
  });
});

describe('cost', () => {
  test('loads quickly and small', () => {
    const t0 = performance.now();
    const k = KnowledgeBase.load();
    const ms = performance.now() - t0;
    assert.ok(k.entries.length > 1000);
    // generous bound: CI machines are shared (typically 10-40 ms; see src/kb/README notes)
    assert.ok(ms < 1000, `load took ${ms.toFixed(0)} ms`);
  });
});
