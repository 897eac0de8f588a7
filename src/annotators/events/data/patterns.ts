// The event-pattern dictionary: words and phrases that report each CAMEO event, written by the
// newsgraph team from the CAMEO 1.1b3 code definitions (what each code covers, in the codebook's own
// terms) and the PLOVER type definitions, with the wording news uses for them. Never fitted to the
// codebooks' example sentences.
//
// Syntax of a pattern (one string):
//   words are separated by spaces and matched against lower-cased tokens;
//   in `verbs` the first word is a verb lemma, matched in every form (attack, attacks, attacked,
//     attacking); in `nouns` the last word is a noun, matched singular and plural; a word marked
//     `^` (verb) or `~` (noun) is the inflected one instead;
//   `+` a gap of one to six tokens ("return + to": returned the archives to, not returned to);
//   `**` a wide gap of up to twelve tokens that may hold commas and the recipient ("gave $2 million to");
//   `a|b` alternatives (`_` joins the words of a multi-word alternative: `tear_gas|teargas`); `x?` an
//     optional word; a verb marked `!` matches its -ed and -ing forms only ("free!": freed, not free);
//   `*` a gap of up to five tokens that holds the target
//     ("accuse * of");
//   `phrases` are matched literally.
// `frame` marks the speech acts and operators that take another action as their complement
// ("urged Israel to halt airstrikes": appeal + de-escalation = 0256); their codes are combined in
// ../frames.ts. `to` lists the prepositions that introduce the target; `weight` is the prior
// confidence of a match (default 0.7).

export type FrameKind =
  | 'say' // 010: statements; the complement's events stand on their own
  | 'appeal' // 02x: urge, call for, ask ... the complement is what is requested
  | 'demand' // 10x
  | 'intent' // 03x: promise, offer, agree to, be ready to ...
  | 'open' // 030: "open to", "welcome": intent to accept what another actor does
  | 'reject' // 12x: refuse, reject, rule out ...
  | 'threaten' // 13x
  | 'warn' // 13x when the warning is of the speaker's own action, else 012
  | 'accuse' // 112x: the complement is the alleged act
  | 'deny' // 016: the complement is denied
  | 'claim' // 015: the complement happened and the source did it
  | 'consider' // 014: the complement is an option
  | 'investigate' // 09x: the complement is what is investigated
  | 'reverse' // stop, lift, end, suspend ...: the complement's opposite (lift sanctions = 085)
  | 'praise' // 051 / 111 / 018 ...: the complement is presupposed, it stays an event
  | 'authorize' // approve, order, authorize: the complement is the event (by the authorizer); alone, 051
  | 'aspect'; // begin, continue, resume, step up ...: transparent, the complement is the event

export interface PatternGroup {
  code: string;
  verbs?: readonly string[];
  nouns?: readonly string[];
  phrases?: readonly string[];
  frame?: FrameKind;
  to?: readonly string[];
  weight?: number;
  /** the subject does not act on anyone (protests, strikes): no target search beyond `to` */
  intransitive?: boolean;
  /** both sides act (clash, meet, negotiate): a target is also a source */
  reciprocal?: boolean;
  /** a casualty word ("killed", "wounded"): an event only when no other violent event reports it */
  outcome?: boolean;
  /** a phrase that is never an event and hides the triggers inside it ("heart attack") */
  block?: boolean;
  /** a frame too vague to be an event without a coded complement ("wants to ...", "seeks ...") */
  needsComplement?: boolean;
  /** the code of a frame that has no coded complement ("opposed the plan": 110; "opposed the deployment of troops": 12x) */
  alone?: string;
}

const TALKS = 'talks|negotiations|dialogue|consultations|discussions';
const AGREEMENT = 'agreement|agreements|accord|accords|deal|deals|treaty|treaties|pact|pacts|memorandum|protocol|convention|charter|declaration|contract|contracts|roadmap|road_map|framework';

export const PATTERN_GROUPS: readonly PatternGroup[] = [
  // ───────────────────────── 01 MAKE PUBLIC STATEMENT ─────────────────────────
  {
    code: '010', frame: 'say', weight: 0.3,
    verbs: [
      'say', 'tell', 'state', 'declare', 'announce', 'add', 'note!', 'explain', 'remark', 'comment on|that', 'stress', 'emphasize',
      'emphasise', 'underline', 'underscore', 'reiterate', 'assert', 'maintain', 'argue', 'contend', 'write', 'tweet', 'post!',
      'insist', 'claim', 'report!', 'inform', 'brief!', 'speak to|with|at|on|about', 'address!', 'mention', 'point out', 'recall',
      'affirm', 'reaffirm', 'confirm', 'disclose', 'reveal', 'predict', 'estimate', 'describe', 'suggest', 'observe', 'insist that',
      'release * statement|report|video|footage|figures|data|details|results|photos|recording|list|document|documents|album|guidelines|transcript|audio|book|film',
      'make statement|statements|remarks|comments|a_statement|a_comment', 'issue a|an statement|communique|communiqué',
      'release a statement', 'give an interview', 'hold a news|press conference', 'quote', 'cite', 'testify', 'announce',
      'signal!', 'indicate', 'respond', 'reply', 'answer', 'clarify', 'publish', 'broadcast', 'remind',
    ],
    nouns: ['statement', 'remarks', 'communique', 'communiqué', 'press conference', 'news conference', 'interview', 'speech', 'address', 'announcement', 'reminder'],
  },
  {
    code: '011', weight: 0.8,
    verbs: [
      'decline to comment|comment', 'refuse to comment', 'decline to discuss|elaborate|confirm|say|specify|give|answer',
      'refuse to discuss|elaborate|confirm|say|answer', 'have no comment', 'offer no comment', 'remain silent|mum',
      'keep silent|quiet|mum', 'stay silent|quiet|mum',
    ],
    phrases: [
      'would not comment', 'could not comment', 'did not comment', "didn't comment", "wouldn't comment", 'no comment',
      'could not be reached for comment', 'did not respond to a request for comment', 'did not respond to requests for comment',
      'did not return calls', 'did not immediately respond', "didn't respond to a request for comment", 'was not immediately available for comment',
      'were not immediately available for comment', 'would not say', 'would not elaborate', 'would not confirm', 'did not elaborate',
    ],
  },
  {
    code: '012', weight: 0.7,
    verbs: [
      'express|voice * pessimism|concern|concerns|worry|worries|fear|fears|alarm|dismay|doubt|doubts|skepticism|scepticism|disappointment|frustration|regret',
      'be^ pessimistic|concerned|worried|alarmed|skeptical|sceptical|doubtful|gloomy|disappointed|frustrated',
      'fear that', 'doubt that', 'lament', 'bemoan', 'despair', 'raise concern|concerns|doubts|fears', 'sound the alarm',
      'cast doubt on', 'predict failure', 'play down|downplay hopes|chances|prospects',
    ],
  },
  {
    code: '013', weight: 0.7,
    verbs: [
      'express|voice * optimism|hope|hopes|confidence|satisfaction',
      'be^ optimistic|hopeful|confident|upbeat|encouraged', 'hope that|for', 'hope!', 'predict success|progress',
      'see progress', 'note progress', 'hail progress', 'raise hopes',
    ],
  },
  {
    code: '014', frame: 'consider', weight: 0.6,
    verbs: [
      'consider', 'weigh', 'mull', 'mull over', 'contemplate', 'ponder', 'study the possibility|option|idea|feasibility',
      'explore the possibility|possibilities|option|options|idea', 'look at the possibility|option', 'review',
      'examine the possibility|option|proposal', 'deliberate', 'debate whether', 'think about', 'entertain the idea|possibility',
      'weigh up', 'assess the possibility|option', 'eye',
    ],
  },
  {
    code: '015', frame: 'claim', weight: 0.8,
    verbs: [
      'claim responsibility|credit', 'claim the attack|attacks|bombing|killing|kidnapping', 'admit responsibility|involvement|guilt|role',
      'acknowledge responsibility|involvement|role', 'accept responsibility|blame', 'take responsibility|credit',
      'admit to', 'admit that', 'confess to|that', 'own up to', 'acknowledge that', 'concede that', 'admit',
    ],
    nouns: ['claim of responsibility'],
  },
  {
    code: '016', frame: 'deny', weight: 0.75,
    verbs: [
      'deny', 'refute', 'rebut', 'disavow', 'disclaim', 'reject the|these|those|any|all? allegation|allegations|accusation|accusations|claim|claims|charge|charges|report|reports',
      'dismiss the|these|those|any|all? allegation|allegations|accusation|accusations|claim|claims|charge|charges|report|reports',
      'deny involvement|responsibility|role|any', 'distance itself|himself|herself|themselves from', 'brush off|aside accusations|allegations|claims',
      'deny any involvement', 'plead not guilty', 'plead innocent',
    ],
    nouns: ['denial'],
  },
  {
    code: '017', weight: 0.65,
    verbs: [
      'lay a? wreath|wreaths', 'observe a? minute|minutes of silence', 'hold a? vigil|vigils|ceremony|memorial|commemoration|minute_of_silence',
      'commemorate', 'mark the anniversary', 'pay * tribute|homage|respects', 'attend * ceremony|funeral|funerals|commemoration|memorial|vigil|mass', 'light candles', 'lower flags', 'fly flags at half-mast',
      'unveil a? monument|memorial|statue', 'declare a? day of mourning', 'declare national mourning', 'hold a? funeral|funerals|prayers',
    ],
    nouns: ['minute of silence', 'day of mourning', 'wreath-laying', 'vigil', 'memorial service', 'commemoration', 'commemoration ceremony', 'memorial ceremony', 'funeral'],
  },
  {
    code: '018', weight: 0.75,
    verbs: [
      'express|offer|extend|send|convey * condolences|sympathy|sympathies|grief|sorrow|solidarity',
      'condole', 'sympathize', 'sympathise', 'mourn', 'console', 'commiserate', 'stand in solidarity with', 'express shock',
      'offer thoughts and prayers', 'send a message of condolence',
    ],
    nouns: ['condolences', 'message of condolence', 'message of sympathy', 'expression of sympathy'],
  },
  {
    code: '019', weight: 0.6,
    verbs: [
      'agree with', 'concur with|that', 'share the view|views|concern|concerns|position', 'see eye to eye', 'express agreement',
      'echo', 'side with', 'be^ in agreement', 'be^ of the same view|opinion', 'voice agreement', 'agree that',
    ],
  },

  // ───────────────────────── 02 APPEAL ─────────────────────────
  {
    code: '020', frame: 'appeal', weight: 0.7,
    verbs: [
      'urge', 'appeal to|for|on', 'appeal', 'call on|upon', 'call for', 'ask * to|for', 'ask for', 'request', 'plead with|for',
      'plead', 'implore', 'beseech', 'beg', 'exhort', 'press * to|for', 'press for', 'push for', 'lobby for', 'lobby * to',
      'encourage * to', 'petition', 'make an_appeal|a_plea|a_request', 'issue an_appeal|a_plea|a_call',
      'renew calls|call|appeal', 'reiterate calls|call', 'repeat calls|call', 'step up calls', 'nudge * to',
      'prod * to', 'push * for', 'press ahead with calls', 'turn to * for', 'look to * for', 'ask * help|assistance|aid|support|protection|asylum|permission',
    ],
    nouns: ['appeal', 'plea', 'call for', 'calls for'],
  },
  {
    code: '020', frame: 'appeal', weight: 0.55, needsComplement: true,
    verbs: ['seek', 'encourage', 'apply for', 'solicit', 'invite * to', 'want + to', 'wish + to', 'would like + to', 'push * to'],
    nouns: ['request', 'invitation'],
  },
  {
    code: '0233', weight: 0.75,
    verbs: ['seek refuge|asylum|shelter', 'request asylum', 'apply for asylum', 'ask for asylum'],
  },

  // ───────────────────────── 03 EXPRESS INTENT TO COOPERATE ─────────────────────────
  {
    code: '030', frame: 'intent', weight: 0.7,
    verbs: [
      'promise', 'pledge', 'vow', 'offer', 'agree to|on', 'agree', 'commit to', 'commit itself|themselves|himself|herself to',
      'be^ committed to', 'be^ ready|willing|prepared|keen|eager|determined to', 'be^ ready|willing|prepared for',
      'express|voice|signal|show|indicate|declare|announce * willingness|readiness|desire|intention|interest|commitment|determination',
      'propose',
      'volunteer to', 'swear to', 'undertake to', 'consent to', 'accept', 'assure', 'guarantee', 'reaffirm * commitment', 'stand ready to',
      'make an offer', 'extend an offer',
      'put forward a? proposal|plan|offer', 'table a? proposal|plan', 'present a? proposal|plan|initiative', 'unveil a? plan|proposal|initiative',
      'seek closer',
    ],
    nouns: ['offer', 'pledge', 'promise', 'proposal', 'willingness', 'readiness'],
  },
  {
    code: '030', frame: 'intent', weight: 0.6, needsComplement: true,
    verbs: [
      'intend to', 'plan to', 'aim to', 'seek to', 'hope to', 'want to', 'wish to', 'would like to',
      'look forward to', 'work towards|toward', 'strive to|for', 'endeavour to', 'endeavor to', 'try to', 'attempt to', 'prepare to',
    ],
    nouns: ['commitment', 'initiative', 'plan', 'plans', 'intention', 'bid to', 'effort', 'efforts', 'attempt', 'attempts'],
  },
  {
    code: '030', frame: 'open', weight: 0.65, needsComplement: true,
    verbs: ['be^ open to', 'remain open to', 'be^ receptive to', "not|didn't|don't|doesn't|won't|wouldn't|never rule^ out", 'leave the door open to', 'keep the door open to', 'keep open the option of'],
    phrases: ['open to', 'in our interest to', 'in its interest to', 'in their interest to', 'in the interest of', 'in our interests to', 'in the interests of'],
  },

  // ───────────────────────── 04 CONSULT ─────────────────────────
  {
    code: '040', weight: 0.7, reciprocal: true, to: ['with', 'to'],
    verbs: [
      'consult', 'consult with', 'discuss', 'discuss * with', 'hold talks|consultations|discussions|a_meeting|meetings|a_summit',
      'talk with', 'confer', 'confer with', 'exchange views|opinions|ideas', 'meet', 'meet with', 'sit down with', 'convene',
      'huddle', 'contact', 'get in touch with', 'hold a round of talks', 'have talks', 'hold a dialogue',
      'engage with', 'liaise with', 'brief * on', 'receive a briefing', 'attend a? meeting|meetings|summit|conference|talks',
    ],
    nouns: ['meeting', 'summit', 'consultations', 'talks', 'discussions', 'conference', 'dialogue', 'session', 'tete-a-tete', 'encounter'],
  },
  {
    code: '041', weight: 0.8, to: ['with', 'to'], reciprocal: true,
    verbs: [
      'phone', 'telephone', 'speak by phone|telephone|video', 'speak over the phone', 'talk by phone|telephone|video',
      'hold a? phone|telephone|video call|calls|conversation|conversations|conference', 'have a? phone|telephone|video call|conversation',
      'make a? phone call|calls', 'call * to discuss|congratulate|express|offer|thank|invite|inform|brief|discuss|convey', 'videoconference', 'video-conference',
    ],
    nouns: ['phone call', 'telephone call', 'telephone conversation', 'phone conversation', 'video call', 'video conference', 'videoconference', 'telephone talks', 'phone talks', 'telephone conversations', 'phone conversations'],
  },
  {
    code: '042', weight: 0.75, to: ['to', 'in'],
    verbs: [
      'visit', 'travel to', 'fly to', 'arrive in|at', 'tour', 'pay a? visit|visits|call', 'make a? visit|visits|trip|trips',
      'journey to', 'stop in|over', 'jet to', 'embark on a? visit|visits|tour|trip', 'set off for', 'leave for',
      'be^ on a? visit|tour|trip', 'begin a? visit|tour|trip', 'start a? visit|tour|trip', 'wrap up a? visit|tour|trip', 'end a? visit|tour|trip',
    ],
    nouns: ['visit', 'state visit', 'official visit', 'trip', 'tour', 'stopover', 'visit to'],
  },
  {
    code: '043', weight: 0.7,
    verbs: ['host', 'receive * delegation|delegations|visitors|visitor|president|minister|envoy|ambassador|leader|counterpart|prime_minister|foreign_minister|king|emir|premier', 'welcome * to', 'play host to', 'invite * to visit', 'greet', 'be^ hosted by', 'roll out the red carpet for'],
  },
  {
    code: '044', weight: 0.6, reciprocal: true,
    verbs: ['meet on the sidelines', 'meet in * on the sidelines', 'hold talks on the sidelines'],
  },
  {
    code: '045', weight: 0.75, to: ['between'],
    verbs: [
      'mediate', 'mediate between', 'broker', 'act as * mediator|intermediary|go-between|facilitator', 'facilitate talks|negotiations|dialogue',
      'host talks|negotiations between', 'arbitrate', 'intercede', 'intervene diplomatically', 'shuttle between',
      'lead mediation', 'sponsor talks', 'convene talks between',
    ],
    nouns: ['mediation', 'mediator', 'mediators', 'shuttle diplomacy', 'mediation effort', 'good offices', 'arbitration'],
  },
  {
    code: '046', weight: 0.75, reciprocal: true, to: ['with'],
    verbs: [
      'negotiate', 'negotiate with', 'bargain', 'hold negotiations', 'engage in negotiations|talks', 'enter into negotiations|talks',
      'open negotiations|talks', 'hammer out', 'haggle', 'thrash out', 'work out a? deal|agreement|compromise',
    ],
    nouns: ['negotiations', 'peace talks', 'negotiation', 'bargaining', 'round of talks', 'peace negotiations', 'peace process', 'negotiating table', 'talks table'],
  },

  // ───────────────────────── 05 DIPLOMATIC COOPERATION ─────────────────────────
  {
    code: '050', weight: 0.65,
    verbs: [
      'normalize|normalise|restore|establish|improve|strengthen|boost|deepen|upgrade|bolster|cement|mend|resume|repair|enhance|forge|revive|warm * ties|relations|links|relationship',
      'establish diplomatic ties|relations', 'restore diplomatic ties|relations', 'reopen * embassy', 'open an? embassy|consulate',
      'reconcile', 'reconcile with', 'make peace with', 'forge an? alliance|partnership', 'form an? alliance|coalition|partnership',
      'join forces with', 'ally with', 'side with', 'build bridges', 'thaw',
    ],
    nouns: ['rapprochement', 'reconciliation', 'normalization', 'normalisation', 'detente', 'détente', 'thaw', 'alliance', 'partnership'],
  },
  {
    code: '051', frame: 'authorize', weight: 0.7,
    verbs: [
      'approve', 'authorize', 'authorise', 'order', 'sanction!', 'endorse * plan|decision|proposal', 'give * authorization|authorisation|approval|go-ahead|green_light|permission|nod for|to',
      'sign off on', 'rubber-stamp', 'greenlight', 'greenlit', 'okay', 'clear * way for', 'vote to', 'decree', 'decide to', 'resolve to',
    ],
    nouns: ['approval of', 'authorization for', 'authorisation for', 'go-ahead for', 'green light for', 'order to'],
  },
  {
    code: '051', frame: 'praise', weight: 0.75,
    verbs: [
      'praise', 'commend', 'laud', 'hail', 'applaud', 'welcome', 'endorse', 'back!', 'salute', 'congratulate', 'thank!', 'compliment',
      'acclaim', 'extol', 'celebrate!', 'express|voice|pledge|declare|reaffirm|reiterate|show * support|backing|gratitude|appreciation',
      'throw * support|weight behind', 'speak highly of', 'vote for', 'vote in favor|favour of', 'stand by|behind',
      'stand with', 'side with', 'applaud', 'recommend', 'champion', 'embrace', 'sign on to', 'give * blessing', 'give * backing',
      'give * support', 'voice approval', 'rally behind', 'lend * support', 'pay tribute to', 'express appreciation',
      'express gratitude', 'heap praise on',
    ],
    nouns: ['praise', 'endorsement', 'backing', 'support for', 'congratulations', 'approval', 'tribute', 'gratitude'],
  },
  {
    code: '051', frame: 'praise', weight: 0.5,
    verbs: ['support'],
  },
  {
    code: '052', weight: 0.75,
    verbs: [
      'defend', 'justify', 'come to the defense|defence of', 'speak up for', 'stick up for', 'vouch for', 'leap to the defense|defence of',
      'rush to the defense|defence of', 'stand up for', 'stick by', 'shield * from criticism',
    ],
  },
  {
    code: '053', weight: 0.75,
    verbs: [
      'rally support|backing for|behind', 'campaign for|on_behalf_of', 'lobby on behalf of', 'mobilize|mobilise support', 'drum up support',
      'garner support', 'canvass support', 'build support', 'gather support', 'win support', 'seek support for', 'enlist support',
    ],
  },
  {
    code: '054', weight: 0.8,
    verbs: [
      'recognize|recognise * independence|sovereignty|government|state|statehood|as', 'grant|extend * recognition', 'accord * recognition',
      'establish diplomatic relations|ties', 'formally recognize|recognise^', 'open diplomatic relations',
    ],
    nouns: ['diplomatic recognition', 'recognition of'],
  },
  {
    code: '055', weight: 0.8,
    verbs: ['apologize', 'apologise', 'say sorry', 'express|voice * regret|remorse|contrition', 'offer|issue|make an? apology|apologies', 'beg forgiveness', 'seek forgiveness', 'ask forgiveness'],
    nouns: ['apology', 'apologies'],
  },
  {
    code: '056', weight: 0.75,
    verbs: ['forgive', 'pardon', 'grant * amnesty|pardon|clemency', 'offer * amnesty', 'declare * amnesty', 'absolve', 'exonerate', 'commute * sentence|sentences'],
    nouns: ['amnesty', 'pardon', 'pardons', 'clemency'],
  },
  {
    code: '057', weight: 0.8, reciprocal: true, to: ['with'],
    verbs: [
      `sign * ${AGREEMENT}`, `sign ${AGREEMENT}`, `ink * ${AGREEMENT}`, `conclude * ${AGREEMENT}`, `seal * ${AGREEMENT}`,
      `strike * ${AGREEMENT}`, `reach * ${AGREEMENT}|settlement|compromise|understanding|consensus`, 'ratify', 'sign',
      `clinch * ${AGREEMENT}`, `finalize|finalise * ${AGREEMENT}`, `approve * ${AGREEMENT}`, 'cement a? deal', 'agree on * deal',
      `enter into * ${AGREEMENT}`, 'come to an agreement|understanding', 'settle', 'resolve * dispute|conflict|differences|row|standoff',
    ],
    nouns: ['peace agreement', 'peace accord', 'peace deal', 'peace treaty', 'ceasefire agreement', 'agreement', 'accord', 'treaty', 'pact', 'memorandum of understanding', 'settlement'],
  },

  // ───────────────────────── 06 MATERIAL COOPERATION ─────────────────────────
  {
    code: '060', weight: 0.65, reciprocal: true, to: ['with'],
    verbs: [
      'cooperate', 'co-operate', 'collaborate', 'work together|jointly', 'work with', 'partner with', 'team up with', 'join hands with',
      'coordinate with', 'pool resources', 'launch a? joint', 'set up a? joint', 'conduct a? joint', 'carry out a? joint',
      'expand|increase|boost|step_up|deepen cooperation|collaboration', 'establish|set_up a? joint',
      'share * expertise|know-how|experience|technology|resources|facilities',
    ],
    nouns: ['cooperation', 'co-operation', 'collaboration', 'joint venture', 'joint project', 'joint operation', 'joint operations'],
  },
  {
    code: '061', weight: 0.7, reciprocal: true, to: ['with', 'in'],
    verbs: [
      'trade with', 'invest in', 'do business with', 'open * market|markets', 'sign a? trade', 'expand trade', 'boost trade',
      'build * pipeline|railway|plant|port', 'export * to', 'import * from', 'supply * gas|oil|electricity|energy to',
      'buy * from', 'sell * to', 'lift trade barriers',
    ],
    nouns: ['trade deal', 'trade agreement', 'free trade', 'economic cooperation', 'investment', 'investments', 'trade ties', 'economic ties', 'joint economic'],
  },
  {
    code: '062', weight: 0.8, reciprocal: true, to: ['with'],
    verbs: [
      'hold|conduct|stage|carry_out|launch|begin|start|perform|hold * joint military|naval|air|war|army exercises|exercise|drills|drill|maneuvers|manoeuvres|patrols|patrol|operations|operation|games',
      'hold|conduct|stage|perform * joint exercises|exercise|drills|drill|maneuvers|manoeuvres|patrols|patrol|operation|operations', 'train * troops|soldiers|forces|officers|police',
      'exchange military', 'coordinate military', 'join * coalition', 'deploy jointly', 'station * troops|forces in',
    ],
    nouns: ['joint military exercises', 'joint exercises', 'joint drills', 'joint military drills', 'joint naval', 'joint patrols', 'military cooperation', 'defence cooperation', 'defense cooperation', 'security cooperation', 'joint maneuvers', 'military alliance', 'defense pact', 'defence pact', 'security pact'],
  },
  {
    code: '063', weight: 0.8, to: ['to'],
    verbs: ['extradite', 'hand over * to the? authorities|court|tribunal|justice', 'hand over * suspects|suspect|fugitives|fugitive|accused|bombers|culprits|perpetrators|wanted', 'surrender * to the? court|tribunal', 'transfer * to the? court|tribunal|custody_of', 'cooperate with the? court|tribunal|investigation|investigators|inquiry|prosecutors'],
    nouns: ['extradition', 'judicial cooperation', 'legal assistance', 'mutual legal assistance'],
  },
  {
    code: '064', weight: 0.8, to: ['with', 'to'],
    verbs: [
      'share|exchange|pass|provide|give|hand_over|supply|transmit|send intelligence|information|data|evidence|details|documents|files',
      'share * intelligence|information|data', 'exchange * intelligence|information|data', 'brief * on intelligence',
      'pass on intelligence|information', 'provide * with intelligence|information', 'tip off',
    ],
    nouns: ['intelligence sharing', 'information sharing', 'sharing of intelligence', 'sharing of information', 'exchange of information', 'intelligence cooperation', 'exchange of intelligence'],
  },

  // ───────────────────────── 07 PROVIDE AID ─────────────────────────
  {
    code: '070', weight: 0.75, to: ['to', 'for'],
    verbs: [
      'provide|give|send|deliver|extend|grant|donate|supply|ship|dispatch|airlift|allocate|disburse|channel|transfer * aid|assistance|help|support|relief|supplies|funds|funding|money|loan|loans|grant|grants|credit', 'release * funds|money|tranche|loan|loans|aid_package|grant',
      'provide|give|send|deliver|extend|grant|donate|supply|ship|dispatch|airlift|allocate|disburse aid|assistance|help|support|relief|supplies|funds|funding|money|loans',
      'donate', 'bankroll', 'subsidize', 'subsidise', 'bail out', 'come to the aid of', 'lend a? hand', 'hand over * aid',
    ],
    nouns: ['aid', 'assistance', 'aid package', 'donation', 'donations', 'relief', 'relief supplies', 'grant', 'aid shipment', 'aid convoy', 'financial support', 'funding'],
  },
  {
    code: '070', weight: 0.75, to: ['to', 'for', 'into'],
    verbs: [
      'provide|give|send|deliver|extend|grant|donate|supply|ship|dispatch|airlift|allocate|disburse|channel|contribute|hand_over|fly|transfer|earmark ** aid|assistance|help|relief|supplies|funds|funding|money|loan|loans|grant|grants|credit|million|billion|equipment|food|medicine|medicines|drugs|vehicles|weapons|arms|ammunition|tents|blankets|vaccines|doses|training|support|donations|donation|contribution|package|ambulances|generators|water|rice|wheat|flour|shelters|kits|aircraft|helicopters|boats|trucks|buses|computers',
    ],
  },
  {
    code: '070', weight: 0.5, to: ['to', 'for'],
    verbs: ['aid!', 'assist', 'help', 'supply!', 'fund!', 'finance!', 'sponsor!', 'rescue', 'equip', 'provide * with', 'supply * with'],
  },
  {
    code: '071', weight: 0.8, to: ['to', 'for'],
    verbs: ['lend', 'loan', 'grant * loan|credit|debt_relief', 'forgive * debt|debts', 'write off * debt|debts', 'cancel * debt|debts', 'bail out', 'invest * in', 'pledge * billion|million', 'approve * loan|bailout|credit|aid'],
    nouns: ['economic aid', 'financial aid', 'economic assistance', 'financial assistance', 'debt relief', 'bailout', 'bail-out', 'loan', 'development aid', 'budget support', 'credit line', 'line of credit', 'rescue package', 'stimulus package'],
  },
  {
    code: '072', weight: 0.85, to: ['to', 'for'],
    verbs: [
      'supply|deliver|send|sell|provide|ship|transfer|give * weapons|arms|missiles|tanks|ammunition|munitions|fighter_jets|warplanes|rifles|military_equipment|air_defense|air_defence|drones',
      'arm! + rebels|fighters|militia|militias|opposition|army|forces|troops|kurds|groups', 'rearm', 'train * army|forces|troops|soldiers|rebels|fighters', 'equip * army|forces|troops|soldiers|rebels|fighters',
    ],
    nouns: ['military aid', 'military assistance', 'arms sales', 'arms deliveries', 'arms shipment', 'arms shipments', 'weapons deliveries', 'weapons shipments', 'military support', 'security assistance', 'arms deal', 'defense aid', 'defence aid', 'military package'],
  },
  {
    code: '073', weight: 0.85, to: ['to', 'for'],
    verbs: ['evacuate', 'airlift * supplies|food|aid', 'treat * wounded|injured', 'distribute * food|aid|supplies|tents|blankets|water|medicine|medicines'],
    nouns: ['humanitarian aid', 'humanitarian assistance', 'food aid', 'emergency aid', 'relief aid', 'medical aid', 'medical supplies', 'relief supplies', 'humanitarian supplies', 'relief effort', 'relief operation', 'humanitarian convoy', 'aid convoy', 'emergency relief', 'food assistance', 'food supplies', 'food rations', 'food deliveries'],
  },
  {
    code: '074', weight: 0.85, to: ['to', 'in'],
    verbs: [
      'deploy|send|dispatch|contribute|commit * peacekeepers|peacekeeping|peace-keeping|peace_keepers|blue_helmets|monitors|observers|election_observers|observer_mission',
      'provide * protection|security|escort', 'offer * protection', 'extend * protection|security_umbrella',
    ],
    nouns: ['peacekeeping force', 'peacekeeping mission', 'peacekeeping troops', 'peacekeepers', 'peace-keepers', 'peacekeeping operation', 'protection force', 'stabilization force', 'stabilisation force'],
  },
  {
    code: '074', weight: 0.45, to: ['from'],
    verbs: ['protect', 'escort', 'guard', 'safeguard'],
  },
  {
    code: '075', weight: 0.85, to: ['to'],
    verbs: ['grant|give|provide * asylum|refuge|sanctuary|shelter', 'open * border|borders to', 'take in * refugees|migrants', 'admit * refugees', 'resettle * refugees', 'harbor', 'harbour', 'shelter * refugees', 'welcome * refugees'],
    nouns: ['political asylum', 'asylum'],
  },

  // ───────────────────────── 08 YIELD ─────────────────────────
  {
    code: '080', weight: 0.7,
    verbs: [
      'yield', 'concede', 'give in', 'back down', 'cave in', 'relent', 'compromise', 'make * concession|concessions', 'capitulate to',
      'bow to * pressure|demands|demand', 'accede to', 'comply with', 'meet * demands|demand|conditions', 'give ground', 'back off',
      'climb down', 'soften * stance|position', 'accept * demands|demand|conditions|terms', 'fulfil|fulfill * demands|demand', 'abide by',
      'heed * call|calls|demand|demands|appeal', 'grant * demand|demands|request|requests', 'honor|honour * commitment|commitments|pledge|agreement',
      'pay * compensation|reparations|damages',
    ],
    nouns: ['concession', 'concessions', 'climbdown', 'u-turn', 'compromise'],
  },
  {
    code: '081', weight: 0.75,
    verbs: ['unblock', 'reinstate', 'restore * license|licence|licenses|licences|rights|access', 'allow * to operate|resume|return', 'allow|permit * to participate|contest|campaign', 'legalize', 'legalise', 'decriminalize', 'decriminalise'],
  },
  {
    code: '0812', weight: 0.8,
    verbs: ['unban', 'lift * ban on * party|parties', 'legalize|legalise * party|parties|opposition', 'allow * party|parties|opposition to', 'register * party|parties', 'readmit'],
  },
  {
    code: '082', weight: 0.75,
    verbs: ['call off * protest|protests|strike|strikes|demonstration|demonstrations|rally|rallies|boycott|sit-in|march|hunger_strike', 'end * hunger strike', 'suspend * protest|protests|strike|strikes|boycott|sit-in|hunger_strike', 'disperse peacefully', 'return to work', 'go back to work', 'break * hunger strike', 'abandon * protest|protests|strike|boycott'],
  },
  {
    code: '083', weight: 0.75,
    verbs: [
      'call * elections|election|referendum|polls',
      'hold * elections|election|referendum', 'amend the? constitution', 'introduce * reforms|reform', 'enact * reforms|reform', 'implement * reforms|reform',
      'adopt * reforms|reform', 'reform!', 'reshuffle * cabinet|government', 'dissolve the? government|cabinet', 'grant * rights|autonomy|citizenship|freedom',
      'release * political prisoners', 'change * policy|policies|law', 'repeal', 'overturn', 'scrap * law|bill|decree|policy|plan|tax|reform', 'withdraw * bill|decree|law',
      'uphold|respect|protect|guarantee|restore|recognize|recognise * right|rights|freedom|freedoms|liberties', 'reverse * decision|policy', 'revoke * decree|law|order|decision', 'annul * decision|decree|law', 'rescind', 'abolish', 'drop * plan|plans|bill|proposal|charges',
    ],
    nouns: ['reforms', 'reform package', 'constitutional reform', 'snap elections', 'early elections', 'referendum'],
  },
  {
    code: '0831', weight: 0.8,
    verbs: [
      'resign', 'step down', 'quit', 'stand down', 'hand over power', 'relinquish * power', 'step aside', 'leave office', 'abdicate',
      'cede power', 'announce * resignation', 'tender * resignation', 'submit * resignation', 'hand * power to', 'transfer * power to',
    ],
    nouns: ['resignation', 'resignations', 'abdication', 'transfer of power', 'handover of power'],
  },
  {
    code: '037', weight: 0.5,
    nouns: ['peace plan', 'peace proposal', 'peace initiative', 'peace formula', 'ceasefire proposal', 'peace roadmap', 'settlement plan', 'peace offer', 'political solution', 'negotiated settlement', 'peaceful solution', 'peaceful settlement'],
  },
  {
    code: '084', weight: 0.8, to: ['to'],
    verbs: [
      'release', 'free!', 'to|will|would|could|must|should|not free^', 'set free', 'let * go', 'hand back', 'give back', 'hand over * prisoners|detainees|hostages|captives|bodies|remains|soldiers|sailors|fishermen|crew|citizens|nationals|captured|kidnapped|abducted', 'repatriate', 'swap * prisoners|detainees|hostages|captives|bodies', 'exchange * prisoners|detainees|hostages|captives|bodies|remains',
      'return * prisoners|detainees|hostages|bodies|remains|property|assets|land|artifacts|artefacts|citizens|nationals|abductees|captives|soldiers|sailors|fishermen|crew|territory|islands|control|depots|bases|positions|weapons|artifacts|sculpture|paintings|archives|ships|vessels', 'return + to', 'hand + back', 'give + back', 'unfreeze', 'restore * property|assets', 'give up * territory|land|control',
      'cede', 'hand over * control', 'transfer * control',
    ],
    nouns: ['release', 'prisoner swap', 'prisoner exchange', 'exchange of prisoners', 'repatriation', 'handover', 'hand-over', 'return of'],
  },
  {
    code: '085', weight: 0.85,
    verbs: ['lift|ease|relax|remove|suspend|end|scrap|waive|loosen * sanctions|embargo|embargoes|boycott|tariffs|trade_restrictions|blacklist', 'unfreeze * assets', 'delist', 'grant * sanctions_relief|waiver|waivers'],
    nouns: ['sanctions relief', 'lifting of sanctions', 'easing of sanctions'],
  },
  {
    code: '086', weight: 0.8,
    verbs: [
      'allow|permit|let|grant|give|provide * access', 'open * to inspectors|inspections|monitors|observers', 'accept * inspectors|monitors|observers|peacekeepers|mission',
      'admit * inspectors|monitors|observers', 'allow * into', 'let * into', 'allow * inspectors|monitors|observers|peacekeepers|aid|convoys|journalists|investigators',
      'grant * visas', 'permit * entry', 'agree to * inspections', 'invite * inspectors|monitors|observers', 'receive|welcome|host * inspectors|monitors|observers',
    ],
    nouns: ['humanitarian access', 'humanitarian corridor', 'humanitarian corridors', 'unfettered access', 'safe passage'],
  },
  {
    code: '087', weight: 0.75,
    verbs: [
      'de-escalate', 'deescalate', 'defuse', 'ease tension|tensions', 'reduce tension|tensions', 'calm tension|tensions', 'pull back',
      'stand down', 'scale back * operations|offensive|attacks|military|forces|troops|presence', 'reduce * troops|forces|military_presence',
      'downsize * forces|troops', 'draw down', 'halt|stop|suspend|end|cease|pause * offensive|attacks|bombing|fighting|hostilities|operations|strikes|airstrikes|shelling',
      'exercise restraint', 'show restraint', 'hold fire', 'lower * alert',
    ],
    nouns: ['de-escalation', 'deescalation', 'drawdown', 'restraint', 'pause in fighting', 'humanitarian pause', 'lull'],
  },
  {
    code: '0871', weight: 0.85, reciprocal: true, to: ['with'],
    verbs: [
      'declare|announce|agree|call|observe|accept|extend|implement|reach|sign|order|proclaim|establish|respect|honor|honour|uphold * ceasefire|cease-fire|cease_fire|truce|armistice|ceasefires|truces',
      'declare|announce|agree|call|observe|accept|extend|implement|reach|sign|order|proclaim|establish|respect|honor|honour|uphold ceasefire|cease-fire|cease_fire|truce|armistice',
      'lay down * arms', 'stop fighting', 'cease fire', 'cease hostilities', 'end hostilities', 'halt hostilities',
    ],
    nouns: ['ceasefire', 'cease-fire', 'cease fire', 'truce', 'armistice', 'cessation of hostilities', 'ceasefires', 'truces'],
  },
  {
    code: '0872', weight: 0.85,
    verbs: ['lift|ease|end|break|relax|loosen * blockade|siege|closure|lockdown', 'reopen * border|borders|crossing|crossings|port|ports|airport|airspace|road|roads|checkpoints|route', 'open * crossing|crossings|border|corridor'],
  },
  {
    code: '0873', weight: 0.85,
    verbs: ['demobilize', 'demobilise', 'disarm', 'lay down * arms|weapons', 'hand over * weapons|arms', 'hand in * weapons|arms|guns', 'turn in * weapons|arms|guns', 'surrender * weapons|arms', 'decommission', 'disband', 'dismantle * militia|militias|army|forces|units', 'give up * weapons|arms', 'destroy * weapons|arsenal|stockpile'],
    nouns: ['disarmament', 'demobilization', 'demobilisation', 'decommissioning', 'weapons handover'],
  },
  {
    code: '0874', weight: 0.85, to: [],
    verbs: [
      'withdraw * troops|forces|soldiers|army|units|militia|fighters|tanks|presence', 'pull * troops|forces|soldiers|army|units|fighters out', 'pull out of',
      'retreat', 'retreat from', 'surrender', 'capitulate', 'evacuate * positions|base|bases', 'abandon * positions|base|bases|town|city|stronghold',
      'pull out', 'pull back from', 'vacate', 'withdraw from', 'hand over * positions|territory|town|city',
    ],
    nouns: ['withdrawal', 'troop withdrawal', 'pullout', 'pull-out', 'retreat', 'surrender'],
  },

  // ───────────────────────── 09 INVESTIGATE ─────────────────────────
  {
    code: '090', frame: 'investigate', weight: 0.8,
    verbs: [
      'investigate', 'probe', 'launch|open|begin|start|order|conduct|announce|set_up|establish * investigation|inquiry|enquiry|probe|review|inquest',
      'look into', 'examine', 'audit', 'inspect', 'scrutinize', 'scrutinise', 'question!', 'interrogate', 'review!', 'study!',
      'send * fact-finding', 'dig into', 'delve into',
    ],
    nouns: ['investigation', 'inquiry', 'enquiry', 'probe', 'fact-finding mission', 'inspection', 'inspections', 'audit', 'inquest', 'commission of inquiry'],
  },

  // ───────────────────────── 10 DEMAND ─────────────────────────
  {
    code: '100', frame: 'demand', weight: 0.75,
    verbs: [
      'demand', 'insist on', 'require', 'order * to', 'instruct * to', 'direct * to', 'tell * to',
      'issue * demand|demands', 'press * demand|demands', 'reiterate * demand|demands', 'renew * demand|demands', 'make * demand|demands',
      'call for an? immediate', 'call for the immediate', 'set * conditions', 'condition! * on', 'pressure! * to', 'pressurize|pressurise * to',
    ],
    nouns: ['demand', 'demands'],
  },

  // ───────────────────────── 11 DISAPPROVE ─────────────────────────
  {
    code: '110', weight: 0.7,
    verbs: [
      'disapprove', 'object to', 'oppose', 'express|voice|register * disapproval|displeasure|opposition|objection|objections|anger|outrage|indignation|dissatisfaction|disappointment',
      'frown on|upon', 'take issue with', 'question!', 'regret', 'dispute', 'challenge!', 'complain about',
      'be^ against', 'be^ opposed to', 'speak out against', 'cast doubt on', 'raise objections|objection', 'disagree with',
      'express reservations', 'deplore',
    ],
    nouns: ['opposition to', 'disapproval', 'displeasure', 'objection', 'objections', 'outrage', 'anger'],
  },
  {
    code: '120', frame: 'reject', weight: 0.75, alone: '110',
    verbs: ['oppose', 'be^ opposed to', 'object to', 'be^ against'],
  },
  {
    code: '111', frame: 'praise', weight: 0.8,
    verbs: [
      'criticize', 'criticise', 'condemn', 'denounce', 'decry', 'deplore', 'slam', 'blast', 'lambast', 'lambaste', 'rebuke', 'censure',
      'castigate', 'chastise', 'berate', 'excoriate', 'assail', 'lash out at|against', 'hit out at|against', 'round on', 'rail against',
      'fulminate against', 'ridicule', 'mock', 'deride', 'scold', 'reproach', 'disparage', 'vilify', 'demonize', 'demonise', 'chide', 'scorn',
      'pour scorn on', 'take * to task', 'attack * policy|policies|decision|remarks|comments|stance|handling|record|plan|plans',
      'speak out against', 'rip into', 'tear into', 'bash', 'snipe at', 'upbraid', 'admonish', 'reprimand', 'denigrate', 'insult',
      'brand', 'dismiss * as',
    ],
    nouns: ['criticism', 'condemnation', 'denunciation', 'rebuke', 'censure', 'criticisms', 'reprimand', 'tirade', 'broadside'],
  },
  {
    code: '112', frame: 'accuse', weight: 0.85,
    verbs: [
      'accuse', 'accuse * of', 'blame', 'blame * for', 'allege', 'charge * with', 'hold * responsible|accountable', 'point the finger at',
      'implicate', 'finger', 'charge that', 'level * accusations|allegations|charges', 'make * accusations|allegations', 'claim * responsible',
    ],
    nouns: ['accusation', 'accusations', 'allegation', 'allegations', 'charges against'],
  },
  {
    code: '113', weight: 0.75,
    verbs: ['rally opposition|support against', 'campaign against', 'mobilize|mobilise against', 'unite against', 'urge * to shun', 'call for * boycott of', 'lobby against', 'build * coalition against', 'organize|organise opposition'],
  },
  {
    code: '114', weight: 0.8,
    verbs: [
      'complain', 'complain to', 'lodge|file|submit|send|register * complaint|complaints|protest|objection|note_of_protest',
      'summon * ambassador|envoy|diplomat|charge_d\'affaires|chargé_d\'affaires|diplomats', 'summon!', 'formally protest^', 'issue * protest_note|demarche|démarche',
      'deliver * protest|demarche|démarche', 'hand * protest note', 'call in * ambassador|envoy', 'raise * issue|concerns with',
    ],
    nouns: ['complaint', 'formal protest', 'protest note', 'note of protest', 'demarche', 'démarche', 'diplomatic protest'],
  },
  {
    code: '115', weight: 0.85, to: ['against'],
    verbs: [
      'sue', 'file|bring|launch|lodge|initiate * lawsuit|suit|case|legal_action|complaint|petition|claim', 'take * to court', 'take legal action',
      'haul * to court|before', 'drag * to court', 'petition the? court', 'challenge * in court', 'appeal to the? court|supreme_court',
    ],
    nouns: ['lawsuit', 'legal action', 'legal challenge', 'court case', 'class action'],
  },
  {
    code: '116', weight: 0.85,
    verbs: ['convict', 'find * guilty|liable|culpable', 'rule against', 'fine', 'hold * liable', 'declare * guilty', 'uphold * conviction|convictions|sentence|sentences|verdict|ruling|ban'],
    nouns: ['conviction', 'guilty verdict', 'verdict'],
  },

  // ───────────────────────── 12 REJECT ─────────────────────────
  {
    code: '120', frame: 'reject', weight: 0.8,
    verbs: [
      'reject', 'refuse', 'refuse to', 'decline', 'decline to', 'turn down', 'rebuff', 'rule out', 'spurn', 'snub', 'say no to',
      'dismiss', 'repudiate', 'shun', 'shoot down', 'brush aside', 'brush off', 'throw out', 'vote down', 'vote against', 'refuse * request|offer|demand',
      'deny * permission|request|requests|visa|visas|application|bail|asylum|approval|license|licence|allocation|permit|permits|registration|funding', 'balk at', 'baulk at', 'resist', 'stand firm', 'hold out', 'stonewall', 'be^ unwilling|reluctant to', 'refuse outright',
      'turn * back on', 'walk away from', 'renege on', 'back out of', 'go back on', 'decline * invitation|offer|request', 'ignore * call|calls|demand|demands|appeal|appeals|request|requests|warning|warnings',
    ],
    nouns: ['rejection', 'refusal'],
  },
  {
    code: '128', weight: 0.8,
    verbs: [
      'defy', 'flout', 'disobey', 'violate * law|laws|rules|norms|resolution|resolutions|sanctions|embargo|order|orders|agreement|agreements|treaty|constitution|ban|rights|sovereignty|airspace|border|territory',
      'breach * law|laws|rules|resolution|resolutions|sanctions|embargo|agreement|treaty|order', 'break * law|laws|rules|embargo|sanctions|promise',
      'ignore * ruling|ban|order|law|resolution|sanctions', 'circumvent * sanctions|ban|law', 'evade * sanctions|ban', 'bust * sanctions', 'go against', 'contravene',
    ],
    nouns: ['defiance', 'violation of', 'violations of', 'breach of', 'civil disobedience'],
  },
  {
    code: '129', weight: 0.85,
    verbs: ['veto', 'block * resolution|bill|measure|motion|draft|nomination|appointment', 'wield * veto', 'use * veto', 'exercise * veto', 'cast * veto'],
    nouns: ['veto'],
  },

  // ───────────────────────── 13 THREATEN ─────────────────────────
  {
    code: '130', frame: 'threaten', weight: 0.85,
    verbs: [
      'threaten', 'menace', 'issue * threat|threats|warning|warnings', 'make * threat|threats', 'vow * retaliation|revenge|reprisals',
      'vow to retaliate|respond|avenge|punish|crush|destroy|defeat|fight', 'pledge * retaliation|revenge', 'promise * retaliation|revenge|response',
      'brandish', 'intimidate',
    ],
  },
  {
    code: '130', frame: 'threaten', weight: 0.5,
    nouns: ['threat', 'threats'],
  },
  {
    code: '130', frame: 'warn', weight: 0.75,
    verbs: ['warn', 'caution!', 'sound * warning', 'issue * warning'],
    nouns: ['warning', 'warnings'],
  },
  {
    code: '139', weight: 0.85,
    verbs: ['give * ultimatum|deadline', 'issue * ultimatum', 'set * deadline', 'deliver * ultimatum', 'present * ultimatum'],
    nouns: ['ultimatum', 'final warning', 'deadline'],
  },

  // ───────────────────────── 14 PROTEST ─────────────────────────
  {
    code: '141', weight: 0.75, intransitive: true, to: ['against', 'outside', 'over'],
    verbs: [
      'demonstrate', 'protest', 'rally', 'march', 'take to the streets', 'hold|stage|organize|organise|lead|launch|join|mount * protest|protests|demonstration|demonstrations|rally|rallies|march|marches|sit-in|sit-ins|vigil',
      'picket', 'chant', 'converge on', 'burn * flag|flags|effigy|effigies|portraits', 'set fire to * flag|flags|effigy|effigies', 'gather to protest', 'gather in protest', 'wave * placards|banners|flags', 'occupy * square|streets',
      'turn out to protest', 'pour into the streets', 'fill the streets',
    ],
    nouns: ['protest', 'demonstration', 'rally', 'march', 'sit-in', 'protest march', 'street protests', 'mass protests', 'protest movement', 'uprising'],
  },
  {
    code: '142', weight: 0.9, intransitive: true,
    verbs: ['go on hunger strike', 'launch * hunger strike', 'stage * hunger strike', 'begin * hunger strike', 'start * hunger strike', 'continue * hunger strike', 'refuse food', 'fast in protest'],
    nouns: ['hunger strike', 'hunger strikes', 'hunger strikers', 'hunger-strike'],
  },
  {
    code: '143', weight: 0.8, intransitive: true, to: ['against'],
    verbs: ['go on strike', 'stop work', 'walk out', 'shun|boycott * work|classes|lessons', 'stay away from work|classes|school', 'stage * walkout|strike|strikes', 'call * strike|strikes|boycott', 'boycott', 'down tools', 'strike for|over', 'launch * strike|boycott', 'hold * strike', 'join * strike', 'be^ on strike'],
    nouns: ['general strike', 'walkout', 'walk-out', 'boycott', 'labor strike', 'labour strike', 'work stoppage', 'nationwide strike', 'national strike'],
  },
  {
    code: '144', weight: 0.75, intransitive: true,
    verbs: ['block * road|roads|highway|highways|entrance|access|street|streets|railway|bridge|port|traffic|transport|border', 'barricade', 'obstruct', 'blockade * road|roads|highway|entrance|port|building|parliament', 'occupy * building|buildings|office|offices|parliament|square|campus|university|factory', 'set up * roadblocks|barricades', 'chain themselves', 'lie down in front of', 'storm * parliament|building|office|embassy'],
    nouns: ['roadblock', 'roadblocks', 'barricades', 'blockade', 'sit-in'],
  },
  {
    code: '145', weight: 0.8, intransitive: true,
    verbs: ['riot', 'rampage', 'run amok', 'throw * stones|rocks|petrol_bombs|molotov_cocktails|firebombs|bottles', 'hurl * stones|rocks|petrol_bombs|molotov_cocktails|firebombs|bottles', 'loot', 'torch * cars|vehicles|shops|buildings|tyres|tires', 'set fire to * cars|vehicles|shops|buildings|tyres|tires', 'clash with * police|security_forces|riot_police', 'smash * windows'],
    nouns: ['riot', 'riots', 'rioting', 'violent protest', 'violent protests', 'unrest', 'looting'],
  },

  // ───────────────────────── 15 EXHIBIT FORCE POSTURE ─────────────────────────
  {
    code: '150', weight: 0.7,
    verbs: ['stage * show of force', 'flex * muscle|muscles', 'hold|conduct|stage|carry_out * military|naval|air|war exercises|drills|maneuvers|manoeuvres|games|parade', 'test-fire', 'test fire', 'test * missile|missiles|rocket|rockets|weapon|weapons|nuclear', 'launch * test', 'send * warship|warships|carrier|bombers|submarine', 'sail * through'],
    nouns: ['show of force', 'maneuvers', 'manoeuvres', 'military maneuver', 'naval maneuvers', 'war games', 'military manoeuvres', 'flyover', 'fly-past', 'missile tests', 'military exercises', 'military drills', 'war games', 'military parade', 'missile test', 'nuclear test', 'missile launch', 'military maneuvers', 'naval exercises', 'live-fire exercises', 'saber-rattling', 'sabre-rattling'],
  },
  {
    code: '151', weight: 0.85,
    verbs: ['put|place * police on * alert', 'raise * police alert', 'increase * police alert', 'heighten * security alert', 'raise * terror_alert|threat_level|alert_level'],
    nouns: ['police alert', 'security alert', 'terror alert', 'security level'],
  },
  {
    code: '152', weight: 0.85,
    verbs: ['put|place * troops|forces|army|military|units on * alert|standby|readiness', 'raise * military_alert|combat_readiness|readiness', 'go on * alert|war_footing', 'mobilize for war', 'scramble * jets|fighters|warplanes'],
    nouns: ['military alert', 'combat readiness', 'war footing', 'red alert', 'state of alert', 'maximum alert', 'full alert', 'highest alert', 'heightened alert', 'combat alert', 'troop movements', 'alert level'],
    phrases: ['on high alert', 'on full alert', 'on maximum alert', 'on red alert', 'on alert', 'on standby', 'on combat alert', 'on a war footing', 'at the ready', 'combat-ready', 'on heightened alert'],
  },
  {
    code: '153', weight: 0.85,
    verbs: ['deploy * police|riot_police|security_forces|policemen|officers|gendarmes|national_guard', 'step_up|increase|intensify|boost|order * patrols', 'beef_up|tighten|step_up|increase|heighten|boost|reinforce * security', 'reinforce * police', 'send in * police|riot_police', 'flood * with police'],
    nouns: ['patrols', 'police patrols', 'security patrols', 'security operation', 'heavy security', 'tight security', 'security presence', 'police deployment', 'security clampdown', 'lockdown'],
  },
  {
    code: '154', weight: 0.85, to: ['to', 'in', 'into', 'near', 'along'],
    verbs: [
      'mobilize', 'mobilise', 'deploy', 'deploy * troops|soldiers|forces|warships|tanks|missiles|units|reinforcements|battalions|jets|bombers|carrier|ships',
      'send * troops|soldiers|forces|warships|tanks|reinforcements|units|battalions', 'dispatch * troops|soldiers|forces|warships|tanks|reinforcements',
      'mass * troops|forces|tanks', 'amass * troops|forces|tanks', 'build up * troops|forces', 'station!', 'move * troops|forces|tanks|armour|armor',
      'call up * reservists|reserves', 'reinforce|strengthen * troops|forces|positions|presence|border|units|garrison|defences|defenses', 'bolster * military_presence|forces', 'boost * military_presence|forces|troops', 'increase * troops|military_presence',
      'beef up * military', 'muster', 'conscript', 'recruit * fighters|soldiers|troops',
    ],
    nouns: ['troop buildup', 'military buildup', 'build-up', 'buildup', 'deployment', 'mobilization', 'mobilisation', 'reinforcements', 'troop surge', 'call-up', 'call-up of reservists'],
    phrases: ['reservists were called up', 'reserves were called up', 'troops were called up', 'were mobilized', 'were mobilised', 'were deployed'],
  },

  // ───────────────────────── 16 REDUCE RELATIONS ─────────────────────────
  {
    code: '160', weight: 0.75,
    verbs: [
      'downgrade * relations|ties', 'reduce * relations|ties', 'freeze * relations|ties|cooperation|contacts', 'suspend * cooperation|relations|ties|membership|contacts',
      'cancel * visit|trip|meeting|summit|talks|agreement|deal|contract|flights', 'postpone * visit|trip|meeting|summit', 'call off * visit|trip|meeting|summit',
      'withdraw from * treaty|agreement|deal|accord|pact|organization|organisation|alliance|council', 'pull out of * treaty|agreement|deal|accord|pact',
      'suspend * flights|air_links|links|ties|contacts|cooperation|membership', 'suspend * from', 'expel * from * organization|organisation|alliance|union|league|council', 'ostracize', 'ostracise',
      'scale back * ties|relations|cooperation', 'curtail * cooperation|ties|relations', 'cut * ties|links|contacts', 'end * cooperation|partnership|alliance',
      'tear up * deal|agreement|treaty', 'scrap * deal|agreement|treaty', 'boycott|cut|sever|halt|suspend * contact|contacts',
    ],
    nouns: ['suspension', 'cancellation', 'downgrade', 'suspension of * links|flights|air_links|ties|relations|cooperation|trade|contacts|membership'],
  },
  {
    code: '127', weight: 0.75,
    verbs: [
      'fail to reach|agree|achieve|conclude|strike|clinch|seal|secure|produce|bridge * agreement|deal|accord|consensus|compromise|breakthrough|settlement|differences|gap|gaps',
      'fail to agree', 'fail to reach a? deal|agreement|consensus|compromise',
    ],
    phrases: ['no agreement was reached', 'no deal was reached', 'ended without agreement', 'ended without a deal', 'ended in deadlock', 'ended without a breakthrough'],
  },
  {
    code: '161', weight: 0.85,
    verbs: [
      'break|sever|cut|suspend|downgrade * diplomatic_ties|diplomatic_relations', 'break|sever off? * ties|relations', 'recall * ambassador|envoy|diplomats',
      'withdraw * ambassador|envoy|diplomats', 'expel * ambassador|envoy|diplomat|diplomats|attache|attaché', 'declare * persona non grata',
      'close * embassy|embassies|consulate|consulates', 'shut * embassy|embassies|consulate|consulates',
    ],
    nouns: ['diplomatic rift', 'diplomatic row', 'break in relations', 'severing of ties', 'expulsion of diplomats', 'persona non grata'],
  },
  {
    code: '162', weight: 0.85,
    verbs: ['cut|suspend|stop|halt|freeze|withhold|reduce|slash|end|withdraw|block|cancel|scrap|prohibit|ban * aid|assistance|funding|funds|loans|loan|grants|subsidies|support|payments', 'cut off * aid|assistance|funding|funds|supplies', 'defund'],
    nouns: ['aid cuts', 'aid cut', 'aid freeze', 'funding cuts', 'suspension of aid'],
  },
  {
    code: '163', weight: 0.85, to: ['on', 'against'],
    verbs: [
      'impose|slap|announce|levy|tighten|extend|expand|introduce|adopt|approve|renew|reimpose|re-impose|widen * sanctions|embargo|embargoes|boycott|tariffs|penalties|trade_restrictions|export_controls',
      'impose|slap|announce|levy|tighten|extend|expand|introduce|adopt|approve|renew|reimpose sanctions|embargo|tariffs|penalties', 'sanction', 'embargo', 'blacklist',
      'freeze * assets|accounts|funds', 'ban * imports|exports|goods|products|flights|trade|purchases', 'halt * imports|exports|trade', 'suspend * imports|exports|trade',
      'stop * imports|exports|trade', 'restrict * imports|exports|trade', 'boycott * goods|products|imports', 'cut off * trade|oil|gas|supplies|exports',
      'close * border|borders|airspace to', 'hit * with sanctions|tariffs',
    ],
    nouns: ['sanctions', 'embargo', 'trade embargo', 'arms embargo', 'oil embargo', 'economic sanctions', 'tariffs', 'trade war', 'asset freeze', 'import ban', 'export ban', 'travel ban', 'punitive measures', 'penalties'],
  },
  {
    code: '164', weight: 0.85,
    verbs: [`break off * ${TALKS}`, `break off ${TALKS}`, `suspend * ${TALKS}`, `halt * ${TALKS}`, `end * ${TALKS}`, `walk out of * ${TALKS}`, `pull out of * ${TALKS}`, `quit * ${TALKS}`, `withdraw from * ${TALKS}`, `abandon * ${TALKS}`, `call off * ${TALKS}`, `cancel * ${TALKS}`, `freeze * ${TALKS}`, `postpone * ${TALKS}`, `boycott * ${TALKS}`],
    phrases: ['talks collapsed', 'talks broke down', 'negotiations collapsed', 'negotiations broke down', 'talks stalled', 'talks were suspended', 'talks ended without'],
    nouns: ['collapse of talks', 'breakdown of talks', 'suspension of talks'],
  },
  {
    code: '165', weight: 0.85,
    verbs: ['halt|suspend|end|abandon|withdraw_from|quit * mediation|mediating|role_as_mediator', 'step down as mediator', 'pull out of * mediation'],
  },
  {
    code: '166', weight: 0.85,
    verbs: [
      'expel * peacekeepers|inspectors|monitors|observers|aid_workers|aid_agencies|ngos|humanitarian|mission|un_staff|journalists|workers',
      'withdraw * peacekeepers|inspectors|monitors|observers|aid_workers|mission|staff|personnel', 'withdraw * peacekeeping force|forces|troops|mission|contingent', 'pull out * peacekeepers|inspectors|monitors|observers|staff',
      'order * out of the country', 'force * aid_workers|ngos|peacekeepers|inspectors|monitors|journalists|agencies|staff out', 'kick out * peacekeepers|inspectors|monitors|observers|aid_agencies|ngos', 'evacuate * staff|personnel|diplomats',
      'shut down * mission|office|offices', 'close * mission|office|offices', 'end * mission',
    ],
    nouns: ['expulsion of', 'withdrawal of peacekeepers', 'withdrawal of inspectors'],
  },

  // ───────────────────────── 17 COERCE ─────────────────────────
  {
    code: '170', weight: 0.7,
    verbs: ['coerce', 'pressure!', 'pressurize', 'pressurise', 'put pressure on', 'force * to', 'compel', 'crack down on|against', 'clamp down on', 'harass', 'intimidate', 'bully', 'blackmail', 'punish', 'persecute', 'target * opposition|critics|journalists|activists|dissidents'],
    nouns: ['crackdown', 'clampdown', 'repression', 'persecution', 'harassment', 'intimidation', 'pressure campaign'],
  },
  {
    code: '170', weight: 0.75,
    verbs: ['hack', 'hack into', 'deface * website|websites|sites|web_sites|pages', 'launch * cyber_attack|cyberattack|cyber-attack|cyber_attacks|cyberattacks'],
    nouns: ['cyber attack', 'cyber-attack', 'cyberattack', 'cyber attacks', 'hacking attack', 'cyber warfare', 'cyberwarfare', 'hacking', 'cyber operation'],
  },
  {
    code: '171', weight: 0.8,
    verbs: [
      'seize', 'confiscate', 'impound', 'expropriate', 'nationalize', 'nationalise', 'commandeer', 'requisition', 'take over * property|assets|company|land|farms|factory|media',
      'loot', 'plunder', 'ransack', 'raid * offices|office|homes|home|headquarters|premises|bank', 'demolish', 'raze', 'bulldoze', 'destroy', 'damage',
      'torch', 'burn * homes|houses|villages|buildings|crops|property|churches|mosques', 'set fire to', 'vandalize', 'vandalise', 'sabotage', 'blow up',
      'freeze * bank accounts', 'seal * offices|premises',
    ],
    nouns: ['confiscation', 'seizure', 'seizures', 'expropriation', 'nationalization', 'nationalisation', 'demolition', 'demolitions', 'sabotage', 'arson', 'looting'],
  },
  {
    code: '172', weight: 0.8,
    verbs: [
      'impose * restrictions|controls|limits|rules|measures', 'restrict', 'curb', 'ban', 'outlaw', 'prohibit', 'proscribe', 'censor', 'suppress',
      'shut down * newspaper|newspapers|station|stations|website|websites|internet|media|outlet|outlets|channel|channels|paper|papers',
      'close * newspaper|newspapers|station|stations|website|websites|media|outlet|outlets|channel|channels', 'block * website|websites|internet|social_media|access_to',
      'suspend * newspaper|publication|broadcasts|license|licence|party|parliament|constitution', 'dissolve * party|parties|parliament|assembly|group|organization|organisation',
      'disqualify', 'bar * from', 'revoke * license|licence|licenses|licences|passport|passports|citizenship|accreditation', 'declare * curfew', 'impose * curfew',
      'declare|impose|extend|proclaim * state_of_emergency|emergency_rule|martial_law|state_of_siege', 'place * under * house arrest', 'put * under * house arrest',
      'deny * entry', 'refuse * entry', 'restrict * movement|access|travel', 'tighten * restrictions|controls', 'shut down * internet', 'cut * internet',
    ],
    nouns: ['curfew', 'state of emergency', 'emergency measures', 'emergency powers', 'emergency regulations', 'emergency laws', 'martial law', 'emergency rule', 'censorship', 'media blackout', 'internet shutdown', 'internet blackout', 'restrictions', 'ban on', 'house arrest', 'travel ban', 'lockdown'],
  },
  {
    code: '173', weight: 0.85,
    verbs: [
      'arrest', 'detain', 'jail', 'imprison', 'take * into custody', 'take into custody', 'round up', 'apprehend', 'capture', 'nab', 'incarcerate',
      'indict', 'charge!', 'prosecute', 'put * on trial', 'bring * to trial', 'sentence', 'summon * for questioning', 'hold * for questioning', 'remand',
      'issue * arrest warrant|warrant', 'lock up', 'haul in', 'hold * in custody', 'hold * without charge', 'try * in absentia', 'press charges',
      'bring charges', 'file charges', 'order * arrest', 'keep * in detention|custody',
    ],
    nouns: ['arrest', 'arrests', 'detention', 'detentions', 'custody', 'arrest warrant', 'warrant', 'indictment', 'trial', 'prosecution', 'charges', 'roundup', 'round-up', 'prison sentence', 'jail term', 'jail sentence', 'sentence'],
  },
  {
    code: '174', weight: 0.85, to: ['to', 'from'],
    verbs: ['deport', 'expel', 'kick out', 'banish', 'exile!', 'strip * of * citizenship', 'order * to leave', 'forcibly return^', 'force * out of the country'],
    nouns: ['deportation', 'deportations', 'expulsion', 'expulsions'],
  },
  {
    code: '175', weight: 0.85, to: ['on', 'at'],
    verbs: [
      'fire|use|lob * tear_gas|teargas|rubber_bullets|water_cannon|stun_grenades|live_ammunition', 'fire on * protesters|protestors|demonstrators|crowd|crowds|marchers|mourners',
      'open fire on * protesters|protestors|demonstrators|crowd|crowds', 'disperse', 'break up * protest|protests|demonstration|rally|crowd|crowds|gathering',
      'beat * protesters|protestors|demonstrators|students|marchers', 'crush * protest|protests|dissent|uprising|demonstrations|opposition|rebellion|revolt',
      'suppress * protest|protests|dissent|uprising|demonstrations', 'quell * protest|protests|unrest|uprising|riot|riots', 'put down * protest|protests|uprising|revolt|rebellion',
      'charge * protesters|demonstrators|crowd', 'baton-charge', 'tear-gas', 'teargas', 'violently disperse^',
    ],
    nouns: ['violent crackdown', 'tear gas', 'teargas', 'rubber bullets', 'water cannon', 'water cannons', 'police brutality', 'bloody crackdown', 'brutal crackdown'],
  },

  // ───────────────────────── 18 ASSAULT ─────────────────────────
  {
    code: '180', weight: 0.8,
    verbs: ['terrorize', 'terrorise', 'carry out * terrorist_attack|terror_attack|attacks'],
    nouns: ['terrorist attack', 'terror attack', 'terrorist attacks', 'terror attacks', 'act of terror', 'act of terrorism', 'terrorism', 'militant attack', 'insurgent attack', 'guerrilla attack', 'ambush'],
  },
  {
    code: '181', weight: 0.9,
    verbs: ['abduct', 'kidnap', 'hijack', 'take * hostage|hostages|captive', 'hold * hostage|captive', 'seize * hostage|hostages', 'snatch', 'take * prisoner'],
    nouns: ['kidnapping', 'kidnappings', 'abduction', 'abductions', 'hijacking', 'hostage-taking', 'hostage taking', 'hostage crisis', 'kidnappers', 'abductors', 'hijackers'],
  },
  {
    code: '182', weight: 0.85,
    verbs: ['beat', 'beat up', 'punch', 'stab', 'flog', 'whip!', 'rough up', 'manhandle', 'attack * with knives|knife|machetes|machete|axes|sticks|clubs|stones|rocks', 'physically attack^', 'maim', 'mutilate', 'stone!'],
    nouns: ['beating', 'beatings', 'stabbing', 'stabbings', 'flogging', 'knife attack', 'physical attack', 'mob attack'],
  },
  {
    code: '1821', weight: 0.9,
    verbs: ['rape', 'sexually assault^', 'sexually abuse^', 'molest', 'gang-rape', 'gang rape', 'sexually harass^'],
    nouns: ['rape', 'rapes', 'sexual assault', 'sexual violence', 'sexual abuse', 'gang-rape'],
  },
  {
    code: '1822', weight: 0.9,
    verbs: ['torture', 'mistreat', 'ill-treat', 'abuse * prisoners|detainees|inmates', 'waterboard', 'subject * to torture'],
    nouns: ['torture', 'mistreatment', 'ill-treatment', 'abuse of prisoners', 'abuse of detainees'],
  },
  {
    code: '1823', weight: 0.85,
    verbs: ['murder', 'behead', 'decapitate', 'execute', 'strangle', 'hack * to death', 'stab * to death', 'beat * to death', 'burn * alive|to_death', 'stone * to death', 'lynch', 'slit * throat|throats', 'slay', 'bludgeon'],
    phrases: ['hanged', 'was hanged', 'were hanged'],
    nouns: ['murder', 'murders', 'beheading', 'beheadings', 'execution', 'executions', 'lynching', 'killing', 'killings', 'homicide'],
  },
  {
    code: '183', weight: 0.85,
    verbs: ['bomb', 'detonate', 'set off * bomb|explosive|explosives|device', 'plant * bomb|bombs|explosive|explosives|device|ied|mine|mines', 'blow up', 'explode', 'hurl * grenade|grenades', 'throw * grenade|grenades', 'booby-trap'],
    nouns: ['bombing', 'bombings', 'bomb attack', 'bomb blast', 'explosion', 'explosions', 'blast', 'blasts', 'explosive device', 'grenade attack', 'bomber', 'bombers', 'bomb explosion', 'twin blasts', 'twin bombings', 'landmine', 'land mine'],
  },
  {
    code: '1831', weight: 0.95,
    nouns: ['suicide bombing', 'suicide bombings', 'suicide attack', 'suicide attacks', 'suicide bomber', 'suicide bombers', 'suicide blast', 'suicide car bomb', 'suicide car bombing', 'suicide vest', 'suicide truck bomb'],
    verbs: ['blow * up', 'blew himself up', 'blew herself up', 'blew themselves up', 'detonate * suicide'],
  },
  {
    code: '1832', weight: 0.95,
    nouns: ['car bomb', 'car bombs', 'car bombing', 'car bombings', 'truck bomb', 'truck bombs', 'vehicle bomb', 'vehicle-borne', 'motorcycle bomb', 'bus bomb'],
  },
  {
    code: '1833', weight: 0.95,
    nouns: ['roadside bomb', 'roadside bombs', 'roadside bombing', 'ied', 'ieds', 'improvised explosive device', 'improvised explosive devices', 'roadside explosion', 'landmine', 'landmines', 'land mine', 'land mines'],
  },
  {
    code: '184', weight: 0.9,
    verbs: ['use * as human shields|shield', 'use * as shields'],
    nouns: ['human shield', 'human shields'],
  },
  {
    code: '185', weight: 0.9,
    verbs: ['attempt to assassinate|kill', 'try to assassinate|kill', 'plot to assassinate|kill', 'survive * assassination attempt', 'survive * attempt on * life', 'target * assassination'],
    nouns: ['assassination attempt', 'attempted assassination', 'attempt on his life', 'attempt on her life', 'assassination plot', 'murder plot', 'attempted murder'],
  },
  {
    code: '186', weight: 0.9,
    verbs: ['assassinate', 'gun down', 'shoot dead', 'shoot * dead', 'kill * leader|commander|chief|minister|governor|mayor|president|official|judge|general'],
    nouns: ['assassination', 'assassinations', 'targeted killing', 'targeted killings', 'assassin', 'assassins'],
  },

  // ───────────────────────── 19 FIGHT ─────────────────────────
  {
    code: '190', weight: 0.8, to: ['on', 'against', 'in'],
    verbs: [
      'attack', 'fight', 'fight * against', 'clash', 'clash with', 'battle', 'engage', 'strike', 'target!', 'raid', 'storm', 'assault', 'launch * offensive|operation|operations|attack|attacks|assault|raid|raids|counteroffensive|counter-offensive|incursion|strike|strikes',
      'wage * war|campaign|offensive', 'mount * attack|attacks|offensive|assault|raid|raids', 'carry out * attack|attacks|raid|raids|strike|strikes|operation|operations',
      'stage * attack|attacks|raid|raids', 'conduct * attack|attacks|raid|raids|strike|strikes|operation|operations', 'retaliate', 'retaliate against', 'ambush',
      'overrun', 'pound', 'pummel', 'invade', 'bombard', 'fire at|on', 'counterattack', 'counter-attack', 'wipe out', 'neutralize', 'neutralise',
      'annihilate', 'liquidate', 'engage in * fighting|combat|clashes', 'open a? new front', 'go to war', 'declare war', 'intervene militarily',
      'take up arms', 'hit back', 'repel', 'repulse', 'fend off',
    ],
    nouns: [
      'attack', 'attacks', 'offensive', 'clashes', 'clash', 'fighting', 'battle', 'battles', 'combat', 'hostilities', 'assault', 'raid', 'raids',
      'military operation', 'military operations', 'military action', 'military strike', 'military strikes', 'incursion', 'incursions', 'counteroffensive',
      'counter-offensive', 'invasion', 'onslaught', 'skirmish', 'skirmishes', 'strike', 'strikes', 'military intervention', 'armed conflict',
      'counterattack', 'counter-attack', 'retaliation', 'reprisal', 'reprisals', 'ground offensive', 'ground operation', 'cross-border attack', 'military campaign',
    ],
  },
  {
    code: '191', weight: 0.85,
    verbs: [
      'blockade', 'besiege', 'lay siege to', 'encircle', 'surround', 'seal off', 'cordon off', 'close * border|borders|crossing|crossings|airspace|port|ports|roads|checkpoint',
      'impose * blockade|siege|closure|no-fly_zone', 'cut off * supplies|access|road|roads', 'restrict * movement', 'block * supplies|access|aid|convoy|convoys',
    ],
    nouns: ['blockade', 'siege', 'naval blockade', 'no-fly zone', 'closure', 'encirclement'],
  },
  {
    code: '192', weight: 0.85,
    verbs: [
      'occupy', 'annex', 'seize * town|city|village|territory|area|region|base|airport|district|province|control|positions|hill|border|crossing|port|capital|island|oilfield|valley|stronghold',
      'capture * town|city|village|territory|area|region|base|airport|district|province|positions|hill|border|crossing|port|capital|island|oilfield|valley|stronghold',
      'take * control|town|city|village|territory|area|base|airport|district|province|positions|capital|stronghold', 'take control of', 'seize control of', 'gain control of',
      'overrun * town|city|village|base|positions', 'conquer', 'retake', 'recapture', 'liberate', 'advance on|into|toward|towards', 'push into', 'enter * town|city|village|territory',
      'march into|on', 'roll into',
    ],
    nouns: ['occupation', 'annexation', 'capture of', 'seizure of', 'takeover', 'incursion into'],
  },
  {
    code: '193', weight: 0.9, to: ['on', 'at'],
    verbs: ['shoot', 'shoot at', 'open fire', 'open fire on|at', 'fire * shots|bullets|rifles|guns', 'exchange * fire|gunfire', 'snipe', 'spray * with bullets', 'pepper * with bullets', 'shoot * dead'],
    nouns: ['gunfire', 'gunfight', 'gunfights', 'firefight', 'firefights', 'gun battle', 'gun battles', 'shootout', 'shoot-out', 'shooting', 'shootings', 'sniper fire', 'exchange of fire', 'small arms fire', 'machine-gun fire'],
  },
  {
    code: '194', weight: 0.9, to: ['on', 'at'],
    verbs: ['shell!', 'fire * rockets|rocket|shells|shell|mortars|mortar|artillery|missiles|missile|projectiles|grad', 'launch * rockets|rocket|missiles|missile|mortars|mortar|shells', 'lob * shells|mortars|rockets'],
    nouns: ['shelling', 'shellfire', 'artillery fire', 'mortar fire', 'mortar attack', 'rocket fire', 'rocket attack', 'rocket attacks', 'bombardment', 'barrage', 'tank fire', 'tank shells', 'missile attack', 'missile attacks', 'missile strike', 'missile strikes', 'ballistic missile', 'cruise missiles'],
  },
  {
    code: '195', weight: 0.95, to: ['on', 'against', 'in'],
    verbs: ['strafe', 'carpet-bomb', 'carpet bomb', 'dive-bomb', 'bomb * from the air', 'conduct * airstrikes|air_strikes|air_raids|sorties|bombing_runs', 'carry out * airstrikes|air_strikes|air_raids|sorties|bombing_runs', 'launch * airstrikes|air_strikes|air_raids|air_attacks|drone_strikes', 'fly * sorties|bombing_missions|combat_missions'],
    nouns: [
      'airstrike', 'air strike', 'air-strike', 'air raid', 'air-raid', 'air attack', 'aerial attack', 'aerial bombardment', 'aerial bombing', 'air campaign',
      'aerial campaign', 'bombing raid', 'bombing run', 'drone strike', 'drone attack', 'drone strikes', 'drone attacks', 'sortie', 'sorties', 'air power', 'airpower',
      'air support',
    ],
  },
  {
    code: '196', weight: 0.9,
    verbs: ['violate|breach|break|flout|shatter|undermine|wreck * ceasefire|cease-fire|truce|armistice', 'violate|breach|break ceasefire|truce', 'violate|breach|break * ceasefire|cease-fire|truce agreement|deal|accord|pact|terms|agreements'],
    nouns: ['ceasefire violation', 'ceasefire violations', 'violation of the ceasefire', 'violations of the ceasefire', 'truce violation', 'truce violations', 'breach of the ceasefire', 'breaches of the ceasefire'],
  },

  {
    code: '194', weight: 0.5, outcome: true,
    nouns: ['artillery', 'artillery shells', 'mortar', 'mortars', 'mortar shells', 'rockets', 'tank shells'],
  },
  {
    code: '183', weight: 0.5, outcome: true,
    nouns: ['bomb', 'bombs', 'grenade', 'grenades'],
  },

  // ───────────────────────── 20 UNCONVENTIONAL MASS VIOLENCE ─────────────────────────
  {
    code: '201', weight: 0.85,
    verbs: ['forcibly displace^', 'drive out', 'expel * thousands|population|residents|inhabitants|villagers|minority|minorities', 'uproot'],
    nouns: ['mass expulsion', 'mass expulsions', 'forced displacement', 'forced expulsion', 'population transfer', 'forced deportation', 'mass deportation', 'mass deportations'],
  },
  {
    code: '202', weight: 0.9,
    verbs: ['massacre', 'slaughter', 'exterminate', 'commit * genocide|massacre|massacres|atrocities'],
    nouns: ['massacre', 'massacres', 'mass killing', 'mass killings', 'mass murder', 'genocide', 'mass execution', 'mass executions', 'killing spree', 'atrocities', 'pogrom'],
  },
  {
    code: '203', weight: 0.95,
    verbs: ['ethnically cleanse^', 'carry out * ethnic cleansing'],
    nouns: ['ethnic cleansing'],
  },
  {
    code: '204', weight: 0.5, outcome: true,
    nouns: ['weapons of mass destruction', 'wmd', 'dirty bomb'],
  },
  {
    code: '2041', weight: 0.95,
    verbs: ['gas!', 'use * chemical_weapons|chemical_agents|nerve_agent|nerve_gas|poison_gas|sarin|chlorine|mustard_gas|biological_weapons', 'poison!'],
    nouns: ['chemical attack', 'chemical attacks', 'chemical weapons attack', 'gas attack', 'sarin attack', 'chlorine attack', 'nerve agent attack', 'chemical weapons', 'biological attack', 'anthrax attack'],
  },
  {
    code: '2042', weight: 0.95,
    verbs: ['detonate * nuclear', 'drop * nuclear|atomic bomb', 'launch * nuclear'],
    nouns: ['nuclear attack', 'nuclear strike', 'atomic bomb', 'nuclear explosion'],
  },

  // ───────────────────────── casualties: the outcome of violence not otherwise reported ─────────────────────────
  {
    code: '190', weight: 0.55, outcome: true, to: ['in'],
    verbs: ['kill', 'injure', 'wound', 'hurt', 'hit', 'eliminate', 'destroy', 'slaughter', 'massacre', 'hammer'],
    nouns: ['casualties', 'death toll', 'dead', 'killed', 'wounded'],
  },

  // ───────────────────────── phrases that are never events ─────────────────────────
  {
    code: '', block: true,
    phrases: [
      'heart attack', 'heart attacks', 'panic attack', 'panic attacks', 'asthma attack', 'so-called', 'so called', 'charm offensive',
      'strike a balance', 'strikes a balance', 'struck a balance', 'strike a chord', 'struck a chord', 'hit a record', 'hit record',
      'hit records', 'hit song', 'price war', 'war of words', 'trade war', 'war on drugs', 'war on terror', 'war on poverty', 'attack dog',
      'fire brigade', 'fire department', 'fire station', 'ceasefire line', 'peace prize', 'nobel peace', 'release date', 'press release',
      'news release', 'free trade', 'free speech', 'free market', 'free elections', 'free and fair', 'death penalty',
      'police station', 'police officer', 'police officers', "charge d'affaires", "chargé d'affaires", 'in charge of', 'free of charge', 'in order to', 'in order for', 'law and order', 'public order', 'attack on democracy', 'shot at the title', 'shot at winning', 'a shot at',
      'protest vote', 'call center', 'call centre', 'visiting professor', 'visiting team', 'host country', 'host city', 'hosting rights',
    ],
  },

  // ───────────────────────── operators (no code of their own unless alone) ─────────────────────────
  {
    code: '', frame: 'reverse', weight: 0.75,
    verbs: [
      'stop', 'halt', 'end', 'cease', 'suspend', 'lift', 'ease', 'relax', 'loosen', 'call off', 'cancel', 'scrap', 'break off', 'cut off',
      'sever', 'freeze', 'abandon', 'terminate', 'put an end to', 'put a stop to', 'wind down', 'scale back', 'rein in', 'curtail',
      'give up', 'renounce', 'forgo', 'forswear', 'discontinue', 'reduce', 'lower', 'cut', 'slash', 'pause', 'roll back', 'scale down', 'refrain from', 'shorten',
    ],
    nouns: ['end to', 'halt to', 'stop to', 'suspension of', 'lifting of', 'easing of', 'cessation of'],
  },
];
