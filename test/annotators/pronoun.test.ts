import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  findNames,
  nameGender,
  nameMatch,
  nameWords,
  resolvePronoun,
  resolvePronouns,
  topicMatch,
  type CandidateEntity,
  type PronounContext,
} from '../../src/annotators/coref/pronoun/index.ts';
import type { Span } from '../../src/doc/types.ts';
import { createPipeline, docFromText } from '../../src/index.ts';

const pipeline = createPipeline({ annotators: ['tokens', 'paragraphs', 'sentences'] });

function context(text: string, topic?: string): PronounContext {
  const r = pipeline.run(docFromText('test', text, {}, { headline: false }));
  if (!r.ok) throw new Error(r.error.reason);
  return { text, tokens: r.doc.layer('tokens'), sentences: r.doc.layer('sentences'), topic };
}

/** every whole-word occurrence of `s` in the text */
function spans(text: string, s: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + s.length });
  return out;
}

/** one candidate per entry: its id is the first surface form; every form's occurrences are mentions */
function candidates(text: string, entities: string[][]): CandidateEntity[] {
  return entities.map((forms) => {
    const mentions = forms.flatMap((f) => spans(text, f)).sort((x, y) => x.start - y.start);
    return { id: forms[0], mentions, gender: nameGender(forms[0].split(' ')[0]), number: 'singular' as const };
  });
}

/** the n-th (0-based) occurrence of the pronoun */
function pronounAt(text: string, pronoun: string, n = 0): Span {
  const all = spans(text, pronoun);
  assert.ok(all[n], `pronoun "${pronoun}" #${n} not in text`);
  return all[n];
}

function resolve(text: string, entities: string[][], pronoun: string, n = 0, topic?: string): string | null {
  const ctx = context(text, topic);
  return resolvePronoun(ctx, pronounAt(text, pronoun, n), candidates(text, entities)).id;
}

describe('pronoun resolution: grammatical role', () => {
  test('a subject pronoun prefers the previous subject (parallelism)', () => {
    const text = 'John Smith met Peter Jones at the station. He was tired after the long trip.';
    assert.equal(resolve(text, [['John Smith'], ['Peter Jones']], 'He'), 'John Smith');
  });

  test('a subject outranks the object of a preposition', () => {
    const text = 'After a meeting with David Brown, Paul Green said he would resign in May.';
    assert.equal(resolve(text, [['David Brown'], ['Paul Green']], 'he'), 'Paul Green');
  });

  test('an object pronoun is not the subject of its own clause', () => {
    const text = 'Peter Hall met John Reed in Rome. John Reed praised him warmly.';
    assert.equal(resolve(text, [['Peter Hall'], ['John Reed']], 'him'), 'Peter Hall');
  });

  test('a reflexive takes the subject of its own clause', () => {
    const text = 'Peter Hall met John Reed in Rome. John Reed introduced himself to the mayor.';
    assert.equal(resolve(text, [['Peter Hall'], ['John Reed']], 'himself'), 'John Reed');
  });

  test('an infinitive takes the object before "to" as its subject', () => {
    const text = 'Joel Carter asked Andy Moss to help him with the horses.';
    assert.equal(resolve(text, [['Joel Carter'], ['Andy Moss']], 'him'), 'Joel Carter');
  });
});

describe('pronoun resolution: possessives', () => {
  test('the possessor of the phrase holding the pronoun ("Anna\'s love for her garden")', () => {
    // the subject, Maria Lopez, would win without this cue
    const text = "Maria Lopez praised Anna Ruiz's love for her garden.";
    assert.equal(resolve(text, [['Maria Lopez'], ['Anna Ruiz']], 'her'), 'Anna Ruiz');
  });

  test('a name inside the pronoun\'s own phrase is not its antecedent ("her friend Pauline")', () => {
    const text = 'Pauline Moore and Cheryl Cassidy met in 1990. Cheryl Cassidy left the party early with her friend Pauline Moore.';
    const ctx = context(text);
    const parts = new Map<string, Record<string, number>>();
    const r = resolvePronoun(ctx, pronounAt(text, 'her'), candidates(text, [['Cheryl Cassidy'], ['Pauline Moore']]), {
      trace: (id, p) => parts.set(id, p),
    });
    assert.equal(r.id, 'Cheryl Cassidy');
    assert.ok((parts.get('Pauline Moore')?.sameNP ?? 0) < 0, 'the apposition of "her friend" is ruled out');
    assert.equal(parts.get('Cheryl Cassidy')?.sameNP, undefined);
  });

  test('a fronted phrase points to the main subject after it ("In his last bout, Oliveira won")', () => {
    const text = 'Phil Williams lost twice last year. In his most recent bout, Marcus Oliveira defeated Otis Griffin.';
    assert.equal(resolve(text, [['Phil Williams'], ['Marcus Oliveira'], ['Otis Griffin']], 'his'), 'Marcus Oliveira');
  });

  test('the conjunct right before a possessive ("Clinton and her husband")', () => {
    const text = 'Julia Boseman travelled the state with Hillary Clinton and her husband.';
    assert.equal(resolve(text, [['Julia Boseman'], ['Hillary Clinton']], 'her'), 'Hillary Clinton');
  });
});

describe('pronoun resolution: agreement, topic and competitors', () => {
  test('gender by first name decides between two subjects', () => {
    const text = 'John Miller and Sarah Cole arrived at the hearing together. She spoke first.';
    assert.equal(resolve(text, [['John Miller'], ['Sarah Cole']], 'She'), 'Sarah Cole');
  });

  test('nameGender reads English first names', () => {
    assert.equal(nameGender('Sarah'), 'female');
    assert.equal(nameGender('john'), 'male');
    assert.equal(nameGender('Chris'), 'unknown'); // used for both
    assert.equal(nameGender('Zqxw'), 'unknown');
  });

  test('the topic hint breaks a tie between equally salient names', () => {
    const text = 'Smith and Jones were elected to the council in 1990. He later served as mayor.';
    const entities = [['Smith'], ['Jones']];
    assert.equal(resolve(text, entities, 'He', 0, 'Alan Smith'), 'Smith');
    assert.equal(resolve(text, entities, 'He', 0, 'Robert Jones (politician)'), 'Jones');
  });

  test('a third person can win over both given names', () => {
    const text = 'Mark Evans and Tom Reed watched the final from the stand. George Hall arrived late; he had missed the bus.';
    assert.equal(resolve(text, [['Mark Evans'], ['Tom Reed'], ['George Hall']], 'he'), 'George Hall');
  });

  test('plural "they" does not resolve to a person', () => {
    const text = 'Mark Evans met Tom Reed in Paris. They talked for an hour.';
    const ctx = context(text);
    const r = resolvePronoun(ctx, pronounAt(text, 'They'), candidates(text, [['Mark Evans'], ['Tom Reed']]));
    assert.equal(r.id, null);
    assert.deepEqual(r.ranking, []);
  });

  test('"it" does not resolve to a man or a woman', () => {
    const text = 'Mark Evans bought a boat in Paris. It sank a week later.';
    assert.equal(resolve(text, [['Mark Evans']], 'It'), null);
  });

  test('a plural candidate is allowed for "they"', () => {
    const text = 'The workers met Tom Reed in Paris. They talked for an hour.';
    const ctx = context(text);
    const cands: CandidateEntity[] = [
      { id: 'workers', mentions: spans(text, 'workers'), number: 'plural' },
      ...candidates(text, [['Tom Reed']]),
    ];
    assert.equal(resolvePronoun(ctx, pronounAt(text, 'They'), cands).id, 'workers');
  });

  test('a gender clash rules a candidate out', () => {
    const text = 'Sarah Cole met John Miller in Oslo. He gave a speech.';
    assert.equal(resolve(text, [['Sarah Cole'], ['John Miller']], 'He'), 'John Miller');
  });
});

describe('pronoun resolution: chains and helpers', () => {
  test('resolved pronouns add to their entity\'s salience', () => {
    const text = 'Anna Ruiz founded the firm in 1990. She ran it for a decade. Later Maria Lopez joined the board, and she sold her shares.';
    const ctx = context(text);
    const prons = [pronounAt(text, 'She'), pronounAt(text, 'she'), pronounAt(text, 'her')];
    const rs = resolvePronouns(ctx, prons, candidates(text, [['Anna Ruiz'], ['Maria Lopez']]));
    assert.equal(rs[0].id, 'Anna Ruiz');
    assert.equal(rs.length, 3);
  });

  test('name matching groups a full name with its first name and surname', () => {
    const full = nameWords('Lorenzo Uribe');
    assert.ok(nameMatch(nameWords('Lorenzo'), full) > 0);
    assert.ok(nameMatch(nameWords('Uribe'), full) > 0);
    assert.ok(nameMatch(nameWords('Mr. Uribe'), full) > 0);
    assert.equal(nameMatch(nameWords('Maria Uribe'), full), 0); // same surname, another person
  });

  test('topicMatch reads page titles', () => {
    assert.equal(topicMatch([nameWords('MacKenzie')], 'Warren MacKenzie'), 1);
    assert.equal(topicMatch([nameWords('Bernard Leach')], 'Warren MacKenzie'), 0);
    assert.equal(topicMatch([nameWords('Gilbert')], 'Gilbert de Clare, 8th Earl of Gloucester') > 0, true);
    assert.equal(topicMatch([nameWords('Gloucester')], 'Gilbert de Clare, 8th Earl of Gloucester'), 0);
  });

  test('findNames finds people with titles, initials and first names, not places', () => {
    const text = 'Captain Thomas Fellowes met Mrs. O. Smith at New Trier High School. Later Ella Kabambe arrived.';
    const found = findNames(context(text)).map((n) => ({ name: text.slice(n.start, n.end), gender: n.gender, person: n.person > 0 }));
    assert.deepEqual(found, [
      { name: 'Thomas Fellowes', gender: 'male', person: true },
      { name: 'O. Smith', gender: 'female', person: true },
      { name: 'Ella Kabambe', gender: 'female', person: true },
    ]);
  });
});
