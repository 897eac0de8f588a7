// The quotes annotator on articles and sentences written for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPipeline, docFromText, type Doc, type Quote } from '../../src/index.ts';
import { cueLemma } from '../../src/annotators/quotes/lemma.ts';
import { quoteRegions, singleQuoteRegions } from '../../src/annotators/quotes/regions.ts';

const pipelines = new Map<string, ReturnType<typeof createPipeline>>();
function run(text: string, scope: 'speech' | 'attribution' = 'speech'): Doc {
  let p = pipelines.get(scope);
  if (!p) {
    p = createPipeline({ config: { quotes: { scope } } });
    pipelines.set(scope, p);
  }
  const r = p.run(docFromText('test', text, { date: '2026-03-02' }));
  if (!r.ok) throw new Error(`${r.error.stage}: ${r.error.reason}`);
  return r.doc;
}

interface Row {
  q: Quote;
  text: string;
  speaker: string | null;
  name: string | null;
  cue: string | null;
  lemma: string | null;
}

function rows(doc: Doc): Row[] {
  const clusters = new Map(doc.layer('clusters').map((c) => [c.id, c]));
  return doc.layer('quotes').map((q) => ({
    q,
    text: q.fragments ? q.fragments.map((f) => doc.slice(f)).join(' … ') : doc.slice(q),
    speaker: q.speaker ? doc.slice(q.speaker) : null,
    name: q.entity ? (clusters.get(q.entity)?.name ?? null) : null,
    cue: q.cue ? doc.slice(q.cue) : null,
    lemma: q.cue?.lemma ?? null,
  }));
}

function find(rs: Row[], content: string): Row {
  const r = rs.find((x) => x.text.includes(content));
  assert.ok(r, `no quote with "${content}" among:\n${rs.map((x) => `  ${x.speaker} | ${x.cue} | ${x.text}`).join('\n')}`);
  return r;
}

describe('quote regions', () => {
  const para = (text: string) => [{ start: 0, end: text.length }];
  test('curly, straight, doubled apostrophes, guillemets and mismatched pairs', () => {
    for (const text of ['He said “yes” twice.', 'He said "yes" twice.', "He said ''yes'' twice.", 'He said «yes» twice.', 'He said "yes” twice.', 'He said “yes" twice.', 'He said ``yes\'\' twice.']) {
      const rs = quoteRegions(text, para(text));
      assert.equal(rs.length, 1, text);
      assert.equal(text.slice(rs[0].start, rs[0].end), 'yes', text);
    }
  });
  test('a quote still open at the end of its paragraph runs to the paragraph end', () => {
    const text = '“We will come back, and we will win.';
    const rs = quoteRegions(text, para(text));
    assert.equal(rs.length, 1);
    assert.equal(rs[0].close, -1);
    assert.equal(text.slice(rs[0].start, rs[0].end), 'We will come back, and we will win.');
  });
  test('a closing mark that opens a paragraph opens the quote', () => {
    const text = '”We will come back,” she said.';
    const rs = quoteRegions(text, para(text));
    assert.equal(rs.length, 1);
    assert.equal(text.slice(rs[0].start, rs[0].end), 'We will come back,');
  });
  test('single marks: quotes and scare quotes, never apostrophes', () => {
    const text = "Voters' anger at the 'deal' didn't fade; ‘We are done,’ one said.";
    const rs = singleQuoteRegions(text, para(text)).map((r) => text.slice(r.start, r.end));
    assert.deepEqual(rs, ['deal', 'We are done,']);
  });
});

describe('cue lemmas', () => {
  test('verbs, auxiliaries and phrases', () => {
    assert.equal(cueLemma(['said']), 'say');
    assert.equal(cueLemma(['told']), 'tell');
    assert.equal(cueLemma(['has', 'also', 'called', 'for']), 'call for');
    assert.equal(cueLemma(['according', 'to']), 'according to');
    assert.equal(cueLemma(['insisted']), 'insist');
    assert.equal(cueLemma(['claimed']), 'claim');
    assert.equal(cueLemma(['added']), 'add');
    assert.equal(cueLemma(['denied']), 'deny');
    assert.equal(cueLemma(['is', 'arguing']), 'argue');
  });
});

const STORY = `Port chief: We will reopen the harbour

MOMBASA, Kenya — The head of the Kenya Ports Authority said on Monday that the harbour would reopen within a week after the storm.

“The cranes are safe. The channel is clear,” said Grace Wanjiru, the authority's managing director, at a news conference in Mombasa. “We lost two days, not two months.”

Wanjiru told reporters that insurers had already sent assessors. She added that “nobody was hurt, and that is what matters.”

“Ships are waiting outside, and their captains are patient," she said. "We thank them.

“Fuel deliveries will resume first, then containers.”

According to the transport ministry, damage to the terminal is estimated at $4 million. The ministry said repairs would be paid from the emergency fund.

Shipping agents were less optimistic. “It will be weeks, not days,” one agent said, asking not to be named.`;

describe('a news story', () => {
  const doc = run(STORY);
  const rs = rows(doc);

  test('a multi-sentence direct quote before "said NAME" with the speaker resolved to the person', () => {
    const r = find(rs, 'The cranes are safe. The channel is clear');
    assert.equal(r.q.type, 'direct');
    assert.equal(r.name, 'Grace Wanjiru');
    assert.equal(r.cue, 'said');
    assert.equal(r.lemma, 'say');
    assert.equal(r.text, 'The cranes are safe. The channel is clear');
  });

  test('a quote split by its attribution keeps its parts linked', () => {
    const a = find(rs, 'The cranes are safe');
    const b = find(rs, 'We lost two days, not two months');
    assert.ok(a.q.group && a.q.group === b.q.group, 'the two parts share a group');
    assert.equal(b.name, 'Grace Wanjiru');
  });

  test('"NAME told reporters that ...": indirect speech with the addressee', () => {
    const r = find(rs, 'insurers had already sent assessors');
    assert.equal(r.q.type, 'indirect');
    assert.equal(r.name, 'Grace Wanjiru');
    assert.equal(r.lemma, 'tell');
    assert.ok(r.q.addressee, 'an addressee');
    assert.equal(doc.slice(r.q.addressee!), 'reporters');
  });

  test('a partial quote after "added that", with a pronoun speaker resolved to the named person', () => {
    const r = find(rs, 'nobody was hurt');
    assert.equal(r.q.type === 'mixed' || r.q.type === 'direct', true, r.q.type);
    assert.equal(r.speaker, 'She');
    assert.equal(r.name, 'Grace Wanjiru');
    assert.equal(r.lemma, 'add');
  });

  test('mismatched marks, and a quote running on into the next paragraph keeps its speaker', () => {
    const a = find(rs, 'Ships are waiting outside');
    assert.equal(a.name, 'Grace Wanjiru');
    const b = find(rs, 'Fuel deliveries will resume first');
    assert.equal(b.name, 'Grace Wanjiru');
    assert.equal(b.q.type, 'direct');
    assert.ok(b.q.group, 'the running-on paragraph is linked to its quote');
  });

  test('"according to ORG" and "the ministry said": organisation speakers', () => {
    const a = find(rs, 'damage to the terminal is estimated');
    assert.equal(a.lemma, 'according to');
    assert.match(a.speaker ?? '', /transport ministry/);
    const b = find(rs, 'repairs would be paid from the emergency fund');
    assert.match(b.speaker ?? '', /ministry/);
    assert.equal(b.lemma, 'say');
    assert.ok(b.q.entity, 'the ministry is an entity');
  });

  test('the headline "Speaker: words" is a headline quote with the speaker before the colon', () => {
    const r = find(rs, 'We will reopen the harbour');
    assert.equal(r.q.type, 'headline');
    assert.equal(r.speaker, 'Port chief');
    assert.equal(r.cue, null);
  });

  test('"X said on Monday that ...": indirect speech from a description', () => {
    const r = find(rs, 'the harbour would reopen within a week');
    assert.match(r.speaker ?? '', /head of the Kenya Ports Authority/);
    assert.equal(r.lemma, 'say');
  });

  test('every quote has a confidence in 0..1 and a content without its quotation marks', () => {
    for (const r of rs) {
      assert.ok(r.q.confidence >= 0 && r.q.confidence <= 1);
      assert.doesNotMatch(doc.text[r.q.start], /["“”‘’«»]/);
      assert.doesNotMatch(doc.text[r.q.end - 1], /["“”«»]/);
    }
  });

  test('an anonymous speaker ("one agent") is a speaker span without a named entity', () => {
    const r = find(rs, 'It will be weeks, not days');
    assert.match(r.speaker ?? '', /agent/);
  });
});

describe('speakers', () => {
  test('a pronoun speaker is resolved to the person named before', () => {
    const doc = run(`Senator Paula Mendes spent the morning in Porto.\n\n“This budget is a mistake,” she said.`);
    const r = find(rows(doc), 'This budget is a mistake');
    assert.equal(r.speaker, 'she');
    assert.equal(r.name, 'Paula Mendes');
  });

  test('a quote introduced by a colon', () => {
    const doc = run(`The mayor of Lyon, Claire Fontaine, was blunt: “The bridge stays closed until it is safe.”`);
    const r = find(rows(doc), 'The bridge stays closed until it is safe');
    assert.equal(r.name, 'Claire Fontaine');
    assert.equal(r.q.type, 'direct');
  });

  test('"said NAME, a description, ..." after the quote', () => {
    const doc = run(`“Prices will fall by summer,” said Tomasz Nowak, an economist at the central bank in Warsaw.`);
    const r = find(rows(doc), 'Prices will fall by summer');
    assert.equal(r.name, 'Tomasz Nowak');
  });

  test('a place standing for its government speaks ("with Moscow saying ...")', () => {
    const doc = run(`Russian jets struck targets near Idlib on Tuesday, with Moscow saying it had hit only militant positions.`);
    const r = find(rows(doc), 'it had hit only militant positions');
    assert.equal(r.speaker, 'Moscow');
    assert.equal(r.lemma, 'say');
  });

  test('"X said on Thursday he is ...": indirect speech without "that"', () => {
    const doc = run(`Prime Minister Lars Eklund said Thursday he is ready to talk to the unions.`);
    const r = find(rows(doc), 'he is ready to talk to the unions');
    assert.equal(r.name, 'Lars Eklund');
    assert.equal(r.q.type, 'indirect');
  });

  test('a leading place phrase is not the speaker; a parenthetical before the cue is skipped', () => {
    const doc = run(`At a bakery near the old market, owner Petra Novak said flour prices had doubled since May. The city council said it would review the rents, but one council member, speaking on condition of anonymity, said no decision was expected before autumn.`);
    const rs = rows(doc);
    assert.equal(find(rs, 'flour prices had doubled').name, 'Petra Novak');
    const b = find(rs, 'no decision was expected before autumn');
    assert.match(b.speaker ?? '', /council member/);
    const a = find(rs, 'it would review the rents');
    assert.doesNotMatch(a.text, /council member/);
  });

  test('the circumstance after "said NAME" is not part of the quote', () => {
    const doc = run(`“We are home at last,” said Ivana Horvat, a nurse from Split, as the ferry docked in the harbour.`);
    const rs = rows(doc);
    assert.equal(rs.length, 1, rs.map((r) => r.text).join(' | '));
    assert.equal(rs[0].text, 'We are home at last');
  });

  test('quoted speech with no speaker anywhere keeps the speaker null', () => {
    const doc = run(`The banner over the gate read: “No entry after dark.”`);
    for (const r of rows(doc)) assert.ok(r.q.entity === null || r.name !== null);
    const r = rows(doc).find((x) => x.text.includes('No entry after dark'));
    if (r) assert.equal(r.name, null);
  });
});

describe('the attribution scope', () => {
  const text = 'Most farmers think the subsidy is too small, and a new survey shows support for the plan is falling.';
  test('beliefs and findings are attributions, not speech', () => {
    assert.equal(rows(run(text)).length, 0);
    const wide = rows(run(text, 'attribution'));
    assert.ok(wide.length >= 1, 'the attribution scope finds the belief or the finding');
  });
});

describe('quotations signed with a dash', () => {
  const text = [
    'Readers react',
    'We asked readers what they made of the harbour plan.',
    '”The ferry terminal should stay where it is. Moving it helps nobody.” ― Maria T. Lopez\n“A new quay is a waste of money and everyone in town knows it.” ― Paul Gomez',
    'More letters follow next week.',
  ].join('\n\n');
  for (const scope of ['speech', 'attribution'] as const) {
    test(`the name after the dash is the speaker, the dash the cue (${scope})`, () => {
      const rs = rows(run(text, scope));
      const a = find(rs, 'The ferry terminal should stay');
      assert.equal(a.speaker, 'Maria T. Lopez');
      assert.equal(a.cue, '―');
      const b = find(rs, 'A new quay is a waste');
      assert.equal(b.speaker, 'Paul Gomez');
      assert.equal(b.cue, '―');
    });
  }
});

describe('a quotation paragraph after "X was firm:"', () => {
  const text = 'Bridge to reopen\n\nThe town council met on Monday. Mayor Claire Fontaine was firm:\n\n“We will rebuild the bridge before winter, and we will not raise taxes to do it.”\n\nThe council approved the plan.';
  test('the clause before the colon ending the paragraph is the attribution', () => {
    const r = find(rows(run(text)), 'We will rebuild the bridge');
    assert.equal(r.speaker, 'Mayor Claire Fontaine');
    assert.equal(r.cue, 'was firm');
  });
});

describe('a "Poll: words" title', () => {
  test('is a finding in the attribution scope, also when the title ends in a period', () => {
    const text = 'Poll: Younger Voters Turn Away From Both Parties.\n\nA survey released on Tuesday found that younger voters are losing interest in both parties.';
    const r = find(rows(run(text, 'attribution')), 'Younger Voters Turn Away');
    assert.equal(r.speaker, 'Poll');
  });
});

describe('texts without quotes', () => {
  const NONE = [
    'The river rose two metres overnight and the old bridge was closed to traffic.',
    'The film “Northern Lights” opened in 40 cinemas on Friday.',
    'Fans call him “the Wall” since his days in goal.',
    'Parliament passed the budget by 212 votes to 140 after a short debate.',
    'The so-called “peace dividend” never reached the villages of the valley.',
    'No group has claimed responsibility for the blast.',
    '',
  ];
  for (const text of NONE) {
    test(JSON.stringify(text.slice(0, 40)), () => {
      if (!text) {
        assert.throws(() => run(text));
        return;
      }
      const rs = rows(run(text));
      assert.equal(rs.length, 0, rs.map((r) => `${r.speaker} | ${r.cue} | ${r.text}`).join('\n'));
    });
  }
});
