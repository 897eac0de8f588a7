// Closed-class English word lists used to approximate grammatical roles without a POS tagger:
// which token starts a clause, which one heads a prepositional phrase, which one is (probably) a verb.
// Every list is written by hand for this resolver; all entries are lower case.

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

export const PREPOSITIONS = set(`
  about above across after against along alongside amid amidst among amongst around as at atop
  before behind below beneath beside besides between beyond by concerning despite down during except
  for from in inside into like near of off on onto opposite out outside over past per regarding
  since than through throughout till to toward towards under underneath unlike until up upon versus
  via with within without aboard
`);

/** prepositions that usually open a fronted adverbial or a clause-level phrase, not an argument of a noun */
export const ADVERBIAL_PREPOSITIONS = set(`
  after before during since until following despite in on at upon throughout while within when
  although though because amid
`);

export const DETERMINERS = set(`
  a an the this that these those each every some any no another either neither several many much
  few such both all most other own
`);

export const COORDINATORS = set(`and or but nor yet`);

/** words that open a subordinate or relative clause; a name right after one is the clause's subject */
export const SUBORDINATORS = set(`
  after although as because before if once since though unless until when whenever where whereas
  wherever whether while whilst that which who whom whose so than why how what
`);

export const RELATIVES = set(`who whom whose which that`);

export const AUXILIARIES = set(`
  is was were are am be been being has had have having do does did will would shall should can could
  may might must 's 'd 'll 've ’s ’d ’ll ’ve
`);

export const COPULAS = set(`is was were are am be been being become became becomes remained remains seemed seems`);

/** verbs that introduce reported speech or thought: their subject and a following subject pronoun often co-refer */
export const SAY_VERBS = set(`
  said says say told tells tell stated states claimed claims announced announces explained explains
  argued argues added adds noted notes believed believes thought thinks felt feels knew knows
  wrote writes insisted insists revealed reveals admitted admits recalled recalls realised realized
  realises realizes decided decides hoped hopes promised promises warned warns replied replies
  asked asks learned learns learnt discovered discovers found finds reported reports suggested suggests
  complained complains confirmed confirms denied denies declared declares believed assumed assumes
  feared fears wanted wants agreed agrees
`);

/** adverbs and particles that can follow an object pronoun ("told her again", "picked her up") */
export const PARTICLES = set(`
  again back out up down off away home there here too also now then later today yesterday tomorrow
  instead anyway alone together first last once twice well soon already still ever never always
  so very really just only even about around over
`);

export const NEGATIONS = set(`not n't never`);

export const PERSONAL_PRONOUNS = set(`
  he she him her his hers himself herself they them their theirs themselves it its itself
  i me my mine myself we us our ours ourselves you your yours yourself yourselves
`);

/** capitalised words that are never (part of) a person's name */
export const NON_NAME_CAPS = set(`
  the a an this that these those in on at of for from with by to and or but as after before during
  since when while although though because if it its he she his her him they their them we our i you
  your my there here then also however meanwhile later despite following according under over among
  between upon into through until about around against without within toward towards unlike like
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  english french german american british canadian australian italian spanish russian chinese japanese
  indian irish scottish welsh european african asian jewish muslim catholic protestant
  god one two three four five six seven eight nine ten first second third last next new old
  north south east west northern southern eastern western st saint mount lake river
  some many most all both each every another such what which who whom whose where why how
  act episode season series chapter book volume part album song film show game tv radio
  ok yes no not mr mrs ms dr
`);

/** titles and honorifics that precede a name; the value is the gender the title implies */
export const TITLES: ReadonlyMap<string, 'male' | 'female' | 'unknown'> = new Map<string, 'male' | 'female' | 'unknown'>([
  ...[
    'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'count', 'baron', 'emperor', 'tsar',
    'czar', 'sultan', 'shah', 'pope', 'father', 'fr', 'fr.', 'brother', 'uncle', 'monsieur', 'herr',
    'señor', 'senor', 'don', 'master', 'archduke', 'marquess', 'marquis', 'viscount', 'pharaoh', 'rajah',
    'raja', 'maharaja', 'sheikh', 'caliph', 'abbot', 'friar', 'monk',
  ].map((w) => [w, 'male'] as const),
  ...[
    'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'queen', 'princess', 'duchess', 'countess', 'baroness',
    'empress', 'tsarina', 'dame', 'sister', 'mother', 'aunt', 'madame', 'mme', 'mme.', 'mademoiselle',
    'frau', 'señora', 'senora', 'doña', 'dona', 'archduchess', 'marchioness', 'viscountess', 'abbess',
    'nun', 'maharani', 'rani', 'begum',
  ].map((w) => [w, 'female'] as const),
  ...[
    'dr', 'dr.', 'prof', 'prof.', 'professor', 'president', 'senator', 'sen.', 'sen', 'rep.', 'rep',
    'governor', 'gov.', 'gov', 'mayor', 'judge', 'justice', 'general', 'gen.', 'gen', 'colonel', 'col.',
    'major', 'maj.', 'captain', 'capt.', 'lieutenant', 'lt.', 'lt', 'sergeant', 'sgt.', 'sgt', 'corporal',
    'private', 'admiral', 'adm.', 'commander', 'cmdr.', 'officer', 'detective', 'inspector', 'agent',
    'minister', 'chancellor', 'ambassador', 'secretary', 'chairman', 'chairwoman', 'chair', 'director',
    'coach', 'rev.', 'rev', 'reverend', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'pastor',
    'deacon', 'saint', 'st.', 'chief', 'premier', 'councillor', 'councilor', 'councilman', 'councilwoman',
    'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'sheriff', 'constable', 'dean',
    'principal', 'nurse', 'doctor', 'elder', 'deputy', 'trooper', 'marshal', 'field', 'air', 'vice',
  ].map((w) => [w, (w.endsWith('woman') ? 'female' : w.endsWith('man') ? 'male' : 'unknown')] as const),
]);

/** common nouns that name a person and imply a gender (for descriptions: "the actress", "his widow") */
export const GENDERED_NOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map<string, 'male' | 'female'>([
  ...`man men boy boys father dad son brother husband widower uncle nephew grandfather grandson king
  prince duke emperor actor waiter steward host hero lord gentleman boyfriend fiance groom monk priest
  businessman chairman spokesman congressman sportsman policeman fireman stepfather stepson
  godfather patriarch baron count earl sultan bachelor schoolboy`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, 'male'] as const),
  ...`woman women girl girls mother mom mum daughter sister wife widow aunt niece grandmother
  granddaughter queen princess duchess empress actress waitress stewardess hostess heroine lady
  girlfriend fiancee bride nun priestess businesswoman chairwoman spokeswoman congresswoman
  sportswoman policewoman stepmother stepdaughter godmother matriarch baroness countess schoolgirl
  mistress maid ballerina`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, 'female'] as const),
]);

/** capitalised words that show a name is an organisation, place, work or event rather than a person */
export const NON_PERSON_HEADS = set(`
  university college school academy institute institution company corporation corp inc ltd llc
  group party church cathedral abbey chapel temple mosque river lake mountain mount island islands
  street road avenue square park bridge station airport hospital museum gallery library theatre
  theater hall house palace castle tower centre center club team league association society union
  council committee commission board ministry department agency office court army navy force forces
  regiment division brigade battalion corps fleet records studios studio press times news post
  journal magazine review award awards prize cup championship championships games olympics festival
  war battle campaign revolution treaty act bill show series album band orchestra choir records
  county city town village province state states kingdom republic empire district region valley
  bay sea ocean gulf coast beach desert forest hills hill city's fc united rovers athletic
  hotel restaurant bank fund foundation trust network channel radio television tv film films
  railway railroad line lines airlines airways motors industries systems technologies
  senate parliament congress assembly cabinet government administration dynasty family
`);

/** words that are verbs in their base form; inflections are generated in VERB_FORMS */
const VERB_BASES = `
  accept accompany accuse achieve acquire act add admire admit adopt advise affect agree aim allow
  announce annoy answer appear apply appoint approach approve argue arrange arrest arrive ask assist
  assume attach attack attempt attend attract avoid award bake ban base bear beat become beg begin
  behave believe belong bet betray bind bite blame bless block blow board boast borrow bother bounce
  break breed bring broadcast build burn burst bury buy call calm campaign cancel capture care carry
  cast catch cause celebrate challenge change charge chase cheat check choose claim clean clear climb
  close coach collapse collect combine come comment commit compare compete complain complete compose
  conceive concern conclude condemn conduct confess confirm confront confuse congratulate connect
  consider consist construct consult contact contain continue contribute control convert convict
  convince cook cooperate cope copy correct cost count cover crash create criticise criticize cross
  cry cure cut damage dance dare date deal debut deceive decide declare decline dedicate defeat defend
  define delay deliver demand deny depart depend describe desert deserve design desire destroy detect
  determine develop die direct disappear discover discuss dislike dismiss display divorce do donate
  doubt drag draw dream dress drink drive drop drown earn eat edit educate elect embrace emerge employ
  enable encounter encourage end endorse enjoy enlist enter escape establish examine exchange excuse
  execute exist expect experience explain explore express extend face fail fall fear feature feed feel
  fight file fill film finance find finish fire fit fix flee fling float fly focus fold follow forbid
  force forget forgive form found free frighten gain gather get give glance go govern grab graduate
  grant greet grow guard guess guide hand handle hang happen harm hate have head hear help hide hire
  hit hold hope host hug hunt hurry hurt identify ignore imagine impress improve include increase
  inform inherit injure insist inspire install instruct insult intend interrupt interview introduce
  invade invent invest investigate invite involve join joke judge jump keep kick kidnap kill kiss knock
  know label lack land last laugh launch lay lead lean leap learn leave lend let lie lift like limit
  link listen live locate lock lose love maintain make manage mark marry master matter mean measure
  meet mention merge mind miss mistake mock move murder name need neglect nominate notice notify
  obey object oblige observe obtain occupy occur offend offer open operate oppose order organise
  organize overcome owe own paint pardon participate pass pay perform permit persuade pick pitch place
  plan plant play plead please plot point poison portray pose possess postpone pour practise practice
  praise pray predict prefer prepare present preserve press pretend prevent print proceed produce
  promise promote pronounce propose prosecute protect protest prove provide publish pull punch punish
  purchase pursue push put qualify question quit race raise rape reach react read realise realize
  receive recognise recognize recommend record recover recruit reduce refer refuse regain regard
  register reject rejoin relate release rely remain remarry remember remind remove rename rent repair
  repeat replace reply report represent request require rescue resemble resent resign resist resolve
  respect respond rest restore retain retire retreat return reunite reveal rid ride ring rise risk
  rob rule run rush sack sail save say scare score scream search secure see seek seem seize select sell
  send sentence separate serve set settle shake share shoot shout show shut sign sing sink sit sleep
  slip smile snap solve speak spend spot spread stab stand star start starve stay steal step stick
  sting stop strangle strike struggle study submit succeed suck sue suffer suggest supply support
  suppose surprise surrender surround survive suspect suspend swear sweep swim take talk tape teach
  tear tease tell tempt tend terrify test thank think threaten throw tie torture touch tour train
  transfer translate trap travel treat trick trust try turn understand undergo unite upset urge use
  visit vote wait wake walk want warn wash watch wave wear wed weep win wish withdraw witness wonder
  work worry wound wrap write yell
`;

/** irregular past tenses and participles (and a few other inflected forms) */
const IRREGULAR_FORMS = `
  was were been became begun began bore borne beat beaten bit bitten blew blown broke broken brought
  built bought caught chose chosen came did done drew drawn drank drunk drove driven ate eaten fell
  fallen fed felt fought found fled flew flown forbade forgot forgotten forgave forgiven froze frozen
  got gotten gave given went gone grew grown hung had heard hid hidden held hurt kept knew known laid
  led left lent lay lain lost made meant met paid put quit read rode ridden rang rung rose risen ran
  said saw seen sought sold sent set shook shaken shot showed shown shut sang sung sank sunk sat slept
  slid spoke spoken spent spread stood stole stolen stuck stung struck swore sworn swept swam swum took
  taken taught tore torn told thought threw thrown understood underwent undergone woke woken wore worn
  wed won withdrew withdrawn wrote written overcame overcome cast bet let hit cut
`;

function inflect(base: string): string[] {
  const out = [base];
  const last = base[base.length - 1];
  const beforeLast = base[base.length - 2] ?? '';
  const vowel = (c: string): boolean => 'aeiou'.includes(c);
  // -s
  if (/(s|x|z|ch|sh|o)$/.test(base)) out.push(base + 'es');
  else if (last === 'y' && !vowel(beforeLast)) out.push(base.slice(0, -1) + 'ies');
  else out.push(base + 's');
  // -ed and -ing
  if (last === 'e') {
    out.push(base + 'd', base.slice(0, -1) + 'ing');
  } else if (last === 'y' && !vowel(beforeLast)) {
    out.push(base.slice(0, -1) + 'ied', base + 'ing');
  } else {
    out.push(base + 'ed', base + 'ing');
    // doubled final consonant (stop -> stopped, admit -> admitted): CVC endings
    if (/[bdgklmnprt]$/.test(base) && vowel(beforeLast) && !vowel(base[base.length - 3] ?? 'a')) {
      out.push(base + last + 'ed', base + last + 'ing');
    }
  }
  return out;
}

/** every inflected form of the listed verbs; lower case */
export const VERB_FORMS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const b of VERB_BASES.split(/\s+/)) if (b) for (const f of inflect(b)) s.add(f);
  for (const f of IRREGULAR_FORMS.split(/\s+/)) if (f) s.add(f);
  return s;
})();

/** verb forms that are far more often nouns or adjectives after a name ("Smith Records", "the film's cast") */
export const AMBIGUOUS_VERB_FORMS = set(`
  records record play plays show shows works work star stars films film head heads lead leads court
  courts date dates face faces hand hands mark marks name names land lands place places head act acts
  cast set lines line points point rule rules order orders plans plan love run runs guard
`);
