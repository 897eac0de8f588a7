// The event coder: per sentence, triggers from the pattern dictionary, their actors from the
// sentence's grammar as far as rules approximate it without a parser (subject before the verb,
// object after it, "by" agents of passives, possessive and adjective modifiers of action nouns,
// compound "X and Y"), the speech acts that embed other actions, modality, and then codes, dates,
// places and confidence. Pure: a function of the layers it is given.

import type { Cluster, EntityType, Event, EventActor, EventActorVia, EventModality, Mention, Place, Quote, Sentence, Span, TimeExpr, Token } from '../../doc/types.ts';
import type { KnowledgeBase } from '../../kb/index.ts';
import { cameoRoot, goldstein, quadClass } from './data/cameo.ts';
import {
  ATTACK_STRIKE_MODIFIERS,
  AUXILIARIES,
  BE_FORMS,
  CROWD_WORDS,
  AID_NOUNS,
  DETERMINERS,
  EXTRA_ROLES,
  FIRST_PERSON,
  LABOUR_STRIKE_MODIFIERS,
  MEDIA_WORDS,
  NEGATING_WORDS,
  NEGATIONS,
  PERSON_OBJECTS,
  PREPOSITIONS,
  TERRITORY_WORDS,
  VERBAL_OBJECTS,
} from './data/lexicon.ts';
import type { FrameKind } from './data/patterns.ts';
import { ploverOf } from './data/plover.ts';
import { findTriggers, type Dictionary, type Match } from './dictionary.ts';
import { categoryOf, combine, EMBEDDING, isConflict, OBJECT_CONTROL, reverse } from './frames.ts';
import { refineCode } from './refine.ts';
import { fuseEvents, type PentaModel, type WordInfo } from './model.ts';
import { buildView, mayBeRoleWord, normLower, ROLE_START, ROLE_WORD, type DocIndex, type MentionRef, type SentenceView } from './view.ts';
import { WordTable } from './words.ts';
import { sortStable } from './sort.ts';

export interface CoderInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  clusters: readonly Cluster[];
  quotes?: readonly Quote[];
  times?: readonly TimeExpr[];
  places?: readonly Place[];
  /** publication date, YYYY-MM-DD */
  date?: string;
  /** the dateline's date, when it states one */
  datelineDate?: string;
}

export interface CoderOptions {
  headlines: boolean;
  /** the PentaClass model that tempers confidences (none: rules alone) */
  model?: PentaModel | null;
  /** how much the model moves confidences (0..2) */
  fusion?: number;
}

/** What a role word stands for (the knowledge base's roles, or EXTRA_ROLES). */
type RoleInfo = { role: string; secondary?: string; person: boolean };

/** An actor while coding (becomes an EventActor). */
interface Actor {
  code: string;
  entity?: string;
  mention?: string;
  span?: Span;
  place?: string;
  via: EventActorVia;
  type?: EntityType;
  role?: string;
  kind?: string;
  /** an unresolved pronoun ("it", "they") */
  pronoun?: boolean;
  /** a first-person pronoun standing for the quote's speaker */
  firstPerson?: boolean;
}

interface Cand {
  m: Match;
  code: string;
  frame?: FrameKind;
  pos: 'verb' | 'noun' | 'phrase';
  start: number;
  end: number;
  head: number;
  weight: number;
  passive: boolean;
  source: Actor[];
  target: Actor[];
  explicitSource: boolean;
  complement?: Cand;
  /** further complements coordinated with the first ("trial or release") */
  alternatives?: Cand[];
  parent?: Cand;
  /** the statement whose content holds this trigger */
  say?: Cand;
  /** a statement after the content it reports ("…, the minister said on Tuesday."): for CAMEO's statement rules only */
  report?: Cand;
  background: boolean;
  /** the clause the trigger stands in: the main clause, a subordinate or relative clause, or a reduced relative */
  clause: 'main' | 'sub' | 'rel' | 'reduced';
  neg: boolean;
  fut: boolean;
  /** the future comes from a modal (will, would, shall), not from a plan word */
  futModal: boolean;
  hypo: boolean;
  modal?: 'should' | 'must';
  modality: EventModality;
  finalCode: string;
  confidence: number;
  dropped: boolean;
  /** a casualty or weapon word: an event only when no other violent event of the sentence reports the act */
  outcome: boolean;
  /** a condition follows in the clause ("... unless X agrees"): a conditional act */
  cond: boolean;
  /** a statement of intent, threat or refusal derived from a planned action of the speaker */
  derived?: Cand;
  quote?: Quote;
  lemma: string;
}

/** Adverbs that stand between a subject and its verb. */
const VERB_ADVERBS = new Set(['again', 'outright', 'also', 'still', 'already', 'now', 'just', 'even', 'further', 'jointly', 'together', 'then', 'soon', 'later', 'repeatedly', 'reportedly', 'allegedly', 'again,', 'never', 'not']);
const HARD_BREAK = new Set([';', ':', '(', ')', '[', ']', '—', '–', '--', '"', '“', '”', '«', '»', '?', '!']);
const SUBJECT_STOP = new Set(['that', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'whether', 'when', 'whenever', 'where', 'since', 'until', 'after', 'before', 'as', 'once', 'but', 'so', 'than']);
const OBJECT_STOP = new Set(['that', 'who', 'which', 'whom', 'whose', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'whether', 'when', 'whenever', 'where', 'since', 'until', 'after', 'before', 'as', 'but', 'so', 'than', 'said', 'says', 'saying', 'told', 'adding', 'according']);
/** CAMEO roots of things said: statements, appeals, intents, demands, disapproval, rejections, threats. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '10', '11', '12', '13']);
/** CAMEO roots of force: where they happen is the land they hit ("airstrikes in Syria"). */
const FORCE_ROOTS = new Set(['15', '17', '18', '19', '20']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'into', 'throughout', 'outside', 'around', 'over', 'from']);
const QUANTIFIERS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'some', 'many', 'most', 'all', 'several', 'number', 'group', 'groups', 'members', 'each', 'one', 'two', 'three', 'both', 'none', 'crowds', 'crowd', 'majority', 'part', 'units', 'unit', 'elements', 'supporters', 'forces', 'troops', 'leaders', 'leader', 'officials', 'representatives', 'delegation', 'delegations', 'head', 'chief', 'government', 'ministry', 'minister', 'army', 'spokesman', 'spokeswoman', 'president', 'people', 'citizens', 'residents']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'them', 'his', 'her', 'its', 'their']);
const NATURAL_FORCES = new Set(['earthquake', 'quake', 'storm', 'hurricane', 'typhoon', 'cyclone', 'flood', 'floods', 'disaster', 'lightning', 'tornado', 'tsunami', 'virus', 'pandemic', 'epidemic', 'fire', 'blaze', 'drought', 'famine', 'crisis', 'recession', 'disease', 'outbreak', 'heatwave', 'wildfire', 'wildfires']);
const FUTURE_NEXT_TO = new Set(['going', 'set', 'due', 'about', 'expected', 'scheduled', 'poised', 'slated', 'likely', 'ready', 'prepared', 'preparing', 'planning', 'plans', 'plan', 'planned', 'intends', 'intend', 'intended', 'aims', 'aim', 'aiming', 'wants', 'want', 'wanted', 'hopes', 'hope', 'hoped', 'seeks', 'seek', 'sought', 'seeking', 'wishes', 'wish', 'wished', 'is', 'are', 'was', 'were']);
const FUTURE_ALONE = new Set(['will', "'ll", 'shall', "won't", 'would', "'d", "wouldn't", 'upcoming', 'forthcoming', 'proposed', 'planned', 'future']);
// word lists tested per token of a scan: Sets, not regexes
/** words between a statement verb and "that" ("said on Tuesday that", "announced here today that") */
const WHEN_WORDS = new Set(['on', 'here', 'today', 'yesterday', 'tonight', 'late', 'early', 'earlier', 'last', 'this']);
/** conjunctions that open a subordinate clause */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'once', 'whereas', 'following', 'amid', 'as']);
/** a be-form with n't (passive auxiliaries) */
const BE_NEGATED = new Set(["wasn't", "weren't", "isn't", "aren't"]);
/** what may follow an inverted report's subject ("…, said the minister on Tuesday.") */
const INVERTED_REPORT_TAIL = new Set(['on', 'in', 'at', 'here', 'today', 'yesterday']);
/** what may follow a trailing report's verb ("…, the group protested here on Wednesday.") */
const TRAILING_REPORT_TAIL = new Set(['here', 'there', 'today', 'yesterday', 'tonight', 'on', 'in', 'at', 'late', 'early', 'earlier', 'later', 'last', 'this', 'the']);

function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** "is to", "were to": a plan (a Set, not a regex: tested per word of a clause) */
const IS_WAS = new Set(['is', 'are', 'was', 'were']);
const HYPO_WORDS = new Set(['if', 'unless', 'whether', 'could', 'might', 'may', 'can', 'possible', 'possibility', 'potential', 'hypothetical', 'perhaps', 'maybe', "couldn't", "can't", 'cannot', 'consider', 'considering', 'considered', 'considers', 'mull', 'mulling', 'weighing', 'weigh', 'would-be', 'offer']);
const OBLIGATION = new Map<string, 'should' | 'must'>([['should', 'should'], ['must', 'must'], ['ought', 'should'], ["shouldn't", 'should'], ["mustn't", 'must']]);
const CONSUMING: ReadonlySet<FrameKind> = new Set<FrameKind>(['appeal', 'demand', 'intent', 'open', 'reject', 'threaten', 'warn', 'accuse', 'deny', 'claim', 'consider', 'investigate', 'reverse']);
/** frames whose complement happened all the same (investigating an attack, claiming it, condemning it) */
const PRESUPPOSING: ReadonlySet<FrameKind> = new Set<FrameKind>(['investigate', 'claim', 'praise', 'authorize']);
/** frames whose actors pass to their complement (CONSUMING frames, and claiming or ordering an act) */
const CONTROLLING: ReadonlySet<FrameKind> = new Set<FrameKind>([...CONSUMING, 'claim', 'authorize']);
const VIOLENT_ROOTS = new Set(['14', '15', '17', '18', '19', '20']);
/** Codes whose target may be the country of a place ("airstrikes in Syria", "visited Japan"). */
const PLACE_TARGET = /^(1[589]|20|042|043|0874|074|07|154)/;
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
/** Role words too vague to stand for an actor on their own. */
const ROLE_STOP = new Set(['state', 'head', 'chief', 'leader', 'leaders', 'member', 'members', 'party', 'office', 'house', 'council', 'administration', 'authority', 'minister', 'ministry', 'official', 'spokesman', 'spokeswoman', 'secretary', 'president', 'director', 'commander', 'general', 'court', 'cabinet', 'agency', 'embassy', 'mission', 'assembly', 'parliament', 'people', 'force', 'security', 'group', 'groups', 'union', 'military']);
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'last', 'latest', 'recent', 'any', 'no', 'every', 'each', 'such', 'further', 'renewed', 'repeated', 'previous']);
/** Verbs that only carry an action noun ("to extend military operations", "to hold talks"). */
const ASPECT = new Set(['begin', 'start', 'continue', 'resume', 'extend', 'expand', 'launch', 'intensify', 'escalate', 'step', 'up', 'carry', 'out', 'conduct', 'hold', 'stage', 'mount', 'undertake', 'initiate', 'renew', 'keep', 'pursue', 'make', 'take', 'engage', 'in', 'join', 'enter', 'into', 'open', 'allow', 'permit', 'accept', 'reach', 'seek', 'get', 'have', 'give', 'pay', 'send', 'provide', 'offer', 'deliver']);
const DEFAULT_PREPS = ['against', 'on', 'with', 'to', 'toward', 'towards', 'at', 'upon', 'into'];
/** Word shapes that are adjectives before a name ("neighbouring", "northern", "rebel-held"). */
const ADJECTIVE = /^(?:[a-z]+-(?:held|controlled|led|backed|torn|based|run|occupied|allied|linked|affiliated|dominated|majority|ruled|speaking)|[a-z]+(?:ern|ing|ed|ese|ian|ish|al|ic|ive|ous)|neighbou?ring|nearby|whole|entire|rebel|tribal|volatile|restive|strife-torn|war-torn)$/;

// char-code tests, not regexes: called per token in the coder's scans
function isQuoteCode(c: number): boolean {
  // " “ ” « » „ ‟
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x201f;
}

/** isQuoteMark of token i's text, read from the document rather than sliced. */
function quoteMarkAt(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  return t.end - t.start === 1 && isQuoteCode(v.text.charCodeAt(t.start));
}

/** isCapitalized of token i's text, sliced only when it starts with a non-ASCII letter. */
function capitalizedAt(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (t.end === t.start) return false;
  const c = v.text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return isCapitalized(v.text.slice(t.start, t.end));
}

/** (a constant: the bundler rewrites a /u literal into a RegExp built at each call) */
const UPPER_INITIAL = /^\p{Lu}/u;

function isCapitalized(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_INITIAL.test(raw);
}

export class EventCoder {
  /** role words by phrase, remembered across documents (the knowledge base is immutable) */
  private readonly roleCache = new Map<string, { role: string; secondary?: string; person: boolean } | undefined>();

  /** documents' words, interned across documents */
  private readonly words: WordTable;
  /** per word table entry (of the table's generation `entryGen`): roleOf (null: none) once asked */
  private entryRole: (RoleInfo | null | undefined)[] = [];
  private entryGen = 0;

  constructor(
    private readonly dict: Dictionary,
    private readonly kb: KnowledgeBase,
  ) {
    this.words = new WordTable(dict.vocab);
  }

  /** words that may start a two-word role phrase (the knowledge base's, or the extra roles') */
  private readonly startsRole = new Map<string, boolean>();

  private readonly mayStartRole = (word: string): boolean => {
    let r = this.startsRole.get(word);
    if (r === undefined) {
      r = this.kb.mayStartRole(word) || Object.keys(EXTRA_ROLES).some((k) => k.startsWith(`${word} `));
      if (this.startsRole.size > 200_000) this.startsRole.clear();
      this.startsRole.set(word, r);
    }
    return r;
  };

  /** The role flags of a word table entry (view.ts: ROLE_WORD, ROLE_START), worked out once per word. */
  private roleFlagsOf(e: number): number {
    const known = this.words.flags(e);
    if (known >= 0) return known;
    const w = this.words.norm(e);
    const f = mayBeRoleWord(w) ? ROLE_WORD | (this.mayStartRole(w) ? ROLE_START : 0) : 0;
    this.words.setFlags(e, f);
    return f;
  }

  /** per word table entry: what `entryInfoModel` knows of its word (PentaModel.wordInfo) */
  private entryInfo: (WordInfo | undefined)[] = [];
  private entryInfoModel: PentaModel | null = null;

  /** The model's view of a sentence's words (fuseEvents' infosOf), kept per word table entry. */
  private modelInfos(model: PentaModel, entries: Int32Array, sentenceById: Map<string, Sentence>): (sid: string) => WordInfo[] {
    if (model !== this.entryInfoModel) {
      this.entryInfoModel = model;
      this.entryInfo = [];
    }
    const known = this.entryInfo;
    const table = this.words;
    return (sid) => {
      const s = sentenceById.get(sid);
      const out: WordInfo[] = [];
      if (!s) return out;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        const e = entries[t];
        let i = known[e];
        if (i === undefined) setDense(known, e, (i = model.wordInfo(table.lower(e))));
        out.push(i);
      }
      return out;
    };
  }

  /** roleOf of a word table entry's word, remembered per entry. */
  private roleOfEntry(e: number): RoleInfo | undefined {
    let r = this.entryRole[e];
    if (r === undefined) setDense(this.entryRole, e, (r = this.roleOf(this.words.norm(e)) ?? null));
    return r ?? undefined;
  }

  private readonly roleOf = (phrase: string): { role: string; secondary?: string; person: boolean } | undefined => {
    const cached = this.roleCache.get(phrase);
    if (cached !== undefined || this.roleCache.has(phrase)) return cached;
    const r = ROLE_STOP.has(phrase) || !/^[a-z][a-z' -]*$/.test(phrase) ? undefined : this.kb.role(phrase);
    const out = r ? { role: r.role, secondary: r.secondary, person: r.person } : EXTRA_ROLES[phrase];
    if (this.roleCache.size > 200_000) this.roleCache.clear();
    this.roleCache.set(phrase, out);
    return out;
  };

  /** two-word role phrases by first then second word: no phrase string built per lookup */
  private readonly pairCache = new Map<string, Map<string, { role: string; secondary?: string; person: boolean } | null>>();
  private pairCount = 0;

  private readonly roleOfPair = (a: string, b: string): { role: string; secondary?: string; person: boolean } | undefined => {
    let m = this.pairCache.get(a);
    if (m === undefined) {
      if (this.pairCount > 200_000) {
        this.pairCache.clear();
        this.pairCount = 0;
      }
      this.pairCache.set(a, (m = new Map()));
    }
    let r = m.get(b);
    if (r === undefined) {
      r = this.roleOf(`${a} ${b}`) ?? null;
      m.set(b, r);
      this.pairCount++;
    }
    return r ?? undefined;
  };

  code(input: CoderInput, opts: CoderOptions): Event[] {
    this.clusterById = new Map(input.clusters.map((c) => [c.id, c]));
    const clusterOfMention = new Map<string, Cluster>();
    for (const c of input.clusters) for (const id of c.mentions) clusterOfMention.set(id, c);
    const di: DocIndex = {
      roleOf: this.roleOf,
      roleOfPair: this.roleOfPair,
      mayStartRole: this.mayStartRole,
      mentions: input.mentions,
      clusterOfMention,
      times: input.times ?? [],
      places: input.places ?? [],
      quotes: input.quotes ?? [],
    };
    // every token's lower-case text once per document (the model's words), and its normalised form (the coder's)
    const tokens = input.tokens;
    const lower = input.text.toLowerCase();
    const sameLength = lower.length === input.text.length;
    const lowerWords: string[] = new Array(tokens.length);
    const words: string[] = new Array(tokens.length);
    // and the dictionary's id of each word (-1: no pattern has it), which the trigger matcher works on
    const ids = new Int32Array(tokens.length);
    const vocab = this.dict.vocab;
    const table = this.words;
    table.reserve(tokens.length);
    if (table.generation !== this.entryGen) {
      this.entryGen = table.generation;
      this.entryRole = [];
      this.entryInfo = [];
    }
    // and, when the words come from the table, the role flags of each (DocIndex.roleFlags)
    const entries = sameLength ? new Int32Array(tokens.length) : null;
    const roleFlags = entries ? new Uint8Array(tokens.length) : undefined;
    for (let t = 0; t < tokens.length; t++) {
      const tk = tokens[t];
      if (entries && roleFlags) {
        const e = table.entryOf(lower, tk.start, tk.end);
        entries[t] = e;
        lowerWords[t] = table.lower(e);
        words[t] = table.norm(e);
        ids[t] = table.id(e);
        roleFlags[t] = this.roleFlagsOf(e);
        continue;
      }
      const w = input.text.slice(tk.start, tk.end).toLowerCase();
      lowerWords[t] = w;
      const nw = normLower(w);
      words[t] = nw;
      ids[t] = vocab.get(nw) ?? -1;
    }
    if (entries) {
      di.roleFlags = roleFlags;
      di.roleOfToken = (t) => this.roleOfEntry(entries[t]);
    }
    // one pass per step over the document's sentences (views, then triggers, then the coding): each
    // step's data (the knowledge base's roles, the pattern dictionary) stays in the CPU cache across them
    const views: SentenceView[] = [];
    const starts = this.dict.packed.starts;
    for (let si = 0; si < input.sentences.length; si++) {
      const s = input.sentences[si];
      if (s.role === 'dateline') continue;
      if (s.role === 'headline' && !opts.headlines) continue;
      // cheap pre-check: does any token of the sentence start a pattern?
      let any = false;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (ids[t] >= 0 && starts[ids[t]]) {
          any = true;
          break;
        }
      }
      if (any) views.push(buildView(input.text, tokens, s, si, di, words));
    }
    const triggers: Match[][] = views.map((v) => findTriggers(this.dict, v.words, v.blocked, ids.subarray(v.sentence.tokenStart, v.sentence.tokenEnd)));
    const all = this.codeSentences(views, triggers);
    const events = this.finish(all, input, di);
    if (opts.model && events.length) {
      const sentenceById = new Map<string, Sentence>();
      for (const s of input.sentences) sentenceById.set(s.id, s);
      const wordsOf = (sid: string): string[] => {
        const s = sentenceById.get(sid);
        return s ? lowerWords.slice(s.tokenStart, s.tokenEnd) : [];
      };
      const infosOf = entries ? this.modelInfos(opts.model, entries, sentenceById) : undefined;
      fuseEvents(events, wordsOf, opts.model, opts.fusion, infosOf);
    }
    return events;
  }

  // ─────────────────────────── per sentence ───────────────────────────

  /**
   * The events of the document's sentences given their triggers (findTriggers). Step by step over
   * all the sentences, so each step's code and word lists stay in the CPU cache: a sentence goes
   * through the same steps in the same order as alone, and no step looks at another sentence.
   */
  private codeSentences(views: readonly SentenceView[], triggers: readonly Match[][]): { c: Cand; v: SentenceView }[] {
    const work: SentenceWork[] = [];
    for (let k = 0; k < views.length; k++) {
      if (!triggers[k].length) continue;
      const v = views[k];
      const cands = triggers[k].map((m) => newCand(v, m));
      for (const c of cands) this.disambiguate(v, c);
      const live = cands.filter((c) => !c.dropped);
      const verbHeads = new Map<number, Cand>();
      for (const c of live) if (c.pos !== 'noun') verbHeads.set(c.head, c);
      work.push({ v, live, verbHeads, rel: relativeSpans(v) });
    }
    for (const { v, live } of work) {
      for (const c of live) c.passive = c.m.pattern.passive === true || isPassiveForm(v.words, c);
      this.linkFrames(v, live);
    }
    for (const { v, live, verbHeads, rel } of work) for (const c of live) c.clause = this.clauseRole(v, c, verbHeads, rel);
    for (const { v, live, verbHeads, rel } of work) for (const c of live) this.findActors(v, c, live, verbHeads, rel);
    for (const { v, live } of work) {
      // agentless acts in a statement ("there were no plans to ...") and unresolved pronouns are the speaker's
      for (const c of live) {
        if (c.frame === 'say' || !c.say || !c.say.source.length || c.parent) continue;
        if (this.speakersAct(v, c)) c.source = c.say.source.map((a) => ({ ...a, via: 'context' as EventActorVia }));
      }
      for (const c of live) this.applyControl(c);
    }
    for (const { v, live, rel } of work) {
      for (const c of live) this.modality(v, c, rel);
      embeddedModality(v, live);
    }
    for (const { v, live } of work) {
      for (const c of live) this.assignCode(v, c);
      this.suppress(v, live);
    }
    const out: { c: Cand; v: SentenceView }[] = [];
    for (const { v, live } of work) for (const c of live) if (!c.dropped) out.push({ c, v });
    return out;
  }

  /** Word-sense rules for triggers whose code depends on their neighbours. */
  private disambiguate(v: SentenceView, c: Cand): void {
    const w = v.words;
    const head = w[c.head];
    const prev = w[c.start - 1] ?? '';
    const next = w[c.end] ?? '';
    // strike: a labour strike or an attack
    if (/^(strike|strikes|struck|striking)$/.test(head) && c.code === '190') {
      if (LABOUR_STRIKE_MODIFIERS.has(prev) || prev === 'on' || next === 'action') c.code = '143';
      // a strike in a sentence about pay, unions or workers is a labour strike
      else if (!ATTACK_STRIKE_MODIFIERS.has(prev) && w.some((x) => LABOUR_CONTEXT.has(x))) c.code = '143';
      else if (prev === 'drone') c.code = '195';
      else if (prev === 'missile' || prev === 'rocket' || prev === 'artillery') c.code = '194';
      else if (!ATTACK_STRIKE_MODIFIERS.has(prev) && c.pos === 'noun' && (next === 'for' || next === 'over' || next === 'against')) c.code = '143';
    }
    // ", killing 20 people": a participle reporting casualties, not a murder of its own
    if (c.pos === 'noun' && head === 'killing' && prev === ',' && next !== 'of') c.outcome = true;
    // "…, a rights group protested on Wednesday", "…, the group charged": a reporting verb after its content is verbal
    if (c.pos === 'verb' && c.head === c.start && /^(protest|charg|complain)/.test(head) && trailingReport(v, c)) {
      if (c.code.startsWith('14') || c.code === '114') c.code = '111';
      else if (c.code === '173') {
        c.code = '112';
        c.frame = 'accuse';
      }
    }
    // natural forces strike, hit, kill, destroy: no actor does anything
    if (VIOLENT_ROOTS.has(c.code.slice(0, 2)) && c.pos === 'verb') {
      for (let i = c.start - 1; i >= Math.max(0, c.start - 3); i--) {
        if (NATURAL_FORCES.has(w[i])) {
          c.dropped = true;
          return;
        }
        if (!DETERMINERS.has(w[i]) && !AUXILIARIES.has(w[i])) break;
      }
    }
    // "attacked the decision": criticism
    if (c.code === '190' && c.pos === 'verb' && /^attack/.test(head)) {
      for (let i = c.end; i < Math.min(w.length, c.end + 4); i++) {
        if (VERBAL_OBJECTS.has(w[i])) {
          c.code = '111';
          break;
        }
        if (!DETERMINERS.has(w[i]) && !v.mentionsAt[i].length && w[i] !== "'s") break;
      }
    }
    // released from hospital is not released from captivity
    if (c.code === '084' && w.some((x) => /^(hospital|hospitals|treated|treatment|discharged|inhalation|injuries|clinic|wounds)$/.test(x)) && !w.some((x) => /^(prisoners?|hostages?|detainees?|captives?|prison|jail|custody|detention|kidnapped|abducted)$/.test(x))) {
      c.dropped = true;
      return;
    }
    // release of a report is not the release of prisoners
    if (c.code === '084' && c.pos === 'noun') {
      for (let i = c.end; i < Math.min(w.length, c.end + 4); i++) {
        if (/^(report|reports|statement|data|video|film|album|figures|results|details|documents|book|records|footage)$/.test(w[i])) {
          c.dropped = true;
          return;
        }
      }
    }
    // "occupied Kashmir", "the disputed region", "imprisoned politicians": a participle before a noun is an adjective
    // (after a comma or "and" only before a name, "Gaza, occupied East Jerusalem": ", investigated claims" is a verb after an apposition)
    const listed = prev === ',' || prev === 'and';
    if (c.pos === 'verb' && c.head === c.start && c.end === c.head + 1 && head.endsWith('ed') && (NOUN_DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || listed) && (listed ? c.end < v.toks.length && capitalizedAt(v, c.end) : v.mentionsAt[c.end]?.length || /^[a-z]/.test(next)) && !PREPOSITIONS.has(next) && !DETERMINERS.has(next) && next !== 'by' && !/^[,.;:]$/.test(next)) {
      c.dropped = true;
      return;
    }
    // "Striking miners", "Protest leaders", "aid workers": a trigger word modifying the noun after it
    const sentenceStart = c.start === 0 || quoteMarkAt(v, c.start - 1);
    const nounNext = /^[a-z]/.test(next) && !DETERMINERS.has(next) && !PREPOSITIONS.has(next) && !AUXILIARIES.has(next) && !BE_FORMS.has(next) && !NEGATIONS.has(next) && next !== 'and' && next !== 'or';
    if (c.pos === 'verb' && c.end === c.head + 1 && (sentenceStart || NOUN_DETERMINERS.has(prev)) && nounNext && (head.endsWith('ing') || head === lemmaHead(c.lemma)) && !v.mentionsAt[c.end]?.some((r) => r.m.form === 'name' && r.m.type !== 'NORP')) {
      if (!(head.endsWith('ing') && this.dict.nounHeads.has(head) && !sentenceStart)) {
        c.dropped = true;
        return;
      }
    }
    if (c.code.startsWith('07') && /^(workers?|agencies|agency|groups?|organi[sz]ations?|officials?|staff|personnel|convoys?|ngos?)$/.test(next) && c.pos !== 'verb') {
      c.dropped = true;
      return;
    }
    // "the meeting", "the attack", "at the request of": a verb form after a determiner is a noun; an -ing
    // form that is no action noun ("a visiting official") is an adjective
    if (c.pos === 'verb' && c.head === c.start && (NOUN_DETERMINERS.has(prev) || prev === "'s")) {
      if (head.endsWith('ing') && !this.dict.nounHeads.has(head)) {
        c.dropped = true;
        return;
      }
      c.pos = 'noun';
    }
    // mobilizing funds is not mobilizing forces; deploying observers or rescue teams is aid
    if (c.code === '154' || c.code === '153') {
      const after = w.slice(c.start, Math.min(w.length, c.end + 8));
      if (after.some((x) => /^(peacekeep|monitor|observer|mission|u\.n\.|un$|team|teams|experts)/.test(x))) c.code = '074';
      if (after.some((x) => /^(rescue|medical|relief|doctors|aid|humanitarian|search-and-rescue)/.test(x))) c.code = '073';
      if (after.some((x) => /^(funds|money|resources|financing|funding|investment|capital|donors|voters|supporters)$/.test(x))) c.code = /^mobili[sz]/.test(head) ? '070' : c.code;
    }
    // fighting a disease, poverty or corruption is no use of force
    if (c.code === '190' && /^(fight|fought|fighting|fights|combat|battle|tackle)/.test(head)) {
      const after = w.slice(c.end, Math.min(w.length, c.end + 5));
      if (after.some((x) => /^(ebola|epidemic|pandemic|virus|disease|diseases|corruption|poverty|crime|drugs|climate|inflation|fire|fires|hunger|malaria|cancer|aids|hiv|covid|coronavirus|unemployment|illiteracy|famine|extremism|radicalization|radicalisation|fake|misinformation|disinformation|discrimination|racism)$/.test(x))) {
        c.dropped = true;
        return;
      }
    }
    // the month March, the modal may: never triggers (time expressions are blocked already)
    if ((head === 'march' && capitalizedAt(v, c.head) && c.head > 0) || head === 'may') {
      c.dropped = true;
      return;
    }
    // "seized three aid workers": persons seized are abducted (181)
    if (c.code === '171' && /^seiz/.test(head)) {
      for (let i = c.end; i < Math.min(w.length, c.end + 5); i++) {
        if (PERSON_OBJECTS.has(w[i]) || v.mentionsAt[i].some((r) => r.m.type === 'PERSON')) {
          c.code = '181';
          break;
        }
        if (PREPOSITIONS.has(w[i])) break;
      }
    }
    // "seize/capture/take + territory": occupy territory (192) whatever the pattern said
    if ((c.code === '171' || c.code === '173') && /^(seiz|captur|took|take|taking|overr)/.test(head)) {
      for (let i = c.end; i < Math.min(w.length, c.end + 5); i++) {
        if (TERRITORY_WORDS.has(w[i]) || v.mentionsAt[i].some((r) => r.m.type === 'GPE' || r.m.type === 'LOC')) {
          c.code = '192';
          break;
        }
        if (PREPOSITIONS.has(w[i]) && w[i] !== 'of') break;
      }
    }
  }

  /**
   * Whether a trigger stands in the main clause or in background: a relative clause ("who had
   * fought"), a subordinate clause ("after attackers launched"), a reduced relative ("forces backed
   * by Russia"). Statements' complements ("said that X attacked") are main content.
   */
  private clauseRole(v: SentenceView, c: Cand, verbHeads: Map<number, Cand>, rel: Int32Array): Cand['clause'] {
    const w = v.words;
    if (rel[c.head] >= 0) return 'rel';
    // "forces backed by Russian warplanes": a participle right after a noun phrase, with a "by" agent
    if (c.pos === 'verb' && c.head === c.start && isParticiple(w[c.head], lemmaHead(c.lemma))) {
      const before = w[c.start - 1] ?? '';
      const after = w[c.head + 1] ?? '.';
      const nounBefore = v.mentionsAt[c.start - 1]?.length || before === ',' || (!AUXILIARIES.has(before) && !BE_FORMS.has(before) && /[a-z]/.test(before) && !PREPOSITIONS.has(before) && !SUBJECT_PRONOUNS.has(before) && !NOMINATIVE.has(before));
      if (after === 'by' && nounBefore) return 'reduced';
      // "an aid worker imprisoned in Egypt": a participle after a noun, followed by a preposition, once the sentence has its verb
      if (nounBefore && before !== ',' && (PREPOSITIONS.has(after) || after === ',' || after === '.') && after !== 'to') {
        for (let i = c.start - 1; i >= 0; i--) {
          const o = verbHeads.get(i);
          if (o && o !== c && o.frame !== 'say') return 'reduced';
        }
      }
    }
    // "arrested for collaborating with ...": an -ing verb after a preposition is background
    if (c.pos === 'verb' && c.head === c.start && w[c.head].endsWith('ing') && c.start > 0 && PREPOSITIONS.has(w[c.start - 1]) && w[c.start - 1] !== 'to' && !c.parent) return 'sub';
    // "… to support refugees", "… to help deliver aid": a purpose infinitive after the main verb
    if (c.pos === 'verb' && !c.parent) {
      let k = c.start - 1;
      if (w[k] === 'help' || w[k] === 'helping') k--;
      if (w[k] === 'to' && k > 0 && !verbHeads.has(k - 1) && !FUTURE_NEXT_TO.has(w[k - 1]) && !OBLIGATION.has(w[k - 1]) && w[k - 1] !== 'have' && w[k - 1] !== 'has' && w[k - 1] !== 'had') {
        for (let j = k - 1; j >= 0; j--) if (verbHeads.has(j) && verbHeads.get(j) !== c) return 'sub';
      }
    }
    for (let i = c.start - 1; i >= 0; i--) {
      const x = w[i];
      if (HARD_BREAK.has(x) || quoteMarkAt(v, i)) return 'main';
      const other = verbHeads.get(i);
      if (other && other !== c) return 'main';
      if (x === 'that') {
        // a complementizer right after a statement verb ("said that") or its addressee ("told reporters
        // that"); after a noun ("accusations that ...") it opens a content or relative clause
        // ("said on Tuesday that", "announced here today that": a time between the verb and "that")
        let k = i;
        while (k > 0 && (v.timeAt[k - 1] || WHEN_WORDS.has(w[k - 1]))) k--;
        for (let j = i - 1; j >= Math.max(0, k - 4); j--) {
          const f = verbHeads.get(j);
          if (f?.frame && (f.end === i || f.end === k || (v.mentionsAt[i - 1]?.length && f.end >= i - 3))) return 'main';
        }
        return 'rel';
      }
      if (x === 'who' || x === 'which' || x === 'whose' || x === 'whom' || x === 'where') return 'rel';
      if (SUBORDINATORS.has(x)) {
        if (x === 'as' && (w[i + 1] === 'well' || w[i - 1] === 'well' || w[i - 1] === 'such')) continue;
        if (x === 'once' && (w[i + 1] === 'again' || w[i + 1] === 'more')) continue;
        return 'sub';
      }
    }
    return 'main';
  }

  /** Each consuming frame's complement: the first trigger that follows it in its clause. */
  private linkFrames(v: SentenceView, cands: Cand[]): void {
    const w = v.words;
    const verbHeads0 = new Set(cands.filter((c) => c.pos !== 'noun').map((c) => c.head));
    for (let k = 0; k < cands.length; k++) {
      const f = cands[k];
      if (!f.frame) continue;
      // "insisted that the government withdraw": a mandative subjunctive makes the statement a demand
      if (f.frame === 'say' && /^insist/.test(f.lemma)) {
        const c = cands[k + 1];
        if (c && c.pos === 'verb' && c.start > f.end && c.start - f.end <= 8) {
          const base = w[c.head] === lemmaHead(c.lemma);
          const modal = /^(should|must)$/.test(w[c.start - 1] ?? '');
          if ((base && !AUXILIARIES.has(w[c.start - 1] ?? '')) || modal) {
            f.frame = 'demand';
            f.code = '100';
          }
        }
      }
      if (f.frame === 'say') {
        // statements: everything after the verb in the sentence, or the quote the cue introduces
        for (const c of cands) {
          if (c === f || c.say) continue;
          if (c.start >= f.end) c.say = f;
          else if (c.quote && v.cueAt[f.head] === c.quote) c.say = f;
        }
        // "…, the minister said on Tuesday": a trailing statement reports what precedes it
        if (f.pos === 'verb' && f.head === f.start && (trailingReport(v, f) || invertedReport(v, f))) {
          for (const c of cands) if (c !== f && c.end <= f.start && !c.say && !c.report) c.report = f;
        }
        continue;
      }
      if (!CONSUMING.has(f.frame) && f.frame !== 'praise' && f.frame !== 'authorize') continue;
      // an action noun takes its complement right after it ("plan to attack", "offer of aid", "calls for talks")
      const nounFrame = f.pos === 'noun' && !/^(to|for|of|on|over)$/.test(w[f.end - 1]);
      // "allegations that X did Y", "claims that ...": what an accusation or a denial is about
      const contentNoun = nounFrame && w[f.end] === 'that' && (f.frame === 'accuse' || f.frame === 'deny' || f.frame === 'claim');
      if (nounFrame && !contentNoun && !/^(to|for|of|on|over)$/.test(w[f.end] ?? '')) continue;
      // "the curfew was lifted", "talks were suspended": a passive frame's complement is its subject
      if (f.passive && (f.frame === 'reverse' || f.frame === 'reject' || f.frame === 'authorize')) {
        for (let j = k - 1; j >= 0; j--) {
          const c = cands[j];
          if (c.end > f.start) continue;
          let ok = f.start - c.end <= 7;
          for (let i = c.end; ok && i < f.start; i++) if (HARD_BREAK.has(w[i]) || w[i] === ',' || SUBJECT_STOP.has(w[i]) || (verbHeads0.has(i) && i !== f.head)) ok = false;
          if (ok && !c.frame) {
            f.complement = c;
            c.parent = f;
          }
          break;
        }
        if (f.complement) continue;
      }
      const maxGap = OBJECT_CONTROL.has(f.frame) || f.frame === 'reverse' || f.frame === 'deny' ? 10 : 8;
      for (let j = k + 1; j < cands.length; j++) {
        const c = cands[j];
        if (c.start < f.end) continue;
        if (c.start - f.end > maxGap) break;
        // nothing but the object and connectives between the frame and its complement
        let ok = true;
        let commas = 0;
        for (let i = f.end; i < c.start; i++) {
          if (HARD_BREAK.has(w[i]) && !(f.frame === 'deny' || f.frame === 'accuse')) ok = false;
          if (w[i] === ',') commas++;
          if ((w[i] === 'and' || w[i] === 'but' || w[i] === 'while') && (w[i - 1] === ',' || c.pos === 'verb')) ok = false;
          if (['because', 'after', 'before', 'when', 'while', 'as', 'although', 'since', 'who', 'which'].includes(w[i])) ok = false;
        }
        if (commas > 1) ok = false;
        if (f.pos === 'noun' && c.start - f.end > (contentNoun ? 10 : 4)) ok = false;
        // "want to remove threats": an infinitive's complement is the verb right after "to"
        if (ok && w[f.end - 1] === 'to' && c.start > f.end) {
          for (let i = f.end; i < c.start; i++) {
            const x = w[i];
            if (!(DETERMINERS.has(x) || AUXILIARIES.has(x) || ASPECT.has(x) || x.endsWith('ly') || ADJECTIVE.test(x) || v.mentionsAt[i].length || x === 'not')) ok = false;
          }
          if (!DETERMINERS.has(w[f.end]) && !ASPECT.has(w[f.end]) && c.pos === 'noun' && !v.mentionsAt[f.end].length && c.start !== f.end) ok = false;
        }
        if (!ok) break;
        f.complement = c;
        c.parent = f;
        // "the immediate trial or release of ...": coordinated complements share the frame
        const c2 = cands[j + 1];
        const joiner = w.slice(c.end, c2?.start ?? c.end);
        if (c2 && (f.frame === 'appeal' || f.frame === 'demand' || f.frame === 'reject') && c2.start - c.end <= 2 && c2.start >= c.end && joiner.every((x) => x === 'or' || x === 'and' || x === ',') && (joiner.includes('or') || c2.pos === 'noun')) {
          c2.parent = f;
          f.alternatives = [c2];
        }
        break;
      }
    }
  }

  // ─────────────────────────── actors ───────────────────────────

  private actorOf(ref: MentionRef, via: EventActorVia): Actor {
    const cl = ref.cluster;
    let code = cl?.actor ?? '';
    if (!code) code = this.mentionCode(ref.m);
    const a: Actor = { code, via, type: cl?.type ?? ref.m.type, role: ref.m.role, kind: ref.m.kind ?? cl?.kind };
    if (ref.m.id) a.mention = ref.m.id;
    else a.span = { start: ref.m.start, end: ref.m.end };
    if (cl) a.entity = cl.id;
    if (ref.m.form === 'pronoun' && !cl) a.pronoun = true;
    return a;
  }

  private mentionCode(m: Mention): string {
    if (m.form === 'pronoun') return '';
    const entry = m.kb ? this.kb.entryById(m.kb) : undefined;
    if (entry && m.type !== 'GPE' && m.type !== 'NORP') {
      const code = this.kb.actorCode({ entry, role: m.role });
      if (code) return code;
    }
    if (m.country || m.role) return this.kb.actorCode({ country: m.country, role: m.role });
    return '';
  }

  /** The token before the noun phrase that starts at `s` (determiners, names, numbers skipped). */
  private npLeft(v: SentenceView, s: number, verbHeads?: Map<number, Cand>): number {
    let j = s - 1;
    while (j >= 0) {
      const w = v.words[j];
      // a time expression ends the noun phrase ("said on Monday that Egypt ...")
      if (v.timeAt[j]) break;
      if (DETERMINERS.has(w) || w === "'s" || startsWithDigit(w) || v.mentionsAt[j].length || (capitalizedAt(v, j) && j > 0 && !PREPOSITIONS.has(w) && !HARD_BREAK.has(w))) {
        j--;
        continue;
      }
      // adjectives: "neighbouring Syria", "rebel-held Aleppo", "northern Iraq"
      if (ADJECTIVE.test(w) && !(verbHeads?.has(j)) && !PREPOSITIONS.has(w) && !AUXILIARIES.has(w)) {
        j--;
        continue;
      }
      if (w === 'of' && j > 0 && QUANTIFIERS.has(v.words[j - 1])) {
        j -= 2;
        continue;
      }
      break;
    }
    return j;
  }

  private subjectPosition(v: SentenceView, ref: MentionRef, verbHeads: Map<number, Cand>): boolean {
    // nominative pronouns are subjects wherever they stand ("said Thursday he is open to ...")
    if (ref.m.form === 'pronoun' && NOMINATIVE.has(v.words[ref.s])) return true;
    const j = this.npLeft(v, ref.s, verbHeads);
    if (j < 0) return true;
    const w = v.words[j];
    if (PREPOSITIONS.has(w)) return false;
    const verb = verbHeads.get(j);
    if (verb) return verb.frame === 'say' && !/^(tell|told|telling|tells|inform|informed|brief|briefed)$/.test(w);
    return true;
  }

  /** "X, Y and Z": the conjuncts to the left of a subject. */
  private leftConjuncts(v: SentenceView, ref: MentionRef, verbHeads: Map<number, Cand>, via: EventActorVia): Actor[] {
    const out: Actor[] = [this.actorOf(ref, via)];
    let cur = ref;
    for (let guard = 0; guard < 6; guard++) {
      let j = cur.s - 1;
      while (j >= 0 && DETERMINERS.has(v.words[j])) j--;
      if (j < 1 || (v.words[j] !== 'and' && v.words[j] !== ',')) break;
      const k = j - 1;
      const prev = v.mentionsAt[k]?.[0];
      if (!prev || prev.e !== k + 1) break;
      if (!this.subjectPosition(v, prev, verbHeads) && v.words[this.npLeft(v, prev.s)] !== ',') break;
      out.unshift(this.actorOf(prev, via));
      cur = prev;
    }
    return out;
  }

  /** "X and Y", "X as well as Y": the conjuncts to the right of an object. */
  private rightConjuncts(v: SentenceView, ref: MentionRef, via: EventActorVia): Actor[] {
    const out: Actor[] = [this.actorOf(ref, via)];
    let cur = ref;
    for (let guard = 0; guard < 6; guard++) {
      let k = cur.e;
      const w = v.words;
      if (w[k] === ',' || w[k] === 'and' || w[k] === 'or') k++;
      else if (w[k] === 'as' && w[k + 1] === 'well' && w[k + 2] === 'as') k += 3;
      else break;
      if (w[k] === 'and') k++;
      while (k < w.length && DETERMINERS.has(w[k])) k++;
      const next = v.mentionsAt[k]?.find((r) => r.s === k || r.s <= k);
      if (!next) break;
      out.push(this.actorOf(next, via));
      cur = next;
    }
    return out;
  }

  private speakerActor(v: SentenceView, i: number, via: EventActorVia): Actor | null {
    const q = v.quoteAt[i];
    if (!q) return { code: '', via, span: { start: v.toks[i].start, end: v.toks[i].end }, firstPerson: true };
    return this.quoteSpeaker(q, via, { start: v.toks[i].start, end: v.toks[i].end });
  }

  private clusterById = new Map<string, Cluster>();

  private quoteSpeaker(q: Quote, via: EventActorVia, span?: Span): Actor | null {
    const cl = q.entity ? this.clusterById.get(q.entity) : undefined;
    const a: Actor = { code: cl?.actor ?? '', via, firstPerson: true };
    if (cl) {
      a.entity = cl.id;
      a.type = cl.type;
      a.kind = cl.kind;
    }
    if (span) a.span = span;
    else if (q.speakerMention) a.mention = q.speakerMention;
    return a;
  }

  private findActors(v: SentenceView, c: Cand, cands: Cand[], verbHeads: Map<number, Cand>, rel: Int32Array): void {
    const w = v.words;
    const g = c.m.pattern.group;
    // first-person possessive inside the trigger ("in our interest to"): the speaker
    if (c.m.literalToks.some((t) => w[t] === 'our' || w[t] === 'my') && v.quoteAt[c.head]) {
      const a = this.speakerActor(v, c.head, 'speaker');
      if (a) {
        c.source = [a];
        c.explicitSource = true;
      }
    }
    // the limit of the object search: the complement of a frame starts its own clause
    const objectLimit = c.complement && c.frame !== 'praise' ? c.complement.start : w.length;
    const preps = g.to ?? DEFAULT_PREPS;
    if (c.pos === 'noun') {
      // noun triggers: "Russian airstrikes", "Russia's airstrikes", "airstrikes by Russia"
      const mod = this.modifier(v, c);
      if (mod) {
        c.source = [mod];
        c.explicitSource = true;
      }
      const agent = this.agent(v, c.end, objectLimit);
      if (!c.source.length && agent.length) {
        c.source = agent;
        c.explicitSource = true;
      }
      let left = c.start - 1;
      for (let hop = 0; left >= 0 && hop < 4; hop++) {
        const x = w[left];
        if (PREPOSITIONS.has(x) || HARD_BREAK.has(x) || x === ',' || verbHeads.has(left) || SUBJECT_STOP.has(x)) break;
        if (v.mentionsAt[left].length) left = v.mentionsAt[left][0].s;
        left--;
      }
      const inPP = left >= 0 && PREPOSITIONS.has(w[left]) && !['between', 'among', 'of'].includes(w[left]);
      if (inPP) c.background = true;
      if (!c.source.length && !inPP) {
        const subj = this.subject(v, c, verbHeads, rel, cands);
        if (subj.length) {
          c.source = subj;
          c.explicitSource = true;
        }
      }
      // "talks between X and Y"
      const between = c.end < w.length && (w[c.end] === 'between' || w[c.end] === 'among') ? v.mentionsAt[c.end + 1]?.[0] ?? v.mentionsAt[c.end + 2]?.[0] : undefined;
      if (between) {
        const both = this.rightConjuncts(v, between, 'subject');
        if (!c.source.length) c.source = both;
        else c.target = both.filter((a) => !sameActor(a, c.source[0]));
      } else {
        c.target = this.object(v, c, c.end, objectLimit, preps, false, verbHeads);
      }
    } else if (c.m.pattern.passive) {
      // "two diplomats were expelled (by X)", "sanctions were imposed on Iran by the EU"
      const patient = pickMention(v, c.start, c) ?? (DETERMINERS.has(w[c.start - 1] ?? '') ? undefined : v.mentionsAt[c.start - 1]?.[0]);
      c.source = this.agent(v, c.end, w.length);
      c.explicitSource = c.source.length > 0;
      c.target = patient ? [this.actorOf(patient, 'object')] : this.object(v, c, c.end, objectLimit, preps, false, verbHeads);
    } else {
      const subj = this.subject(v, c, verbHeads, rel, cands);
      if (!c.source.length && subj.length) {
        c.source = subj;
        c.explicitSource = !subj.every((a) => a.via === 'context');
      }
      // inverted statements: "…,” said Samir Al-Rashidi
      if (!c.source.length && c.frame === 'say' && c.start > 0 && (w[c.start - 1] === ',' || quoteMarkAt(v, c.start - 1))) {
        const after = v.mentionsAt[c.end]?.[0] ?? (DETERMINERS.has(w[c.end]) ? v.mentionsAt[c.end + 1]?.[0] : undefined);
        if (after && after.s >= c.end) c.source = [this.actorOf(after, 'subject')];
      }
      if (!c.source.length && c.frame === 'say') {
        const q = v.cueAt[c.head];
        if (q) {
          const a = this.quoteSpeaker(q, 'speaker');
          if (a) c.source = [a];
        }
      }
      // the gap of the pattern holds the object ("accuse * of", "urge * to")
      let obj: Actor[] = [];
      for (const [gs, ge] of c.m.gaps) {
        obj = this.object(v, c, gs, ge, preps, true, verbHeads);
        if (obj.length) break;
      }
      if (!obj.length) obj = this.object(v, c, c.end, objectLimit, preps, true, verbHeads);
      c.target = obj;
      if (c.clause === 'reduced') {
        const before = v.mentionsAt[c.start - 1]?.[0];
        c.passive = true;
        c.source = before ? [this.actorOf(before, 'object')] : [];
      }
      if (c.passive) {
        const agent = this.agent(v, c.end, w.length);
        const patient = c.source;
        c.source = agent;
        c.explicitSource = agent.length > 0;
        c.target = patient.map((a) => ({ ...a, via: 'object' as EventActorVia }));
      }
      if (c.frame === 'say' && c.target.some((a) => a.mention && isMediaMention(v, a))) c.target = [];
    }
    if (g.reciprocal && c.source.length >= 2 && !c.target.length) {
      // "X and Y met": both act; the pairing is done by the exports (CAMEO codes one event per pair)
    }
    // a quote's cue gets its speaker from the quotes layer when the grammar did not
    if (!c.source.length && c.quote && c.frame !== 'say') {
      // events told in a quote without a subject of their own are the speaker's ("will consider it")
      const first = w.slice(Math.max(0, c.start - 4), c.start).some((x) => FIRST_PERSON.has(x));
      if (first) {
        const a = this.quoteSpeaker(c.quote, 'speaker');
        if (a) c.source = [a];
      }
    }
    c.source = dedupeActors(c.source);
    c.target = dedupeActors(c.target);
    if (c.source.length && c.target.length) c.target = c.target.filter((t) => !c.source.some((s) => sameActor(s, t)));
  }

  /**
   * Whether an act in a statement without an actor of its own is the speaker's: "X said it would ..."
   * (it, he, she agreeing with the speaker), "there were no plans to ..." (no agent at all).
   */
  private speakersAct(v: SentenceView, c: Cand): boolean {
    const say = c.say as Cand;
    if (c.source.length && c.source.every((a) => a.pronoun && a.span)) {
      const p = v.text_(c.source[0].span as Span);
      const st = say.source[0]?.type;
      if (p === 'it') return st !== 'PERSON';
      if (p === 'he' || p === 'she') return st === 'PERSON';
      // "the rebels claimed that they had attacked ...": a group speaking of itself
      if (p === 'they') return st !== undefined && st !== 'PERSON' || say.source.some((a) => Boolean(a.role) && a.type === 'PERSON' && !a.entity);
      return false;
    }
    if (c.source.length) return false;
    for (let i = Math.max(say.end, c.start - 6); i < c.start; i++) if (v.words[i] === 'there' && BE_FORMS.has(v.words[i + 1] ?? '')) return true;
    return false;
  }

  /** "Russian airstrikes", "Russia's airstrikes", "the US-led coalition's strikes". */
  private modifier(v: SentenceView, c: Cand): Actor | null {
    let j = c.start - 1;
    if (v.words[j] === "'s" || v.words[j] === "'") j--;
    for (let hop = 0; hop < 3 && j >= 0; hop++) {
      const ref = v.mentionsAt[j]?.find((r) => r.e === j + 1);
      if (ref && ref.m.form !== 'pronoun' && ref.m.type !== 'MISC') return this.actorOf(ref, 'modifier');
      if (ref && ref.m.form === 'pronoun' && /^(his|her|its|their|our|my)$/.test(v.words[j])) {
        if (/^(our|my)$/.test(v.words[j])) return this.speakerActor(v, j, 'speaker');
        return this.actorOf(ref, 'modifier');
      }
      if (/^(our|my)$/.test(v.words[j]) && v.quoteAt[j]) return this.speakerActor(v, j, 'speaker');
      const w = v.words[j];
      if (PREPOSITIONS.has(w) || HARD_BREAK.has(w) || w === ',' || DETERMINERS.has(w)) return null;
      j--;
    }
    return null;
  }

  /** The "by" agent after a passive verb or an action noun. */
  private agent(v: SentenceView, from: number, to: number): Actor[] {
    const w = v.words;
    for (let i = from; i < Math.min(to, from + 8); i++) {
      if (HARD_BREAK.has(w[i]) || OBJECT_STOP.has(w[i])) break;
      if (w[i] !== 'by') continue;
      let k = i + 1;
      while (k < w.length && DETERMINERS.has(w[k])) k++;
      const ref = v.mentionsAt[k]?.[0] ?? v.mentionsAt[i + 1]?.[0];
      if (ref) return this.rightConjuncts(v, ref, 'agent');
      break;
    }
    return [];
  }

  private subject(v: SentenceView, c: Cand, verbHeads: Map<number, Cand>, rel: Int32Array, cands: Cand[]): Actor[] {
    const w = v.words;
    let i = c.start - 1;
    let passiveAux = false;
    let sawAnd = false;
    const participle = c.pos === 'verb' && isParticiple(w[c.head], lemmaHead(c.lemma));
    while (i >= 0) {
      const x = w[i];
      // auxiliaries and adverbs between the subject and the verb ("has once again outright rejected")
      if (v.timeAt[i] || AUXILIARIES.has(x) || x.endsWith("n't") || (x.endsWith('ly') && x.length > 4 && !v.mentionsAt[i].length) || VERB_ADVERBS.has(x) || (x === 'once' && (w[i + 1] === 'again' || w[i + 1] === 'more'))) {
        if (BE_FORMS.has(x) || BE_NEGATED.has(x) || x === "been't" || x === "being't") passiveAux = true;
        i--;
        continue;
      }
      break;
    }
    if (passiveAux && participle && c.frame !== 'say' && !w[c.head].endsWith('ing')) c.passive = true;
    void passiveAux;
    // relative pronoun right before the verb: its antecedent is the subject
    if (i >= 0 && (w[i] === 'who' || w[i] === 'which' || w[i] === 'that')) {
      let k = i - 1;
      if (w[k] === ',') k--;
      const ref = v.mentionsAt[k]?.[0];
      if (ref) return [this.actorOf(ref, 'subject')];
      return [];
    }
    // a participle after a comma ("…, accusing X of …, and praising Y") and a verb coordinated with the one
    // before it ("… and supports", "… but warned") share that verb's subject
    const coordinated = c.pos === 'verb' && (w[i] === 'and' || w[i] === 'but') && i === c.start - 1 - countAux(w, i + 1, c.start);
    if ((w[c.head].endsWith('ing') && c.pos === 'verb' && c.head === c.start) || coordinated) {
      let k = i;
      if (w[k] === 'and' || w[k] === 'but') k--;
      if (w[k] === ',' || coordinated) {
        for (let j = k - 1; j >= 0; j--) {
          const other = verbHeads.get(j);
          if (other && other !== c) {
            if (other.source.length) return other.source.map((a) => ({ ...a, via: 'context' as EventActorVia }));
            break;
          }
          if (HARD_BREAK.has(w[j])) break;
        }
      }
    }
    // a purpose infinitive ("sent troops to help deliver aid") shares the subject of the verb it serves
    if (c.clause === 'sub' && c.pos === 'verb') {
      let k = c.start - 1;
      if (w[k] === 'help' || w[k] === 'helping') k--;
      if (w[k] === 'to') {
        for (let j = k - 1; j >= 0; j--) {
          const other = verbHeads.get(j);
          if (other && other !== c) {
            if (other.source.length) return other.source.map((a) => ({ ...a, via: 'context' as EventActorVia }));
            break;
          }
        }
      }
    }
    // "with Moscow saying": the mention right before an -ing verb
    if (w[c.head].endsWith('ing') && c.pos === 'verb') {
      const ref = v.mentionsAt[c.start - 1]?.[0];
      if (ref && ref.e === c.start) return [this.actorOf(ref, 'subject')];
    }
    let commas = 0;
    for (; i >= 0; i--) {
      if (rel[i] >= 0 && !(rel[c.head] >= 0)) {
        i = rel[i];
        continue;
      }
      const x = w[i];
      if (x === ')') {
        // a parenthesis ("The Civil Liberty Organization (CLO) said"): step over it
        let k = i - 1;
        while (k >= 0 && w[k] !== '(' && i - k < 12) k--;
        if (w[k] === '(') {
          i = k;
          continue;
        }
      }
      if (HARD_BREAK.has(x) || quoteMarkAt(v, i)) break;
      if (SUBJECT_STOP.has(x)) break;
      if (x === 'and' || x === 'or') sawAnd = true;
      const ref = pickMention(v, i, c);
      if (ref) {
        if (this.subjectPosition(v, ref, verbHeads)) {
          if (ref.m.form === 'pronoun' && !ref.cluster && FIRST_PERSON.has(w[ref.s]) && v.quoteAt[ref.s]) {
            const a = this.speakerActor(v, ref.s, 'speaker');
            return a ? [a] : [];
          }
          return this.leftConjuncts(v, ref, verbHeads, 'subject');
        }
        i = ref.s;
        continue;
      }
      if (FIRST_PERSON.has(x)) {
        const a = this.speakerActor(v, i, 'speaker');
        return a ? [a] : [];
      }
      if (SUBJECT_PRONOUNS.has(x) && (x === 'it' || x === 'they' || x === 'he' || x === 'she')) {
        return [{ code: '', via: 'subject', pronoun: true, span: { start: v.toks[i].start, end: v.toks[i].end } }];
      }
      const other = verbHeads.get(i);
      if (other && other !== c) {
        // a participle or a coordinated verb shares the subject of the verb before it
        if (w[c.head].endsWith('ing') || sawAnd) {
          if (other.source.length) return other.source.map((a) => ({ ...a, via: 'context' as EventActorVia }));
        }
        return [];
      }
      if (x === ',') {
        commas++;
        if (commas > 3) break;
      }
    }
    return [];
  }

  private object(v: SentenceView, c: Cand, from: number, to: number, preps: readonly string[], direct: boolean, verbHeads: Map<number, Cand>): Actor[] {
    const w = v.words;
    let fallback: MentionRef | null = null;
    let fallbackPlace: { p: Place; s: number; e: number } | null = null;
    let commas = 0;
    for (let i = from; i < to; i++) {
      const x = w[i];
      if (HARD_BREAK.has(x) || quoteMarkAt(v, i) || (OBJECT_STOP.has(x) && !(x === 'as' && w[i + 1] === 'well'))) break;
      const other = verbHeads.get(i);
      if (other && other !== c && i >= c.end) break;
      if (x === ',') {
        commas++;
        if (commas > 1) break;
      }
      if (FIRST_PERSON.has(x) && /^(us|me|our)$/.test(x) && (i === from || (direct && i === c.end))) {
        const a = this.speakerActor(v, i, 'speaker');
        if (a) return [{ ...a, via: 'object' }];
      }
      const ref = pickMention(v, i, c);
      if (!ref) continue;
      const p = this.npLeft(v, ref.s);
      const pw = p >= 0 ? w[p] : '';
      if (direct && p < from) return this.rightConjuncts(v, ref, 'object');
      if (preps.includes(pw)) return this.rightConjuncts(v, ref, 'object');
      if (direct && pw === 'of' && p - from <= 4) {
        // "attacked the headquarters of the army": the possessor stands for the object
        let clean = true;
        for (let k = from; k < p; k++) if (PREPOSITIONS.has(w[k]) || HARD_BREAK.has(w[k])) clean = false;
        if (clean) return this.rightConjuncts(v, ref, 'object');
      }
      const locative = LOCATIVE.has(pw) || (p > 0 && LOCATIVE.has(w[p - 1]) && ADJECTIVE.test(pw));
      if (locative && !fallback && (ref.m.type === 'GPE' || ref.m.type === 'LOC') && PLACE_TARGET.test(c.code) && c.frame !== 'say') fallback = ref;
      i = ref.e - 1;
    }
    if (fallback) {
      const a = this.actorOf(fallback, 'place');
      const pl = v.places.find((x) => x.s <= fallback.s && x.e >= fallback.e) ?? null;
      fallbackPlace = pl;
      if (pl) a.place = pl.p.id;
      if (!a.code && pl?.p.country) a.code = this.kb.country(pl.p.country)?.cameo ?? '';
      return [a];
    }
    void fallbackPlace;
    return [];
  }

  /** Frames hand their actors to the act they embed, and take the act's actors in return. */
  private applyControl(c: Cand): void {
    const f = c.parent;
    if (!f || !f.frame) return;
    if (f.frame === 'praise' || f.frame === 'investigate') {
      // "condemned Israeli airstrikes": the one condemned is the complement's actor, never its victim
      if (!f.target.length && c.explicitSource && c.source.length) f.target = c.source.map((a) => ({ ...a, via: 'object' as EventActorVia }));
      f.target = f.target.filter((t) => !f.source.some((s) => sameActor(s, t)));
      return;
    }
    if (!CONTROLLING.has(f.frame)) return;
    if (!c.explicitSource || c.source.every((a) => a.pronoun)) {
      const from = OBJECT_CONTROL.has(f.frame) ? f.target : f.source;
      if (from.length) {
        c.source = from.map((a) => ({ ...a, via: 'control' as EventActorVia }));
        c.target = c.target.filter((t) => !c.source.some((s) => sameActor(s, t)));
      }
    }
    if (!f.target.length || f.frame === 'open') {
      if (f.frame === 'open') {
        if (c.source.length && !c.source.some((a) => f.source.some((s) => sameActor(a, s)))) f.target = c.source.map((a) => ({ ...a, via: 'object' as EventActorVia }));
        else if (c.target.length) f.target = c.target.map((a) => ({ ...a, via: 'object' as EventActorVia }));
      } else if (OBJECT_CONTROL.has(f.frame) && f.frame !== 'accuse') {
        if (c.explicitSource && c.source.length) f.target = c.source.map((a) => ({ ...a, via: 'object' as EventActorVia }));
      } else if (c.target.length) {
        f.target = c.target.map((a) => ({ ...a, via: 'object' as EventActorVia }));
      }
      f.target = f.target.filter((t) => !f.source.some((s) => sameActor(s, t)));
    }
  }

  // ─────────────────────────── modality ───────────────────────────

  private modality(v: SentenceView, c: Cand, rel: Int32Array): void {
    const w = v.words;
    let lo = Math.max(0, c.start - 8);
    // the clause: back to the last hard break (inclusive, so "if" and "whether" count)
    for (let i = c.start - 1; i >= lo; i--) {
      if (HARD_BREAK.has(w[i]) || quoteMarkAt(v, i)) {
        lo = i + 1;
        break;
      }
    }
    // a frame's own words are not its complement's modality ("refused to", "threatened to")
    if (c.parent && c.parent.end <= c.start && c.parent.end > lo) lo = c.parent.end;
    for (let i = lo; i < c.start; i++) {
      // (the trigger's own words all lie at or after c.start)
      if (v.timeAt[i] || v.blocked[i]) continue;
      if (rel[i] >= 0 && !(rel[c.head] >= 0)) continue;
      const x = w[i];
      const nx = w[i + 1] ?? '';
      if ((NEGATIONS.has(x) || (x.endsWith("n't") && x !== "won't")) && !(x === 'not' && (nx === 'only' || nx === 'just')) && !(x === 'no' && (nx === 'doubt' || nx === 'longer'))) c.neg = true;
      if (x === "won't" || x === "wouldn't") {
        c.neg = true;
        c.fut = true;
        c.futModal = true;
      }
      if (x === 'will' || x === "'ll" || x === 'shall' || x === 'would' || x === "'d") c.futModal = true;
      if (NEGATING_WORDS.has(x)) c.neg = true;
      if (FUTURE_ALONE.has(x)) c.fut = true;
      if (FUTURE_NEXT_TO.has(x) && nx === 'to' && !IS_WAS.has(x)) c.fut = true;
      if (IS_WAS.has(x) && nx === 'to' && i + 2 <= c.start) c.fut = true;
      if (x === 'going' && nx === 'to') c.fut = true;
      if (HYPO_WORDS.has(x)) c.hypo = true;
      const ob = OBLIGATION.get(x);
      if (ob) c.modal = ob;
    }
    // "the talks will resume": an action noun as the subject of a future verb
    if (c.pos === 'noun' && !c.fut) {
      for (let i = c.end; i < Math.min(w.length, c.end + 3); i++) {
        if (FUTURE_ALONE.has(w[i]) || (FUTURE_NEXT_TO.has(w[i]) && w[i + 1] === 'to' && !IS_WAS.has(w[i]))) c.fut = true;
        if (HYPO_WORDS.has(w[i]) && w[i] !== 'offer') c.hypo = true;
        if (!AUXILIARIES.has(w[i]) && !FUTURE_NEXT_TO.has(w[i]) && !BE_FORMS.has(w[i])) break;
      }
    }
    // "If ..., we will consider it": a leading condition covers the whole sentence
    if ((w[0] === 'if' || w[0] === 'unless' || (quoteMarkAt(v, 0) && (w[1] === 'if' || w[1] === 'unless'))) && c.start > 1) c.hypo = true;
    // the quoted sentence's own condition ("“If we get the offer, we will consider it.”")
    if (c.quote && !c.hypo) {
      for (let i = c.start - 1; i >= 0 && v.quoteAt[i] === c.quote; i--) {
        if (w[i] === 'if' || w[i] === 'unless') c.hypo = true;
        if (w[i] === '.' ) break;
      }
    }
    // a condition after the act in its clause: "will withdraw ... unless X agrees", "may halt ... if ..."
    for (let i = c.end; i < Math.min(w.length, c.end + 25); i++) {
      if (w[i] === 'if' || w[i] === 'unless') {
        c.cond = true;
        break;
      }
      if (w[i] === '.' || w[i] === ';' || quoteMarkAt(v, i) || w[i] === 'said' || w[i] === 'says') break;
    }
    // a question
    for (let i = c.end; i < w.length; i++) {
      if (w[i] === '?') c.hypo = true;
      if (w[i] === '.' || w[i] === ';') break;
    }
    // a dated future: the sentence's date lies after the publication date (set by finish())
    let mod: EventModality = 'asserted';
    if (c.neg) mod = 'negated';
    else if (c.hypo || c.modal) mod = 'hypothetical';
    else if (c.fut) mod = 'future';
    const f = c.parent;
    if (f?.frame && !PRESUPPOSING.has(f.frame)) {
      const embedded = EMBEDDING[f.frame];
      if (embedded) mod = embedded;
      if (f.frame === 'reverse') mod = 'negated';
      // what a negated or hypothetical frame embeds is no more real than the frame
      if (f.modality === 'negated') mod = 'negated';
      else if (f.modality === 'hypothetical' && mod !== 'negated') mod = 'hypothetical';
    }
    // a promise about the future is made now: "said it would accept mediation" is an intent expressed
    if ((c.frame === 'intent' || c.frame === 'open') && mod === 'future' && !c.parent) mod = 'asserted';
    c.modality = mod;
  }

  // ─────────────────────────── codes ───────────────────────────

  /** The code an action stands for as a complement (intent to X -> X, lift X -> the opposite of X). */
  private effective(v: SentenceView, c: Cand): string | null {
    if (c.frame === 'reverse') {
      const inner = c.complement ? this.effective(v, c.complement) : null;
      return inner ? reverse(inner) : null;
    }
    if ((c.frame === 'intent' || c.frame === 'open' || c.frame === 'authorize' || c.frame === 'appeal' || c.frame === 'demand') && c.complement) return this.effective(v, c.complement);
    if (c.frame && c.frame !== 'praise') return c.code || null;
    return refineCode(c.code, contextWords(v, c));
  }

  private assignCode(v: SentenceView, c: Cand): void {
    const words = contextWords(v, c);
    if (c.frame && c.frame !== 'praise') {
      let comp = c.complement;
      let compCode = comp ? this.effective(v, comp) : null;
      // of coordinated complements, the one the frame has a code for ("demanded the trial or release")
      for (const alt of c.frame === 'appeal' || c.frame === 'demand' ? (c.alternatives ?? []) : []) {
        const code = this.effective(v, alt);
        if (code && compCode && isConflict(categoryOf(compCode)) && !isConflict(categoryOf(code))) {
          comp = alt;
          compCode = code;
        }
      }
      let frame = c.frame;
      // a negated complement: "urged Israel not to attack" asks for de-escalation; "promised not to
      // cooperate" is a refusal; "urged X not to cooperate" has no code of its own
      if (comp && comp.neg && compCode) {
        if (isConflict(categoryOf(compCode))) compCode = reverse(compCode) ?? compCode;
        else if (frame === 'intent' || frame === 'open') frame = 'reject';
        else if (frame === 'appeal' || frame === 'demand') compCode = null;
      }
      // a thing rather than an act: "appealed for food and medicine", "rejected a request for peacekeepers"
      if (!compCode && (frame === 'appeal' || frame === 'demand' || frame === 'reject' || frame === 'intent')) {
        for (let i = c.end; i < Math.min(v.words.length, c.end + 8); i++) {
          const kind = AID_NOUNS[v.words[i]];
          if (kind === undefined) {
            if (HARD_BREAK.has(v.words[i]) || v.words[i] === 'because') break;
            continue;
          }
          compCode = kind === 'econ' ? '071' : kind === 'mil' ? '072' : kind === 'hum' ? '073' : kind === 'pko' ? '074' : '070';
          break;
        }
      }
      // "warned X against ...": a warning to X, whatever X might do
      if (frame === 'warn' && comp && v.words.slice(c.end, comp.start).includes('against')) compCode = null;
      // "will not accept", "did not agree to": a refusal, and the refusal happened
      if ((frame === 'intent' || frame === 'open') && c.pos !== 'noun' && c.neg && !c.hypo && c.modality === 'negated' && !c.parent) {
        frame = 'reject';
        c.modality = 'asserted';
      }
      if (frame === 'authorize') {
        // approving, authorizing or ordering an act is doing it; alone, it is endorsement
        if (comp && compCode) {
          c.dropped = true;
          return;
        }
        // alone: permission to act is allowing involvement, approval of a plan is endorsement
        c.finalCode = words.some((x) => /^(permission|access|visas?|entry|passage)$/.test(x)) ? '086' : '051';
        return;
      }
      if (!comp && c.m.pattern.group.alone) {
        c.finalCode = refineCode(c.m.pattern.group.alone, words);
        c.frame = undefined;
        return;
      }
      if (!comp && c.m.pattern.group.needsComplement) {
        c.dropped = true;
        return;
      }
      let cat = compCode ? categoryOf(compCode) : null;
      // accepting mediation (038) vs offering to mediate (039)
      if (cat === 'mediate' && frame === 'intent' && !/^(offer|propose|volunteer)/.test(c.lemma)) cat = 'mediation';
      if (cat === 'say' && comp?.pos !== 'verb') cat = 'generic';
      const code = combine(frame, cat, compCode, c.code);
      if (!code) {
        c.dropped = true;
        return;
      }
      c.finalCode = refineCode(code, words);
      // threats of force by non-state armed groups are threats of unconventional violence
      if (c.finalCode === '1384' && c.source.length && c.source.every((a) => isNonStateArmed(a))) c.finalCode = '1383';
      if (frame === 'accuse' && !comp) c.finalCode = refineCode('112', words);
      if (frame === 'investigate' && !comp) c.finalCode = refineCode('090', words);
      return;
    }
    let code = refineCode(c.code, words);
    // the weapon named with an attack: aerial (195), artillery (194), small arms (193)
    if (code === '190') {
      const near = v.words.slice(Math.max(0, c.start - 2), c.end + 1);
      const srcText = c.source.map((a) => (a.mention ? v.mentions.find((r) => r.m.id === a.mention) : undefined)).filter((r): r is MentionRef => r !== undefined).flatMap((r) => v.words.slice(r.s, r.e));
      const hay = [...near, ...srcText];
      if (hay.some((x) => /^(aerial|air|airstrikes?|warplanes?|jets?|drones?|helicopters?|aircraft|bombers?|gunships?)$/.test(x))) code = '195';
      else if (hay.some((x) => /^(artillery|shelling|shells?|mortars?|rockets?|tanks?|howitzers?|missiles?)$/.test(x))) code = '194';
      else if (hay.some((x) => /^(gunfire|gunmen|rifles?|snipers?|machine-guns?|bullets)$/.test(x))) code = '193';
    }
    // force used by non-state armed actors on anyone but armed forces is unconventional violence (18), not war (19)
    if ((code === '190' || code === '193') && c.source.length && c.source.every((a) => isNonStateArmed(a)) && !c.target.some((a) => this.isMilitary(a) || isNonStateArmed(a))) code = '180';
    // bombing by a state's military is aerial (195); by others, a non-military bombing (183)
    if (code === '183' && c.source.some((a) => this.isMilitary(a))) code = '195';
    // a government protesting is complaining officially
    if (code.startsWith('14') && code.startsWith('141') && c.pos === 'verb' && c.source.some((a) => a.type === 'GPE' || /GOV$/.test(a.code) || a.code.startsWith('IGO'))) code = '114';
    // expelling diplomats reduces relations; expelling inspectors, peacekeepers or aid workers ends involvement
    if (code === '174') {
      const around = [...words, ...c.target.flatMap((a) => (a.mention ? (v.mentions.find((r) => r.m.id === a.mention) ? v.words.slice(v.mentions.find((r) => r.m.id === a.mention)!.s, v.mentions.find((r) => r.m.id === a.mention)!.e) : []) : []))];
      if (around.some((x) => /^(diplomats?|ambassadors?|envoys?|attach[eé]s?)$/.test(x))) code = '161';
      else if (around.some((x) => /^(peacekeepers?|peacekeeping)$/.test(x))) code = '1661';
      else if (around.some((x) => /^(inspectors?|observers?|monitors?)$/.test(x))) code = '1662';
      else if (around.some((x) => /^(humanitarian|ngos?|agencies|agency|aid|relief|refugee)$/.test(x))) code = '1663';
    }
    // police raids and charges are legal action
    if (code === '190' && /^raid/.test(v.words[c.head]) && c.source.some((a) => /COP/.test(a.code) || a.role === 'COP')) code = '173';
    // force against crowds is repression
    if ((code === '190' || code === '193') && c.target.length === 0 && v.words.slice(c.end, c.end + 4).some((x) => CROWD_WORDS.has(x))) code = '175';
    // military exercises of several countries together are military cooperation
    if (code === '150' && (c.source.length >= 2 || v.words.slice(Math.max(0, c.start - 2), c.end).includes('joint'))) code = '062';
    // meetings: where they happen says who visits and who hosts
    if (code === '040' && c.pos === 'verb') code = this.meetingCode(v, c);
    c.finalCode = code;
  }

  /** A state's armed forces or the state itself (its bombs fall from aircraft). */
  private isMilitary(a: Actor): boolean {
    if (/MIL/.test(a.code.slice(3)) || a.role === 'MIL') return true;
    if (a.type === 'GPE') return true;
    return a.code.length === 3 && Boolean(this.kb.country(a.code)) && !a.code.startsWith('IGO');
  }

  private meetingCode(v: SentenceView, c: Cand): string {
    const place = v.places.find((p) => p.s >= c.end && !p.p.metonymic && p.p.country && LOCATIVE.has(v.words[p.s - 1] ?? ''));
    if (!place || !c.source.length || !c.target.length) return '040';
    const sc = c.source[0].code.slice(0, 3);
    const tc = c.target[0].code.slice(0, 3);
    const pc = this.kb.country(place.p.country as string)?.cameo ?? '';
    if (!pc || !sc || !tc) return '040';
    if (pc === tc && pc !== sc) return '042';
    if (pc === sc && pc !== tc) return '043';
    if (pc !== sc && pc !== tc) return '044';
    return '040';
  }

  /** Casualty words and statements step back when the sentence reports the act itself. */
  private suppress(v: SentenceView, cands: Cand[]): void {
    const live = cands.filter((c) => !c.dropped);
    // "were engaged in ethnic cleansing", "engaged in fighting": the action noun is the event, not the light verb
    for (const c of live) {
      if (c.pos !== 'verb' || v.words[c.end] !== 'in' || !/^engag/.test(v.words[c.head])) continue;
      if (live.some((x) => x !== c && x.pos === 'noun' && x.start > c.end && x.start <= c.end + 4)) c.dropped = true;
    }
    // "fired four shell bombs": a verb form right after another trigger's object word belongs to that noun phrase
    for (const c of live) {
      if (c.pos !== 'verb' || c.head !== c.start || c.end !== c.start + 1) continue;
      if (live.some((o) => o !== c && o.end === c.start && o.pos === 'verb' && o.m.literalToks.length > 1 && o.head < o.end - 1 && o.m.gaps.length > 0)) c.dropped = true;
    }
    // "wounded two soldiers in a bomb attack", "killed in an airstrike": the casualties take the act's code, one event
    for (const c of live) {
      if (!c.outcome || c.dropped || c.pos === 'noun') continue;
      const w = v.words;
      for (const x of live) {
        if (x === c || x.dropped || x.outcome || x.pos !== 'noun' || x.start <= c.end || x.start - c.end > 12 || !VIOLENT_ROOTS.has(x.finalCode.slice(0, 2))) continue;
        let ok = false;
        for (let i = c.end; i < x.start; i++) {
          if (HARD_BREAK.has(w[i]) || SUBJECT_STOP.has(w[i]) || OBJECT_STOP.has(w[i])) break;
          if ((w[i] === 'in' || w[i] === 'by' || w[i] === 'during') && x.start - i <= 4) ok = true;
        }
        if (!ok) continue;
        if (x.finalCode !== '190') c.finalCode = x.finalCode;
        c.outcome = false;
        c.weight = Math.max(c.weight, x.weight * 0.9);
        x.dropped = true;
        break;
      }
    }
    const violent = live.filter((c) => !c.dropped && !c.outcome && VIOLENT_ROOTS.has(c.finalCode.slice(0, 2)));
    for (const c of live) {
      if (!c.outcome || c.dropped || !violent.length) continue;
      // the casualties of an act the sentence reports: not an event of their own, unless the act is only background
      if (c.clause !== 'main' || violent.some((x) => x.clause === 'main' && !x.background)) c.dropped = true;
    }
    // a reversal without an act to reverse, an act already counted by a frame it is the complement of
    for (const c of live) {
      if (c.frame === 'reverse' && !c.complement) c.dropped = true;
    }
    void v;
  }

  // ─────────────────────────── document level ───────────────────────────

  private finish(all: { c: Cand; v: SentenceView }[], input: CoderInput, di: DocIndex): Event[] {
    void di;
    const pub = input.date;
    const datelinePlace = (input.places ?? []).find((p) => p.dateline);
    // derived statements: a speaker's planned action is a promise, a threat or a refusal
    const extra: { c: Cand; v: SentenceView }[] = [];
    for (const { c, v } of all) {
      // "X must be ready to mediate", "X should agree to talks": an intent someone else must have is a demand or an appeal
      const mandated = (c.frame === 'intent' || c.frame === 'open') && c.modal !== undefined;
      if (c.dropped || (c.frame && c.frame !== 'praise' && c.frame !== 'reverse' && !mandated) || (c.parent && !PRESUPPOSING.has(c.parent.frame as FrameKind))) continue;
      const d = this.derive(v, c);
      if (d) {
        c.derived = d;
        extra.push({ c: d, v });
      }
    }
    const items: { c: Cand; v: SentenceView }[] = [];
    for (const x of all) if (!x.c.dropped) items.push(x);
    for (const x of extra) if (!x.c.dropped) items.push(x);
    // (in order already but for the derived statements at the end)
    sortStable(items, (a, b) => a.v.index - b.v.index || a.c.start - b.c.start || (a.c.parent ? 1 : 0) - (b.c.parent ? 1 : 0), true);
    // statements: only a statement when it carries nothing else
    const carrying = new Set<Cand>();
    for (const { c } of items) if (c.say && !c.frame) carrying.add(c.say);
    for (const { c } of items) if (c.say && c.frame && c.frame !== 'say') carrying.add(c.say);
    const events: Event[] = [];
    const ids = new Map<Cand, string>();
    const lastDateOf = new Map<string, string>();
    const headline = new Set<string>();
    for (const { c, v } of items) {
      const id = `e${events.length}`;
      ids.set(c, id);
      const code = c.finalCode;
      if (!code) continue;
      // confidence
      let conf = c.weight;
      if (c.frame === 'say') conf = carrying.has(c) ? 0.2 : 0.35;
      if (c.pos === 'noun') conf *= 0.85;
      if (c.background) conf *= 0.6;
      if (c.clause !== 'main') conf *= c.clause === 'reduced' ? 0.55 : 0.7;
      if (c.pos === 'noun' && !c.source.length && !c.target.length) conf *= 0.65;
      if (!c.source.length || c.source.every((a) => !a.code && !a.entity)) conf *= 0.7;
      if (!c.target.length && !c.m.pattern.group.intransitive && c.frame !== 'say') conf *= 0.92;
      if (c.complement && c.frame && c.frame !== 'praise' && c.frame !== 'say' && c.clause === 'main') conf = Math.min(0.97, conf + 0.05);
      if (v.sentence.role === 'headline') conf *= 0.85;
      if (c.outcome) conf *= 0.9;
      // what a statement condemns or praises happened, but it is that statement's news, not the sentence's
      if (c.parent?.frame === 'praise') conf *= 0.6;
      conf = Math.round(Math.max(0.05, Math.min(0.99, conf)) * 100) / 100;
      // date: a time expression of the sentence, else the speaker's last dated statement, else the dateline / publication
      let time: TimeExpr | undefined;
      let best = Infinity;
      for (const t of v.times) {
        if (!t.t.value || t.t.type === 'DURATION' || t.t.type === 'SET') continue;
        const dist = t.s >= c.end ? t.s - c.end : c.start - t.e + 0.5;
        if (dist < best) {
          best = dist;
          time = t.t;
        }
      }
      let date: string | undefined;
      let dateSource: Event['dateSource'] = 'none';
      const speaker = c.source[0]?.entity ?? (c.quote?.entity ?? undefined);
      if (time?.value && /^\d{4}/.test(time.value)) {
        date = /^\d{4}-\d{2}-\d{2}/.test(time.value) ? time.value.slice(0, 10) : time.value;
        dateSource = 'sentence';
      } else if (speaker && lastDateOf.has(speaker) && (c.quote || c.frame === 'say' || c.say)) {
        date = lastDateOf.get(speaker);
        dateSource = 'speaker';
      } else if (input.datelineDate) {
        date = input.datelineDate;
        dateSource = 'dateline';
      } else if (pub) {
        date = pub;
        dateSource = 'publication';
      }
      if (dateSource === 'sentence' && date) {
        for (const a of c.source) if (a.entity) lastDateOf.set(a.entity, date);
        if (c.quote?.entity) lastDateOf.set(c.quote.entity, date);
        // a dated future: planned, not done
        if (pub && c.modality === 'asserted' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > pub && !c.parent && c.frame !== 'say') c.modality = 'future';
      }
      // place: a literal place of the sentence that is not one of the actors, else the dateline
      const used = v.places.length ? actorRefs(c) : NO_REFS;
      let place: Place | undefined;
      let pbest = Infinity;
      for (const p of v.places) {
        if (p.p.metonymic || used.includes(p.p.id) || (p.p.mention && used.includes(p.p.mention))) continue;
        const before = v.words[p.s - 1] ?? '';
        if (!LOCATIVE.has(before) && before !== 'from' && !(v.words[p.s - 2] && LOCATIVE.has(v.words[p.s - 2]))) continue;
        // the most specific of nearby places: "in the port city of Hodeidah in Yemen" is Hodeidah
        const specific = p.p.feature === 'city' ? 4 : p.p.feature === 'region' ? 2 : 0;
        const dist = (p.s >= c.end ? p.s - c.end : (c.start - p.e) * 1.5) - specific;
        if (dist < pbest) {
          pbest = dist;
          place = p.p;
        }
      }
      // "airstrikes in Syria": the place that stands for the target is also where it happened
      const facts = this.codeFacts(code);
      if (!place && facts.placeFromTarget) {
        for (const a of c.target) {
          place = (input.places ?? []).find((p) => !p.metonymic && (p.id === a.place || (a.mention !== undefined && p.mention === a.mention)));
          if (place) break;
        }
      }
      let placeSource: Event['placeSource'];
      if (place) placeSource = 'sentence';
      else if (datelinePlace) {
        place = datelinePlace;
        placeSource = 'dateline';
      }
      const plover = facts.plover;
      const context = plover?.context ? plover.context.slice() : [];
      if (c.modality === 'future') context.push('future');
      if (c.modality === 'hypothetical' || c.modality === 'requested' || c.modality === 'threatened') context.push('hypothetical');
      if (c.modality === 'negated' || c.modality === 'denied') context.push('negation');
      const quote = c.quote ?? (c.frame === 'say' ? v.cueAt[c.head] : undefined) ?? c.say?.quote;
      // a statement happens where and when it was made, not where what it talks about happens
      if (facts.statement) {
        const said = statementSetting(quote, input.quotes, c.source[0]?.entity, v.sentence.start);
        if (said?.place && (placeSource !== 'sentence' || quote)) {
          place = (input.places ?? []).find((p) => p.id === said.place);
          placeSource = said === quote && said.placeSource !== 'speaker' ? (said.placeSource ?? 'sentence') : 'speaker';
        }
        if (quote?.date && quote.dateSource !== 'publication' && quote.dateSource !== 'dateline') {
          date = quote.date;
          dateSource = quote.dateSource === 'sentence' ? 'sentence' : 'speaker';
          time = quote.time ? (input.times ?? []).find((t) => t.id === quote.time) : time;
        }
      }
      const ev: Event = {
        id,
        start: v.sentence.start,
        end: v.sentence.end,
        sentence: v.sentence.id,
        trigger: { start: v.toks[c.start].start, end: v.toks[c.end - 1].end, lemma: c.lemma, pos: c.pos },
        source: c.source.map(toEventActor),
        target: c.target.map(toEventActor),
        cameo: code,
        quadClass: facts.quadClass,
        goldstein: facts.goldstein,
        plover: plover ? (plover.mode ? { type: plover.type, mode: plover.mode, context } : { type: plover.type, context }) : null,
        modality: c.modality,
        dateSource,
        confidence: conf,
      };
      if (c.parent && ids.has(c.parent)) ev.parent = ids.get(c.parent);
      if (quote) ev.quote = quote.id;
      if (time) ev.time = time.id;
      if (date) ev.date = date;
      if (place) {
        ev.place = place.id;
        ev.placeSource = placeSource;
      }
      if (v.sentence.role === 'headline') headline.add(id);
      events.push(ev);
    }
    // derived statements point at the planned act they state
    if (extra.length) {
      const byId = new Map<string, Event>();
      for (const e of events) byId.set(e.id, e);
      for (const { c } of items) if (c.derived && ids.has(c.derived) && ids.has(c)) {
        const ev = byId.get(ids.get(c) as string);
        if (ev) ev.parent = ids.get(c.derived);
      }
    }
    // headline events repeat the body: keep one
    const keys = new Map<Event, string>();
    const key = (e: Event): string => {
      let k = keys.get(e);
      if (k === undefined) {
        k = `${cameoRoot(e.cameo)}|${actorsKey(e.source)}|${actorsKey(e.target)}|${e.modality}`;
        keys.set(e, k);
      }
      return k;
    };
    let out = events;
    if (headline.size) {
      const bodyKeys = new Set(events.filter((e) => !headline.has(e.id)).map(key));
      out = events.filter((e) => !headline.has(e.id) || !bodyKeys.has(key(e)));
    }
    // one event per trigger and code within a sentence
    const seen = new Map<string, Event>();
    const final: Event[] = [];
    for (const e of out) {
      const k = `${e.sentence}|${key(e)}|${e.cameo}`;
      const prev = seen.get(k);
      if (prev) {
        if (e.confidence > prev.confidence) prev.confidence = e.confidence;
        continue;
      }
      seen.set(k, e);
      final.push(e);
    }
    // the same kind of act twice in a sentence, once with fewer actors: one event ("air and artillery strikes")
    const actorKeys = (xs: EventActor[]): string[] => xs.map((a) => a.entity ?? a.mention ?? a.code).filter(Boolean);
    const covers = (big: EventActor[], small: EventActor[]): boolean => {
      const b = actorKeys(big);
      return actorKeys(small).every((k) => b.includes(k));
    };
    // (a sentence's events are contiguous: only its neighbours can cover an event)
    for (let i = 0; i < final.length; i++) {
      const e = final[i];
      if (e.modality !== 'asserted') continue;
      let lo = i;
      while (lo > 0 && final[lo - 1].sentence === e.sentence) lo--;
      for (let j = lo; j < final.length && final[j].sentence === e.sentence; j++) {
        const o = final[j];
        if (i === j || o.modality !== 'asserted' || cameoRoot(o.cameo) !== cameoRoot(e.cameo)) continue;
        if (o.confidence < e.confidence || (o.confidence === e.confidence && j > i)) continue;
        if (covers(o.source, e.source) && covers(o.target, e.target)) {
          final.splice(i, 1);
          i--;
          break;
        }
      }
    }
    // renumber and remap parents
    const remap = new Map<string, string>();
    final.forEach((e, i) => remap.set(e.id, `e${i}`));
    for (const e of final) {
      e.id = remap.get(e.id) as string;
      if (e.parent) {
        const p = remap.get(e.parent);
        if (p) e.parent = p;
        else delete e.parent;
      }
    }
    return final;
  }

  /** what finish() needs to know of each code, worked out once per code (there are a few hundred) */
  private readonly codeFactsMemo = new Map<string, CodeFacts>();

  private codeFacts(code: string): CodeFacts {
    let f = this.codeFactsMemo.get(code);
    if (f === undefined) {
      f = {
        plover: ploverOf(code),
        quadClass: quadClass(code),
        goldstein: goldstein(code),
        placeFromTarget: FORCE_ROOTS.has(code.slice(0, 2)) || /^04[2-4]/.test(code),
        statement: VERBAL_ROOTS.has(code.slice(0, 2)) || /^05[1-6]/.test(code),
      };
      this.codeFactsMemo.set(code, f);
    }
    return f;
  }

  /**
   * CAMEO codes a speaker's planned cooperation as intent (03), planned force as a threat (13), a
   * refusal to cooperate as rejection (12), and "X should do Y" as an appeal: the statement is the
   * event that happened; the planned act keeps its future or hypothetical mark.
   */
  private derive(v: SentenceView, c: Cand): Cand | null {
    if (c.dropped || !c.finalCode) return null;
    // only planned, conditional or obligated acts make a statement of their own
    if (c.modality !== 'future' && !(c.neg && c.fut) && !c.modal && !(c.modality === 'hypothetical' && c.cond)) return null;
    const code = c.finalCode;
    const root = cameoRoot(code);
    const cat = categoryOf(code);
    // an act in a relative clause ("a resolution that aims to impose a blockade") is not the speaker's plan
    if (c.clause === 'rel' || c.clause === 'reduced') return null;
    const say = c.say ?? c.report;
    const statement = Boolean(say || c.quote);
    const self = c.source.length === 0 || c.source.some((a) => a.firstPerson || a.pronoun || (say && say.source.some((s) => sameActor(s, a))) || (c.quote?.entity && a.entity === c.quote.entity));
    const coop = ['04', '05', '06', '07', '08'].includes(root);
    let frame: FrameKind | null = null;
    let useCode = code;
    if (c.modality === 'future' && !c.neg && !c.hypo) {
      if (coop) frame = 'intent';
      else if (isConflict(cat) && statement && self) frame = 'threaten';
    } else if (c.modality === 'hypothetical' && c.cond && !c.neg && !c.modal && isConflict(cat) && statement && self) {
      // "may halt its mediation if ...": a conditional conflict act of the speaker is a threat
      frame = 'threaten';
    } else if (c.neg && c.fut && c.futModal && !c.hypo && coop && ((statement && self) || (c.explicitSource && c.source.some((a) => a.code || a.entity)))) {
      // "said it will not lift the ban", "the government will not lift the ban": a refusal
      frame = 'reject';
    } else if (c.modal && !c.neg && statement && !self && c.source.length) {
      frame = c.modal === 'must' ? 'demand' : 'appeal';
    }
    if (!frame) return null;
    const combined = combine(frame, categoryOf(useCode), useCode, '');
    if (!combined) return null;
    const speaker = say?.source.length ? say.source : c.quote ? [this.quoteSpeaker(c.quote, 'speaker')].filter((a): a is Actor => a !== null) : [];
    const d: Cand = {
      ...c,
      frame,
      code: combined,
      finalCode: refineCode(combined, contextWords(v, c)),
      modality: 'asserted',
      parent: undefined,
      derived: undefined,
      complement: c,
      weight: Math.min(c.weight, 0.8) * 0.85,
      source: frame === 'appeal' || frame === 'demand' ? speaker : c.source.length && !c.source.every((a) => a.pronoun) ? c.source : speaker,
      target: frame === 'appeal' || frame === 'demand' ? c.source : c.target,
      neg: false,
      fut: false,
      hypo: false,
    };
    if (!d.source.length && speaker.length) d.source = speaker;
    return d;
  }
}

// ─────────────────────────── helpers ───────────────────────────

/** Facts of a CAMEO code (EventCoder.codeFacts). The PLOVER coding is shared: read it, never change it. */
interface CodeFacts {
  plover: ReturnType<typeof ploverOf>;
  quadClass: Event['quadClass'];
  goldstein: number;
  /** force (15, 17-20) or a visit (042-044): the target's place is where it happened */
  placeFromTarget: boolean;
  /** something said (01-03, 10-13) or a diplomatic act (051-056): it happens where and when it was said */
  statement: boolean;
}

/** A sentence being coded (EventCoder.codeSentences): its live candidates, verb heads and relative clauses. */
interface SentenceWork {
  v: SentenceView;
  live: Cand[];
  verbHeads: Map<number, Cand>;
  rel: Int32Array;
}

/** The candidate event of a trigger, before any rule has looked at it. */
function newCand(v: SentenceView, m: Match): Cand {
  return {
    m,
    code: m.pattern.code,
    frame: m.pattern.frame,
    pos: m.pattern.pos,
    start: m.start,
    end: m.end,
    head: m.headTok,
    weight: m.pattern.weight,
    passive: false,
    source: [],
    target: [],
    explicitSource: false,
    background: false,
    clause: 'main',
    neg: false,
    fut: false,
    futModal: false,
    hypo: false,
    modality: 'asserted',
    finalCode: m.pattern.code,
    confidence: 0,
    dropped: false,
    outcome: m.pattern.group.outcome === true,
    cond: false,
    quote: v.quoteAt[m.headTok],
    lemma: m.pattern.lemma,
  };
}

/**
 * "refused to allow planes to land and evacuate observers", "urged X to halt attacks and withdraw
 * troops": acts further on in the infinitive a frame governs are no more real than its complement.
 */
function embeddedModality(v: SentenceView, live: readonly Cand[]): void {
  for (const c of live) {
    if (c.parent || c.modality !== 'asserted' || c.frame === 'say') continue;
    for (const f of live) {
      const embedded = f.frame ? EMBEDDING[f.frame] : undefined;
      if (f === c || !embedded || f.end > c.start || c.start - f.end > 12 || f.modality !== 'asserted') continue;
      let to = v.words[f.end - 1] === 'to';
      let open = true;
      for (let i = f.end; i < c.start && open; i++) {
        const x = v.words[i];
        if (HARD_BREAK.has(x) || x === ',' || x === '.' || SUBJECT_STOP.has(x) || x === 'who' || x === 'which') open = false;
        if (x === 'to') to = true;
      }
      if (open && to) {
        c.modality = embedded;
        break;
      }
    }
  }
}

/** The outermost mention at token i that does not overlap the trigger (entity spans sometimes swallow a verb). */
function pickMention(v: SentenceView, i: number, c: Cand): MentionRef | undefined {
  for (const r of v.mentionsAt[i]) if (!c.m.literalToks.some((t) => t >= r.s && t < r.e)) return r;
  return undefined;
}

/** Words that make a strike a labour strike. */
const LABOUR_CONTEXT = new Set(['union', 'unions', 'workers', 'teachers', 'employees', 'wage', 'wages', 'pay', 'salaries', 'salary', 'pensions', 'doctors', 'nurses', 'miners', 'dockers', 'drivers', 'staff', 'strikers', 'walkout', 'picket', 'pickets']);

/**
 * A reporting clause after its content: ", a human rights group protested here on Wednesday." The
 * trigger ends the sentence but for time and place words, and its subject follows a comma or a quote.
 */
/** ", said the minister on Tuesday.": a statement verb after a comma, its subject after it, then the end. */
function invertedReport(v: SentenceView, c: Cand): boolean {
  const w = v.words;
  if (c.start < 3 || (w[c.start - 1] !== ',' && !quoteMarkAt(v, c.start - 1))) return false;
  let named = false;
  for (let i = c.end; i < w.length; i++) {
    const x = w[i];
    if (x === '.' || x === '!' || quoteMarkAt(v, i)) break;
    if (v.mentionsAt[i].length) named = true;
    else if (!(v.timeAt[i] || DETERMINERS.has(x) || x === ',' || INVERTED_REPORT_TAIL.has(x))) return false;
  }
  return named;
}

function trailingReport(v: SentenceView, c: Cand): boolean {
  const w = v.words;
  for (let i = c.end; i < w.length; i++) {
    const x = w[i];
    if (x === '.' || x === '!' || quoteMarkAt(v, i)) break;
    if (v.timeAt[i] || v.mentionsAt[i].length || TRAILING_REPORT_TAIL.has(x)) continue;
    return false;
  }
  // the subject: a short noun phrase between a comma (or a quote) and the verb
  for (let i = c.start - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    if (w[i] === ',' || quoteMarkAt(v, i)) return i >= 3 && n > 0;
    if (HARD_BREAK.has(w[i]) || SUBJECT_STOP.has(w[i])) return false;
  }
  return false;
}

/** How many tokens of [from, to) are auxiliaries or adverbs (between a conjunction and its verb). */
function countAux(w: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (AUXILIARIES.has(w[i]) || w[i].endsWith("n't") || w[i].endsWith('ly')) n++;
  return n;
}

/** "was attacked", "has been released", "were not invited": a be-form, then the trigger's participle. */
function isPassiveForm(w: readonly string[], c: Cand): boolean {
  if (c.pos !== 'verb' || c.head !== c.start || c.frame === 'say') return false;
  if (!isParticiple(w[c.head], lemmaHead(c.lemma)) || w[c.head].endsWith('ing')) return false;
  for (let i = c.start - 1; i >= Math.max(0, c.start - 4); i--) {
    const x = w[i];
    if (BE_FORMS.has(x) || BE_NEGATED.has(x)) return true;
    if (!(AUXILIARIES.has(x) || x.endsWith("n't") || x.endsWith('ly'))) return false;
  }
  return false;
}

/** A past participle of `lemma` (not the base, -s or -ing form). */
function isParticiple(word: string, lemma: string): boolean {
  if (word === lemma || word.endsWith('ing')) return false;
  // word is lemma+s, lemma+es or lemma-minus-last+ies, tested without building the strings
  const L = lemma.length;
  if (word.startsWith(lemma)) {
    if (word.length === L + 1 && word.endsWith('s')) return false;
    if (word.length === L + 2 && word.endsWith('es')) return false;
  }
  const stem = L > 0 ? L - 1 : 0;
  if (word.length === stem + 3 && word.endsWith('ies') && word.startsWith(lemma.slice(0, stem))) return false;
  return true;
}

/** The first word of a lemma (lemma.split(' ')[0] without the array). */
function lemmaHead(lemma: string): string {
  const k = lemma.indexOf(' ');
  return k < 0 ? lemma : lemma.slice(0, k);
}


/** Lower-case words around a trigger that can refine its code (within its clause). */
function contextWords(v: SentenceView, c: Cand): string[] {
  const out: string[] = [];
  const lo = Math.max(0, c.start - 3);
  const hi = Math.min(v.words.length, c.end + 10);
  for (let i = lo; i < hi; i++) {
    const w = v.words[i];
    if (i >= c.end && (HARD_BREAK.has(w) || w === 'because' || w === 'after' || w === 'while')) break;
    out.push(w);
  }
  return out;
}

function isMediaMention(v: SentenceView, a: Actor): boolean {
  if (a.kind === 'media') return true;
  const ref = v.mentions.find((r) => r.m.id === a.mention);
  return Boolean(ref && v.words.slice(ref.s, ref.e).some((w) => MEDIA_WORDS.has(w)));
}

function isNonStateArmed(a: Actor): boolean {
  if (a.kind === 'armed_group') return true;
  const roles = a.code.length > 3 ? a.code.slice(3) : a.code;
  return /^(REB|UAF|INS|IMG|CRM|SEP)/.test(roles) || /^(IMG|---REB)/.test(a.code) || a.role === 'REB' || a.role === 'UAF' || a.role === 'CRM';
}



function sameActor(a: Actor, b: Actor): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  if (a.mention && b.mention) return a.mention === b.mention;
  if (a.span && b.span && !a.mention && !b.mention) return a.span.start === b.span.start && a.span.end === b.span.end;
  return false;
}

/** The list without later actors the same as an earlier one (the list itself when none is: actor lists are never changed in place). */
function dedupeActors(list: Actor[]): Actor[] {
  if (list.length < 2) return list;
  const out: Actor[] = [];
  for (const a of list) if (!out.some((b) => sameActor(a, b))) out.push(a);
  return out;
}

const NO_REFS: string[] = [];

/** list[i] = value, the list filled with undefined up to i first (so it stays a dense list, whatever order the indices come in). */
function setDense<T>(list: (T | undefined)[], i: number, value: T): void {
  while (list.length < i) list.push(undefined);
  list[i] = value;
}

/** actors.map((a) => a.entity ?? a.code).join('+'), without the array. */
function actorsKey(actors: readonly EventActor[]): string {
  let k = '';
  for (let i = 0; i < actors.length; i++) {
    if (i) k += '+';
    // (join writes nothing for a missing value)
    k += actors[i].entity ?? actors[i].code ?? '';
  }
  return k;
}

/** The mentions and places an event's actors stand on (not where the event happened). */
function actorRefs(c: Cand): string[] {
  const out: string[] = [];
  for (const a of c.source) {
    if (a.mention) out.push(a.mention);
    if (a.place) out.push(a.place);
  }
  for (const a of c.target) {
    if (a.mention) out.push(a.mention);
    if (a.place) out.push(a.place);
  }
  return out;
}

function toEventActor(a: Actor): EventActor {
  const e: EventActor = { code: a.code, via: a.via };
  if (a.entity) e.entity = a.entity;
  if (a.mention) e.mention = a.mention;
  if (a.span) e.span = a.span;
  if (a.place) e.place = a.place;
  return e;
}

/** For each token, the index of the comma opening the ", who ..." relative clause it lies in (else -1). */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where']);

/** Shared by sentences without a relative clause (most): never written to; past a sentence's end it reads -1, as "none". */
const NO_REL = new Int32Array(1024).fill(-1);

function relativeSpans(v: SentenceView): Int32Array {
  const w = v.words;
  let rel = w.length <= NO_REL.length ? NO_REL : new Int32Array(w.length).fill(-1);
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== ',' || !RELATIVES.has(w[i + 1])) continue;
    if (rel === NO_REL) rel = new Int32Array(w.length).fill(-1);
    let j = i + 1;
    while (j < w.length && w[j] !== ',' && !HARD_BREAK.has(w[j]) && w[j] !== '.') j++;
    for (let k = i; k < j; k++) rel[k] = i;
  }
  return rel;
}

/**
 * The quote that sets a statement: the one carrying it, else the same speaker's quote nearest in
 * the text that knows where it was said ("made a comment on Monday" is where the speaker spoke).
 */
function statementSetting(quote: Quote | undefined, quotes: readonly Quote[] | undefined, speaker: string | undefined, offset: number): Quote | undefined {
  if (quote?.place && quote.placeSource !== 'dateline') return quote;
  if (!speaker || !quotes) return quote;
  let best: Quote | undefined;
  let bestDist = Infinity;
  for (const q of quotes) {
    if (q.entity !== speaker || !q.place || q.placeSource === 'dateline') continue;
    const dist = Math.abs(q.start - offset);
    if (dist < bestDist) {
      bestDist = dist;
      best = q;
    }
  }
  return best ?? quote;
}
