// Head nouns of descriptions that name organisations and places, beyond the role words of the
// knowledge base (which cover people and forces: minister, army, rebels...). Written by the team.

/** Organisation nouns and the kind they imply ("the channel" is a media outlet). */
export const ORG_NOUNS: Record<string, string | undefined> = {
  organization: undefined,
  organisation: undefined,
  group: 'armed_group',
  movement: 'political_group',
  coalition: undefined,
  alliance: undefined,
  militia: 'armed_group',
  faction: 'armed_group',
  network: undefined,
  party: 'party',
  union: undefined,
  federation: undefined,
  association: 'ngo',
  charity: 'ngo',
  agency: 'gov_body',
  ministry: 'gov_body',
  department: 'gov_body',
  government: 'gov_body',
  administration: 'gov_body',
  cabinet: 'gov_body',
  council: 'gov_body',
  committee: 'gov_body',
  commission: 'gov_body',
  authority: 'gov_body',
  authorities: 'gov_body',
  regime: 'gov_body',
  parliament: 'legislature',
  assembly: 'legislature',
  senate: 'legislature',
  court: 'court',
  tribunal: 'court',
  channel: 'media',
  broadcaster: 'media',
  newspaper: 'media',
  station: 'media',
  outlet: 'media',
  company: 'company',
  firm: 'company',
  bank: 'company',
  corporation: 'company',
  group_company: 'company',
  operator: 'company',
  manufacturer: 'company',
  institute: undefined,
  university: undefined,
  embassy: 'gov_body',
  consulate: 'gov_body',
};

/** Words that make a location a natural feature (LOC) rather than a political entity (GPE). */
export const GEO_FEATURE_WORDS = new Set([
  'river', 'sea', 'ocean', 'lake', 'gulf', 'bay', 'strait', 'straits', 'mountain', 'mountains', 'mount', 'hills',
  'valley', 'desert', 'island', 'islands', 'peninsula', 'coast', 'plain', 'plains', 'basin', 'canal', 'delta',
  'forest', 'glacier', 'channel', 'cape', 'range', 'steppe', 'plateau', 'reef',
]);

/** Organisation-name endings and the kind they imply, for names the knowledge base does not know. */
export const ORG_SUFFIX_KINDS: [RegExp, string][] = [
  [/\b(?:Party|Front|Congress)$/, 'party'],
  [/\b(?:Ministry|Department|Office|Agency|Commission|Council|Authority|Service|Administration|Bureau)$/, 'gov_body'],
  [/^(?:Ministry|Department|Office) of\b/, 'gov_body'],
  [/\b(?:Parliament|Assembly|Senate|Duma|Congress)$/, 'legislature'],
  [/\b(?:Court|Tribunal)$/, 'court'],
  [/\b(?:Army|Navy|Forces|Guard|Brigade|Battalion|Regiment|Command)$/, 'military'],
  [/\b(?:Inc\.?|Corp\.?|Ltd\.?|LLC|plc|PLC|Co\.?|Group|Holdings|Bank|Airlines|Motors|Energy|Oil)$/, 'company'],
  [/\b(?:News|Times|Post|Herald|Journal|Gazette|Tribune|TV|Television|Radio|Broadcasting)$|\b24$/, 'media'],
  [/\b(?:Organi[sz]ation|Movement|Brigades|Militia)$/, 'political_group'],
];

/** Personal pronouns that refer to people or groups, with what they tell about their antecedent. */
export const PRONOUNS: Record<string, { gender?: 'male' | 'female' | 'neuter'; number: 'singular' | 'plural'; person: 1 | 3 }> = {
  he: { gender: 'male', number: 'singular', person: 3 },
  him: { gender: 'male', number: 'singular', person: 3 },
  his: { gender: 'male', number: 'singular', person: 3 },
  himself: { gender: 'male', number: 'singular', person: 3 },
  she: { gender: 'female', number: 'singular', person: 3 },
  her: { gender: 'female', number: 'singular', person: 3 },
  hers: { gender: 'female', number: 'singular', person: 3 },
  herself: { gender: 'female', number: 'singular', person: 3 },
  i: { number: 'singular', person: 1 },
  me: { number: 'singular', person: 1 },
  my: { number: 'singular', person: 1 },
  myself: { number: 'singular', person: 1 },
};
