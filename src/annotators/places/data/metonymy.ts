// Verbs that, right after a country or capital name, make it stand for its government or people
// ("Moscow said", "Washington has warned", "Russia denied"): the place is kept but marked
// metonymic. Written by the newsgraph team.

export const METONYMY_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'warned', 'warns', 'warning', 'announced', 'announces', 'accused', 'accuses',
  'accusing', 'denied', 'denies', 'denying', 'rejected', 'rejects', 'insisted', 'insists', 'urged', 'urges', 'called', 'calls',
  'demanded', 'demands', 'wants', 'wanted', 'hopes', 'hoped', 'agreed', 'agrees', 'refused', 'refuses', 'threatened', 'threatens',
  'responded', 'responds', 'condemned', 'condemns', 'criticized', 'criticised', 'criticizes', 'criticises', 'welcomed', 'welcomes',
  'claimed', 'claims', 'believes', 'believed', 'argued', 'argues', 'stated', 'confirmed', 'confirms', 'vowed', 'vows', 'pledged',
  'pledges', 'offered', 'offers', 'decided', 'decides', 'signed', 'signs', 'recognized', 'recognised', 'recognizes', 'imposed',
  'imposes', 'sanctioned', 'expelled', 'expels', 'summoned', 'summons', 'protested', 'protests', 'approved', 'approves', 'backed',
  'backs', 'supports', 'supported', 'opposes', 'opposed', 'blamed', 'blames', 'asked', 'asks', 'invited', 'invites', 'ordered',
  'orders', 'retaliated', 'retaliates', 'vetoed', 'vetoes', 'negotiated', 'negotiates', 'ratified', 'withdrew', 'insisting',
  'announcing', 'responding', 'hit', 'struck', 'launched', 'launches', 'sent', 'sends', 'deployed', 'deploys',
]);

/** Auxiliaries and adverbs that may stand between the name and the verb ("Moscow has already said"). */
export const METONYMY_GAP: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'also', 'already', 'repeatedly',
  'previously', 'again', 'now', 'then', 'reportedly', 'officially', 'publicly', 'strongly', 'not', 'never', 'quickly', 'later',
  'recently', 'itself', 'on', 'earlier', 'immediately', 'formally',
]);
