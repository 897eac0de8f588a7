// The document model: one immutable text plus stand-off layers.
// Every span is [start, end) in UTF-16 code units of `Doc.text`, so text.slice(start, end) is the evidence.

export const DOC_SCHEMA_VERSION = 'newsgraph.doc/1';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind =
  | 'word' // letters, with inner apostrophes/hyphens/periods of abbreviations
  | 'number' // digits with inner separators: 3.5, 1,000, 2015-10-01
  | 'punct' // . , ; : ! ? ( ) and dashes
  | 'quote' // any quotation mark: " ' “ ” ‘ ’ « » ‹ ›
  | 'symbol' // $ % & @ # and other symbols
  | 'url' // http(s)://… and www.…
  | 'email'
  | 'emoji';

export interface Token extends Span {
  kind: TokenKind;
}

export interface Sentence extends Span {
  id: string;
  /** index of the first token of this sentence in the tokens layer */
  tokenStart: number;
  /** index one past the last token */
  tokenEnd: number;
  /** id of the paragraph this sentence lies in */
  paragraph: string;
  /** 'headline' and 'dateline' mark the article furniture; 'body' everything else */
  role: 'headline' | 'dateline' | 'body';
}

export interface Paragraph extends Span {
  id: string;
  role: 'headline' | 'body';
}

/** Slots later capabilities fill (entities, quotes, events, time, places). Each item has an id. */
export interface LayerItem extends Span {
  id: string;
  [key: string]: unknown;
}

/** Entity types: OntoNotes-style names for news (CoNLL's PER/ORG/LOC/MISC map onto them). */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

/** How an entity is mentioned: by name ("Sergei Lavrov"), description ("the minister") or pronoun ("he"). */
export type MentionForm = 'name' | 'nominal' | 'pronoun';

export interface Mention extends Span {
  id: string;
  type: EntityType;
  form: MentionForm;
  /** the head word(s): the name itself, the noun of a description, the pronoun */
  head: Span;
  /** sub-kind where it matters for news: igo, armed_group, party, gov_body, media, company, country, city... */
  kind?: string;
  /** knowledge-base entry behind the name, when known */
  kb?: string;
  /** ISO 3166 alpha-3 country the mention names or belongs to (Iraq, Iraqi, Baghdad -> IRQ) */
  country?: string;
  /** CAMEO role code a description or title carries (minister -> GOV, troops -> MIL) */
  role?: string;
  number?: 'singular' | 'plural';
  gender?: 'male' | 'female' | 'neuter';
  /** the CoNLL type the statistical tagger gave, kept for evaluation */
  conll?: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** A role or affiliation the text states for an entity ("Iraqi Prime Minister", "a leader of the Badr Organization"). */
export interface EntityRole {
  title?: string;
  /** cluster id of the organisation, when it is an entity of the document */
  org?: string;
  /** ISO alpha-3 country */
  country?: string;
  /** id of the mention that states it */
  evidence: string;
}

export interface Cluster {
  id: string;
  /** canonical name: the longest proper name, else the first description */
  name: string;
  type: EntityType;
  kind?: string;
  /** mention ids, in text order */
  mentions: string[];
  kb?: string;
  country?: string;
  /** CAMEO actor code, e.g. IRQGOV, RUSMIL, USA, IGOUNO */
  actor?: string;
  roles: EntityRole[];
}

export interface Layers {
  tokens?: Token[];
  sentences?: Sentence[];
  paragraphs?: Paragraph[];
  mentions?: Mention[];
  clusters?: Cluster[];
  quotes?: LayerItem[];
  times?: LayerItem[];
  places?: LayerItem[];
  events?: LayerItem[];
}

export type LayerName = keyof Layers;
export const LAYER_NAMES: readonly LayerName[] = [
  'tokens',
  'sentences',
  'paragraphs',
  'mentions',
  'clusters',
  'quotes',
  'times',
  'places',
  'events',
];

export interface Dateline extends Span {
  /** the place words, e.g. "ERBIL, Kurdistan Region" */
  place: Span & { text: string };
  /** news agency in parentheses, e.g. "Reuters" */
  agency?: string;
  /** a date written in the dateline ("March 3"), as text and, when resolvable, ISO */
  dateText?: string;
  date?: string;
}

export interface DocMeta {
  /** where the document came from: a path, "stdin", or "FILE:LINE" for JSONL */
  source?: string;
  format?: 'text' | 'html' | 'json';
  title?: string;
  headline?: Span;
  dateline?: Dateline;
  /** publication date, YYYY-MM-DD (given, or found in the HTML/URL) */
  date?: string;
  /** how the date was found: "given", "meta:article:published_time", "json-ld", "url", ... */
  dateSource?: string;
  url?: string;
  canonicalUrl?: string;
  byline?: string;
  siteName?: string;
  language?: string;
  encoding?: string;
  /** any extra field given in JSONL input, kept as-is */
  extra?: Record<string, unknown>;
}

export interface Provenance {
  annotator: string;
  version: string;
}

export interface DocJSON {
  schema: typeof DOC_SCHEMA_VERSION;
  id: string;
  text: string;
  meta: DocMeta;
  layers: Layers;
  /** layer name -> annotator that produced it */
  provenance: Partial<Record<LayerName, Provenance>>;
}
