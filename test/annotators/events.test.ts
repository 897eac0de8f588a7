// The events annotator on sentences the team wrote: each CAMEO family, actors from the grammar
// (subjects, objects, passive agents, compound actors, quote speakers), modality (negated, future,
// hypothetical, threatened, requested, denied), dates and places, texts that must produce nothing,
// and the exports.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cameoName, goldstein, pentaClass, ploverOf, quadClass } from '../../src/annotators/events/index.ts';
import { verbForms, nounForms } from '../../src/annotators/events/inflect.ts';
import { loadDictionary } from '../../src/annotators/events/dictionary.ts';
import type { Doc, Event } from '../../src/index.ts';
import { createPipeline, docFromText } from '../../src/index.ts';
import { GDELT_COLUMNS, eventRows, gdeltRows, ploverRecords } from '../../src/export/events.ts';
import { KnowledgeBase } from '../../src/kb/index.ts';
import { toPredictions } from '../../bench/tasks/events.ts';

const pipeline = createPipeline();

function run(text: string, date?: string): Doc {
  const r = pipeline.run(docFromText('t', text, date ? { date } : {}, { headline: false }));
  if (!r.ok) throw new Error(`${r.error.stage}: ${r.error.reason}`);
  return r.doc;
}

/** The asserted events of a text as "CODE SOURCE>TARGET" strings. */
function asserted(text: string, date?: string): Event[] {
  return run(text, date)
    .layer('events')
    .filter((e) => e.modality === 'asserted');
}

function find(events: readonly Event[], root: string): Event | undefined {
  return events.find((e) => e.cameo.startsWith(root));
}

function codes(list: Event['source']): string[] {
  return list.map((a) => a.code);
}

describe('events: CAMEO tables', () => {
  test('codes have names, Goldstein values, quad and penta classes', () => {
    assert.equal(cameoName('195'), 'Employ aerial weapons');
    assert.equal(goldstein('195'), -10);
    assert.equal(goldstein('0314'), 5.2);
    assert.equal(goldstein('057'), 8);
    assert.equal(quadClass('051'), 1);
    assert.equal(quadClass('073'), 2);
    assert.equal(quadClass('111'), 3);
    assert.equal(quadClass('193'), 4);
    assert.deepEqual([pentaClass('010'), pentaClass('0314'), pentaClass('0841'), pentaClass('163'), pentaClass('145')], [0, 1, 2, 3, 4]);
  });

  test('PLOVER types follow the PLOVER definitions', () => {
    assert.equal(ploverOf('010'), null);
    assert.equal(ploverOf('0253')?.type, 'REQUEST');
    assert.equal(ploverOf('1053')?.type, 'REQUEST');
    assert.equal(ploverOf('0314')?.type, 'AGREE');
    assert.equal(ploverOf('0841')?.type, 'RETREAT');
    assert.equal(ploverOf('0813')?.type, 'CONCEDE');
    assert.equal(ploverOf('094')?.type, 'ACCUSE');
    assert.equal(ploverOf('116')?.type, 'SANCTION');
    assert.deepEqual(ploverOf('195'), { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] });
  });

  test('word forms: verbs in every form, nouns singular and plural', () => {
    assert.ok(verbForms('ban').includes('banned'));
    assert.ok(verbForms('deny').includes('denied'));
    assert.ok(verbForms('seize').includes('seizing'));
    assert.ok(verbForms('withdraw').includes('withdrew'));
    assert.ok(!verbForms('free', { base: false }).includes('free'));
    assert.deepEqual(nounForms('airstrike').sort(), ['airstrike', 'airstrikes']);
  });

  test('the dictionary holds several hundred patterns', () => {
    assert.ok(loadDictionary().patterns.length > 1500);
  });
});

describe('events: verbal events', () => {
  test('accusation with its target and what is alleged', () => {
    const ev = run('Turkey accused Greece of violating its airspace.').layer('events');
    const acc = find(ev, '112');
    assert.ok(acc);
    assert.equal(acc.modality, 'asserted');
    assert.deepEqual(codes(acc.source), ['TUR']);
    assert.deepEqual(codes(acc.target), ['GRC']);
    const alleged = ev.find((e) => e.modality === 'alleged');
    assert.ok(alleged, 'the alleged act is kept, marked');
    assert.deepEqual(codes(alleged.source), ['GRC']);
  });

  test('condemnation and praise', () => {
    const c = find(asserted('The opposition leader condemned the government’s decision.'), '111');
    assert.ok(c);
    const p = find(asserted('The Security Council praised the election commission.'), '051');
    assert.ok(p);
  });

  test('appeal: the complement decides the code, the appealed-to is the target', () => {
    const ev = run('Japan urged North Korea to return the abducted citizens.').layer('events');
    const a = ev.find((e) => e.modality === 'asserted');
    assert.equal(a?.cameo, '0253');
    assert.deepEqual(codes(a.source), ['JPN']);
    assert.deepEqual(codes(a.target), ['PRK']);
    const req = ev.find((e) => e.modality === 'requested');
    assert.ok(req && req.cameo.startsWith('084'));
    assert.deepEqual(codes(req.source), ['PRK'], 'the requested act is the target’s');
  });

  test('threat: the threatened act is marked, the threat is the event', () => {
    const ev = run('The European Union threatened to impose sanctions on Belarus.').layer('events');
    assert.equal(ev.find((e) => e.modality === 'asserted')?.cameo, '1312');
    const t = ev.find((e) => e.modality === 'threatened');
    assert.ok(t?.cameo.startsWith('163'));
  });

  test('denial: the denied act is not reported as done', () => {
    const ev = run('The army denied bombing the hospital.').layer('events');
    assert.ok(ev.some((e) => e.cameo === '016' && e.modality === 'asserted'));
    assert.ok(ev.every((e) => e.cameo === '016' || e.modality !== 'asserted'));
  });

  test('intent to cooperate, refusal, demand, declining to comment', () => {
    assert.equal(find(asserted('Japan promised to provide $2 billion in economic aid to Indonesia.'), '03')?.cameo, '0331');
    assert.equal(find(asserted('The kidnappers refused to free the hostages.'), '12')?.cameo, '1243');
    assert.ok(find(asserted('Protest leaders demanded the resignation of the prime minister.'), '104'));
    assert.equal(find(asserted('A spokesman for the ministry declined to comment on the report.'), '01')?.cameo, '011');
  });

  test('a statement is carried by its quote', () => {
    const doc = run('“We will send humanitarian aid to the refugees,” the foreign minister said.');
    const e = doc.layer('events').find((x) => x.modality === 'asserted' && x.cameo.startsWith('03'));
    assert.ok(e, 'a planned act of the speaker is a statement of intent');
    assert.equal(e.cameo, '0333');
    assert.ok(e.quote, 'linked to the quote that carries it');
  });
});

describe('events: material events', () => {
  test('airstrikes: modifier source, place target, date from the sentence', () => {
    const ev = asserted('Russian warplanes began airstrikes in Syria on Wednesday.', '2015-10-05');
    const a = find(ev, '195');
    assert.ok(a);
    assert.deepEqual(codes(a.source), ['RUSMIL']);
    assert.deepEqual(codes(a.target), ['SYR']);
    assert.equal(a.date, '2015-09-30');
    assert.equal(a.dateSource, 'sentence');
    assert.equal(a.plover?.type, 'ASSAULT');
  });

  test('arrests, protests, strikes, aid, agreements, visits, releases', () => {
    assert.ok(find(asserted('Police arrested the opposition leader in Harare.'), '173'));
    assert.ok(find(asserted('Thousands of people demonstrated in the capital against the government.'), '141'));
    assert.ok(find(asserted('Teachers went on strike over unpaid salaries.'), '143'));
    assert.equal(find(asserted('The UN delivered food aid to the besieged town.'), '07')?.cameo, '073');
    assert.ok(find(asserted('Israel and Jordan signed a peace treaty.'), '057'));
    const visit = find(asserted('The German chancellor visited Kiev on Monday.'), '042');
    assert.ok(visit);
    assert.deepEqual(codes(visit.target), ['UKR']);
    assert.equal(find(asserted('Israel released 26 Palestinian prisoners.'), '084')?.cameo, '0841');
  });

  test('reversals: lifting sanctions eases them; suspending aid reduces relations', () => {
    assert.equal(find(asserted('Washington lifted economic sanctions on Myanmar.'), '08')?.cameo, '085');
    assert.equal(find(asserted('The United States suspended military aid to Mali.'), '16')?.cameo, '1622');
    assert.equal(find(asserted('The curfew was lifted on Sunday.'), '08')?.cameo, '0813');
  });

  test('passive agents: the "by" agent is the source', () => {
    const e = find(asserted('The convoy was attacked by rebels near the border.'), '1');
    assert.ok(e);
    assert.deepEqual(codes(e.source), ['REB']);
    const arrest = find(asserted('Two journalists were arrested by Egyptian police.'), '173');
    assert.ok(arrest);
    assert.deepEqual(codes(arrest.source), ['EGYCOP']);
  });

  test('compound actors: "X and Y" are both sources', () => {
    const e = find(asserted('France and Germany condemned the attack.'), '111');
    assert.ok(e);
    assert.deepEqual(codes(e.source), ['FRA', 'DEU']);
    const preds = toPredictions(asserted('Russia and Turkey held talks in Ankara.'));
    assert.ok(preds.some((p) => p.source === 'RUS' && p.target === 'TUR'), 'reciprocal events give both directions');
    assert.ok(preds.some((p) => p.source === 'TUR' && p.target === 'RUS'));
  });
});

describe('events: modality', () => {
  test('negated: "there are no plans to ..." is not reported, and keeps its actors', () => {
    const ev = run('The Italian defence minister told journalists in Rome that there were no plans to launch ground operations in Libya.').layer('events');
    const neg = ev.filter((e) => e.modality === 'negated');
    assert.ok(neg.length > 0);
    assert.ok(neg.some((e) => e.source.some((a) => a.code.startsWith('ITA'))), 'the speaker plans, or does not');
    assert.ok(neg.every((e) => e.plover === null || e.plover.context.includes('negation')));
    assert.ok(toPredictions(ev).every((p) => !p.code.startsWith('19')));
  });

  test('negated with "not" and "never"', () => {
    assert.ok(!find(asserted('The army did not attack the village.'), '19'));
    assert.ok(!find(asserted('Police never arrested the suspects.'), '173'));
  });

  test('hypothetical: "if we get the offer, we will consider it"', () => {
    const ev = run('“If we get the offer, we will consider it,” the prime minister said.').layer('events');
    const c = ev.find((e) => e.cameo === '014');
    assert.ok(c);
    assert.equal(c.modality, 'hypothetical');
    assert.ok(toPredictions(ev).every((p) => p.code !== '014'));
  });

  test('hypothetical: questions and "could"', () => {
    assert.ok(!find(asserted('Could the rebels attack the capital?'), '19'));
    assert.ok(!find(asserted('Officials said the army could attack the town.'), '19'));
  });

  test('future: a planned meeting is marked, and reads as intent to meet', () => {
    const ev = run('The two presidents will meet in Geneva next week.', '2015-10-05').layer('events');
    assert.ok(ev.some((e) => e.cameo.startsWith('04') && e.modality === 'future'));
    assert.ok(ev.some((e) => e.cameo === '036' && e.modality === 'asserted'));
  });

  test('refusal: "will not lift the ban"', () => {
    const e = find(asserted('The government will not lift the ban on the party.'), '12');
    assert.ok(e);
    assert.equal(e.cameo.slice(0, 3), '124');
  });
});

describe('events: no events', () => {
  test('an empty text is an input error, not an annotator failure', () => {
    assert.throws(() => run('   '), /empty/);
  });
  const nothing = [
    'The weather in Paris was sunny on Tuesday.',
    'Shares rose 3 percent in early trading.',
    'The museum reopened after two years of renovations.',
    'She has a heart attack last year.',
    'The film premieres in March.',
    'Theresa May arrived in Brussels.\u200b',
    '🙂🙂 😀 \u0301\r\n\u00a0',
  ];
  for (const text of nothing) {
    test(`nothing happened: ${JSON.stringify(text).slice(0, 50)}`, () => {
      const ev = run(text).layer('events');
      assert.deepEqual(
        ev.filter((e) => e.modality === 'asserted' && e.confidence >= 0.5 && !e.cameo.startsWith('01') && !e.cameo.startsWith('04')).map((e) => e.cameo),
        [],
      );
    });
  }
});

describe('events: layer and exports', () => {
  test('spans lie in the text and ids are unique; parents point at events', () => {
    const doc = run('Japan urged North Korea to return the abducted citizens. Police arrested two men in Tokyo on Monday.', '2015-10-07');
    const ev = doc.layer('events');
    const ids = new Set(ev.map((e) => e.id));
    assert.equal(ids.size, ev.length);
    for (const e of ev) {
      assert.ok(e.start >= 0 && e.end <= doc.text.length && e.trigger.start >= e.start && e.trigger.end <= e.end);
      if (e.parent) assert.ok(ids.has(e.parent));
      assert.ok(e.confidence > 0 && e.confidence <= 1);
    }
  });

  test('GDELT rows have the 61 columns; PLOVER records only what happened unless asked', () => {
    const doc = run('Russian warplanes bombed rebel positions near Aleppo on Tuesday. The army did not attack the village.', '2015-10-07').toJSON();
    const kb = KnowledgeBase.load();
    const isCountry = (c: string): boolean => kb.countries.some((x) => x.cameo === c);
    const rows = gdeltRows(doc, { isCountry });
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.ok(rows.length > 0);
    for (const r of rows) assert.equal(r.length, 61);
    assert.ok(rows.every((r) => r[26].startsWith('19')));
    const recs = ploverRecords(doc, { isCountry });
    assert.ok(recs.every((r) => r.modality === 'asserted'));
    assert.ok(ploverRecords(doc, { isCountry, all: true }).some((r) => r.modality === 'negated'));
    const table = eventRows(doc);
    assert.ok(table.some((r) => r.source.includes('Russia') || r.sourceCode.startsWith('RUS')));
  });

  test('the benchmark view lists asserted events only', () => {
    const ev = run('The army denied bombing the hospital. Rebels kidnapped two engineers.').layer('events');
    const preds = toPredictions(ev);
    assert.ok(preds.some((p) => p.code === '181'));
    assert.ok(preds.every((p) => !p.code.startsWith('18') || p.code === '181'));
  });
});
