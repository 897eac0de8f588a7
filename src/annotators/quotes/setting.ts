// When and where each quote was said. News states a statement's setting once and lets it carry:
// "X said Thursday ...", then "In an interview in Paris, X ..." and later "... he told the channel"
// are all Thursday, in Paris. So a quote takes the date and place of its own attribution (words
// outside the quoted content: a date inside the content is what the content is about), else those
// of the same speaker's nearest stated setting, else the dateline's, else the publication date.

import type { Cluster, Mention, Place, Quote, Sentence, Span, TimeExpr, Token } from '../../doc/types.ts';
import { STATEMENT_LEMMAS } from './data/cueVerbs.ts';
import { vocab, type TokenFacts } from './features.ts';
import { verbLemma } from './lemma.ts';
import { firstStartingFrom } from '../../util/spans.ts';

export interface SettingInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  clusters: readonly Cluster[];
  /** the text of each token (Doc.tokenTexts()), when the caller has it */
  tokenTexts?: readonly string[];
  /** the tokens' facts (features.ts), when the caller has them: scene words are then looked up by vocabulary entry */
  facts?: TokenFacts;
  times?: readonly TimeExpr[];
  places?: readonly Place[];
  /** publication date YYYY-MM-DD */
  date?: string;
  /** the dateline's own date, when it states one */
  datelineDate?: string;
}

/** Nouns that set a scene for speaking: "in an interview", "at a press conference", "on the sidelines of". */
const SETTING_NOUNS = new Set([
  'interview', 'interviews', 'conference', 'briefing', 'speech', 'remarks', 'statement', 'comment', 'comments', 'address',
  'sidelines', 'summit', 'meeting', 'rally', 'hearing', 'session', 'visit', 'talks', 'podcast', 'broadcast', 'debate',
]);

/** Words that open what was said or asked. */
const REPORTED_CLAUSE = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when']);

/** Prepositions that make the following place the location of what the clause reports. */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'from']);

/** Words allowed between the preposition and the place name: "in the holy city of X", "in northern X". */
const PLACE_LEAD = /^(?:the|of|city|town|village|capital|province|region|district|state|county|port|border|holy|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|[\p{Lu}][\p{L}'’-]*)$/u;

const SPECIFICITY: Record<string, number> = { city: 3, region: 2, country: 1 };

const SCENE_WORD_CACHE = new Map<string, boolean>();

/** A word that sets a scene for speaking: a scene noun or an inflected statement verb ("said", "spoke", "asked"). Cached by form. */
function isSceneWord(word: string): boolean {
  let yes = SCENE_WORD_CACHE.get(word);
  if (yes === undefined) {
    const w = word.toLowerCase();
    yes = SETTING_NOUNS.has(w) || (w.length > 2 && /(?:ed|s|ing)$|^(?:said|told|spoke|wrote)$/.test(w) && STATEMENT_LEMMAS.has(verbLemma(w)));
    if (SCENE_WORD_CACHE.size > 100_000) SCENE_WORD_CACHE.clear();
    SCENE_WORD_CACHE.set(word, yes);
  }
  return yes;
}

/** isSceneWord by vocabulary entry of the current generation: 0 not yet known, 1 no, 2 yes */
let sceneOfEntry = new Uint8Array(0);
let sceneGeneration = -1;

/** isSceneWord of the token with vocabulary entry r (a word token: an entry is one raw form). */
function isSceneEntry(r: number): boolean {
  if (sceneGeneration !== vocab.generation) {
    sceneGeneration = vocab.generation;
    sceneOfEntry.fill(0);
  }
  if (r >= sceneOfEntry.length) {
    const grown = new Uint8Array(Math.max(r + 1, sceneOfEntry.length * 2, 4096));
    grown.set(sceneOfEntry);
    sceneOfEntry = grown;
  }
  if (sceneOfEntry[r] === 0) sceneOfEntry[r] = isSceneWord(vocab.raw(r)) ? 2 : 1;
  return sceneOfEntry[r] === 2;
}

/** What one sentence says of a speaker's setting. */
interface Setting {
  entity: string;
  sentence: number;
  time?: TimeExpr;
  place?: Place;
}

export type QuoteSetting = Pick<Quote, 'time' | 'date' | 'dateSource' | 'place' | 'placeSource'>;

/**
 * Date and place for each quote, in order; a field is left out when its layer is absent. The
 * quotes are not changed: the caller merges the result while building them.
 */
export function quoteSettings(quotes: readonly Quote[], input: SettingInput): QuoteSetting[] {
  if (!input.times && !input.places) return quotes.map(() => ({}));
  const ctx = new SettingContext(input, quotes);
  const own = quotes.map((q) => ctx.ownSetting(q));
  const settings: Setting[] = [];
  quotes.forEach((q, i) => {
    if (q.entity && (own[i].time || own[i].place)) settings.push({ entity: q.entity, ...own[i] });
  });
  settings.push(...ctx.sceneSettings());
  const datelinePlace = input.places?.find((p) => p.dateline);
  return quotes.map((q, i) => {
    const out: QuoteSetting = {};
    const mine = own[i];
    if (input.times) {
      const time = mine.time ?? (q.entity ? nearest(settings, q.entity, mine.sentence, (s) => s.time)?.time : undefined);
      if (time?.value) {
        out.time = time.id;
        out.date = dateOf(time.value);
        out.dateSource = time === mine.time ? 'sentence' : 'speaker';
      } else if (input.datelineDate) {
        out.date = input.datelineDate;
        out.dateSource = 'dateline';
      } else if (input.date) {
        out.date = input.date;
        out.dateSource = 'publication';
      }
    }
    if (input.places) {
      const place = mine.place ?? (q.entity ? nearest(settings, q.entity, mine.sentence, (s) => s.place)?.place : undefined);
      if (place) {
        out.place = place.id;
        out.placeSource = place === mine.place ? 'sentence' : 'speaker';
      } else if (datelinePlace) {
        out.place = datelinePlace.id;
        out.placeSource = 'dateline';
      }
    }
    return out;
  });
}

/** A TIMEX3 value as a date: the day of a day-or-finer value, else the value itself (2015-10, 2015-W40). */
function dateOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

/** The same speaker's setting nearest in sentences to `sentence`; an earlier one wins a tie (news states the setting first). */
function nearest(settings: readonly Setting[], entity: string, sentence: number, has: (s: Setting) => unknown): Setting | undefined {
  let best: Setting | undefined;
  let bestDist = Infinity;
  for (const s of settings) {
    if (s.entity !== entity || !has(s)) continue;
    const dist = s.sentence <= sentence ? sentence - s.sentence : s.sentence - sentence + 0.5;
    if (dist < bestDist) {
      bestDist = dist;
      best = s;
    }
  }
  return best;
}

class SettingContext {
  /** whether the times / places are in text order (then a sentence's are found by binary search) */
  private readonly timesSorted: boolean;
  private readonly placesSorted: boolean;
  /** entity of each mention and type of each entity, made on first use (few sentences set a scene) */
  private clusterOf: Map<string, string> | null = null;
  private readonly clusterType = new Map<string, string>();
  private readonly quoteSentences = new Set<number>();
  private readonly contents: Span[];

  constructor(
    private readonly input: SettingInput,
    quotes: readonly Quote[],
  ) {
    this.timesSorted = byStart(input.times ?? []);
    this.placesSorted = byStart(input.places ?? []);
    this.contents = quotes.flatMap((q) => q.fragments ?? [q]);
    for (const q of quotes) this.quoteSentences.add(this.sentenceAt(anchorOf(q).start));
  }

  /** The date and place a quote's own attribution states, outside its content. */
  ownSetting(q: Quote): { sentence: number; time?: TimeExpr; place?: Place } {
    const anchor = anchorOf(q);
    const sentence = this.sentenceAt(anchor.start);
    // outside every quote's content: a sentence can carry two attributions ("X said ..., but Y said ...")
    const outside = (s: Span): boolean => !this.contents.some((c) => s.start < c.end && c.start < s.end);
    // "the consulate in Erbil said": a place inside the speaker's own words names the speaker, not the scene
    const speaker = q.speaker;
    // what trails a content that follows the attribution belongs to that content ("X said the list
    // would be out, probably by Monday")
    const trailed = (q.fragments ?? [q]).filter((c) => c.start >= anchor.end);
    const attribution = (s: Span): boolean => outside(s) && !trailed.some((c) => s.start >= c.end);
    const scene = (s: Span): boolean => attribution(s) && !(speaker && s.start >= speaker.start && s.end <= speaker.end);
    return { sentence, time: this.timeIn(sentence, anchor, attribution), place: this.placeIn(sentence, [anchor], scene) };
  }

  /**
   * Settings stated outside quotes: a sentence with a scene word ("In an interview with a TV channel
   * in Geneva, the minister was asked ...") gives its date and place to the people and organisations
   * it mentions.
   */
  sceneSettings(): Setting[] {
    const out: Setting[] = [];
    const { sentences, tokens, text, mentions, tokenTexts, facts } = this.input;
    // entries of another vocabulary generation are not those of sceneOfEntry
    const rid = facts && facts.generation === vocab.generation ? facts.rid : undefined;
    let mi = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      while (mi < mentions.length && mentions[mi].start < s.start) mi++;
      if (this.quoteSentences.has(si)) continue;
      // only the quotes that reach into this sentence matter
      const here = this.contents.filter((c) => c.start < s.end && s.start < c.end);
      const outsideQuotes = (x: Span): boolean => !here.some((c) => x.start < c.end && c.start < x.end);
      const scenes: Span[] = [];
      for (let ti = s.tokenStart; ti < s.tokenEnd; ti++) {
        const t = tokens[ti];
        if (t.kind !== 'word' || !outsideQuotes(t)) continue;
        if (rid ? isSceneEntry(rid[ti]) : isSceneWord(tokenTexts ? tokenTexts[ti] : text.slice(t.start, t.end))) scenes.push(t);
      }
      if (!scenes.length) continue;
      // what follows "asked whether", "said that" is what was talked about, not the scene
      let limit = s.end;
      for (let ti = s.tokenStart; ti < s.tokenEnd; ti++) {
        const t = tokens[ti];
        if (t.start > scenes[0].start && REPORTED_CLAUSE.has(text.slice(t.start, t.end).toLowerCase())) {
          limit = t.start;
          break;
        }
      }
      // the scene is stated before the speech word or right after it ("told reporters in Geneva"):
      // further on, without "that", the sentence reports what was said
      const lastScene = scenes[scenes.length - 1];
      const nearScene = (x: Span): boolean => x.start < lastScene.start || scenes.some((w) => x.start >= w.end && x.start - w.end <= 30);
      const inScene = (x: Span): boolean => x.end <= limit && nearScene(x) && outsideQuotes(x);
      const time = this.timeIn(si, scenes[0], inScene);
      const place = this.placeIn(si, scenes, inScene);
      if (!time && !place) continue;
      const seen = new Set<string>();
      // the speakers come before the last scene word: "X was asked whether Y had ..." sets X's scene, not Y's
      const last = scenes[scenes.length - 1].start;
      for (let j = mi; j < mentions.length && mentions[j].start < last; j++) {
        const m = mentions[j];
        const entity = this.entityOf(m.id);
        if (!entity || seen.has(entity) || !outsideQuotes(m)) continue;
        const type = this.clusterType.get(entity);
        if (type !== 'PERSON' && type !== 'ORG' && type !== 'GPE') continue;
        // a place named as the setting is not a speaker there
        if (place && m.start < place.end && place.start < m.end) continue;
        seen.add(entity);
        out.push({ entity, sentence: si, time, place });
      }
    }
    return out;
  }

  private entityOf(mention: string): string | undefined {
    if (!this.clusterOf) {
      this.clusterOf = new Map();
      for (const c of this.input.clusters) {
        this.clusterType.set(c.id, c.type);
        for (const m of c.mentions) this.clusterOf.set(m, c.id);
      }
    }
    return this.clusterOf.get(mention);
  }

  /** The sentence holding `offset`: the last one starting at or before it. */
  private sentenceAt(offset: number): number {
    return Math.max(0, firstStartingFrom(this.input.sentences, offset + 1) - 1);
  }

  /** The sentence's dated time expression nearest the anchor, outside the quoted content. */
  private timeIn(si: number, anchor: Span, outside: (s: Span) => boolean): TimeExpr | undefined {
    const s = this.input.sentences[si];
    if (!s) return undefined;
    let best: TimeExpr | undefined;
    let bestDist = Infinity;
    const times = this.input.times ?? [];
    for (let i = startingIn(times, s, this.timesSorted); i < times.length; i++) {
      const t = times[i];
      if (this.timesSorted && t.start > s.end) break;
      if (t.start < s.start || t.end > s.end || !t.value || !/^\d{4}/.test(t.value)) continue;
      if ((t.type !== 'DATE' && t.type !== 'TIME') || !outside(t)) continue;
      const dist = t.start >= anchor.end ? t.start - anchor.end : anchor.start - t.end;
      if (dist < bestDist) {
        bestDist = dist;
        best = t;
      }
    }
    return best;
  }

  /** The sentence's literal place after a locative preposition, the most specific and nearest to the anchors. */
  private placeIn(si: number, anchors: readonly Span[], outside: (s: Span) => boolean): Place | undefined {
    const s = this.input.sentences[si];
    if (!s) return undefined;
    let best: Place | undefined;
    let bestScore = Infinity;
    const places = this.input.places ?? [];
    for (let i = startingIn(places, s, this.placesSorted); i < places.length; i++) {
      const p = places[i];
      if (this.placesSorted && p.start > s.end) break;
      if (p.start < s.start || p.end > s.end || p.metonymic || p.dateline || !outside(p)) continue;
      if (!this.locative(p, s)) continue;
      const dist = Math.min(...anchors.map((a) => (p.start >= a.end ? p.start - a.end : a.start - p.end)));
      const score = dist - 40 * (SPECIFICITY[p.feature] ?? 0);
      if (score < bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  /** "in New York", "at the port of X", "in the holy city of X": a locative preposition leads to the place. */
  private locative(p: Place, s: Sentence): boolean {
    const { tokens, text } = this.input;
    let ti = s.tokenStart;
    while (ti < s.tokenEnd && tokens[ti].end <= p.start) ti++;
    for (let k = ti - 1, steps = 0; k >= s.tokenStart && steps < 7; k--, steps++) {
      const w = text.slice(tokens[k].start, tokens[k].end);
      if (LOCATIVE.has(w.toLowerCase())) return true;
      if (!PLACE_LEAD.test(w)) return false;
    }
    return false;
  }
}

/** Are the spans in order of their start? */
function byStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

/** Where to start looking for spans inside sentence s: the first starting in it when sorted, else 0. */
function startingIn(spans: readonly Span[], s: Span, sorted: boolean): number {
  return sorted ? firstStartingFrom(spans, s.start) : 0;
}

/** Where a quote's attribution is: its cue, else its speaker, else (a bare headline) the quote itself. */
function anchorOf(q: Quote): Span {
  return q.cue ?? q.speaker ?? q;
}
