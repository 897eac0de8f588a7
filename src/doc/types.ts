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

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How fine a time value is. */
export type TimeGranularity =
  | 'time'
  | 'part'
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'ref'
  | 'duration'
  | 'set';

/** A time expression ("on Monday", "Oct. 1, 2015", "two days ago", "every Monday") with its TIMEX3 value. */
export interface TimeExpr extends Span {
  id: string;
  type: TimexType;
  /**
   * TIMEX3 value (ISO 8601 based): 2015-10-01, 2015-10, 2015-W40, 2015-Q1, 2015-SU, 199 (the 1990s),
   * 2015-10-01T14:30, 2015-10-01TMO, PRESENT_REF / PAST_REF / FUTURE_REF, P3Y, PT2H, PXD, XXXX-WXX-1;
   * null when it cannot be resolved (a relative expression without a reference date)
   */
  value: string | null;
  granularity: TimeGranularity;
  /** TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE */
  mod?: string;
  /** a time zone written with a clock time ("EST"); not part of the value */
  zone?: string;
  /** the reference date (YYYY-MM-DD) a relative expression was resolved against */
  anchor?: string;
}

/** Kinds of places in the gazetteer. */
export type PlaceFeature = 'continent' | 'area' | 'country' | 'region' | 'city';

/** A place mention resolved to a gazetteer entry. */
export interface Place extends Span {
  id: string;
  /** the entity mention this place resolves, when it comes from the mentions layer */
  mention?: string;
  /** the gazetteer name ("Paris", "Texas", "Georgia") */
  name: string;
  feature: PlaceFeature;
  /** ISO 3166-1 alpha-3 code of the country the place is (in) */
  country?: string;
  /** first-level administrative region ("Texas", "Île-de-France") for cities and regions */
  region?: string;
  /** WGS84 decimal degrees (rounded to about 100 m) */
  lat?: number;
  lon?: number;
  /** GeoNames id, where the data has one */
  geonames?: number;
  population?: number;
  /** the name stands for a government or its people ("Moscow said"): kept, but not a literal place */
  metonymic?: boolean;
  /** the place of the article's dateline */
  dateline?: boolean;
  /** how sure the resolver is, 0..1 */
  confidence: number;
}

/** How a quote is given: in quotation marks, reported, partly quoted, or a headline "Speaker: words". */
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'headline';

/** The words that introduce a quote ("said", "told", "according to", "has called for"). */
export interface QuoteCue extends Span {
  /** base form of the cue's main word: say, tell, add, claim, insist, according to, ... */
  lemma: string;
}

/**
 * Who said what: one statement (or belief, or finding: "X thinks", "a poll shows") and its attribution.
 * `start`/`end` cover the content without its quotation marks.
 */
export interface Quote extends Span {
  id: string;
  type: QuoteType;
  /** the pieces of the content when the attribution interrupts it inside one sentence ("…,” he said, “…”) */
  fragments?: Span[];
  /** the speaker as written: a name, a description, a pronoun, "who"; null when the text states none */
  speaker: Span | null;
  /** id of the mention the speaker span is (or, for "who", refers to) */
  speakerMention?: string;
  /** the entity (cluster id) speaking, resolved through pronouns and descriptions; null when unknown */
  entity: string | null;
  /** null when there is no cue word (a headline "Speaker: words") */
  cue: QuoteCue | null;
  /** to whom it was said ("told reporters", "told the channel"): the span and its entity when known */
  addressee?: Span & { entity?: string };
  /** id shared by the parts of one statement: split by its attribution or running on into the next paragraph */
  group?: string;
  /** id of a `times` item: when it was said (its own sentence's date, else the speaker's setting) */
  time?: string;
  /** YYYY-MM-DD (or a coarser TIMEX3 value) when it was said, when the times layer is present */
  date?: string;
  /** where `date` comes from: the attribution's own sentence, the same speaker's nearest dated statement, the dateline, the publication date */
  dateSource?: 'sentence' | 'speaker' | 'dateline' | 'publication';
  /** id of a `places` item: where it was said, when the places layer is present */
  place?: string;
  /** where `place` comes from: the attribution's own sentence, the speaker's setting ("in an interview in Paris, X ..."), the dateline */
  placeSource?: 'sentence' | 'speaker' | 'dateline';
  /** 0..1: how sure the annotator is that this is an attribution with this speaker */
  confidence: number;
}

/** Whether the text reports an event as having happened (PLOVER's negation / future / hypothetical). */
export type EventModality =
  | 'asserted' // it happened, or is happening, or was said
  | 'negated' // "there were no plans to extend operations", "did not attack"
  | 'denied' // the complement of a denial ("denied attacking the convoy")
  | 'future' // planned or promised ("will meet next week")
  | 'hypothetical' // conditional, possible, asked about, considered ("if we get the offer")
  | 'threatened' // the threatened act of a threat ("threatened to impose sanctions")
  | 'requested' // what an appeal or demand asks for ("urged Israel to halt airstrikes")
  | 'alleged'; // what an accusation charges ("accused Russia of bombing hospitals")

/** How an event's actor was found in the sentence. */
export type EventActorVia =
  | 'subject'
  | 'object'
  | 'agent' // the "by" agent of a passive, or of an action noun
  | 'modifier' // "Russian airstrikes", "Russia's airstrikes"
  | 'speaker' // "we"/"I" inside a quote, or the quote's speaker
  | 'control' // the actor of the frame that embeds the event ("urged X to ...": X)
  | 'place' // a location standing for its country ("airstrikes in Syria")
  | 'context'; // an actor of the sentence's other clause ("Moscow saying it had hit ...": it = Moscow)

export interface EventActor {
  /** CAMEO actor code ("IRQGOV", "RUSMIL", "USA", "IGOUNO"); "" when the text does not say */
  code: string;
  /** the entity (cluster id), when the actor is one of the document's entities */
  entity?: string;
  /** the mention naming the actor in this event's sentence */
  mention?: string;
  /** the actor as written, when it is not a mention (a first-person pronoun in a quote, a place) */
  span?: Span;
  /** the `places` item, when the actor is a location */
  place?: string;
  via: EventActorVia;
}

/** The words that report the action ("accusing", "began airstrikes", "called for"). */
export interface EventTrigger extends Span {
  /** the pattern's base form ("accuse", "airstrike", "call for") */
  lemma: string;
  pos: 'verb' | 'noun' | 'phrase';
}

/**
 * Who did what to whom, when and where: one coded political event. `start`/`end` cover the
 * sentence that reports it (the evidence); `trigger` is the span of the words that name the action.
 */
export interface Event extends Span {
  id: string;
  /** id of the sentence */
  sentence: string;
  trigger: EventTrigger;
  /** who acts: several for compound actors ("X and Y met"); empty when the text does not say */
  source: EventActor[];
  /** to whom: several for compound targets; empty when there is none */
  target: EventActor[];
  /** CAMEO 1.1b3 event code, the most specific the text supports ("0314", "195", "111") */
  cameo: string;
  /** GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
  quadClass: 1 | 2 | 3 | 4;
  /** Goldstein conflict-cooperation value of the code, -10..+10 */
  goldstein: number;
  /** PLOVER type, mode and context; null for CAMEO 01 statements, which PLOVER does not code */
  plover: { type: string; mode?: string; context: string[] } | null;
  /** whether the text says it happened; only 'asserted' events are facts */
  modality: EventModality;
  /** the event that embeds this one (the appeal that requests it, the threat that threatens it) */
  parent?: string;
  /** the quote that carries the event (a statement, or an event told inside a quote) */
  quote?: string;
  /** id of the `times` item that dates the event, when the sentence has one */
  time?: string;
  /** the event's date (TIMEX3 value: 2015-10-01, 2015-10, 2015-W40) */
  date?: string;
  /** where the date comes from: the sentence, the speaker's earlier statement, the dateline, the publication date */
  dateSource: 'sentence' | 'speaker' | 'dateline' | 'publication' | 'none';
  /** id of the `places` item where it happened */
  place?: string;
  /** where the place comes from: the sentence, the speaker's statement setting (quotes), the dateline */
  placeSource?: 'sentence' | 'speaker' | 'dateline';
  /** 0..1: how sure the coder is of the code and the actors */
  confidence: number;
}

export interface Layers {
  tokens?: Token[];
  sentences?: Sentence[];
  paragraphs?: Paragraph[];
  mentions?: Mention[];
  clusters?: Cluster[];
  quotes?: Quote[];
  times?: TimeExpr[];
  places?: Place[];
  events?: Event[];
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
