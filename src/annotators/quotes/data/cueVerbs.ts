// Verbs and phrases that introduce what someone said, thinks or found, by lemma, written by the team.
// Regular forms (-s, -ed, -ing) are generated; irregular ones are listed. Used for cue lemmas and by
// coreference's first attribution of quotation-mark regions (cues.ts).

/** Speech verbs: their subject is a speaker. */
export const SPEECH_VERBS = [
  'say', 'tell', 'add', 'claim', 'insist', 'state', 'declare', 'explain', 'note', 'warn', 'argue', 'ask', 'write',
  'announce', 'reply', 'respond', 'continue', 'recall', 'stress', 'acknowledge', 'admit', 'deny', 'confirm',
  'suggest', 'tweet', 'urge', 'shout', 'complain', 'accuse', 'assert', 'contend', 'maintain', 'mention', 'remark',
  'report', 'reveal', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'boast', 'concede', 'conclude', 'observe',
  'point', 'emphasize', 'emphasise', 'underline', 'reiterate', 'repeat', 'allege', 'charge', 'counter', 'retort',
  'quip', 'joke', 'lament', 'scoff', 'muse', 'wonder', 'testify', 'estimate', 'indicate', 'describe', 'call',
  'criticize', 'criticise', 'praise', 'blame', 'question', 'demand', 'propose', 'recommend', 'advise', 'assure',
  'inform', 'remind', 'caution', 'predict', 'forecast', 'post', 'blast', 'slam', 'dismiss', 'reject', 'defend',
  'decline', 'refuse', 'agree', 'disagree', 'thank', 'welcome', 'condemn', 'denounce', 'describe', 'mock',
  'speak', 'talk', 'cite', 'quote', 'read', 'answer', 'interrupt', 'exclaim', 'whisper', 'cry', 'yell', 'chant',
  'order', 'instruct', 'acknowledge', 'highlight', 'signal', 'hint', 'imply', 'clarify', 'elaborate',
] as const;

/** Cognition and evidence verbs PolNeAR counts as attribution ("they think", "the poll shows"). */
export const BELIEF_VERBS = [
  'think', 'believe', 'feel', 'know', 'want', 'hope', 'fear', 'expect', 'worry', 'doubt', 'suspect', 'assume',
  'consider', 'see', 'view', 'find', 'show', 'seem', 'appear', 'support', 'oppose', 'favor', 'favour', 'prefer',
  'plan', 'intend', 'wish', 'realize', 'realise', 'understand', 'recognize', 'recognise', 'learn', 'discover',
  'determine', 'decide', 'guess', 'imagine', 'figure', 'reckon', 'suppose', 'trust',
] as const;

/** Irregular forms -> lemma. */
export const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', felt: 'feel',
  knew: 'know', known: 'know', saw: 'see', seen: 'see', found: 'find', shown: 'show', spoke: 'speak', spoken: 'speak',
  read: 'read', understood: 'understand', forecast: 'forecast', sought: 'seek', held: 'hold', gave: 'give', given: 'give',
  made: 'make', taken: 'take', took: 'take', brought: 'bring', meant: 'mean', taught: 'teach', cried: 'cry', replied: 'reply',
  denied: 'deny', implied: 'imply', testified: 'testify', clarified: 'clarify', worried: 'worry', quipped: 'quip',
  admitted: 'admit', admitting: 'admit', admits: 'admit', regretted: 'regret', committed: 'commit', planned: 'plan',
  planning: 'plan', referred: 'refer', referring: 'refer', preferred: 'prefer', preferring: 'prefer', favored: 'favor',
};

/** Multi-word cues with a lemma of their own. */
export const PHRASE_CUES: Record<string, string> = {
  'according to': 'according to',
  'in the words of': 'according to',
  'as reported by': 'report',
  'quoted as saying': 'say',
  'went on to say': 'say',
  'pointed out': 'point out',
  'points out': 'point out',
  'called for': 'call for',
  'calls for': 'call for',
  'called on': 'call on',
  'calls on': 'call on',
};

/** Words a cue span may hold around its verb (auxiliaries, negation, adverbs): not the lemma. */
export const CUE_FILLERS = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'ve", "'d", "'ll",
  'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'do', 'does', 'did', 'not', "n't",
  'never', 'also', 'later', 'previously', 'repeatedly', 'just', 'then', 'again', 'already', 'once', 'still', 'even',
  'only', 'reportedly', 'publicly', 'privately', 'recently', 'often', 'frequently', 'long', 'always', 'further',
  'first', 'initially', 'quickly', 'flatly', 'firmly', 'strongly', 'openly', 'widely', 'generally', 'to', 'he', 'she',
  'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', ',', ':',
]);

/**
 * Lemmas of statements: what the "speech" scope keeps of reported (indirect) speech. Beliefs, findings
 * and evaluations with a noun-phrase object ("praised the plan", "wants a wall", "the poll shows") are
 * attributions in PolNeAR's sense but not quotes.
 */
export const STATEMENT_LEMMAS = new Set<string>([
  'say', 'tell', 'add', 'claim', 'insist', 'state', 'declare', 'explain', 'note', 'warn', 'argue', 'ask', 'write',
  'announce', 'reply', 'respond', 'continue', 'recall', 'stress', 'acknowledge', 'admit', 'deny', 'confirm',
  'suggest', 'tweet', 'assert', 'contend', 'maintain', 'mention', 'remark', 'report', 'reveal', 'predict',
  'promise', 'pledge', 'vow', 'threaten', 'boast', 'concede', 'conclude', 'observe', 'point out', 'emphasize',
  'emphasise', 'underline', 'reiterate', 'repeat', 'allege', 'charge', 'counter', 'retort', 'quip', 'joke',
  'lament', 'testify', 'estimate', 'indicate', 'according to', 'signal', 'hint', 'imply', 'clarify', 'complain',
  'urge', 'inform', 'assure', 'remind', 'caution', 'forecast', 'post', 'answer', 'exclaim', 'whisper', 'shout',
  'elaborate', 'speak', 'talk', 'agree', 'disagree', 'announce', 'propose', 'recommend', 'advise', 'demand',
  'write', 'wonder', 'muse', 'scoff', 'yell', 'cry', ':',
]);

/** Nouns for people that head a headline speaker ("Port chief: …") beyond the knowledge base's role words. */
export const HEADLINE_PERSON_NOUNS = new Set([
  'chief', 'boss', 'head', 'expert', 'experts', 'analyst', 'analysts', 'economist', 'economists', 'official',
  'officials', 'source', 'sources', 'witness', 'witnesses', 'resident', 'residents', 'doctor', 'doctors', 'lawyer',
  'lawyers', 'survivor', 'survivors', 'activist', 'activists', 'campaigner', 'campaigners', 'scientist',
  'scientists', 'researcher', 'researchers', 'investor', 'investors', 'farmer', 'farmers', 'teacher', 'teachers',
  'mother', 'father', 'victim', 'victims', 'fans', 'voters', 'critics', 'insiders', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'candidate', 'nominee', 'ceo', 'founder', 'owner', 'coach', 'manager',
]);
