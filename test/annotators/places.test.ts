// Places on sentences written for these tests: gazetteer resolution, disambiguation by context,
// containers, the dateline, metonymy, and texts that must produce nothing.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, test } from 'node:test';
import { createPipeline, docFromText, type Place } from '../../src/index.ts';
import { Gazetteer, placeKey } from '../../src/annotators/places/index.ts';

const pipeline = createPipeline({ annotators: ['places'] });

function places(text: string, headline = false): (Place & { text: string })[] {
  const r = pipeline.run(docFromText('p', text, { date: '2026-03-02' }, { headline }));
  if (!r.ok) throw new Error(r.error.reason);
  return r.doc.layer('places').map((p) => ({ ...p, text: r.doc.slice(p) }));
}

function place(text: string, words: string, nth = 0): Place & { text: string } {
  const all = places(text).filter((p) => p.text === words);
  assert.ok(all[nth], `"${words}" not found among ${JSON.stringify(places(text).map((p) => p.text))}`);
  return all[nth];
}

function near(p: Place, lat: number, lon: number, km = 100): void {
  assert.ok(p.lat !== undefined && p.lon !== undefined, 'no coordinates');
  const d = Math.hypot(p.lat - lat, (p.lon - lon) * Math.cos((lat * Math.PI) / 180)) * 111;
  assert.ok(d < km, `${p.name} at ${p.lat},${p.lon} is ${Math.round(d)} km from ${lat},${lon}`);
}

describe('places: gazetteer', () => {
  // its load time and memory are measured by `npm run bench` (resources), not here
  test('loads and finds names through their keys', () => {
    const g = Gazetteer.load();
    assert.ok(g.size > 150_000);
    assert.ok(g.lookup(placeKey('São Paulo')).length > 0);
    assert.ok(g.lookup(placeKey('Sao Paulo')).length > 0, 'diacritics are folded');
    assert.ok(g.lookup(placeKey('Kiev')).length > 0, 'English exonyms are aliases');
  });
});

describe('places: compiled data', () => {
  test('gazetteer.json.gz is what scripts/build-gazetteer.ts produces', async (t) => {
    let build: typeof import('../../scripts/build-gazetteer.ts');
    try {
      build = await import('../../scripts/build-gazetteer.ts');
    } catch {
      t.skip('gazetteer source packages not installed');
      return;
    }
    let fresh: Buffer;
    try {
      fresh = build.compile();
    } catch {
      t.skip('gazetteer source packages not installed');
      return;
    }
    const committed = zlib.gunzipSync(fs.readFileSync(build.OUT));
    assert.ok(zlib.gunzipSync(fresh).equals(committed), 'run npx tsx scripts/build-gazetteer.ts');
  });
});

describe('places: resolution and disambiguation', () => {
  test('countries, capitals and cities get coordinates, ISO codes and GeoNames ids', () => {
    const text = 'Aid convoys left Nairobi for the border with Somalia on Tuesday.';
    const nairobi = place(text, 'Nairobi');
    assert.equal(nairobi.feature, 'city');
    assert.equal(nairobi.country, 'KEN');
    assert.ok(nairobi.geonames && nairobi.geonames > 0);
    near(nairobi, -1.29, 36.82);
    const somalia = place(text, 'Somalia');
    assert.equal(somalia.feature, 'country');
    assert.equal(somalia.country, 'SOM');
  });

  test('Paris is in France, unless the text says Paris, Texas', () => {
    const france = place('The French president returned to Paris after the summit in Brussels.', 'Paris');
    assert.equal(france.country, 'FRA');
    near(france, 48.85, 2.35);
    const texas = place('A tornado damaged homes in Paris, Texas, on Sunday.', 'Paris');
    assert.equal(texas.country, 'USA');
    assert.equal(texas.region, 'Texas');
    near(texas, 33.66, -95.55);
    const state = place('A tornado damaged homes in Paris, Texas, on Sunday.', 'Texas');
    assert.equal(state.feature, 'region');
  });

  test('Georgia the country next to Russia, Georgia the state next to Atlanta', () => {
    const country = place('Russia and Georgia fought a brief war in 2008; Tbilisi still seeks NATO membership.', 'Georgia');
    assert.equal(country.feature, 'country');
    assert.equal(country.country, 'GEO');
    const state = place('Storms hit Atlanta, Georgia, and much of the South on Friday.', 'Georgia');
    assert.equal(state.feature, 'region');
    assert.equal(state.country, 'USA');
  });

  test('the dateline is resolved and its country guides ambiguous names', () => {
    const text = 'SYDNEY, Nova Scotia — Fishermen in Sydney said the harbour froze early this year.';
    const dl = places(text).filter((p) => p.dateline);
    assert.ok(dl.length >= 1, 'dateline place');
    assert.equal(dl[0].text, 'SYDNEY');
    assert.equal(dl[0].country, 'CAN');
    const body = place(text, 'Sydney');
    assert.equal(body.country, 'CAN');
  });

  test('a city named after its region is the city (Najaf), one reading per name', () => {
    const text = 'ERBIL, Kurdistan Region — Pilgrims travelled from Erbil to the holy city of Najaf. Najaf was calm.';
    for (const p of places(text).filter((x) => x.text === 'Najaf')) {
      assert.equal(p.feature, 'city');
      near(p, 32.03, 44.35);
    }
    assert.equal(place(text, 'Kurdistan Region').country, 'IRQ');
  });

  test('metonymic capitals are kept and marked; literal ones are not', () => {
    const text = 'Moscow said on Tuesday it would respond. Thousands marched in Moscow.';
    const [said, marched] = places(text).filter((p) => p.text === 'Moscow');
    assert.equal(said.metonymic, true);
    assert.equal(marched.metonymic, undefined);
  });

  test('region abbreviations after a city', () => {
    const text = 'The plant in Peoria, Ill., will close, and a second one in Dubbo, NSW, will expand.';
    assert.equal(place(text, 'Ill.').region, 'Illinois');
    assert.equal(place(text, 'Peoria').region, 'Illinois');
    assert.equal(place(text, 'NSW').country, 'AUS');
  });
});

describe('places: texts that must produce nothing', () => {
  const nothing = [
    'The committee met on Tuesday and agreed a budget.',
    'The US-led coalition resumed air strikes.',
    'Researchers studied the A/California/7/2009 strain.',
    'The ticket costs US$40.',
    'She said nothing.',
  ];
  for (const text of nothing) {
    test(JSON.stringify(text), () => assert.deepEqual(places(text).map((p) => p.text), []));
  }
});
