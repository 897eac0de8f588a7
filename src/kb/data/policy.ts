// Name-matching policy lists (data, kept out of the matcher's logic). Written by the newsgraph team.

/**
 * Lower-case English words that are also acronyms or short names in the KB ("US", "IS", "WHO",
 * "AM"). An alias whose lower-case form is one of these only ever matches in capitals, and never
 * in Title case ("Who", "Us").
 */
export const COMMON_WORDS = new Set<string>([
  'a', 'am', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'do', 'for', 'go', 'he', 'hi', 'if', 'in', 'is', 'it',
  'me', 'my', 'no', 'not', 'of', 'oh', 'ok', 'on', 'or', 'our', 'so', 'the', 'to', 'up', 'us', 'was', 'we', 'who',
  'all', 'any', 'new', 'now', 'one', 'out', 'see', 'she', 'too', 'two', 'way', 'win', 'won', 'yes', 'yet', 'aid',
  'car', 'ice', 'era', 'fed', 'fat', 'sad', 'spa', 'aim', 'arm', 'art', 'ban', 'bis', 'cat', 'dam', 'doe', 'eta',
  'nam', 'pet', 'pit', 'rat', 'ria', 'sun', 'tab', 'tan', 'tar', 'wam', 'dawn', 'rada',
]);

/**
 * One-word names that are ordinary capitalised words at the start of a sentence ("Amnesty for
 * rebels...", "Dawn raids..."): findNames() does not match them at token 0.
 */
export const SENTENCE_START_UNSAFE = new Set<string>([
  'amnesty', 'apple', 'meta', 'shell', 'dawn', 'guardian', 'diet', 'fed', 'union', 'commonwealth', 'reform', 'sputnik',
  'total', 'independent', 'times', 'nation', 'express', 'mirror', 'star', 'sun',
]);

/**
 * In a sequence that is mostly in capitals (a shouted headline), one-word acronyms are unreliable
 * ("WHO IS TO BLAME"); only these still match there.
 */
export const SHOUTING_SAFE = new Set<string>([
  'US', 'USA', 'UK', 'UN', 'EU', 'NATO', 'UAE', 'DRC', 'ISIS', 'ISIL', 'IAEA', 'IMF', 'OPEC', 'UNICEF', 'UNHCR', 'FBI',
  'CIA', 'IDF', 'IRGC', 'PKK', 'SDF', 'YPG', 'RSF', 'ICC', 'ICJ', 'AFP', 'BBC', 'CNN', 'G7', 'G20', 'ASEAN', 'ECOWAS',
]);

/** Share of capitalised-only word tokens above which a token sequence counts as shouted. */
export const SHOUTING_RATIO = 0.6;

/**
 * One-word names that are often the tail or head of a longer name the KB does not know ("Nigeria
 * Labour Congress", "Trade Union Congress"): findNames() skips them next to an unmatched
 * capitalised word.
 */
export const PART_OF_LONGER_NAME = new Set<string>([
  'congress', 'labour', 'labor', 'democrats', 'republicans', 'conservatives', 'tories', 'liberals', 'union',
  'commonwealth', 'guardian', 'reform', 'diet', 'amnesty', 'fed', 'times', 'independent', 'nation', 'express',
  'mirror', 'star', 'sun', 'dawn', 'senate', 'house', 'islamic', 'christian', 'catholic', 'orthodox', 'protestant',
]);

/** Capitalised words that do not start a name of their own (sentence-initial function words). */
export const NOT_NAME_WORDS = new Set<string>([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'as', 'after',
  'before', 'while', 'when', 'if', 'in', 'into', 'near', 'outside', 'inside', 'across', 'both', 'neither', 'nor',
  'said', 'says', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'prime', 'general', 'gen', 'king', 'queen',
  'prince', 'sheikh', 'pope', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'chief', 'secretary', 'lt', 'col',
  'capt', 'maj', 'sgt', 'adm', 'judge', 'justice', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
]);
