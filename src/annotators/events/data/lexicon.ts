// Closed-class words and small word lists the event coder's rules use, kept apart from the logic.
// Written by the newsgraph team. Words are lower case; the coder lower-cases tokens and writes
// typographic apostrophes as ASCII before it looks them up.

/** Irregular verb forms: lemma -> past, past participle, and any other forms ("be" lists its own). */
export const IRREGULAR_VERBS: Record<string, string[]> = {
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"],
  have: ['has', 'had', 'having', "'ve"],
  do: ['does', 'did', 'done', 'doing'],
  say: ['said'], tell: ['told'], make: ['made'], give: ['gave', 'given'], take: ['took', 'taken'], send: ['sent'],
  hold: ['held'], meet: ['met'], seek: ['sought'], bring: ['brought'], fight: ['fought'], shoot: ['shot'],
  strike: ['struck', 'stricken'], hit: ['hit'], beat: ['beat', 'beaten'], break: ['broke', 'broken'], lead: ['led'],
  leave: ['left'], go: ['went', 'gone', 'goes'], come: ['came'], keep: ['kept'], set: ['set'], put: ['put'], cut: ['cut'],
  shut: ['shut'], let: ['let'], lay: ['laid'], pay: ['paid'], freeze: ['froze', 'frozen'], fly: ['flew', 'flown'],
  throw: ['threw', 'thrown'], speak: ['spoke', 'spoken'], withdraw: ['withdrew', 'withdrawn'], draw: ['drew', 'drawn'],
  stand: ['stood'], begin: ['began', 'begun'], forgive: ['forgave', 'forgiven'], overrun: ['overran', 'overrun'],
  overthrow: ['overthrew', 'overthrown'], undertake: ['undertook', 'undertaken'], win: ['won'], sell: ['sold'],
  buy: ['bought'], build: ['built'], rebuild: ['rebuilt'], find: ['found'], feel: ['felt'], swear: ['swore', 'sworn'],
  tear: ['tore', 'torn'], blow: ['blew', 'blown'], slay: ['slew', 'slain'], steal: ['stole', 'stolen'],
  forbid: ['forbade', 'forbidden'], drive: ['drove', 'driven'], run: ['ran'], write: ['wrote', 'written'],
  light: ['lit'], burn: ['burnt'], lend: ['lent'], mean: ['meant'], think: ['thought'], catch: ['caught'],
  deal: ['dealt'], see: ['saw', 'seen'], uphold: ['upheld'], withhold: ['withheld'], oversee: ['oversaw', 'overseen'],
  quit: ['quit'], flee: ['fled'], feed: ['fed'], fall: ['fell', 'fallen'], overcome: ['overcame'], bid: ['bid'],
  shake: ['shook', 'shaken'], spread: ['spread'], arise: ['arose', 'arisen'], rise: ['rose', 'risen'],
  mislead: ['misled'], forsake: ['forsook', 'forsaken'], foresee: ['foresaw', 'foreseen'], shed: ['shed'],
  hang: ['hung'], bind: ['bound'], grind: ['ground'], swing: ['swung'], stick: ['stuck'], wage: [], offer: [],
  sink: ['sank', 'sunk'], bleed: ['bled'], get: ['got', 'gotten'], understand: ['understood'], rid: ['rid'],
  upset: ['upset'], broadcast: ['broadcast'], forecast: ['forecast'], outbid: ['outbid'], undergo: ['underwent', 'undergone'],
  stave: [], wind: ['wound'], sweep: ['swept'], lose: ['lost'], choose: ['chose', 'chosen'], know: ['knew', 'known'],
  grow: ['grew', 'grown'], hide: ['hid', 'hidden'], bite: ['bit', 'bitten'], ride: ['rode', 'ridden'],
  stride: ['strode'], spend: ['spent'], sit: ['sat'], weep: ['wept'], wake: ['woke', 'woken'],
};

/** Verbs whose final consonant doubles before -ed/-ing although they have two syllables. */
export const DOUBLING = new Set([
  'expel', 'compel', 'propel', 'patrol', 'control', 'commit', 'admit', 'submit', 'permit', 'omit', 'regret',
  'occur', 'refer', 'prefer', 'confer', 'deter', 'transfer', 'rebel', 'equip', 'abet', 'embed', 'outstrip',
  'kidnap', 'worship', 'cancel', 'label', 'level', 'travel', 'signal', 'model', 'repel', 'dispel', 'excel',
  'remit', 'acquit', 'outlaw',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some',
  'several', 'many', 'more', 'most', 'all', 'both', 'each', 'every', 'any', 'other', 'another', 'such', 'few',
  'dozens', 'hundreds', 'thousands', 'scores', 'tens', 'millions', 'of', "'s", "'", 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'new', 'further', 'fresh', 'renewed', 'first', 'second', 'last', 'latest',
]);

/** Prepositions: a mention right after one (modulo determiners) is not a subject. */
export const PREPOSITIONS = new Set([
  'of', 'in', 'at', 'on', 'from', 'with', 'by', 'for', 'to', 'into', 'onto', 'against', 'near', 'over', 'under',
  'about', 'after', 'before', 'during', 'since', 'between', 'among', 'amongst', 'across', 'through', 'throughout',
  'within', 'without', 'toward', 'towards', 'including', 'like', 'than', 'as', 'upon', 'around', 'outside',
  'inside', 'behind', 'beyond', 'via', 'amid', 'amidst', 'despite', 'following', 'per', 'off', 'along', 'alongside',
  'regarding', 'concerning', 'unlike', 'besides', 'except', 'until', 'till', 'above', 'below', 'beneath', 'versus',
  'onto', 'out',
]);

/** Words that close a clause for the actor and modality scans. */
export const CLAUSE_BREAKS = new Set([
  ';', ':', '(', ')', '[', ']', '—', '–', '--', 'that', 'who', 'whom', 'which', 'whose', 'because', 'while', 'whereas',
  'although', 'though', 'after', 'before', 'when', 'whenever', 'where', 'if', 'unless', 'since', 'until', 'but',
  'so', 'whether', 'as', 'than', 'once',
]);

/** Words that open a subordinate clause (their clause is not the main clause). */
export const SUBORDINATORS = new Set([
  'because', 'while', 'whereas', 'although', 'though', 'after', 'before', 'when', 'whenever', 'where', 'if',
  'unless', 'since', 'until', 'whether', 'as', 'once', 'who', 'which', 'whom', 'whose',
]);

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose', 'that']);

/** Auxiliaries and adverbs the subject scan steps over between a subject and its verb. */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'ve", "'d",
  "'ll", "'re", 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'do', 'does', 'did',
  'not', "n't", 'never', 'also', 'later', 'previously', 'repeatedly', 'just', 'then', 'again', 'already', 'still',
  'even', 'only', 'reportedly', 'allegedly', 'apparently', 'publicly', 'recently', 'often', 'always', 'further',
  'first', 'initially', 'quickly', 'strongly', 'openly', 'jointly', 'formally', 'officially', 'immediately',
  'effectively', 'finally', 'eventually', 'separately', 'unilaterally', 'sharply', 'fiercely', 'harshly',
  'heavily', 'briefly', 'now', 'soon', 'to', 'once', 'subsequently', 'yesterday', 'today', 'tonight', 'earlier',
  'late', 'overnight', 'swiftly', 'promptly', 'secretly', 'successfully', 'unanimously', 'vehemently',
  'vigorously', 'angrily', 'bitterly', 'flatly', 'firmly', 'categorically', 'explicitly', 'directly',
  'indirectly', 'personally', 'privately', 'reluctantly', 'voluntarily', 'forcibly', 'violently', 'peacefully',
  'temporarily', 'permanently', 'partially', 'partly', 'fully', 'completely', 'totally', 'largely',
  'significantly', 'increasingly', 'continuously', 'constantly', 'regularly', 'frequently', 'occasionally',
  'actively', 'directly', 'indeed', 'however', 'meanwhile', 'though', 'too', 'both', 'either', 'each',
  'themselves', 'itself', 'himself', 'herself', 'reluctantly', 'hastily', 'readily', 'gladly', 'happily',
  'sternly', 'loudly', 'quietly', 'strongly', 'roundly', 'again', 'all', 'yet', 'got', 'get', 'gets', 'getting',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'get', 'got', 'gets', 'getting', 'gotten']);

export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'nobody', 'none', 'nothing', 'cannot']);

/** Phrases that negate what follows ("failed to attack", "lack of commitment", "refrained from"). */
export const NEGATING_WORDS = new Set(['failed', 'fail', 'fails', 'failing', 'lack', 'lacked', 'lacking', 'absence', 'refrained', 'refrain', 'refrains', 'refraining', 'avoided', 'avoid', 'stopped short']);

export const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'wo', "won't", 'would', "'d", 'going', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended', 'expected', 'expects', 'set', 'scheduled', 'due', 'about', 'aims', 'aim', 'poised', 'upcoming', 'forthcoming', 'next', 'future', 'proposed', 'prepared', 'preparing', 'prepares', 'ready', 'readiness', 'willing', 'willingness', 'possibility', 'possible', 'potential', 'likely']);

export const HYPOTHETICAL_WORDS = new Set(['if', 'unless', 'whether', 'could', 'might', 'may', 'can', 'should', 'must', 'ought', 'possibility', 'possible', 'potential', 'hypothetical', 'perhaps', 'maybe', 'would-be', 'conditions', 'condition', 'provided']);

/** First-person pronouns: inside a quote they stand for its speaker. */
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves', "i'm", "we're", "we've", "i've", "we'll", "i'll", "we'd", "i'd"]);

/** Words that tell what an action is about: CAMEO's sub-codes by sector. */
export const SECTOR_WORDS: Record<string, readonly string[]> = {
  econ: [
    'economic', 'economically', 'economy', 'trade', 'trading', 'financial', 'finance', 'financing', 'fund', 'funds',
    'funding', 'loan', 'loans', 'credit', 'credits', 'investment', 'investments', 'invest', 'money', 'cash', 'budget',
    'grant', 'grants', 'debt', 'tariff', 'tariffs', 'business', 'commercial', 'market', 'markets', 'energy', 'oil', 'gas',
    'development', 'infrastructure', 'bailout', 'monetary', 'fiscal', 'dollars', 'euros', 'billion', 'million', '$', '€', '£',
    'exports', 'imports', 'export', 'import', 'goods', 'banking', 'currency', 'reconstruction', 'aid package', 'subsidies',
  ],
  mil: [
    'military', 'militarily', 'defence', 'defense', 'arms', 'weapons', 'weaponry', 'missiles', 'missile', 'tanks',
    'ammunition', 'troops', 'soldiers', 'army', 'armed', 'security', 'warplanes', 'jets', 'fighter', 'helicopters', 'drones',
    'equipment', 'war', 'warships', 'naval', 'navy', 'air force', 'counterterrorism', 'counter-terrorism', 'training',
    'advisers', 'advisors', 'munitions', 'rifles', 'artillery',
  ],
  jud: [
    'judicial', 'legal', 'extradition', 'extradite', 'extradited', 'court', 'courts', 'justice', 'law', 'prosecution',
    'prosecutors', 'tribunal', 'trial', 'criminal', 'crime', 'crimes', 'investigation', 'investigations', 'police',
    'law enforcement', 'fugitive', 'fugitives', 'suspect', 'suspects', 'evidence',
  ],
  intel: ['intelligence', 'information', 'data', 'spy', 'spying', 'surveillance', 'intel', 'secrets'],
  hum: [
    'humanitarian', 'food', 'medical', 'medicine', 'medicines', 'relief', 'shelter', 'tents', 'blankets', 'water',
    'vaccines', 'vaccine', 'refugees', 'refugee', 'emergency', 'disaster', 'famine', 'earthquake', 'flood', 'floods',
    'hurricane', 'drought', 'health', 'hospital', 'hospitals', 'doctors', 'aid workers', 'wheat', 'rice', 'grain',
  ],
  pko: ['peacekeepers', 'peacekeeping', 'peacekeeper', 'protection', 'protect', 'peace-keeping', 'peace-keepers', 'blue helmets', 'stabilization force', 'stabilisation force'],
};

/** What a request, protest or reform is about (CAMEO's x1..x4 sub-codes of reform and dissent). */
export const PURPOSE_WORDS: Record<string, readonly string[]> = {
  leader: [
    'resignation', 'resign', 'resigns', 'abdicate', 'abdication', 'step aside', 'step down', 'stepping down', 'ouster', 'oust', 'ousting', 'removal', 'impeachment',
    'impeach', 'leadership', 'elections', 'election', 'vote', 'early polls', 'new government', 'downfall', 'overthrow',
    'quit', 'leave office', 'hand over power', 'transfer of power', 'the president', 'the prime minister', 'the government to go',
  ],
  policy: [
    'policy', 'policies', 'law', 'laws', 'bill', 'decision', 'tax', 'taxes', 'prices', 'price', 'wages', 'wage', 'pay',
    'salaries', 'pensions', 'reform', 'reforms', 'measures', 'budget', 'cuts', 'austerity', 'subsidies', 'fuel',
    'jobs', 'unemployment', 'corruption', 'plan', 'project', 'decree', 'ruling', 'privatization', 'privatisation',
  ],
  rights: [
    'rights', 'freedom', 'freedoms', 'liberty', 'equality', 'equal', 'justice', 'discrimination', 'autonomy',
    'independence', 'self-determination', 'recognition', 'citizenship', 'suffrage', 'release of', 'free speech',
    'press freedom', 'religious freedom', 'minority', 'women', 'gay', 'lgbt',
  ],
  inst: [
    'regime', 'constitution', 'constitutional', 'democracy', 'democratic', 'institutions', 'institutional', 'system',
    'electoral', 'parliament', 'monarchy', 'republic', 'federal', 'federalism', 'secular', 'judiciary', 'regime change',
    'political reform', 'political reforms', 'political system', 'transition',
  ],
};

/** Objects of release/return: persons (0841) or property (0842). */
export const PERSON_OBJECTS = new Set([
  'prisoner', 'prisoners', 'hostage', 'hostages', 'detainee', 'detainees', 'captive', 'captives', 'soldier', 'soldiers',
  'journalist', 'journalists', 'activist', 'activists', 'people', 'men', 'women', 'children', 'citizens', 'nationals',
  'sailors', 'crew', 'crewmen', 'fishermen', 'pilot', 'pilots', 'inmates', 'dissidents', 'students', 'workers',
  'refugees', 'migrants', 'civilians', 'captured', 'hostage', 'him', 'her', 'them', 'leader', 'opposition leader',
  'suspects', 'suspect', 'militants', 'fighters', 'pows', 'prisoners of war', 'abductees', 'kidnapped', 'missionaries',
  'tourists', 'aid workers', 'bodies', 'remains',
]);
export const PROPERTY_OBJECTS = new Set([
  'property', 'properties', 'assets', 'land', 'lands', 'ship', 'ships', 'vessel', 'vessels', 'tanker', 'tankers', 'aircraft',
  'plane', 'planes', 'artifacts', 'artefacts', 'funds', 'documents', 'territory', 'islands', 'island', 'equipment',
  'weapons', 'cargo', 'money', 'frozen assets', 'relics', 'treasures', 'antiquities', 'boat', 'boats', 'vehicles',
  'farms', 'homes', 'houses', 'buildings', 'factories', 'control',
]);

/** Accusation topics (CAMEO 1121..1125) beyond what the accused act's own code tells. */
export const ACCUSATION_WORDS: Record<string, readonly string[]> = {
  '1121': ['corruption', 'corrupt', 'crime', 'crimes', 'criminal', 'fraud', 'bribery', 'bribes', 'theft', 'stealing', 'embezzlement', 'embezzling', 'money laundering', 'laundering', 'smuggling', 'trafficking', 'murder', 'drug', 'drugs', 'graft', 'tax evasion', 'abuse of power', 'misconduct', 'rigging', 'vote rigging', 'illegal'],
  '1122': ['human rights', 'rights abuses', 'abuses', 'abuse', 'torture', 'torturing', 'persecution', 'persecuting', 'discrimination', 'repression', 'mistreatment', 'ill-treatment', 'disappearances', 'extrajudicial', 'detentions', 'slavery', 'oppression', 'oppressing'],
  '1123': ['aggression', 'aggressive', 'attack', 'attacks', 'attacking', 'invasion', 'invading', 'incursion', 'incursions', 'provocation', 'provocations', 'violating the ceasefire', 'ceasefire violations', 'shelling', 'occupation', 'hostilities', 'military', 'bombing', 'interference', 'meddling', 'escalation'],
  '1124': ['war crimes', 'war crime', 'genocide', 'crimes against humanity', 'ethnic cleansing', 'massacre', 'massacres', 'atrocities'],
  '1125': ['espionage', 'spying', 'spy', 'spies', 'treason', 'treasonous', 'sedition', 'traitor', 'traitors'],
};

/** Investigation topics (CAMEO 091..094). */
export const INVESTIGATION_WORDS: Record<string, readonly string[]> = {
  '091': ['corruption', 'crime', 'crimes', 'fraud', 'bribery', 'murder', 'killing', 'death', 'theft', 'embezzlement', 'laundering', 'smuggling', 'trafficking', 'misconduct', 'financial', 'tax', 'graft', 'scandal'],
  '092': ['human rights', 'rights abuses', 'abuses', 'torture', 'disappearance', 'disappearances', 'mistreatment', 'extrajudicial', 'police brutality', 'brutality', 'discrimination'],
  '093': ['attack', 'attacks', 'airstrike', 'airstrikes', 'air strike', 'shelling', 'bombing', 'incursion', 'military', 'clash', 'clashes', 'shooting', 'raid', 'explosion', 'ceasefire violation', 'ceasefire violations', 'downing', 'strike'],
  '094': ['war crimes', 'war crime', 'genocide', 'crimes against humanity', 'ethnic cleansing', 'massacre', 'atrocities'],
};

/** Words naming a military or armed actor (for bombing: by the military 195, else 183). */
export const MILITARY_ROLES = new Set(['MIL', 'GOV', 'GOVMIL', 'SPY']);

/** Verbal-criticism objects: "attacked the decision" is criticism, not force. */
export const VERBAL_OBJECTS = new Set([
  'decision', 'decisions', 'policy', 'policies', 'plan', 'plans', 'remarks', 'remark', 'comments', 'comment', 'statement',
  'statements', 'proposal', 'proposals', 'law', 'laws', 'bill', 'move', 'moves', 'stance', 'position', 'record',
  'handling', 'response', 'report', 'speech', 'idea', 'ideas', 'views', 'rhetoric', 'approach', 'government\'s',
  'budget', 'deal', 'ruling', 'verdict', 'election', 'vote', 'claims', 'allegations',
]);

/** Words before "strike(s)" that make it an attack, and words that make it a labour strike. */
export const ATTACK_STRIKE_MODIFIERS = new Set([
  'air', 'drone', 'missile', 'military', 'naval', 'artillery', 'rocket', 'precision', 'retaliatory', 'pre-emptive',
  'preemptive', 'surgical', 'aerial', 'airborne', 'cruise', 'targeted', 'punitive', 'deadly', 'nuclear', 'israeli',
  'russian', 'american', 'u.s.', 'us', 'coalition', 'saudi', 'turkish', 'french', 'british', 'syrian', 'iraqi',
]);
export const LABOUR_STRIKE_MODIFIERS = new Set([
  'general', 'labor', 'labour', 'national', 'nationwide', 'workers', "workers'", 'teachers', "teachers'", 'doctors',
  "doctors'", 'transport', 'rail', 'postal', 'public-sector', 'indefinite', 'one-day', 'two-day', 'three-day',
  'week-long', 'weeklong', 'warning', 'sympathy', 'wildcat', 'student', 'students', 'truckers', 'miners', 'nurses',
]);

/** Nouns for the people a protest or crackdown targets (for 175 rather than 190). */
export const CROWD_WORDS = new Set([
  'protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'marchers', 'rioters', 'students', 'mourners',
  'worshippers', 'activists', 'strikers', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies',
]);

/** Nouns of places and territory (seize/capture/take + these = occupy territory, 192). */
export const TERRITORY_WORDS = new Set([
  'town', 'towns', 'city', 'cities', 'village', 'villages', 'territory', 'territories', 'area', 'areas', 'region',
  'base', 'bases', 'airport', 'district', 'districts', 'province', 'control', 'positions', 'position', 'hill', 'border',
  'crossing', 'port', 'capital', 'neighborhood', 'neighbourhood', 'outpost', 'stronghold', 'island', 'islands',
  'oilfield', 'oilfields', 'peninsula', 'valley', 'highway', 'headquarters', 'garrison', 'airfield', 'checkpoint',
]);

/** Media and reporters: "told reporters" is a statement, not a consultation with them. */
export const MEDIA_WORDS = new Set(['reporters', 'journalists', 'press', 'media', 'newspaper', 'television', 'radio', 'channel', 'agency', 'broadcaster', 'interviewer', 'news']);

/**
 * Actor nouns the knowledge base's role words lack, with the CAMEO role the event coder gives them
 * when the entity layer has not marked them ("A mob lynched ...", "Assailants opened fire").
 */
export const EXTRA_ROLES: Readonly<Record<string, { role: string; person: boolean }>> = {
  mob: { role: 'CVL', person: false }, mobs: { role: 'CVL', person: false }, crowd: { role: 'CVL', person: false }, crowds: { role: 'CVL', person: false },
  assailant: { role: 'UAF', person: true }, assailants: { role: 'UAF', person: true }, attacker: { role: 'UAF', person: true }, attackers: { role: 'UAF', person: true },
  looters: { role: 'CVL', person: true }, hijacker: { role: 'UAF', person: true }, hijackers: { role: 'UAF', person: true },
  bomber: { role: 'UAF', person: true }, bombers: { role: 'UAF', person: true }, reservists: { role: 'MIL', person: true },
  mourners: { role: 'CVL', person: true }, prisoners: { role: 'CVL', person: true }, inmates: { role: 'CVL', person: true },
  detainees: { role: 'CVL', person: true }, guards: { role: 'COP', person: true }, 'prison guards': { role: 'COP', person: true },
  marchers: { role: 'OPP', person: true }, 'riot police': { role: 'COP', person: false }, paramilitaries: { role: 'UAF', person: true },
  snipers: { role: 'UAF', person: true }, abductors: { role: 'CRM', person: true }, captors: { role: 'CRM', person: true },
};

/** What one appeals for, demands, offers or refuses when it is a thing, not an act: aid of a kind. */
export const AID_NOUNS: Readonly<Record<string, 'econ' | 'mil' | 'hum' | 'pko' | ''>> = {
  aid: '', assistance: '', help: '', supplies: '', support: '',
  money: 'econ', funds: 'econ', funding: 'econ', loan: 'econ', loans: 'econ', credit: 'econ', credits: 'econ', investment: 'econ', cash: 'econ', grants: 'econ',
  weapons: 'mil', arms: 'mil', ammunition: 'mil', missiles: 'mil', tanks: 'mil', troops: 'mil', jets: 'mil', equipment: 'mil',
  food: 'hum', medicine: 'hum', medicines: 'hum', shelter: 'hum', tents: 'hum', blankets: 'hum', water: 'hum', doctors: 'hum', vaccines: 'hum',
  peacekeepers: 'pko', peacekeeping: 'pko', protection: 'pko', 'peace-keepers': 'pko',
};
