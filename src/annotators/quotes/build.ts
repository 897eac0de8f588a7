// Attributions -> the quotes layer: content without its marks, type, speaker span and entity, cue and
// lemma, addressee, parts linked by a group id, confidence; plus the headline attribution
// ("Minister: We will not resign") when the tagger left the headline alone.

import type { Cluster, Mention, Paragraph, Quote, QuoteType, Sentence, Span, Token } from '../../doc/types.ts';
import { assemble, isPassiveCue, labelSpans, quotedShare, repairSpans, type RawAttribution, type TokenSpan } from './assemble.ts';
import { MarkRole, tokenFacts, type TokenFacts } from './features.ts';
import { STATEMENT_LEMMAS } from './data/cueVerbs.ts';
import { cueLemma } from './lemma.ts';
import { SpeakerResolver } from './speakers.ts';
import type { QuoteTagger } from './tagger.ts';

export interface BuildInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  mentions: readonly Mention[];
  clusters: readonly Cluster[];
  /** the text of each token (Doc.tokenTexts()), when the caller has it */
  tokenTexts?: readonly string[];
  /** tokenFacts of the input, when the caller made them */
  facts?: TokenFacts;
}

export interface BuildOptions {
  /** quotes below this confidence are left out */
  minConfidence: number;
  /**
   * 'speech': what people said or wrote (quotation marks, or reported with a verb of saying);
   * 'attribution': also beliefs, findings and evaluations ("X thinks", "a poll shows", "X praised Y"),
   * as PolNeAR annotates them.
   */
  scope: 'speech' | 'attribution';
  /** is this (lower-case) noun a person's role ("minister", "chief")? for headline speakers without a mention */
  isPersonNoun?: (word: string) => boolean;
  /** look for "Speaker: words" headlines */
  headlines: boolean;
}

const FINDING_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies']);
const HEADLINE_LABELS = /^(?:the latest|latest|breaking(?: news)?|exclusive|watch|video|photos?|analysis|opinion|editorial|update|live(?: updates)?|live blog|explainer|factbox|fact check|timeline|q&a|review|interview|podcast|report|special report|news guide|in pictures|correction|obituary|just in|developing)$/i;

const MARKS = new Set(['"', '“', '”', '„', '«', '»', "''", '``', "'", '‘', '’', '‹', '›']);

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Confidence: the share of such predictions that match a gold attribution, measured on held-out
 * PolNeAR training articles (overlap > 0.3), by whether the quote has a cue and a source, is quoted,
 * and by the tagger's margin (`raw`, 0..1). E.g. quoted with cue and source: 0.94 at a high margin;
 * reported with cue and source 0.66-0.87; without a source about 0.5-0.68; with neither ~0.23-0.48.
 */
function calibrated(raw: number, type: QuoteType, cue: boolean, source: boolean): number {
  const quoted = type === 'direct' || type === 'mixed';
  let c: number;
  if (cue && source) c = quoted ? 0.62 + 0.32 * raw : 0.64 + 0.23 * raw;
  else if (cue) c = 0.48 + 0.2 * raw;
  else if (source) c = 0.5;
  else c = 0.2 + 0.3 * raw;
  return Math.round(c * 1000) / 1000;
}

/** Quotes with neither cue nor source and a low margin are left out (about one in four is right). */
const DROP_BELOW = 0.25;

/** Character span of tokens [a, b): no quotation marks or punctuation at its start, no marks or clause punctuation at its end. */
function contentSpan(text: string, tokens: readonly Token[], a: number, b: number, indirect: boolean, dropThat = false): Span | null {
  let x = a;
  let y = b;
  const w = (i: number): string => text.slice(tokens[i].start, tokens[i].end);
  const skipPunct = (): void => {
    while (x < y && (tokens[x].kind === 'quote' || (tokens[x].kind === 'punct' && !/^[([]/.test(w(x))))) x++;
  };
  skipPunct();
  // "said that …": the complementiser is not part of what was said (PolNeAR counts it in; the
  // attribution scope keeps it)
  if (dropThat && x + 1 < y && w(x).toLowerCase() === 'that') {
    x++;
    skipPunct();
  }
  for (;;) {
    if (y <= x) break;
    const last = w(y - 1);
    if (tokens[y - 1].kind === 'quote' || MARKS.has(last) || last === ',' || last === ';' || last === ':' || last === '—' || last === '–' || last === '-' || (indirect && last === '.')) y--;
    else break;
  }
  if (y <= x) return null;
  return { start: tokens[x].start, end: tokens[y - 1].end };
}

/** "X, a leader of …, who …" -> "X" when the speaker's mention lies in that first phrase. */
function headPhrase(text: string, span: Span, mention: Mention | undefined): Span {
  const m = /,\s|\s(?:who|which)\s/.exec(text.slice(span.start, span.end));
  if (!m || !mention) return span;
  const end = span.start + m.index;
  if (mention.start < span.start || mention.end > end) return span;
  return { start: span.start, end };
}

function spanOf(tokens: readonly Token[], s: TokenSpan, text: string): Span | null {
  let a = s.a;
  let b = s.b;
  const punct = (i: number): boolean => tokens[i].kind === 'quote' || (tokens[i].kind === 'punct' && !/^[([)\]]$/.test(text.slice(tokens[i].start, tokens[i].end)));
  while (a < b && punct(a)) a++;
  while (b > a && punct(b - 1)) b--;
  if (b <= a) return null;
  return { start: tokens[a].start, end: tokens[b - 1].end };
}

function typeOf(f: TokenFacts, parts: TokenSpan[]): QuoteType {
  if (parts.every((p) => f.headline[p.a])) return 'headline';
  let inside = 0;
  let all = 0;
  for (const p of parts) {
    for (let k = p.a; k < p.b; k++) {
      if (!f.alnum[k] && f.words[k].length === 1) continue;
      all++;
      if (f.inQuote[k] & 1 || (f.inQuote[k] & 2 && singleSpeech(f, k))) inside++;
    }
  }
  if (all === 0 || inside === 0) return 'indirect';
  if (inside >= all - 1) return 'direct';
  return 'mixed';
}

function wordCount(f: TokenFacts, parts: TokenSpan[]): number {
  let n = 0;
  for (const p of parts) for (let k = p.a; k < p.b; k++) if (f.alnum[k]) n++;
  return n;
}

/** Words inside quotation marks in the parts (a nickname or title in quotes has one to three). */
function quotedWords(f: TokenFacts, parts: TokenSpan[]): number {
  let n = 0;
  for (const p of parts) for (let k = p.a; k < p.b; k++) if (f.inQuote[k] & 1 && f.alnum[k]) n++;
  return n;
}

/** A single-quoted stretch of four words or more is speech (a scare quote is one or two words). */
function singleSpeech(f: TokenFacts, k: number): boolean {
  let a = k;
  while (a > 0 && f.inQuote[a - 1] & 2) a--;
  let b = k;
  while (b < f.n && f.inQuote[b] & 2) b++;
  return b - a >= 4;
}

/** the object of "claim" that makes it an act: "claimed responsibility for", "claimed credit for" */
const RESPONSIBILITY = /^(?:the\s+)?(?:responsibility|credit)\b/i;

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** "was asked", "is expected", "has been accused": the subject is not the one who speaks. */
function isPassive(words: readonly string[], lemma: string): boolean {
  if (lemma === 'say' || lemma === 'according to') return false;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!BE.has(words[i])) continue;
    const next = words[i + 1] === 'not' || words[i + 1] === 'also' ? words[i + 2] : words[i + 1];
    if (next && (/ed$/.test(next) || /^(?:told|said|asked|seen|known|thought|shown|written|found|given)$/.test(next))) return true;
  }
  return false;
}

export function buildQuotes(input: BuildInput, tagger: QuoteTagger, options: BuildOptions): Quote[] {
  const { text, tokens } = input;
  const f = input.facts ?? tokenFacts({ text, tokens, sentences: input.sentences, paragraphs: input.paragraphs });
  const tagged = tagger.tag(f);
  const spans = repairSpans(f, labelSpans(f, tagged.labels, tagged.margin));
  let atts = withTurns(f, assemble(f, spans), transcriptTurns(text, tokens, f));
  const resolver = new SpeakerResolver(text, tokens, input.mentions, input.clusters);
  for (const at of atts) if (!at.cue && at.continues < 0) colonIntroduced(f, at, input.mentions, tokens);
  const subjects = new SubjectFinder(f, tokens, input.mentions);
  for (const at of atts) {
    if (at.source) at.source = withoutLeadingAdverbial(f, at.source);
    if (!at.cue || at.continues >= 0 || at.turn || isPassiveCue(f, at.cue)) continue;
    // a name or pronoun right before the cue ("…, owner Mrs. Shler Aziz said"; "a ministry official,
    // speaking on condition of anonymity, said") is its subject, whatever source the tagger chose
    const adjacent = subjects.adjacent(at.cue);
    if (adjacent && (!at.source || (at.source.b < adjacent.a && at.source.b < at.cue.a) || (at.source.a > adjacent.a && !subjects.hasMention(at.source)))) at.source = adjacent;
    if (!at.source) at.source = subjects.find(at.cue, at.contents);
  }
  atts = dashSigned(text, tokens, f, atts);
  cutAtNextAttribution(f, atts);
  for (const at of atts) dropAdverbialTail(f, at);
  const headlineQuote = options.headlines ? headlineAttribution(input, f, resolver, options.isPersonNoun, options.scope === 'attribution') : null;
  if (headlineQuote) {
    const head = headlineSentence(input);
    atts = atts.filter((a) => !a.contents.some((c) => f.headline[c.a] || (head !== undefined && c.a >= head.tokenStart && c.a < head.tokenEnd)));
  }
  const quotes: Quote[] = [];
  const groupOf = new Map<RawAttribution, string>();
  for (const at of atts) {
    // parts: content spans of one unit (sentence) form one quote with fragments
    const units = new Map<number, TokenSpan[]>();
    for (const c of at.contents) {
      const list = units.get(c.sentence) ?? [];
      list.push(c);
      units.set(c.sentence, list);
    }
    let speaker = at.source ? spanOf(tokens, at.source, text) : null;
    const mention = speaker ? resolver.speakerMention(speaker) : undefined;
    // the speech scope names the speaker, not the appositions and relative clauses after it
    if (speaker && options.scope === 'speech') speaker = headPhrase(text, speaker, mention);
    const cluster = mention ? resolver.cluster(mention.id) : undefined;
    const cueSpan = (at.turn || (at.cue && at.cue.b - at.cue.a === 1 && f.words[at.cue.a] === '-')) && at.cue ? { start: tokens[at.cue.a].start, end: tokens[at.cue.b - 1].end } : at.cue ? spanOf(tokens, at.cue, text) : null;
    const cueWords: string[] = [];
    if (at.cue) for (let k = at.cue.a; k < at.cue.b; k++) cueWords.push(f.words[k]);
    const lemma = cueLemma(cueWords);
    const addressee = cueSpan ? resolver.addressee(cueSpan, lemma) : undefined;
    const statement = !at.cue || at.turn || (STATEMENT_LEMMAS.has(lemma) && !isPassive(cueWords, lemma));
    const parent = at.continues >= 0 ? groupOf.get(atts[at.continues]) : undefined;
    const partCount = units.size + (parent ? 1 : 0);
    let group: string | undefined = parent;
    for (const parts of units.values()) {
      const type = at.turn ? 'direct' : typeOf(f, parts);
      if (options.scope === 'speech' && !statement && (type === 'indirect' || (type === 'mixed' && quotedWords(f, parts) < 4))) continue;
      // "claimed responsibility for the attack", "took credit for": an act, not something said
      if (type === 'indirect' && (lemma === 'claim' || lemma === 'take') && RESPONSIBILITY.test(text.slice(tokens[parts[0].a].start, tokens[parts[0].b - 1].end))) continue;
      // "has claimed responsibility", "denied it": an object, not something said
      if (options.scope === 'speech' && type === 'indirect' && wordCount(f, parts) < 3) continue;
      const frs = parts.map((p) => contentSpan(text, tokens, p.a, p.b, type === 'indirect', options.scope === 'speech')).filter((s): s is Span => s !== null);
      if (!frs.length) continue;
      const margin = parts.reduce((m, p) => m + p.margin, 0) / parts.length + (at.cue ? at.cue.margin : 0);
      const confidence = calibrated(logistic(margin / 6 - 0.5), type, at.cue !== null, speaker !== null);
      // a stretch the tagger marked as content with neither cue nor source is mostly noise
      if (confidence < DROP_BELOW || confidence < options.minConfidence) continue;
      const q: Quote = {
        id: `q${quotes.length}`,
        start: frs[0].start,
        end: frs[frs.length - 1].end,
        type,
        speaker,
        entity: cluster?.id ?? null,
        cue: cueSpan ? { start: cueSpan.start, end: cueSpan.end, lemma } : null,
        confidence,
      };
      if (frs.length > 1) q.fragments = frs;
      if (mention) q.speakerMention = mention.id;
      if (addressee) q.addressee = addressee;
      if (partCount > 1) {
        group ??= q.id;
        q.group = group;
      }
      quotes.push(q);
    }
    if (group) groupOf.set(at, group);
  }
  if (headlineQuote) quotes.unshift(headlineQuote);
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  // ids in text order; groups follow their first part
  const rename = new Map<string, string>();
  quotes.forEach((q, i) => rename.set(q.id, `q${i}`));
  for (const q of quotes) {
    q.id = rename.get(q.id) as string;
    if (q.group) q.group = rename.get(q.group) ?? q.group;
  }
  return quotes;
}

const PREPOSITIONS = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'against', 'behind', 'over', 'into', 'than', 'like', 'as', 'after', 'before', 'toward', 'towards', 'among', 'between', 'under', 'through', 'during', 'without', 'within']);
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/**
 * The subject of a cue the tagger gave no source: the nearest entity mention before it in its sentence
 * that is not the object of a preposition or a possessive; for a participle or a second verb
 * ("…, saying", "… and predicted") the first such mention of the sentence.
 */
class SubjectFinder {
  /** speaker-like mentions (SPEAKER_TYPES or a pronoun) by end offset, in layer order; made on first use */
  private byEnd: Map<number, Mention[]> | null = null;

  constructor(
    private readonly f: TokenFacts,
    private readonly tokens: readonly Token[],
    private readonly mentions: readonly Mention[],
  ) {}

  private endingAt(end: number): readonly Mention[] {
    if (!this.byEnd) {
      this.byEnd = new Map();
      for (const m of this.mentions) {
        if (!SPEAKER_TYPES.has(m.type) && m.form !== 'pronoun') continue;
        const list = this.byEnd.get(m.end);
        if (list) list.push(m);
        else this.byEnd.set(m.end, [m]);
      }
    }
    return this.byEnd.get(end) ?? [];
  }

  /** Does the span hold an entity mention or a pronoun? */
  hasMention(span: TokenSpan): boolean {
    const lo = this.tokens[span.a].start;
    const hi = this.tokens[span.b - 1].end;
    return this.mentions.some((m) => m.start >= lo && m.end <= hi && (SPEAKER_TYPES.has(m.type) || m.form === 'pronoun'));
  }

  /** An entity mention ending right before the cue, or before a parenthetical ", …," before it. */
  adjacent(cue: TokenSpan): TokenSpan | null {
    const { f, tokens } = this;
    let end = cue.a;
    if (end > 0 && f.words[end - 1] === ',') {
      let k = end - 2;
      while (k > 0 && end - k < 10 && f.words[k] !== ',' && f.sentence[k] === f.sentence[cue.a]) k--;
      if (f.words[k] !== ',') return null;
      end = k;
    }
    if (end <= 0 || f.sentence[end - 1] !== f.sentence[cue.a] || f.inQuote[end - 1]) return null;
    const at = tokens[end - 1].end;
    let best: Mention | undefined;
    for (const m of this.endingAt(at)) if (!best || m.start < best.start) best = m;
    if (!best) return null;
    let a = end - 1;
    while (a > 0 && tokens[a - 1].end > best.start) a--;
    if (a > 0 && PREPOSITIONS.has(f.words[a - 1])) return null;
    return { a, b: end, kind: 'source', sentence: cue.sentence, paragraph: cue.paragraph, margin: 0 };
  }

  find(cue: TokenSpan, contents: readonly TokenSpan[]): TokenSpan | null {
    const { f, tokens } = this;
    const unit = f.sentence[cue.a];
    let u0 = cue.a;
    while (u0 > 0 && f.sentence[u0 - 1] === unit && f.paragraph[u0 - 1] === cue.paragraph) u0--;
    if (u0 >= cue.a) return null;
    const lo = tokens[u0].start;
    const hi = tokens[cue.a].start;
    const inContent = (start: number): boolean => contents.some((c) => tokens[c.a].start <= start && start < tokens[c.b - 1].end);
    const tokenAt = (offset: number): number => {
      let t = u0;
      while (t < cue.a && tokens[t].end <= offset) t++;
      return t;
    };
    const candidates: TokenSpan[] = [];
    for (const m of this.mentions) {
      if (m.start < lo || m.end > hi) continue;
      if (!SPEAKER_TYPES.has(m.type) && m.form !== 'pronoun') continue;
      if (inContent(m.start)) continue;
      const a = tokenAt(m.start);
      let b = a;
      while (b < cue.a && tokens[b].start < m.end) b++;
      if (f.inQuote[a]) continue;
      if (a > u0 && PREPOSITIONS.has(f.words[a - 1])) continue;
      if (b < f.n && (f.words[b] === "'s" || f.words[b] === "'")) continue;
      if (/^(?:him|her|them|us|me|its|their|his|our|my|your)$/.test(f.words[a]) && b === a + 1) continue;
      if (candidates.length && candidates[candidates.length - 1].b > a) continue; // nested mention
      candidates.push({ a, b, kind: 'source', sentence: unit, paragraph: cue.paragraph, margin: 0 });
    }
    if (!candidates.length) return null;
    const prev = f.words[cue.a - 1];
    const subjectOfSentence = (/ing$/.test(f.words[cue.a]) && prev !== 'is' && prev !== 'was' && prev !== 'are' && prev !== 'were') || prev === 'and' || prev === 'but';
    const pick = subjectOfSentence ? candidates[0] : candidates[candidates.length - 1];
    return cue.a - pick.b > 15 && !subjectOfSentence ? null : pick;
  }
}

const ADVERBIAL_START = new Set([...PREPOSITIONS, 'speaking', 'meanwhile', 'however', 'still', 'later', 'earlier', 'separately', 'also', 'but', 'and', 'yet', 'then', 'now']);

/** "At a shop in Ankawa, owner Shler Aziz" -> "owner Shler Aziz": a leading adverbial is not the speaker. */
function withoutLeadingAdverbial(f: TokenFacts, src: TokenSpan): TokenSpan {
  if (!ADVERBIAL_START.has(f.words[src.a])) return src;
  let last = -1;
  for (let k = src.a; k < src.b - 1; k++) if (f.words[k] === ',') last = k;
  return last >= 0 ? { ...src, a: last + 1 } : src;
}

const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'as', 'yet', 'so', ',', ';', '-']);

/**
 * A content that runs into the source of the next attribution of its sentence ("… supply power, but a
 * ministry official … said …") ends before it.
 */
function cutAtNextAttribution(f: TokenFacts, atts: RawAttribution[]): void {
  for (const at of atts) {
    if (at.turn) continue;
    for (const [ci, c] of at.contents.entries()) {
      for (const other of atts) {
        if (other === at || !other.source || !other.cue || other.cue.a < c.a) continue;
        const src = other.source;
        if (src.a <= c.a || src.a >= c.b || f.sentence[src.a] !== f.sentence[c.a]) continue;
        if (at.cue && src.a <= at.cue.b && at.cue.a < c.a) continue;
        let b = src.a;
        while (b > c.a && CONJUNCTIONS.has(f.words[b - 1])) b--;
        if (b - c.a >= 2) at.contents[ci] = { ...c, b };
      }
    }
  }
}

const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'during', 'following', 'since', 'at', 'in', 'on', 'outside', 'from']);

/** "“…,” she said as the buses pulled in": the circumstance after the cue is not part of the quote. */
function dropAdverbialTail(f: TokenFacts, at: RawAttribution): void {
  if (!at.cue || at.contents.length < 2) return;
  const after = Math.max(at.cue.b, at.source && at.source.a >= at.cue.b ? at.source.b : 0);
  at.contents = at.contents.filter((c) => !(c.a >= after && c.a - after <= 3 && !f.inQuote[c.a] && SUBORDINATORS.has(f.words[c.a]) && at.contents.some((o) => o !== c && f.inQuote[o.a])));
}

const CLAUSE_START = new Set(['and', 'but', 'so', 'then', 'while', 'as', 'when', 'after', 'before', 'because', 'though', 'although', ';', '-', '<Q', 'Q>']);

/**
 * A quotation introduced by a colon ("The mayor, Claire Fontaine, was blunt: “…”"): the speaker is the
 * subject of the clause before the colon (its first mention, with appositions), the cue the few words
 * between it and the colon.
 */
function colonIntroduced(f: TokenFacts, at: RawAttribution, mentions: readonly Mention[], tokens: readonly Token[]): void {
  const first = at.contents[0];
  let k = first.a - 1;
  while (k >= 0 && f.sentence[k] === first.sentence && f.mark[k] !== 0 && f.words[k] !== ':') k--;
  // or the colon ending the paragraph before ("The mayor said:" and the statement below it)
  const parBefore = k >= 0 && f.paragraph[k] !== first.paragraph && f.words[k] === ':' && f.parStart[first.paragraph] >= first.a - 1;
  if (!parBefore && quotedShare(f, first) < 0.5) return;
  if (k < 0 || f.words[k] !== ':' || (f.sentence[k] !== first.sentence && !parBefore)) return;
  const colon = k;
  let clause = colon;
  while (clause > 0 && f.sentence[clause - 1] === f.sentence[colon] && f.paragraph[clause - 1] === f.paragraph[colon] && !CLAUSE_START.has(f.words[clause - 1])) clause--;
  if (colon - clause < 2) return;
  const lo = tokens[clause].start;
  const hi = tokens[colon].start;
  const inClause = mentions.filter((m) => m.start >= lo && m.end <= hi && ['PERSON', 'ORG', 'GPE', 'NORP'].includes(m.type));
  if (!inClause.length || inClause[0].start !== lo) return;
  // the subject: the first mention, its "of X" complements and the appositions that follow ("X, a Y, Z,")
  const mentionEnd = (t: number): number => {
    const m = inClause.find((x) => x.start === tokens[t]?.start);
    if (!m) return -1;
    let e = t;
    while (e < colon && tokens[e].end <= m.end) e++;
    return e;
  };
  let subjEnd = mentionEnd(clause);
  for (;;) {
    const w = f.words[subjEnd];
    if ((w === 'of' || w === 'at' || w === 'from' || w === 'for' || w === 'in') && mentionEnd(subjEnd + 1) > 0) {
      subjEnd = mentionEnd(subjEnd + 1);
      continue;
    }
    if (w !== ',') break;
    let j = subjEnd + 1;
    while (j < colon && f.words[j] !== ',') j++;
    if (j >= colon) break;
    subjEnd = j;
  }
  let cueA = subjEnd;
  while (cueA < colon && f.words[cueA] === ',') cueA++;
  if (colon - cueA < 1 || colon - cueA > 5) return;
  at.source = { a: clause, b: subjEnd, kind: 'source', sentence: f.sentence[colon], paragraph: f.paragraph[colon], margin: 0 };
  at.cue = { a: cueA, b: colon, kind: 'cue', sentence: f.sentence[colon], paragraph: f.paragraph[colon], margin: 0 };
}

/**
 * The headline: the sentence marked so, else a first paragraph that is one short sentence (a title
 * ending in a period, "Poll: Voters Turn Away From Both Parties.", reads as body text).
 */
function headlineSentence(input: BuildInput): Sentence | undefined {
  const marked = input.sentences.find((s) => s.role === 'headline');
  if (marked) return marked;
  const first = input.sentences[0];
  const second = input.sentences[1];
  if (!first || first.tokenEnd - first.tokenStart > 25) return undefined;
  return second && second.paragraph === first.paragraph ? undefined : first;
}

/**
 * "Speaker: words" headlines: a short speaker part (up to six words, holding a person, organisation or
 * place mention, or a description such as "Shiite leader") before a colon and at least two words after.
 */
function headlineAttribution(input: BuildInput, f: TokenFacts, resolver: SpeakerResolver, isPersonNoun?: (word: string) => boolean, findings = false): Quote | null {
  const { text, tokens } = input;
  const head = headlineSentence(input);
  if (!head) return null;
  let colon = -1;
  for (let k = head.tokenStart; k < head.tokenEnd; k++) {
    if (text.slice(tokens[k].start, tokens[k].end) === ':') {
      colon = k;
      break;
    }
  }
  if (colon <= head.tokenStart || colon - head.tokenStart > 6 || head.tokenEnd - colon < 3) return null;
  const speaker: Span = { start: tokens[head.tokenStart].start, end: tokens[colon - 1].end };
  if (HEADLINE_LABELS.test(text.slice(speaker.start, speaker.end).trim())) return null;
  const mention = resolver.speakerMention(speaker);
  const lastWord = text.slice(tokens[colon - 1].start, tokens[colon - 1].end).toLowerCase();
  // the attribution scope also counts findings ("New poll: …", "Survey: …")
  const personNoun = (isPersonNoun?.(lastWord) ?? false) || (findings && FINDING_NOUNS.has(lastWord));
  if ((!mention || !['PERSON', 'ORG', 'GPE', 'NORP'].includes(mention.type)) && !personNoun) return null;
  const content = contentSpan(text, tokens, colon + 1, head.tokenEnd, false);
  if (!content) return null;
  const cluster = mention ? resolver.cluster(mention.id) : undefined;
  const q: Quote = {
    id: 'qh',
    start: content.start,
    end: content.end,
    type: 'headline',
    speaker,
    entity: cluster?.id ?? null,
    cue: null,
    confidence: quotedShare(f, { a: colon + 1, b: head.tokenEnd, kind: 'content', sentence: 0, paragraph: 0, margin: 0 }) > 0.5 ? 0.9 : 0.75,
  };
  if (mention) q.speakerMention = mention.id;
  return q;
}

/**
 * Quotations signed with a dash and a name ("“We will be back.” — Maria Lopez"): the name is the
 * source and the dash the cue (PolNeAR's convention), whatever the tagger chose; each such content
 * becomes an attribution of its own. The name is one to five capitalised words (initials with their
 * period) that end the line (a period or comma may follow) or run up to the next opening mark.
 */
function dashSigned(text: string, tokens: readonly Token[], f: TokenFacts, atts: RawAttribution[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  const moved = new Map<number, number>();
  atts.forEach((at, i) => {
    moved.set(i, out.length);
    if (at.turn) return void out.push(at);
    const rest: TokenSpan[] = [];
    const signed: RawAttribution[] = [];
    for (const c of at.contents) {
      const sig = dashSignature(text, tokens, f, c);
      if (sig) signed.push({ contents: [c], continues: -1, cue: sig.cue, source: sig.source });
      else rest.push(c);
    }
    if (!signed.length) return void out.push(at);
    if (rest.length) out.push({ ...at, contents: rest });
    else moved.set(i, -1);
    out.push(...signed);
  });
  // indices of continued attributions move with the list
  for (const at of out) if (at.continues >= 0) at.continues = moved.get(at.continues) ?? -1;
  return out;
}

function dashSignature(text: string, tokens: readonly Token[], f: TokenFacts, c: TokenSpan): { cue: TokenSpan; source: TokenSpan } | null {
  let k = c.b;
  // past the closing punctuation and mark of the quotation
  while (k < f.n && k < c.b + 3 && f.mark[k] !== MarkRole.CloseDouble && tokens[k].kind === 'punct') k++;
  if (k < f.n && f.mark[k] === MarkRole.CloseDouble) k++;
  else if (k === 0 || f.mark[k - 1] !== MarkRole.CloseDouble) return null;
  if (k >= f.n || f.words[k] !== '-' || f.paragraph[k] !== c.paragraph) return null;
  const dash = k++;
  const a = k;
  let words = 0;
  while (k < f.n && f.paragraph[k] === c.paragraph && words <= 5) {
    if (k > a && text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')) break;
    if (tokens[k].kind === 'word' && f.capital[k]) {
      words++;
      k++;
    } else if (f.words[k] === '.' && k > a && f.words[k - 1].length === 1 && k + 1 < f.n && f.capital[k + 1] && f.paragraph[k + 1] === c.paragraph) k++;
    else break;
  }
  if (words < 1 || words > 5) return null;
  const b = k;
  if (k < f.n && f.paragraph[k] === c.paragraph && (f.words[k] === '.' || f.words[k] === ',')) k++;
  const lineEnd = k >= f.n || f.paragraph[k] !== c.paragraph || text.slice(tokens[k - 1].end, tokens[k].start).includes('\n') || f.mark[k] === MarkRole.OpenDouble;
  if (!lineEnd) return null;
  const span = (x: number, y: number, kind: TokenSpan['kind']): TokenSpan => ({ a: x, b: y, kind, sentence: f.sentence[x], paragraph: f.paragraph[x], margin: c.margin });
  return { cue: span(dash, dash + 1, 'cue'), source: span(a, b, 'source') };
}

const TURN_LABELS = new Set(['UPDATE', 'UPDATED', 'NOTE', 'CORRECTION', 'BREAKING', 'WATCH', 'VIDEO', 'PHOTOS', 'PHOTO', 'RELATED', 'READ', 'MORE', 'SOURCE', 'SOURCES', 'EDITOR', "EDITOR'S", 'DISCLOSURE', 'CLARIFICATION', 'ALSO', 'SEE', 'LISTEN', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'WARNING', 'SPOILER', 'TRANSCRIPT', 'UPDATES', 'NOTES', 'CREDIT', 'CAPTION', 'TOPICS', 'TAGS', 'FILE']);

/**
 * Turns of a transcript: paragraphs that open with a speaker's name in capitals and a colon
 * ("SMITH: …", "MR. JONES: …"), in a document with at least two of them. The whole paragraph after
 * the colon is what the speaker said (PolNeAR: the name is the source, the colon the cue).
 */
function transcriptTurns(text: string, tokens: readonly Token[], f: TokenFacts): RawAttribution[] {
  const turns: RawAttribution[] = [];
  for (let p = 0; p < f.parStart.length; p++) {
    const a = f.parStart[p];
    const b = f.parEnd[p];
    if (b - a < 4 || f.headline[a]) continue;
    let a0 = a;
    while (a0 < b && tokens[a0].kind === 'quote') a0++;
    let k = a0;
    let words = 0;
    let label = false;
    while (k < b && k - a0 < 6 && f.words[k] !== ':') {
      const raw = text.slice(tokens[k].start, tokens[k].end);
      if (raw === '.' || raw === '-') {
        k++;
        continue;
      }
      if (tokens[k].kind !== 'word' || !/^\p{Lu}[\p{Lu}'’.-]+$/u.test(raw)) break;
      if (TURN_LABELS.has(raw)) label = true;
      words++;
      k++;
    }
    if (k >= b || f.words[k] !== ':' || words === 0 || label || b - k < 3) continue;
    turns.push({
      contents: [{ a: k + 1, b, kind: 'content', sentence: f.sentence[k + 1], paragraph: p, margin: 8 }],
      continues: -1,
      cue: { a: k, b: k + 1, kind: 'cue', sentence: f.sentence[k], paragraph: p, margin: 8 },
      source: { a: a0, b: k, kind: 'source', sentence: f.sentence[a0], paragraph: p, margin: 8 },
      turn: true,
    });
  }
  return turns.length >= 2 ? turns : [];
}

/** Transcript turns replace the attributions the tagger made of the same words; nested ones stay. */
function withTurns(f: TokenFacts, atts: RawAttribution[], turns: RawAttribution[]): RawAttribution[] {
  if (!turns.length) return atts;
  const turnOf = new Map<number, RawAttribution>();
  for (const t of turns) turnOf.set(t.contents[0].paragraph, t);
  const kept = atts.filter((at) => {
    const c = at.contents[0];
    const t = turnOf.get(c.paragraph);
    if (!t) return true;
    const colon = (t.cue as TokenSpan).a;
    // the tagger's version of the turn: content from the paragraph start or the colon, or its source
    // or cue on the name / colon
    if (c.a <= colon + 1) return false;
    if (at.source && at.source.a <= colon && at.source.paragraph === c.paragraph) return false;
    if (at.cue && at.cue.a <= colon && at.cue.paragraph === c.paragraph) return false;
    return true;
  });
  const out = [...kept, ...turns];
  out.sort((x, y) => x.contents[0].a - y.contents[0].a);
  // continuation indices pointed into atts
  for (const at of out) if (at.continues >= 0) at.continues = out.indexOf(atts[at.continues]);
  return out;
}
