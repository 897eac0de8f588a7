import type { TokenTypes } from '../../../doc/doc.ts';
import type { Sentence, Span, Token } from '../../../doc/types.ts';

export interface CandidateEntity {
  id: string;
  /** character spans of this entity's mentions in the text (names, or descriptions) */
  mentions: Span[];
  gender?: 'male' | 'female' | 'unknown';
  number?: 'singular' | 'plural';
}

export interface PronounContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** the document's vocabulary, when the caller has it (Doc.tokenTypes()); tokens are sliced from `text` otherwise */
  types?: TokenTypes;
  /** a topic hint, e.g. the Wikipedia page title or a news headline's subject */
  topic?: string;
}

export interface Resolution {
  /** the chosen candidate, or null when no candidate is good enough */
  id: string | null;
  score: number;
  /** every candidate that was not ruled out, best first */
  ranking: { id: string; score: number }[];
}
