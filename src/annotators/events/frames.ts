// How speech acts and operators combine with the action they take as complement. CAMEO's verbal
// families run in parallel: appeal 02x, intent 03x, demand 10x and reject 12x share their third and
// fourth digits (material cooperation 1, diplomatic 2, aid 3, reform 4, yield 5, meet 6, settle 7,
// mediate 8), threats 13x name the threatened act, and YIELD 08x / REDUCE RELATIONS 16x are the
// reversals of conflict and cooperation. So "urged Israel to halt airstrikes" is appeal(halt(195)):
// halt(195) = de-escalate (087), appeal + de-escalate = 0256.

import type { FrameKind } from './data/patterns.ts';

/** What an action is about, as the verbal families need it. */
export type Category =
  | 'coop' | 'coop:econ' | 'coop:mil' | 'coop:jud' | 'coop:intel'
  | 'diplo'
  | 'aid' | 'aid:econ' | 'aid:mil' | 'aid:hum' | 'aid:pko'
  | 'reform' | 'reform:leader' | 'reform:policy' | 'reform:rights' | 'reform:inst'
  | 'yield' | 'yield:admin' | 'yield:dissent' | 'yield:release' | 'yield:sanctions' | 'yield:access' | 'yield:deescalate'
  | 'meet' | 'settle' | 'mediation' | 'mediate'
  | 'say' | 'generic' | 'verbal-conflict'
  | 'c:aidcut' | 'c:sanction' | 'c:relations' | 'c:admin' | 'c:admin:freedoms' | 'c:admin:ban' | 'c:admin:curfew' | 'c:admin:emergency'
  | 'c:protest' | 'c:halt-talks' | 'c:halt-mediation' | 'c:expel-intl' | 'c:repress'
  | 'c:force' | 'c:force:attack' | 'c:force:blockade' | 'c:force:occupy' | 'c:force:unconv' | 'c:force:wmd';

export function isConflict(cat: Category): boolean {
  return cat.startsWith('c:') || cat === 'verbal-conflict';
}

/** The category of a CAMEO code taken as the complement of a speech act. */
/** The 4th digit of a code picks the sector of its family (031x, 033x, 034x, 035x). */
function sector(code: string, keys: readonly Category[]): Category {
  return keys[Number(code[3] ?? '0')] ?? keys[0];
}

const INTENT_SECTORS: Record<string, readonly Category[]> = {
  '031': ['coop', 'coop:econ', 'coop:mil', 'coop:jud', 'coop:intel'],
  '033': ['aid', 'aid:econ', 'aid:mil', 'aid:hum', 'aid:pko'],
  '034': ['reform', 'reform:leader', 'reform:policy', 'reform:rights', 'reform:inst'],
  '035': ['yield', 'yield:admin', 'yield:dissent', 'yield:release', 'yield:sanctions', 'yield:access', 'yield:deescalate'],
};
const INTENT_CATEGORY: Record<string, Category> = { '030': 'generic', '032': 'diplo', '036': 'meet', '037': 'settle', '038': 'mediation', '039': 'mediate' };

export function categoryOf(code: string): Category {
  const r = code.slice(0, 2);
  const c3 = code.slice(0, 3);
  switch (r) {
    case '01':
      return 'say';
    case '02':
    case '10':
      return 'generic';
    case '03': {
      const sectors = INTENT_SECTORS[c3];
      return sectors ? sector(code, sectors) : (INTENT_CATEGORY[c3] ?? 'generic');
    }
    case '04':
      return c3 === '045' ? 'mediate' : 'meet';
    case '05':
      return c3 === '057' ? 'settle' : 'diplo';
    case '06':
      return (['coop', 'coop:econ', 'coop:mil', 'coop:jud', 'coop:intel'] as Category[])[Number(code[2])] ?? 'coop';
    case '07':
      return (['aid', 'aid:econ', 'aid:mil', 'aid:hum', 'aid:pko', 'aid:hum'] as Category[])[Number(code[2])] ?? 'aid';
    case '08': {
      if (c3 === '081') return 'yield:admin';
      if (c3 === '082') return 'yield:dissent';
      if (c3 === '083') return (['reform', 'reform:leader', 'reform:policy', 'reform:rights', 'reform:inst'] as Category[])[Number(code[3] ?? '0')] ?? 'reform';
      if (c3 === '084') return 'yield:release';
      if (c3 === '085') return 'yield:sanctions';
      if (c3 === '086') return 'yield:access';
      if (c3 === '087') return 'yield:deescalate';
      return 'yield';
    }
    case '09':
      return 'coop:jud';
    case '11':
    case '12':
    case '13':
      return 'verbal-conflict';
    case '14':
      return 'c:protest';
    case '15':
      return 'c:force';
    case '16':
      return ({ '161': 'c:relations', '162': 'c:aidcut', '163': 'c:sanction', '164': 'c:halt-talks', '165': 'c:halt-mediation', '166': 'c:expel-intl' } as Record<string, Category>)[c3] ?? 'c:relations';
    case '17':
      if (c3 === '172') return (['c:admin', 'c:admin:freedoms', 'c:admin:ban', 'c:admin:curfew', 'c:admin:emergency'] as Category[])[Number(code[3] ?? '0')] ?? 'c:admin';
      return 'c:repress';
    case '18':
      return 'c:force:unconv';
    case '19':
      if (c3 === '191') return 'c:force:blockade';
      if (c3 === '192') return 'c:force:occupy';
      return 'c:force:attack';
    case '20':
      return c3 === '204' ? 'c:force:wmd' : 'c:force:unconv';
    default:
      return 'generic';
  }
}

/** Rows: category -> [appeal, intent, demand, reject]. */
const FAMILY: Partial<Record<Category, [string, string, string, string]>> = {
  coop: ['021', '031', '101', '121'],
  'coop:econ': ['0211', '0311', '1011', '1211'],
  'coop:mil': ['0212', '0312', '1012', '1212'],
  'coop:jud': ['0213', '0313', '1013', '1213'],
  'coop:intel': ['0214', '0314', '1014', '121'],
  diplo: ['022', '032', '102', '120'],
  aid: ['023', '033', '103', '122'],
  'aid:econ': ['0231', '0331', '1031', '1221'],
  'aid:mil': ['0232', '0332', '1032', '1222'],
  'aid:hum': ['0233', '0333', '1033', '1223'],
  'aid:pko': ['0234', '0334', '1034', '1224'],
  reform: ['024', '034', '104', '123'],
  'reform:leader': ['0241', '0341', '1041', '1231'],
  'reform:policy': ['0242', '0342', '1042', '1232'],
  'reform:rights': ['0243', '0343', '1043', '1233'],
  'reform:inst': ['0244', '0344', '1044', '1234'],
  yield: ['025', '035', '105', '124'],
  'yield:admin': ['0251', '0351', '1051', '1241'],
  'yield:dissent': ['0252', '0352', '1052', '1242'],
  'yield:release': ['0253', '0353', '1053', '1243'],
  'yield:sanctions': ['0254', '0354', '1054', '1244'],
  'yield:access': ['0255', '0355', '1055', '1245'],
  'yield:deescalate': ['0256', '0356', '1056', '1246'],
  meet: ['026', '036', '106', '125'],
  settle: ['027', '037', '107', '127'],
  mediation: ['028', '038', '108', '126'],
  mediate: ['028', '039', '108', '126'],
  generic: ['020', '030', '100', '120'],
  say: ['020', '030', '100', '011'],
};

/** Threats by what is threatened (CAMEO 13x). */
const THREAT: Partial<Record<Category, string>> = {
  'c:aidcut': '1311', 'c:sanction': '1312', 'c:relations': '1313', 'c:admin': '132', 'c:admin:freedoms': '1321',
  'c:admin:ban': '1322', 'c:admin:curfew': '1323', 'c:admin:emergency': '1324', 'c:protest': '133', 'c:halt-talks': '134',
  'c:halt-mediation': '135', 'c:expel-intl': '136', 'c:repress': '137', 'c:force': '138', 'c:force:attack': '1384',
  'c:force:blockade': '1381', 'c:force:occupy': '1382', 'c:force:unconv': '1383', 'c:force:wmd': '1385',
};

/** Accusations by the alleged act (CAMEO 112x). */
function accusationOf(code: string): string {
  const r = code.slice(0, 2);
  if (code.startsWith('20')) return '1124';
  if (['18', '19', '15'].includes(r) || code.startsWith('171') || code.startsWith('192')) return '1123';
  if (code.startsWith('1822') || code.startsWith('175') || code.startsWith('172') || code.startsWith('173')) return '1122';
  return '112';
}

/** Investigations by the investigated act (CAMEO 09x). */
function investigationOf(code: string): string {
  const r = code.slice(0, 2);
  if (code.startsWith('20')) return '094';
  if (['18', '19', '15'].includes(r)) return '093';
  if (code.startsWith('1822') || code.startsWith('175')) return '092';
  return '090';
}

/**
 * The code of a frame given its complement's category (and code); null when the frame has no code
 * for it (a reversal of something that has no opposite).
 */
export function combine(frame: FrameKind, cat: Category | null, complementCode: string | null, frameCode: string): string | null {
  const row = cat ? FAMILY[cat] : undefined;
  switch (frame) {
    case 'appeal':
      if (!cat) return '020';
      if (isConflict(cat)) return cat === 'verbal-conflict' ? '020' : '113';
      return row?.[0] ?? '020';
    case 'demand':
      if (!cat || isConflict(cat)) return '100';
      return row?.[2] ?? '100';
    case 'intent':
      if (!cat) return '030';
      if (isConflict(cat)) return THREAT[cat] ?? '130';
      return row?.[1] ?? '030';
    case 'open':
      if (cat && isConflict(cat) && cat !== 'verbal-conflict') return '030';
      return row?.[1] ?? '030';
    case 'reject':
      if (!cat) return '120';
      if (cat === 'say') return '011';
      if (isConflict(cat)) return '120';
      return row?.[3] ?? '120';
    case 'threaten':
    case 'warn':
      if (!cat) return frame === 'warn' ? '130' : '130';
      if (isConflict(cat)) return THREAT[cat] ?? '130';
      if (cat === 'reform:leader') return '131';
      return '130';
    case 'accuse':
      return complementCode ? accusationOf(complementCode) : '112';
    case 'investigate':
      return complementCode ? investigationOf(complementCode) : '090';
    case 'deny':
      return '016';
    case 'claim':
      return '015';
    case 'consider':
      return '014';
    case 'say':
      return '010';
    case 'praise':
      return frameCode;
    case 'reverse':
      return complementCode ? reverse(complementCode) : null;
    default:
      return frameCode || null;
  }
}

/** The opposite action: stopping, lifting, ending or suspending `code` (lift sanctions 163 -> 085). */
export function reverse(code: string): string | null {
  const c3 = code.slice(0, 3);
  const r = code.slice(0, 2);
  if (code === '0871') return '196';
  if (c3 === '191') return '0872';
  if (c3 === '192') return '0874';
  if (c3 === '154' || c3 === '150' || c3 === '152') return '087';
  if (['18', '19', '20'].includes(r) || c3 === '175') return '087';
  if (c3 === '163') return '085';
  if (c3 === '172') return ({ '1721': '0811', '1722': '0812', '1723': '0813', '1724': '0814' } as Record<string, string>)[code] ?? '081';
  if (r === '14') return '082';
  if (c3 === '173') return '0841';
  if (c3 === '162') return '070';
  if (c3 === '161' || c3 === '160') return '050';
  if (c3 === '045') return '165';
  if (r === '04') return '164';
  if (r === '06') return '160';
  if (r === '07') return ({ '071': '1621', '072': '1622', '073': '1623', '074': '1661' } as Record<string, string>)[c3] ?? '162';
  if (r === '05') return c3 === '057' ? '160' : '161';
  if (c3 === '086') return ({ '0861': '1661', '0862': '1662', '0863': '1663' } as Record<string, string>)[code] ?? '166';
  return null;
}

/** Frames whose complement is an act of the frame's target ("urged X to ...", "accused X of ..."). */
export const OBJECT_CONTROL: ReadonlySet<FrameKind> = new Set<FrameKind>(['appeal', 'demand', 'accuse', 'investigate']);

/** Frames that report the complement as something other than a fact, with the modality they give it. */
export const EMBEDDING: Partial<Record<FrameKind, 'requested' | 'future' | 'negated' | 'threatened' | 'alleged' | 'denied' | 'hypothetical'>> = {
  appeal: 'requested',
  demand: 'requested',
  intent: 'future',
  open: 'hypothetical',
  reject: 'negated',
  threaten: 'threatened',
  warn: 'threatened',
  accuse: 'alleged',
  deny: 'denied',
  consider: 'hypothetical',
};
