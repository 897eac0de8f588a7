// CAMEO codes -> PLOVER event type, mode and context. Written by the newsgraph team from the type and
// mode definitions of the PLOVER manual (OEDA, 0.7b1): PLOVER keeps CAMEO's 2-digit cue categories
// as 16 types and moves the 3- and 4-digit detail into `mode` (how) and `context` (why/what about).
//
// Choices (each follows a sentence of the PLOVER definitions):
//   * 01 statements have no PLOVER type (PLOVER dropped comments); 02 appeals and 10 demands are REQUEST.
//   * 03 (intent to cooperate) is AGREE: "agree to, offer, promise ... cooperative actions reported in
//     future tense are taken to imply intentions".
//   * 05 is SUPPORT, except 055 apologize (CONCEDE: "expressions of regret"); 057 signing is SUPPORT
//     ("ratify, sign, or finalize an agreement").
//   * 08 YIELD splits into CONCEDE (verbal: easing restrictions, ending dissent, accepting reform,
//     declaring a ceasefire) and RETREAT (material: release, return, access, disarm, withdraw,
//     resign).
//   * 09 investigate and 11 disapprove are ACCUSE (modes investigate / disapprove / allege), except
//     116 finding guilty, which the manual moves to SANCTION (mode convict).
//   * 171/1711 seizing property and 17x restrictions are COERCE; 1712 destroying property, 175 violent
//     repression and 18-20 are ASSAULT; 191 blockade is COERCE (restrict movement).

export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** PLOVER's quad grouping of its types (the manual's "VERBAL COOPERATION" ... headings). */
export const PLOVER_QUAD: Readonly<Record<PloverType, 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict'>> = {
  AGREE: 'verbal cooperation', CONSULT: 'verbal cooperation', SUPPORT: 'verbal cooperation', CONCEDE: 'verbal cooperation',
  COOPERATE: 'material cooperation', AID: 'material cooperation', RETREAT: 'material cooperation',
  REQUEST: 'verbal conflict', ACCUSE: 'verbal conflict', REJECT: 'verbal conflict', THREATEN: 'verbal conflict',
  PROTEST: 'material conflict', SANCTION: 'material conflict', MOBILIZE: 'material conflict', COERCE: 'material conflict', ASSAULT: 'material conflict',
};

export interface PloverCoding {
  type: PloverType;
  mode?: string;
  context?: string[];
}

/** Type by 2-digit root; null: no PLOVER type (statements). */
const ROOT_TYPE: Record<string, PloverType | null> = {
  '01': null, '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
  '08': 'CONCEDE', '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN',
  '14': 'PROTEST', '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};

/**
 * What a code is about, by its position in CAMEO's parallel families (appeal / intent / demand /
 * reject share their 3rd and 4th digits): the PLOVER context and, for requests and rejections, mode.
 */
const SECTOR_CONTEXT: Record<string, string[]> = {
  econ: ['economic'], mil: ['military'], jud: ['legal'], intel: ['intelligence'], diplo: ['diplomatic'],
  hum: ['humanitarian'], pko: ['peacekeeping'], leader: ['executive'], policy: ['executive'], rights: ['rights_freedoms'],
  inst: ['political_institutions'],
};

/** Per-code overrides: [type (or '' to keep the root's), mode, sector key]. */
const OVERRIDES: Record<string, [PloverType | '', string, string]> = {
  // REQUEST (02 appeals, 10 demands) and REJECT (12): modes assist / change / yield / meet
  '021': ['', 'assist', ''], '0211': ['', 'assist', 'econ'], '0212': ['', 'assist', 'mil'], '0213': ['', 'assist', 'jud'], '0214': ['', 'assist', 'intel'],
  '022': ['', 'assist', 'diplo'], '023': ['', 'assist', ''], '0231': ['', 'assist', 'econ'], '0232': ['', 'assist', 'mil'], '0233': ['', 'assist', 'hum'], '0234': ['', 'assist', 'pko'],
  '024': ['', 'change', 'inst'], '0241': ['', 'change', 'leader'], '0242': ['', 'change', 'policy'], '0243': ['', 'change', 'rights'], '0244': ['', 'change', 'inst'],
  '025': ['', 'yield', ''], '0251': ['', 'yield', 'jud'], '0252': ['', 'yield', ''], '0253': ['', 'yield', 'jud'], '0254': ['', 'yield', 'econ'], '0255': ['', 'yield', 'diplo'], '0256': ['', 'yield', 'mil'],
  '026': ['', 'meet', 'diplo'], '027': ['', 'meet', 'diplo'], '028': ['', 'meet', 'diplo'],
  '101': ['', 'assist', ''], '1011': ['', 'assist', 'econ'], '1012': ['', 'assist', 'mil'], '1013': ['', 'assist', 'jud'], '1014': ['', 'assist', 'intel'],
  '102': ['', 'assist', 'diplo'], '103': ['', 'assist', ''], '1031': ['', 'assist', 'econ'], '1032': ['', 'assist', 'mil'], '1033': ['', 'assist', 'hum'], '1034': ['', 'assist', 'pko'],
  '104': ['', 'change', 'inst'], '1041': ['', 'change', 'leader'], '1042': ['', 'change', 'policy'], '1043': ['', 'change', 'rights'], '1044': ['', 'change', 'inst'],
  '105': ['', 'yield', ''], '1051': ['', 'yield', 'jud'], '1052': ['', 'yield', ''], '1053': ['', 'yield', 'jud'], '1054': ['', 'yield', 'econ'], '1055': ['', 'yield', 'diplo'], '1056': ['', 'yield', 'mil'],
  '106': ['', 'meet', 'diplo'], '107': ['', 'meet', 'diplo'], '108': ['', 'meet', 'diplo'],
  '121': ['', 'assist', ''], '1211': ['', 'assist', 'econ'], '1212': ['', 'assist', 'mil'], '1213': ['', 'assist', 'jud'],
  '122': ['', 'assist', ''], '1221': ['', 'assist', 'econ'], '1222': ['', 'assist', 'mil'], '1223': ['', 'assist', 'hum'], '1224': ['', 'assist', 'pko'],
  '123': ['', 'change', 'inst'], '1231': ['', 'change', 'leader'], '1232': ['', 'change', 'policy'], '1233': ['', 'change', 'rights'], '1234': ['', 'change', 'inst'],
  '124': ['', 'yield', ''], '1241': ['', 'yield', 'jud'], '1242': ['', 'yield', ''], '1243': ['', 'yield', 'jud'], '1244': ['', 'yield', 'econ'], '1245': ['', 'yield', 'diplo'], '1246': ['', 'yield', 'mil'],
  '125': ['', 'meet', 'diplo'], '126': ['', 'meet', 'diplo'], '127': ['', 'meet', 'diplo'], '128': ['', '', 'jud'], '129': ['', '', 'diplo'],
  // AGREE (03): context only
  '030': ['', '', 'diplo'], '031': ['', '', ''], '0311': ['', '', 'econ'], '0312': ['', '', 'mil'], '0313': ['', '', 'jud'], '0314': ['', '', 'intel'],
  '032': ['', '', 'diplo'], '033': ['', '', ''], '0331': ['', '', 'econ'], '0332': ['', '', 'mil'], '0333': ['', '', 'hum'], '0334': ['', '', 'pko'],
  '034': ['', '', 'inst'], '0341': ['', '', 'leader'], '0342': ['', '', 'policy'], '0343': ['', '', 'rights'], '0344': ['', '', 'inst'],
  '0351': ['', '', 'rights'], '0353': ['', '', 'jud'], '0354': ['', '', 'econ'], '0355': ['', '', 'diplo'], '0356': ['', '', 'mil'],
  '036': ['', '', 'diplo'], '037': ['', '', 'diplo'], '038': ['', '', 'diplo'], '039': ['', '', 'diplo'],
  // CONSULT (04)
  '041': ['', 'phone', ''], '042': ['', 'visit', ''], '043': ['', 'visit', ''], '044': ['', 'third-party', ''], '045': ['', '', 'diplo'], '046': ['', '', 'diplo'],
  // SUPPORT (05)
  '050': ['', '', 'diplo'], '051': ['', '', 'diplo'], '052': ['', '', 'diplo'], '053': ['', '', 'diplo'], '054': ['', '', 'diplo'], '055': ['CONCEDE', '', ''], '056': ['', '', 'diplo'], '057': ['', '', 'diplo'],
  // COOPERATE (06), AID (07)
  '061': ['', '', 'econ'], '062': ['', '', 'mil'], '063': ['', '', 'jud'], '064': ['', '', 'intel'],
  '071': ['', 'economic', 'econ'], '072': ['', 'military', 'mil'], '073': ['', 'humanitarian', 'hum'], '074': ['', 'military', 'pko'], '075': ['', 'asylum', ''],
  // CONCEDE / RETREAT (08)
  '081': ['CONCEDE', '', 'jud'], '0811': ['CONCEDE', '', 'rights'], '0812': ['CONCEDE', '', 'rights'], '0813': ['CONCEDE', '', 'jud'], '0814': ['CONCEDE', '', 'jud'],
  '082': ['CONCEDE', '', ''], '083': ['CONCEDE', '', 'inst'], '0831': ['RETREAT', 'resign', 'leader'], '0832': ['CONCEDE', '', 'policy'], '0833': ['CONCEDE', '', 'rights'], '0834': ['CONCEDE', '', 'inst'],
  '084': ['RETREAT', 'release', ''], '0841': ['RETREAT', 'release', 'jud'], '0842': ['RETREAT', 'return', ''], '085': ['CONCEDE', '', 'econ'],
  '086': ['RETREAT', 'access', 'diplo'], '0861': ['RETREAT', 'access', 'pko'], '0862': ['RETREAT', 'access', 'diplo'], '0863': ['RETREAT', 'access', 'hum'],
  '087': ['RETREAT', '', 'mil'], '0871': ['CONCEDE', '', 'mil'], '0872': ['RETREAT', 'withdraw', 'mil'], '0873': ['RETREAT', 'disarm', 'mil'], '0874': ['RETREAT', 'withdraw', 'mil'],
  // ACCUSE (09 investigate, 11 disapprove)
  '090': ['', 'investigate', ''], '091': ['', 'investigate', 'jud'], '092': ['', 'investigate', 'rights'], '093': ['', 'investigate', 'mil'], '094': ['', 'investigate', 'jud'],
  '110': ['', 'disapprove', ''], '111': ['', 'disapprove', ''], '112': ['', 'allege', ''], '1121': ['', 'allege', 'jud'], '1122': ['', 'allege', 'rights'],
  '1123': ['', 'allege', 'mil'], '1124': ['', 'allege', 'jud'], '1125': ['', 'allege', 'jud'], '113': ['', 'disapprove', ''], '114': ['', 'disapprove', 'diplo'],
  '115': ['', 'allege', 'jud'], '116': ['SANCTION', 'convict', 'jud'],
  // THREATEN (13)
  '131': ['', 'relations', ''], '1311': ['', 'relations', ''], '1312': ['', 'restrict', 'econ'], '1313': ['', 'relations', 'diplo'],
  '132': ['', 'ban', ''], '1321': ['', 'restrict', 'rights'], '1322': ['', 'ban', 'inst'], '1323': ['', 'restrict', ''], '1324': ['', 'restrict', 'inst'],
  '133': ['', 'restrict', ''], '134': ['', 'relations', 'diplo'], '135': ['', 'relations', 'diplo'], '136': ['', 'expel', 'diplo'], '137': ['', 'arrest', 'rights'],
  '138': ['', 'violence', 'mil'], '1381': ['', 'restrict', 'mil'], '1382': ['', 'territory', 'mil'], '1383': ['', 'violence', ''], '1384': ['', 'violence', 'mil'], '1385': ['', 'violence', 'mil'],
  '139': ['', 'violence', 'diplo'],
  // PROTEST (14)
  '141': ['', 'demo', ''], '1411': ['', 'demo', 'leader'], '1412': ['', 'demo', 'policy'], '1413': ['', 'demo', 'rights'], '1414': ['', 'demo', 'inst'],
  '142': ['', 'strike-hun', ''], '1421': ['', 'strike-hun', 'leader'], '1422': ['', 'strike-hun', 'policy'], '1423': ['', 'strike-hun', 'rights'], '1424': ['', 'strike-hun', 'inst'],
  '143': ['', 'boycott', ''], '1431': ['', 'boycott', 'leader'], '1432': ['', 'boycott', 'policy'], '1433': ['', 'boycott', 'rights'], '1434': ['', 'boycott', 'inst'],
  '144': ['', 'obstruct', ''], '1441': ['', 'obstruct', 'leader'], '1442': ['', 'obstruct', 'policy'], '1443': ['', 'obstruct', 'rights'], '1444': ['', 'obstruct', 'inst'],
  '145': ['', 'riot', ''], '1451': ['', 'riot', 'leader'], '1452': ['', 'riot', 'policy'], '1453': ['', 'riot', 'rights'], '1454': ['', 'riot', 'inst'],
  // MOBILIZE (15)
  '151': ['', 'police', ''], '152': ['', 'troops', 'mil'], '153': ['', 'police', ''], '154': ['', 'troops', 'mil'],
  // SANCTION (16)
  '161': ['', 'sever', 'diplo'], '162': ['', 'withdraw', ''], '1621': ['', 'withdraw', 'econ'], '1622': ['', 'withdraw', 'mil'], '1623': ['', 'withdraw', 'hum'],
  '163': ['', 'sever', 'econ'], '164': ['', 'cancel', 'diplo'], '165': ['', 'withdraw', 'diplo'], '166': ['', 'expel', 'diplo'], '1661': ['', 'expel', 'pko'], '1662': ['', 'expel', 'diplo'], '1663': ['', 'expel', 'hum'],
  // COERCE (17)
  '171': ['', 'confiscate', ''], '1711': ['', 'confiscate', ''], '1712': ['ASSAULT', 'destroy', ''],
  '172': ['', 'restrict', ''], '1721': ['', 'restrict', 'rights'], '1722': ['', 'ban', 'inst'], '1723': ['', 'curfew', ''], '1724': ['', 'martial-law', 'inst'],
  '173': ['', 'arrest', 'jud'], '174': ['', 'deport', 'jud'], '175': ['ASSAULT', 'beat', 'rights'],
  // ASSAULT (18-20)
  '181': ['', 'abduct', ''], '182': ['', 'beat', ''], '1821': ['', 'sexual', ''], '1822': ['', 'torture', ''], '1823': ['', 'beat', ''],
  '183': ['', 'explosives', ''], '1831': ['', 'suicide-attack', ''], '1832': ['', 'explosives', ''], '1833': ['', 'explosives', ''], '1834': ['', 'explosives', ''],
  '184': ['', 'abduct', ''], '185': ['', 'assassinate', ''], '186': ['', 'assassinate', ''],
  '190': ['', '', 'mil'], '191': ['COERCE', 'restrict', 'mil'], '192': ['', '', 'mil'], '193': ['', 'firearms', 'mil'], '194': ['', 'heavy-weapons', 'mil'],
  '195': ['', 'heavy-weapons', 'mil'], '196': ['', '', 'mil'],
  '201': ['', '', 'religion_ethnicity'], '202': ['', '', ''], '203': ['', '', 'religion_ethnicity'], '204': ['', '', 'cbrn'], '2041': ['', '', 'cbrn'], '2042': ['', '', 'cbrn'],
};

/** The PLOVER coding of a CAMEO code, or null for codes PLOVER does not code (01 statements). */
export function ploverOf(code: string): PloverCoding | null {
  const root = ROOT_TYPE[code.slice(0, 2)];
  if (root === undefined || root === null) return null;
  let c = code;
  while (c.length > 3 && !OVERRIDES[c]) c = c.slice(0, -1);
  const o = OVERRIDES[c] ?? (c.length === 3 ? undefined : OVERRIDES[`${c}0`]);
  const out: PloverCoding = { type: (o?.[0] || root) as PloverType };
  if (o?.[1]) out.mode = o[1];
  const ctx = o?.[2] ? (SECTOR_CONTEXT[o[2]] ?? [o[2]]) : [];
  if (ctx.length) out.context = [...ctx];
  return out;
}
