// Regression tests for the events coder's sense and actor rules and for the trigger matcher's
// indexes, on sentences the team wrote: casualties merged into the attack that caused them, weapon
// words that only support another act, statements after the content they report, conditional
// threats, demands on another actor's intent, decisions, oppositions, labour strikes, and the
// PLOVER view of compound actors.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTriggers, loadDictionary, wordIdsOf } from '../../src/annotators/events/dictionary.ts';
import { verbForms } from '../../src/annotators/events/inflect.ts';
import { PentaModel, sentenceFeatures } from '../../src/annotators/events/model.ts';
import type { Doc, Event } from '../../src/index.ts';
import { createPipeline, docFromText } from '../../src/index.ts';
import { toPredictions } from '../../bench/tasks/events.ts';

const pipeline = createPipeline();

function run(text: string): Doc {
  const r = pipeline.run(docFromText('t', text, {}, { headline: false }));
  if (!r.ok) throw new Error(`${r.error.stage}: ${r.error.reason}`);
  return r.doc;
}

function reported(text: string): string[] {
  return toPredictions(run(text).layer('events')).map((p) => p.code);
}

function asserted(text: string): Event[] {
  return run(text).layer('events').filter((e) => e.modality === 'asserted');
}

describe('events: trigger matcher', () => {
  test('word ids given or looked up find the same triggers', () => {
    const dict = loadDictionary();
    const words = 'the ministry said it had deployed two thousand troops near the border'.split(' ');
    const blocked = words.map(() => false);
    const a = findTriggers(dict, words, blocked);
    const b = findTriggers(dict, words, blocked, wordIdsOf(dict, words));
    assert.deepEqual(b.map((m) => [m.pattern.id, m.start, m.end]), a.map((m) => [m.pattern.id, m.start, m.end]));
    assert.ok(a.some((m) => m.pattern.code === '154'));
    // words no pattern has are -1
    assert.equal(wordIdsOf(dict, ['zzqx'])[0], -1);
  });

  test('prefixed irregular verbs inflect like their base', () => {
    assert.ok(verbForms('retake').includes('retook'));
    assert.ok(verbForms('retake').includes('retaken'));
    assert.ok(verbForms('overthrow').includes('overthrown'));
  });

  test('adverb-first verb phrases inflect their verb', () => {
    assert.ok(asserted('Two soldiers sexually assaulted a woman at the checkpoint, a lawyer said.').some((e) => e.cameo === '1821'));
  });
});

describe('events: sense and merge rules', () => {
  test('casualties take the code of the attack that caused them, once', () => {
    const codes = reported('Gunmen wounded three police officers in a roadside bomb attack on Monday.');
    assert.ok(codes[0].startsWith('183'), codes.join(' '));
    assert.equal(codes.filter((c) => c.startsWith('18') || c.startsWith('19')).length, 1);
  });

  test('weapons named with an act are not events of their own', () => {
    const codes = reported('Artillery units shelled the hill town with mortars and rockets on Sunday.');
    assert.deepEqual(codes.filter((c) => c.startsWith('19') || c.startsWith('18')), ['194']);
  });

  test('a suicide bombing keeps its code whoever the bombers are', () => {
    assert.ok(reported('Two suicide bombers blew themselves up at a checkpoint, killing nine people.').some((c) => c === '1831'));
  });

  test('an appositive subject does not make the verb an adjective', () => {
    assert.ok(asserted('Marta Quell, the regional envoy, investigated complaints of abuse in the camps.').some((e) => e.cameo.startsWith('09')));
  });

  test('a strike about pay is a labour strike', () => {
    assert.ok(reported('Bus drivers extended their strike over unpaid wages into a second week.').some((c) => c.startsWith('143')));
  });

  test('engaging in an act is the act', () => {
    assert.deepEqual(reported('Militia units engaged in ethnic cleansing in the valley, a report found.').filter((c) => c !== '010'), ['203']);
  });

  test('a protest verb reporting what precedes it is criticism', () => {
    const codes = reported('The council is ignoring the rights of tenants, a housing group protested on Tuesday.');
    assert.ok(codes.some((c) => c.startsWith('11')), codes.join(' '));
    assert.ok(!codes.some((c) => c.startsWith('14')));
  });

  test('opposing an act rejects it; opposing alone disapproves', () => {
    assert.ok(reported('The rebels said they opposed the deployment of foreign peacekeepers.').some((c) => c.startsWith('12')));
    assert.ok(reported('The opposition party opposed the budget.').some((c) => c === '110'));
  });

  test('a decision to act is the act', () => {
    const codes = reported('The electoral court decided to allow the banned party to contest the election.');
    assert.ok(codes.some((c) => c.startsWith('081')), codes.join(' '));
  });

  test('acts further on in a refused infinitive are not asserted', () => {
    const ev = run('The militia refused to allow relief planes to land and evacuate the wounded.').layer('events');
    assert.ok(ev.some((e) => e.cameo.startsWith('12') && e.modality === 'asserted'));
    assert.ok(!ev.some((e) => e.cameo.startsWith('07') && e.modality === 'asserted'));
  });
});

describe('events: statements', () => {
  test('a conditional act of the speaker, stated after it, is a threat', () => {
    const codes = reported('The mediators may end their mission if the fighting resumes, their spokesman said on Friday.');
    assert.ok(codes.some((c) => c.startsWith('13')), codes.join(' '));
  });

  test('"X must be ready to mediate" is a demand on X', () => {
    const codes = reported('The foreign minister said on Monday that Egypt must be ready to mediate between the parties.');
    assert.ok(codes.some((c) => c.startsWith('10')), codes.join(' '));
  });

  test('"said on Tuesday that" opens the statement\'s content, not a relative clause', () => {
    const codes = reported('The premier said on Tuesday that the army must hand over the suspects.');
    assert.ok(codes.some((c) => c.startsWith('10')), codes.join(' '));
  });

  test('a subject before "once again" keeps its verb', () => {
    const e = asserted('Portugal has once again rejected the proposal.').find((x) => x.cameo.startsWith('12'));
    assert.ok(e);
    assert.ok(e.source.length > 0);
  });
});

describe('events: the benchmark views', () => {
  test('PLOVER-coded sets get one row per event, CAMEO sets one per pair', () => {
    const ev = run('Russia and Turkey held talks in Ankara.').layer('events');
    const pairs = toPredictions(ev);
    const one = toPredictions(ev, undefined, { pairs: false });
    assert.ok(pairs.length >= 2);
    assert.equal(one.filter((p) => p.code.startsWith('04')).length, 1);
  });

  test('the model scores a sentence the same from words as from its feature set', () => {
    const model = PentaModel.load();
    assert.ok(model);
    const words = 'Rebels shelled the town and the army said it would retaliate'.split(' ');
    const cands = [{ cameo: '194', lemma: 'shell', modality: 'asserted' }, { cameo: '1384', lemma: 'retaliate', modality: 'asserted', frame: 'threaten' }];
    const a = model.predict(sentenceFeatures(words, cands));
    const b = model.predictSentence(words, cands);
    for (let k = 0; k < 5; k++) assert.ok(Math.abs(a[k] - b[k]) < 1e-12);
  });
});
