// The CAMEO event codes (CAMEO 1.1b3 codebook, Gerner, Schrodt & Yilmaz) with each code's name and its
// Goldstein conflict-cooperation value (-10..+10) as published with the codebook (the scale GDELT
// ships as CAMEO.goldsteinscale). Written by the newsgraph team as a table of facts; codes the
// published scale does not list (1213, 1834) take their parent's value.
//
// Code conventions: 2-digit roots "01".."20", 3-digit codes "010".."204", 4-digit codes "0211"..,
// always strings with their leading zero. A code ending in 0 at the third digit ("010", "190") is the
// root's unspecified form.

export interface CameoCode {
  name: string;
  goldstein: number;
}

export const CAMEO_CODES: Readonly<Record<string, CameoCode>> = {
  '01': { name: 'Make public statement', goldstein: 0.0 },
  '010': { name: 'Make statement', goldstein: 0.0 },
  '011': { name: 'Decline comment', goldstein: -0.1 },
  '012': { name: 'Make pessimistic comment', goldstein: -0.4 },
  '013': { name: 'Make optimistic comment', goldstein: 0.4 },
  '014': { name: 'Consider policy option', goldstein: 0.0 },
  '015': { name: 'Acknowledge or claim responsibility', goldstein: 0.0 },
  '016': { name: 'Deny responsibility', goldstein: -2.0 },
  '017': { name: 'Engage in symbolic act', goldstein: 0.0 },
  '018': { name: 'Make empathetic comment', goldstein: 3.4 },
  '019': { name: 'Express accord', goldstein: 3.4 },

  '02': { name: 'Appeal', goldstein: 3.0 },
  '020': { name: 'Make an appeal or request', goldstein: 3.0 },
  '021': { name: 'Appeal for material cooperation', goldstein: 3.4 },
  '0211': { name: 'Appeal for economic cooperation', goldstein: 3.4 },
  '0212': { name: 'Appeal for military cooperation', goldstein: 3.4 },
  '0213': { name: 'Appeal for judicial cooperation', goldstein: 3.4 },
  '0214': { name: 'Appeal for intelligence', goldstein: 3.4 },
  '022': { name: 'Appeal for diplomatic cooperation', goldstein: 3.2 },
  '023': { name: 'Appeal for aid', goldstein: 3.4 },
  '0231': { name: 'Appeal for economic aid', goldstein: 3.4 },
  '0232': { name: 'Appeal for military aid', goldstein: 3.4 },
  '0233': { name: 'Appeal for humanitarian aid', goldstein: 3.4 },
  '0234': { name: 'Appeal for military protection or peacekeeping', goldstein: 3.4 },
  '024': { name: 'Appeal for political reform', goldstein: -0.3 },
  '0241': { name: 'Appeal for change in leadership', goldstein: -0.3 },
  '0242': { name: 'Appeal for policy change', goldstein: -0.3 },
  '0243': { name: 'Appeal for rights', goldstein: -0.3 },
  '0244': { name: 'Appeal for change in institutions, regime', goldstein: -0.3 },
  '025': { name: 'Appeal to yield', goldstein: -0.3 },
  '0251': { name: 'Appeal for easing of administrative sanctions', goldstein: -0.3 },
  '0252': { name: 'Appeal for easing of political dissent', goldstein: -0.3 },
  '0253': { name: 'Appeal for release of persons or property', goldstein: -0.3 },
  '0254': { name: 'Appeal for easing of economic sanctions, boycott, or embargo', goldstein: -0.3 },
  '0255': { name: 'Appeal for target to allow international involvement', goldstein: -0.3 },
  '0256': { name: 'Appeal for de-escalation of military engagement', goldstein: -0.3 },
  '026': { name: 'Appeal to others to meet or negotiate', goldstein: 4.0 },
  '027': { name: 'Appeal to others to settle dispute', goldstein: 4.0 },
  '028': { name: 'Appeal to others to engage in or accept mediation', goldstein: 4.0 },

  '03': { name: 'Express intent to cooperate', goldstein: 4.0 },
  '030': { name: 'Express intent to cooperate', goldstein: 4.0 },
  '031': { name: 'Express intent to engage in material cooperation', goldstein: 5.2 },
  '0311': { name: 'Express intent to cooperate economically', goldstein: 5.2 },
  '0312': { name: 'Express intent to cooperate militarily', goldstein: 5.2 },
  '0313': { name: 'Express intent to cooperate on judicial matters', goldstein: 5.2 },
  '0314': { name: 'Express intent to cooperate on intelligence', goldstein: 5.2 },
  '032': { name: 'Express intent to engage in diplomatic cooperation', goldstein: 4.5 },
  '033': { name: 'Express intent to provide material aid', goldstein: 5.2 },
  '0331': { name: 'Express intent to provide economic aid', goldstein: 5.2 },
  '0332': { name: 'Express intent to provide military aid', goldstein: 5.2 },
  '0333': { name: 'Express intent to provide humanitarian aid', goldstein: 5.2 },
  '0334': { name: 'Express intent to provide military protection or peacekeeping', goldstein: 6.0 },
  '034': { name: 'Express intent to institute political reform', goldstein: 7.0 },
  '0341': { name: 'Express intent to change leadership', goldstein: 7.0 },
  '0342': { name: 'Express intent to change policy', goldstein: 7.0 },
  '0343': { name: 'Express intent to provide rights', goldstein: 7.0 },
  '0344': { name: 'Express intent to change institutions, regime', goldstein: 7.0 },
  '035': { name: 'Express intent to yield', goldstein: 7.0 },
  '0351': { name: 'Express intent to ease administrative sanctions', goldstein: 7.0 },
  '0352': { name: 'Express intent to ease popular dissent', goldstein: 7.0 },
  '0353': { name: 'Express intent to release persons or property', goldstein: 7.0 },
  '0354': { name: 'Express intent to ease economic sanctions, boycott, or embargo', goldstein: 7.0 },
  '0355': { name: 'Express intent to allow international involvement', goldstein: 7.0 },
  '0356': { name: 'Express intent to de-escalate military engagement', goldstein: 7.0 },
  '036': { name: 'Express intent to meet or negotiate', goldstein: 4.0 },
  '037': { name: 'Express intent to settle dispute', goldstein: 5.0 },
  '038': { name: 'Express intent to accept mediation', goldstein: 7.0 },
  '039': { name: 'Express intent to mediate', goldstein: 5.0 },

  '04': { name: 'Consult', goldstein: 1.0 },
  '040': { name: 'Consult', goldstein: 1.0 },
  '041': { name: 'Discuss by telephone', goldstein: 1.0 },
  '042': { name: 'Make a visit', goldstein: 1.9 },
  '043': { name: 'Host a visit', goldstein: 2.8 },
  '044': { name: 'Meet at a third location', goldstein: 2.5 },
  '045': { name: 'Mediate', goldstein: 5.0 },
  '046': { name: 'Engage in negotiation', goldstein: 7.0 },

  '05': { name: 'Engage in diplomatic cooperation', goldstein: 3.5 },
  '050': { name: 'Engage in diplomatic cooperation', goldstein: 3.5 },
  '051': { name: 'Praise or endorse', goldstein: 3.4 },
  '052': { name: 'Defend verbally', goldstein: 3.5 },
  '053': { name: 'Rally support on behalf of', goldstein: 3.8 },
  '054': { name: 'Grant diplomatic recognition', goldstein: 6.0 },
  '055': { name: 'Apologize', goldstein: 7.0 },
  '056': { name: 'Forgive', goldstein: 7.0 },
  '057': { name: 'Sign formal agreement', goldstein: 8.0 },

  '06': { name: 'Engage in material cooperation', goldstein: 6.0 },
  '060': { name: 'Engage in material cooperation', goldstein: 6.0 },
  '061': { name: 'Cooperate economically', goldstein: 6.4 },
  '062': { name: 'Cooperate militarily', goldstein: 7.4 },
  '063': { name: 'Engage in judicial cooperation', goldstein: 7.4 },
  '064': { name: 'Share intelligence or information', goldstein: 7.0 },

  '07': { name: 'Provide aid', goldstein: 7.0 },
  '070': { name: 'Provide aid', goldstein: 7.0 },
  '071': { name: 'Provide economic aid', goldstein: 7.4 },
  '072': { name: 'Provide military aid', goldstein: 8.3 },
  '073': { name: 'Provide humanitarian aid', goldstein: 7.4 },
  '074': { name: 'Provide military protection or peacekeeping', goldstein: 8.5 },
  '075': { name: 'Grant asylum', goldstein: 7.0 },

  '08': { name: 'Yield', goldstein: 5.0 },
  '080': { name: 'Yield', goldstein: 5.0 },
  '081': { name: 'Ease administrative sanctions', goldstein: 5.0 },
  '0811': { name: 'Ease restrictions on political freedoms', goldstein: 5.0 },
  '0812': { name: 'Ease ban on political parties or politicians', goldstein: 5.0 },
  '0813': { name: 'Ease curfew', goldstein: 5.0 },
  '0814': { name: 'Ease state of emergency or martial law', goldstein: 5.0 },
  '082': { name: 'Ease political dissent', goldstein: 5.0 },
  '083': { name: 'Accede to requests or demands for political reform', goldstein: 5.0 },
  '0831': { name: 'Accede to demands for change in leadership', goldstein: 5.0 },
  '0832': { name: 'Accede to demands for change in policy', goldstein: 5.0 },
  '0833': { name: 'Accede to demands for rights', goldstein: 5.0 },
  '0834': { name: 'Accede to demands for change in institutions, regime', goldstein: 5.0 },
  '084': { name: 'Return, release', goldstein: 7.0 },
  '0841': { name: 'Return, release person(s)', goldstein: 7.0 },
  '0842': { name: 'Return, release property', goldstein: 7.0 },
  '085': { name: 'Ease economic sanctions, boycott, embargo', goldstein: 7.0 },
  '086': { name: 'Allow international involvement', goldstein: 9.0 },
  '0861': { name: 'Receive deployment of peacekeepers', goldstein: 9.0 },
  '0862': { name: 'Receive inspectors', goldstein: 9.0 },
  '0863': { name: 'Allow humanitarian access', goldstein: 9.0 },
  '087': { name: 'De-escalate military engagement', goldstein: 9.0 },
  '0871': { name: 'Declare truce, ceasefire', goldstein: 9.0 },
  '0872': { name: 'Ease military blockade', goldstein: 9.0 },
  '0873': { name: 'Demobilize armed forces', goldstein: 9.0 },
  '0874': { name: 'Retreat or surrender militarily', goldstein: 10.0 },

  '09': { name: 'Investigate', goldstein: -2.0 },
  '090': { name: 'Investigate', goldstein: -2.0 },
  '091': { name: 'Investigate crime, corruption', goldstein: -2.0 },
  '092': { name: 'Investigate human rights abuses', goldstein: -2.0 },
  '093': { name: 'Investigate military action', goldstein: -2.0 },
  '094': { name: 'Investigate war crimes', goldstein: -2.0 },

  '10': { name: 'Demand', goldstein: -5.0 },
  '100': { name: 'Demand', goldstein: -5.0 },
  '101': { name: 'Demand material cooperation', goldstein: -5.0 },
  '1011': { name: 'Demand economic cooperation', goldstein: -5.0 },
  '1012': { name: 'Demand military cooperation', goldstein: -5.0 },
  '1013': { name: 'Demand judicial cooperation', goldstein: -5.0 },
  '1014': { name: 'Demand intelligence cooperation', goldstein: -5.0 },
  '102': { name: 'Demand diplomatic cooperation', goldstein: -5.0 },
  '103': { name: 'Demand material aid', goldstein: -5.0 },
  '1031': { name: 'Demand economic aid', goldstein: -5.0 },
  '1032': { name: 'Demand military aid', goldstein: -5.0 },
  '1033': { name: 'Demand humanitarian aid', goldstein: -5.0 },
  '1034': { name: 'Demand military protection or peacekeeping', goldstein: -5.0 },
  '104': { name: 'Demand political reform', goldstein: -5.0 },
  '1041': { name: 'Demand change in leadership', goldstein: -5.0 },
  '1042': { name: 'Demand policy change', goldstein: -5.0 },
  '1043': { name: 'Demand rights', goldstein: -5.0 },
  '1044': { name: 'Demand change in institutions, regime', goldstein: -5.0 },
  '105': { name: 'Demand that target yields', goldstein: -5.0 },
  '1051': { name: 'Demand easing of administrative sanctions', goldstein: -5.0 },
  '1052': { name: 'Demand easing of political dissent', goldstein: -5.0 },
  '1053': { name: 'Demand release of persons or property', goldstein: -5.0 },
  '1054': { name: 'Demand easing of economic sanctions, boycott, or embargo', goldstein: -5.0 },
  '1055': { name: 'Demand that target allows international involvement', goldstein: -5.0 },
  '1056': { name: 'Demand de-escalation of military engagement', goldstein: -5.0 },
  '106': { name: 'Demand meeting, negotiation', goldstein: -5.0 },
  '107': { name: 'Demand settling of dispute', goldstein: -5.0 },
  '108': { name: 'Demand mediation', goldstein: -5.0 },

  '11': { name: 'Disapprove', goldstein: -2.0 },
  '110': { name: 'Disapprove', goldstein: -2.0 },
  '111': { name: 'Criticize or denounce', goldstein: -2.0 },
  '112': { name: 'Accuse', goldstein: -2.0 },
  '1121': { name: 'Accuse of crime, corruption', goldstein: -2.0 },
  '1122': { name: 'Accuse of human rights abuses', goldstein: -2.0 },
  '1123': { name: 'Accuse of aggression', goldstein: -2.0 },
  '1124': { name: 'Accuse of war crimes', goldstein: -2.0 },
  '1125': { name: 'Accuse of espionage, treason', goldstein: -2.0 },
  '113': { name: 'Rally opposition against', goldstein: -2.0 },
  '114': { name: 'Complain officially', goldstein: -2.0 },
  '115': { name: 'Bring lawsuit against', goldstein: -2.0 },
  '116': { name: 'Find guilty or liable (legally)', goldstein: -2.0 },

  '12': { name: 'Reject', goldstein: -4.0 },
  '120': { name: 'Reject', goldstein: -4.0 },
  '121': { name: 'Reject material cooperation', goldstein: -4.0 },
  '1211': { name: 'Reject economic cooperation', goldstein: -4.0 },
  '1212': { name: 'Reject military cooperation', goldstein: -4.0 },
  '1213': { name: 'Reject judicial cooperation', goldstein: -4.0 },
  '122': { name: 'Reject request or demand for material aid', goldstein: -4.0 },
  '1221': { name: 'Reject request for economic aid', goldstein: -4.0 },
  '1222': { name: 'Reject request for military aid', goldstein: -4.0 },
  '1223': { name: 'Reject request for humanitarian aid', goldstein: -4.0 },
  '1224': { name: 'Reject request for military protection or peacekeeping', goldstein: -4.0 },
  '123': { name: 'Reject request or demand for political reform', goldstein: -4.0 },
  '1231': { name: 'Reject request for change in leadership', goldstein: -4.0 },
  '1232': { name: 'Reject request for policy change', goldstein: -4.0 },
  '1233': { name: 'Reject request for rights', goldstein: -4.0 },
  '1234': { name: 'Reject request for change in institutions, regime', goldstein: -4.0 },
  '124': { name: 'Refuse to yield', goldstein: -4.0 },
  '1241': { name: 'Refuse to ease administrative sanctions', goldstein: -4.0 },
  '1242': { name: 'Refuse to ease popular dissent', goldstein: -4.0 },
  '1243': { name: 'Refuse to release persons or property', goldstein: -4.0 },
  '1244': { name: 'Refuse to ease economic sanctions, boycott, or embargo', goldstein: -4.0 },
  '1245': { name: 'Refuse to allow international involvement', goldstein: -4.0 },
  '1246': { name: 'Refuse to de-escalate military engagement', goldstein: -4.0 },
  '125': { name: 'Reject proposal to meet, discuss, or negotiate', goldstein: -5.0 },
  '126': { name: 'Reject mediation', goldstein: -5.0 },
  '127': { name: 'Reject plan, agreement to settle dispute', goldstein: -5.0 },
  '128': { name: 'Defy norms, law', goldstein: -5.0 },
  '129': { name: 'Veto', goldstein: -5.0 },

  '13': { name: 'Threaten', goldstein: -6.0 },
  '130': { name: 'Threaten', goldstein: -4.4 },
  '131': { name: 'Threaten non-force', goldstein: -5.8 },
  '1311': { name: 'Threaten to reduce or stop aid', goldstein: -5.8 },
  '1312': { name: 'Threaten with sanctions, boycott, embargo', goldstein: -5.8 },
  '1313': { name: 'Threaten to reduce or break relations', goldstein: -5.8 },
  '132': { name: 'Threaten with administrative sanctions', goldstein: -5.8 },
  '1321': { name: 'Threaten with restrictions on political freedoms', goldstein: -5.8 },
  '1322': { name: 'Threaten to ban political parties or politicians', goldstein: -5.8 },
  '1323': { name: 'Threaten to impose curfew', goldstein: -5.8 },
  '1324': { name: 'Threaten to impose state of emergency or martial law', goldstein: -5.8 },
  '133': { name: 'Threaten with political dissent, protest', goldstein: -5.8 },
  '134': { name: 'Threaten to halt negotiations', goldstein: -5.8 },
  '135': { name: 'Threaten to halt mediation', goldstein: -5.8 },
  '136': { name: 'Threaten to halt international involvement', goldstein: -7.0 },
  '137': { name: 'Threaten with repression', goldstein: -7.0 },
  '138': { name: 'Threaten with military force', goldstein: -7.0 },
  '1381': { name: 'Threaten blockade', goldstein: -7.0 },
  '1382': { name: 'Threaten occupation', goldstein: -7.0 },
  '1383': { name: 'Threaten unconventional violence', goldstein: -7.0 },
  '1384': { name: 'Threaten conventional attack', goldstein: -7.0 },
  '1385': { name: 'Threaten attack with WMD', goldstein: -7.0 },
  '139': { name: 'Give ultimatum', goldstein: -7.0 },

  '14': { name: 'Protest', goldstein: -6.5 },
  '140': { name: 'Engage in political dissent', goldstein: -6.5 },
  '141': { name: 'Demonstrate or rally', goldstein: -6.5 },
  '1411': { name: 'Demonstrate for leadership change', goldstein: -6.5 },
  '1412': { name: 'Demonstrate for policy change', goldstein: -6.5 },
  '1413': { name: 'Demonstrate for rights', goldstein: -6.5 },
  '1414': { name: 'Demonstrate for change in institutions, regime', goldstein: -6.5 },
  '142': { name: 'Conduct hunger strike', goldstein: -6.5 },
  '1421': { name: 'Conduct hunger strike for leadership change', goldstein: -6.5 },
  '1422': { name: 'Conduct hunger strike for policy change', goldstein: -6.5 },
  '1423': { name: 'Conduct hunger strike for rights', goldstein: -6.5 },
  '1424': { name: 'Conduct hunger strike for change in institutions, regime', goldstein: -6.5 },
  '143': { name: 'Conduct strike or boycott', goldstein: -6.5 },
  '1431': { name: 'Conduct strike or boycott for leadership change', goldstein: -6.5 },
  '1432': { name: 'Conduct strike or boycott for policy change', goldstein: -6.5 },
  '1433': { name: 'Conduct strike or boycott for rights', goldstein: -6.5 },
  '1434': { name: 'Conduct strike or boycott for change in institutions, regime', goldstein: -6.5 },
  '144': { name: 'Obstruct passage, block', goldstein: -7.5 },
  '1441': { name: 'Obstruct passage to demand leadership change', goldstein: -7.5 },
  '1442': { name: 'Obstruct passage to demand policy change', goldstein: -7.5 },
  '1443': { name: 'Obstruct passage to demand rights', goldstein: -7.5 },
  '1444': { name: 'Obstruct passage to demand change in institutions, regime', goldstein: -7.5 },
  '145': { name: 'Protest violently, riot', goldstein: -7.5 },
  '1451': { name: 'Engage in violent protest for leadership change', goldstein: -7.5 },
  '1452': { name: 'Engage in violent protest for policy change', goldstein: -7.5 },
  '1453': { name: 'Engage in violent protest for rights', goldstein: -7.5 },
  '1454': { name: 'Engage in violent protest for change in institutions, regime', goldstein: -7.5 },

  '15': { name: 'Exhibit force posture', goldstein: -7.2 },
  '150': { name: 'Demonstrate military or police power', goldstein: -7.2 },
  '151': { name: 'Increase police alert status', goldstein: -7.2 },
  '152': { name: 'Increase military alert status', goldstein: -7.2 },
  '153': { name: 'Mobilize or increase police power', goldstein: -7.2 },
  '154': { name: 'Mobilize or increase armed forces', goldstein: -7.2 },

  '16': { name: 'Reduce relations', goldstein: -4.0 },
  '160': { name: 'Reduce relations', goldstein: -4.0 },
  '161': { name: 'Reduce or break diplomatic relations', goldstein: -4.0 },
  '162': { name: 'Reduce or stop material aid', goldstein: -5.6 },
  '1621': { name: 'Reduce or stop economic assistance', goldstein: -5.6 },
  '1622': { name: 'Reduce or stop military assistance', goldstein: -5.6 },
  '1623': { name: 'Reduce or stop humanitarian assistance', goldstein: -5.6 },
  '163': { name: 'Impose embargo, boycott, or sanctions', goldstein: -8.0 },
  '164': { name: 'Halt negotiations', goldstein: -7.0 },
  '165': { name: 'Halt mediation', goldstein: -6.5 },
  '166': { name: 'Expel or withdraw', goldstein: -7.0 },
  '1661': { name: 'Expel or withdraw peacekeepers', goldstein: -7.0 },
  '1662': { name: 'Expel or withdraw inspectors, observers', goldstein: -7.0 },
  '1663': { name: 'Expel or withdraw aid agencies', goldstein: -7.0 },

  '17': { name: 'Coerce', goldstein: -7.0 },
  '170': { name: 'Coerce', goldstein: -7.0 },
  '171': { name: 'Seize or damage property', goldstein: -9.2 },
  '1711': { name: 'Confiscate property', goldstein: -9.2 },
  '1712': { name: 'Destroy property', goldstein: -9.2 },
  '172': { name: 'Impose administrative sanctions', goldstein: -5.0 },
  '1721': { name: 'Impose restrictions on political freedoms', goldstein: -5.0 },
  '1722': { name: 'Ban political parties or politicians', goldstein: -5.0 },
  '1723': { name: 'Impose curfew', goldstein: -5.0 },
  '1724': { name: 'Impose state of emergency or martial law', goldstein: -5.0 },
  '173': { name: 'Arrest, detain, or charge with legal action', goldstein: -5.0 },
  '174': { name: 'Expel or deport individuals', goldstein: -5.0 },
  '175': { name: 'Use tactics of violent repression', goldstein: -9.0 },

  '18': { name: 'Assault', goldstein: -9.0 },
  '180': { name: 'Use unconventional violence', goldstein: -9.0 },
  '181': { name: 'Abduct, hijack, or take hostage', goldstein: -9.0 },
  '182': { name: 'Physically assault', goldstein: -9.5 },
  '1821': { name: 'Sexually assault', goldstein: -9.0 },
  '1822': { name: 'Torture', goldstein: -9.0 },
  '1823': { name: 'Kill by physical assault', goldstein: -10.0 },
  '183': { name: 'Conduct suicide, car, or other non-military bombing', goldstein: -10.0 },
  '1831': { name: 'Carry out suicide bombing', goldstein: -10.0 },
  '1832': { name: 'Carry out vehicular bombing', goldstein: -10.0 },
  '1833': { name: 'Carry out roadside bombing', goldstein: -10.0 },
  '1834': { name: 'Carry out location bombing', goldstein: -10.0 },
  '184': { name: 'Use as human shield', goldstein: -8.0 },
  '185': { name: 'Attempt to assassinate', goldstein: -8.0 },
  '186': { name: 'Assassinate', goldstein: -10.0 },

  '19': { name: 'Fight', goldstein: -10.0 },
  '190': { name: 'Use conventional military force', goldstein: -10.0 },
  '191': { name: 'Impose blockade, restrict movement', goldstein: -9.5 },
  '192': { name: 'Occupy territory', goldstein: -9.5 },
  '193': { name: 'Fight with small arms and light weapons', goldstein: -10.0 },
  '194': { name: 'Fight with artillery and tanks', goldstein: -10.0 },
  '195': { name: 'Employ aerial weapons', goldstein: -10.0 },
  '196': { name: 'Violate ceasefire', goldstein: -9.5 },

  '20': { name: 'Use unconventional mass violence', goldstein: -10.0 },
  '200': { name: 'Use unconventional mass violence', goldstein: -10.0 },
  '201': { name: 'Engage in mass expulsion', goldstein: -9.5 },
  '202': { name: 'Engage in mass killings', goldstein: -10.0 },
  '203': { name: 'Engage in ethnic cleansing', goldstein: -10.0 },
  '204': { name: 'Use weapons of mass destruction', goldstein: -10.0 },
  '2041': { name: 'Use chemical, biological, or radiological weapons', goldstein: -10.0 },
  '2042': { name: 'Detonate nuclear weapons', goldstein: -10.0 },
};

/** The 2-digit root of a code ("0314" -> "03", "195" -> "19"). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** The 3-digit base code ("0314" -> "031", "19" -> "190"). */
export function cameoBase(code: string): string {
  return code.length >= 3 ? code.slice(0, 3) : `${code}0`;
}

/** The code itself when the table has it, else its nearest listed ancestor. */
export function cameoKnown(code: string): string {
  let c = code;
  while (c.length > 2 && !CAMEO_CODES[c]) c = c.slice(0, -1);
  if (c.length === 2 && CAMEO_CODES[`${c}0`]) return `${c}0`;
  return c;
}

/**
 * GDELT's quad class: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09), 3 verbal
 * conflict (10-14), 4 material conflict (15-20).
 */
export function quadClass(code: string): 1 | 2 | 3 | 4 {
  const r = Number(cameoRoot(code));
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

/**
 * The Phoenix/OEDA "PentaClass" of a code: 0 statement or appeal (01-02), 1 verbal cooperation
 * (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13, 16), 4 material conflict
 * (14, 15, 17-20).
 */
export function pentaClass(code: string): 0 | 1 | 2 | 3 | 4 {
  const r = Number(cameoRoot(code));
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r === 16) return 3;
  return 4;
}

export function goldstein(code: string): number {
  return CAMEO_CODES[cameoKnown(code)]?.goldstein ?? 0;
}

export function cameoName(code: string): string {
  return CAMEO_CODES[cameoKnown(code)]?.name ?? '';
}
