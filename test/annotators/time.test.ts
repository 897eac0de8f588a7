// Time expressions on sentences written for these tests, with a pinned reference date (Monday
// 5 October 2015) and results that must not depend on the machine's time zone.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPipeline, docFromText, type TimeExpr } from '../../src/index.ts';
import { durationValue } from '../../src/annotators/time/index.ts';

const pipeline = createPipeline({ annotators: ['entities', 'time'] });
const MONDAY = '2015-10-05';

function times(text: string, date: string | undefined = MONDAY): (TimeExpr & { text: string })[] {
  const doc = docFromText('t', text, date ? { date } : {}, { headline: false });
  const r = pipeline.run(doc);
  if (!r.ok) throw new Error(r.error.reason);
  return r.doc.layer('times').map((t) => ({ ...t, text: r.doc.slice(t) }));
}

/** The single expression with this text. */
function one(text: string, words: string, date?: string): TimeExpr & { text: string } {
  const found = times(text, date);
  const t = found.find((x) => x.text === words);
  assert.ok(t, `"${words}" not found in ${JSON.stringify(found.map((x) => x.text))}`);
  return t;
}

describe('time: weekdays lean with the tense (news convention)', () => {
  test('a weekday in past-tense reporting is the most recent one, the publication day included', () => {
    assert.equal(one('The minister said Thursday that talks would resume.', 'Thursday').value, '2015-10-01');
    assert.equal(one('Rebels attacked a convoy on Wednesday, officials said.', 'Wednesday').value, '2015-09-30');
    assert.equal(one('The senator made a statement on Monday criticising the plan.', 'Monday').value, '2015-10-05');
    assert.equal(one('Police arrested two men on Saturday.', 'Saturday').value, '2015-10-03');
  });

  test('a weekday in future-tense reporting is the next one', () => {
    assert.equal(one('The delegation will travel to Geneva on Thursday.', 'Thursday').value, '2015-10-08');
    assert.equal(one('Talks are scheduled to resume on Friday.', 'Friday').value, '2015-10-09');
  });

  test('last / next / this with a weekday', () => {
    assert.equal(one('The vote took place last Tuesday.', 'last Tuesday').value, '2015-09-29');
    assert.equal(one('The report is due next Tuesday.', 'next Tuesday').value, '2015-10-13');
  });

  test('a weekday with a part of the day is a TIME', () => {
    const t = one('Fighting broke out on Sunday night in the capital.', 'Sunday night');
    assert.equal(t.type, 'TIME');
    assert.equal(t.value, '2015-10-04TNI');
  });
});

describe('time: absolute and relative dates', () => {
  test('calendar dates in their common news forms', () => {
    assert.equal(one('The ceasefire began on Oct. 1, 2015, after weeks of talks.', 'Oct. 1, 2015').value, '2015-10-01');
    assert.equal(one('The law takes effect on 1 October.', '1 October').value, '2015-10-01');
    assert.equal(one('The filing is dated 2015-10-01.', '2015-10-01').value, '2015-10-01');
    assert.equal(one('The company was founded in March 2014.', 'March 2014').value, '2014-03');
    assert.equal(one('Prices rose sharply in 1998.', '1998').value, '1998');
    assert.equal(one('Elections are due on Saturday, Oct. 10.', 'Saturday, Oct. 10').value, '2015-10-10');
  });

  test('a month without a year is the nearest one, leaning with the tense', () => {
    assert.equal(one('The plant closed in August.', 'August').value, '2015-08');
    assert.equal(one('The summit will be held in December.', 'December').value, '2015-12');
    assert.equal(one('The deal expires Jan. 2.', 'Jan. 2').value, '2016-01-02');
  });

  test('relative days, weeks, months and years', () => {
    const cases: [string, string, string, string][] = [
      ['The mayor resigned yesterday.', 'yesterday', 'DATE', '2015-10-04'],
      ['The results will be announced tomorrow.', 'tomorrow', 'DATE', '2015-10-06'],
      ['The team lands today.', 'today', 'DATE', '2015-10-05'],
      ['The council will meet tonight.', 'tonight', 'TIME', '2015-10-05TNI'],
      ['Two people were injured last night.', 'last night', 'TIME', '2015-10-04TNI'],
      ['The strike ended two days ago.', 'two days ago', 'DATE', '2015-10-03'],
      ['Prices fell last week.', 'last week', 'DATE', '2015-W40'],
      ['The fund was launched earlier this month.', 'earlier this month', 'DATE', '2015-10'],
      ['The bill passed last year.', 'last year', 'DATE', '2014'],
      ['The rules change next year.', 'next year', 'DATE', '2016'],
      ['Growth slowed in the third quarter.', 'the third quarter', 'DATE', '2015-Q3'],
      ['Turnout was high this summer.', 'this summer', 'DATE', '2015-SU'],
      ['Inflation was low in the 1990s.', 'the 1990s', 'DATE', '199'],
      ['Output rose a year ago.', 'a year ago', 'DATE', '2014'],
    ];
    for (const [text, words, type, value] of cases) {
      const t = one(text, words);
      assert.equal(t.type, type, `${words}: type`);
      assert.equal(t.value, value, `${words}: value`);
    }
  });

  test('vague references', () => {
    assert.equal(one('The road is now open.', 'now').value, 'PRESENT_REF');
    assert.equal(one('The group recently changed its name.', 'recently').value, 'PAST_REF');
    assert.equal(one('More cuts are likely in the near future.', 'the near future').value, 'FUTURE_REF');
  });

  test('positions inside a period carry a mod', () => {
    const t = one('The plant will reopen early next year.', 'early next year');
    assert.equal(t.value, '2016');
    assert.equal(t.mod, 'START');
  });
});

describe('time: clock times, durations and sets', () => {
  test('clock times with zones; the zone is kept out of the value', () => {
    const t = one('The polls close at 5 p.m. EST, officials said.', '5 p.m. EST');
    assert.equal(t.type, 'TIME');
    assert.equal(t.value, '2015-10-05T17:00');
    assert.equal(t.zone, 'EST');
    assert.equal(one('The blast happened at 10:30 a.m. Wednesday.', '10:30 a.m. Wednesday').value, '2015-09-30T10:30');
  });

  test('durations', () => {
    const cases: [string, string, string][] = [
      ['He served as mayor for three years.', 'three years', 'P3Y'],
      ['The flight took two hours.', 'two hours', 'PT2H'],
      ['The two-year plan was approved.', 'two-year', 'P2Y'],
      ['Sales fell in the past three months.', 'the past three months', 'P3M'],
      ['The talks lasted more than four hours.', 'more than four hours', 'PT4H'],
      ['The siege lasted several weeks.', 'several weeks', 'PXW'],
      ['It will take two and a half years.', 'two and a half years', 'P2Y6M'],
    ];
    for (const [text, words, value] of cases) {
      const t = one(text, words);
      assert.equal(t.type, 'DURATION', words);
      assert.equal(t.value, value, words);
    }
    assert.equal(durationValue(1.5, 'hour'), 'PT1H30M');
    assert.equal(durationValue(null, 'decade'), 'PXDE');
  });

  test('sets', () => {
    assert.equal(one('The market opens every Monday.', 'every Monday').value, 'XXXX-WXX-1');
    const weekly = one('The council meets weekly in the town hall.', 'weekly');
    assert.equal(weekly.type, 'SET');
    assert.equal(weekly.value, 'P1W');
    assert.equal(one('Inspectors visit twice a year.', 'twice a year').value, 'P1Y');
    assert.equal(one('Shops close on Sundays.', 'Sundays').value, 'XXXX-WXX-7');
  });
});

describe('time: anchors', () => {
  test("the dateline's date is the anchor when it has one", () => {
    const t = one('NEW DELHI, Oct. 2 (Reuters) - The minister said on Wednesday that the talks had failed.', 'Wednesday', '2015-10-05');
    assert.equal(t.value, '2015-09-30');
    assert.equal(t.anchor, '2015-10-02');
  });

  test('without a reference date relative expressions keep unknown parts', () => {
    const t = one('The minister said on Thursday that talks would resume.', 'Thursday', '');
    assert.equal(t.value, 'XXXX-WXX-4');
    assert.equal(t.anchor, undefined);
    assert.equal(one('The ceasefire began on Oct. 1, 2015.', 'Oct. 1, 2015', '').value, '2015-10-01');
  });

  test('values do not depend on the time zone of the machine', () => {
    const text = 'The minister said Thursday, and will return next Monday at 9 a.m., the ministry said yesterday.';
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = times(text);
      process.env.TZ = 'America/Los_Angeles';
      const west = times(text);
      assert.deepEqual(east, west);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('time: texts that must produce nothing', () => {
  const nothing = [
    'Theresa May addressed the party conference.',
    'May I ask you a question?',
    'Protesters will march to the square.',
    'More than 2000 people attended the rally.',
    'He described the Sunday Times report as false.',
    'The company raised its quarterly dividend.',
    'The officials left as soon as the meeting ended.',
    'He won a second term in office.',
    'The strain A/California/7/2009 was found.',
    'Flights cost $300 a seat.',
    '',
  ];
  for (const text of nothing) {
    test(JSON.stringify(text), () => {
      if (!text) return assert.deepEqual(times(' x '), []);
      assert.deepEqual(times(text).map((t) => t.text), []);
    });
  }
});
