// Third-person pronoun resolution by salience, in the spirit of Lappin & Leass (1994): each mention of a
// candidate entity earns points for its recency and its grammatical role (approximated from closed-class
// words, see analysis.ts); the pronoun then adds constraints (binding: "him" is not the subject of its
// own clause; "her friend Mary": Mary is not "her") and preferences (role parallelism, the topic of the
// text, gender and number agreement). The best candidate wins when its score clears a floor.

import type { Span } from '../../../doc/types.ts';
import { analyze, K, roleOf, tokenAt, type Analysis, type RoleInfo } from './analysis.ts';
import { nameWords, topicMatch } from './finder.ts';
import type { CandidateEntity, PronounContext, Resolution } from './types.ts';

export interface Weights {
  /** points every mention in the pronoun's sentence gets (halved for each sentence back) */
  recency: number;
  subj: number;
  obj: number;
  obl: number;
  pred: number;
  appos: number;
  other: number;
  /** the mention is the head of its phrase (not a possessor, not in parentheses, not "of X") */
  head: number;
  /** the mention is not inside a prepositional phrase */
  nonAdverbial: number;
  /** factor per sentence of distance */
  decay: number;
  /** sentences back that still count */
  window: number;
  /** the nearest mention has the pronoun's role (subject/subject, object/object) */
  parallel: number;
  /** a mention after the pronoun (cataphora) */
  cataphora: number;
  /** a mention after the pronoun that is the main subject the pronoun's fronted phrase leads to */
  cataphoraFronted: number;
  /** object pronoun whose own clause has the candidate as subject ("Smith helped him") */
  bindingB: number;
  /** reflexive pronoun whose own clause has the candidate as subject ("Smith hurt himself") */
  bindingA: number;
  /** the candidate is inside the pronoun's own noun phrase ("her friend Mary") */
  sameNP: number;
  /** the candidate is the possessor of the phrase holding the pronoun ("Martin's love for his wife") */
  possessorNP: number;
  /** the nearest subject before the pronoun (outside its clause for an object pronoun) */
  hobbs: number;
  /** the candidate is the conjunct right before a possessive ("Clinton and her husband") */
  conjunct: number;
  /** the pronoun is in a relative clause attached to the candidate ("Cooper, who received his ...") */
  relative: number;
  /** how much mentions in earlier sentences add to the best one (1: Lappin & Leass's sum, 0: the best only) */
  accumulate: number;
  /** the candidate matches the topic (page title, headline subject) */
  topic: number;
  /** gender disagreement */
  genderMismatch: number;
  /** points lost per token between the pronoun and the nearest preceding mention */
  distance: number;
  /** the candidate's best score must reach this to be chosen */
  floor: number;
}

export const DEFAULT_WEIGHTS: Weights = {
  recency: 100,
  subj: 80,
  obj: 50,
  obl: 40,
  pred: 40,
  appos: 30,
  other: 30,
  head: 80,
  nonAdverbial: 50,
  decay: 0.5,
  window: 4,
  parallel: 35,
  cataphora: -175,
  cataphoraFronted: 0,
  bindingB: -400,
  bindingA: 400,
  sameNP: -400,
  possessorNP: 200,
  hobbs: 50,
  conjunct: 150,
  relative: 100,
  accumulate: 1,
  topic: 100,
  genderMismatch: -1000,
  distance: 1,
  floor: 1,
};

export interface ResolveOptions {
  weights?: Partial<Weights>;
  /** called with each candidate's score parts, to explain a decision */
  trace?: (id: string, parts: Record<string, number>) => void;
}

type PronounForm = 'subj' | 'obj' | 'poss' | 'refl';

interface PronounInfo {
  tok: number;
  form: PronounForm;
  gender: 'male' | 'female' | 'neuter' | 'unknown';
  number: 'singular' | 'plural';
  role: RoleInfo;
  sent: number;
  /** the pronoun is in a phrase or clause fronted before its sentence's main subject */
  fronted: boolean;
}

const PRONOUNS: Record<string, { form: PronounForm; gender: PronounInfo['gender']; number: PronounInfo['number'] }> = {
  he: { form: 'subj', gender: 'male', number: 'singular' },
  him: { form: 'obj', gender: 'male', number: 'singular' },
  his: { form: 'poss', gender: 'male', number: 'singular' },
  himself: { form: 'refl', gender: 'male', number: 'singular' },
  she: { form: 'subj', gender: 'female', number: 'singular' },
  her: { form: 'poss', gender: 'female', number: 'singular' },
  hers: { form: 'poss', gender: 'female', number: 'singular' },
  herself: { form: 'refl', gender: 'female', number: 'singular' },
  they: { form: 'subj', gender: 'unknown', number: 'plural' },
  them: { form: 'obj', gender: 'unknown', number: 'plural' },
  their: { form: 'poss', gender: 'unknown', number: 'plural' },
  theirs: { form: 'poss', gender: 'unknown', number: 'plural' },
  themselves: { form: 'refl', gender: 'unknown', number: 'plural' },
  it: { form: 'subj', gender: 'neuter', number: 'singular' },
  its: { form: 'poss', gender: 'neuter', number: 'singular' },
  itself: { form: 'refl', gender: 'neuter', number: 'singular' },
};

function pronounInfo(a: Analysis, tok: number): PronounInfo | null {
  const w = a.lower[tok];
  const p = PRONOUNS[w];
  if (!p) return null;
  let form = p.form;
  if (w === 'her') form = a.cls[tok] === K.PossPron ? 'poss' : 'obj';
  const role = roleOf(a, tok, tok + 1);
  const sent = a.sentOf[tok];
  // fronted: the pronoun comes before the first verb of its sentence and a comma separates it from
  // the rest ("In his last bout, Smith won"; "After she left, Jones ...") or it sits in an opening
  // prepositional phrase ("In his most recent bout Oliveira defeated ...")
  let fronted = false;
  if (sent >= 0) {
    const se = a.sentences[sent];
    const fv = a.firstVerb[sent];
    const startsWithAdverbial = (() => {
      let f = se.tokenStart;
      while (f < se.tokenEnd && (a.cls[f] === K.Quote || a.cls[f] === K.Open)) f++;
      const c = a.cls[f];
      return c === K.Prep || c === K.Sub || (c === K.Verb && f < tok);
    })();
    if (startsWithAdverbial) {
      // the main clause begins after the first comma that follows the pronoun, or after the opening PP
      fronted = true;
      for (let k = se.tokenStart; k < tok; k++) if (a.cls[k] === K.Comma) fronted = false;
      if (fv >= 0 && fv < tok && a.cls[se.tokenStart] !== K.Sub && a.cls[se.tokenStart] !== K.Verb) {
        // "In 2005 Smith ... his": the pronoun is after the verb of the main clause
        const prepPhraseEndsBefore = (() => {
          for (let k = se.tokenStart; k < fv; k++) if (a.cls[k] === K.Comma) return true;
          return false;
        })();
        if (prepPhraseEndsBefore) fronted = false;
      }
    }
  }
  return { tok, form, gender: p.gender, number: p.number, role, sent, fronted };
}

interface MentionInfo {
  span: Span;
  start: number;
  end: number;
  sent: number;
  role: RoleInfo;
}

function scoreMention(w: Weights, m: MentionInfo): number {
  const r = m.role;
  let v = w.recency;
  v += r.role === 'subj' ? w.subj : r.role === 'obj' ? w.obj : r.role === 'obl' ? (r.prep === 'by' ? w.obj : w.obl) : r.role === 'pred' ? w.pred : r.role === 'appos' ? w.appos : w.other;
  if (!r.possessor && !r.paren && r.prep !== 'of') v += w.head;
  if (r.role !== 'obl') v += w.nonAdverbial;
  if (r.paren) v *= 0.5;
  return v;
}

function addPart(parts: Record<string, number>, k: string, v: number): void {
  if (v) parts[k] = (parts[k] ?? 0) + v;
}

const topicCaches = new WeakMap<Analysis, Map<string, number>>();

/** How well one mention's text matches the topic, cached per text. */
function topicOf(a: Analysis, mention: string, topic: string): number {
  let c = topicCaches.get(a);
  if (!c) topicCaches.set(a, (c = new Map()));
  const key = `${topic}\u0001${mention}`;
  let v = c.get(key);
  if (v === undefined) c.set(key, (v = PRONOUNS[mention.toLowerCase()] ? 0 : topicMatch([nameWords(mention)], topic)));
  return v;
}

/** Is the mention inside the noun phrase the possessive pronoun opens ("her friend Mary", "his wife, Anne")? */
function inPronounNP(a: Analysis, p: PronounInfo, m: MentionInfo): boolean {
  if (p.form !== 'poss' || m.start <= p.tok || m.role.role === 'subj') return false;
  let k = p.tok + 1;
  let commas = 0;
  while (k < m.start) {
    const c = a.cls[k];
    if (c === K.Word || c === K.Cap || c === K.Num || c === K.Det) {
      k++;
      continue;
    }
    if (c === K.Comma && commas === 0) {
      commas++;
      k++;
      continue;
    }
    if (c === K.Open) {
      k++;
      continue;
    }
    return false;
  }
  return k - p.tok <= 6 && (commas === 0 || (m.role.role === 'appos' && !p.fronted));
}

/** Is the mention the possessor of the noun phrase that holds the pronoun ("Martin's love for his wife")? */
function possessorOfPronounNP(a: Analysis, p: PronounInfo, m: MentionInfo): boolean {
  if (!m.role.possessor || m.start > p.tok) return false;
  const k0 = m.end + 1; // after 's
  if (p.tok - k0 > 7) return false;
  let prep = false;
  for (let k = k0; k < p.tok; k++) {
    const c = a.cls[k];
    if (c === K.Word || c === K.Cap || c === K.Det || c === K.Num) continue;
    if (c === K.Prep && !prep) {
      prep = true;
      continue;
    }
    return false;
  }
  return prep;
}

/**
 * The candidates an object pronoun cannot refer to (binding principle B): the subject of its own clause.
 * In an infinitive ("convinced Andy to help him") the subject is the object before "to" when there is
 * one, else the main subject; in a "who" clause ("Chebl, who replaced him") it is the relative's head.
 */
function localSubjects(a: Analysis, p: PronounInfo, cands: CandidateEntity[], mentionsOf: Map<string, MentionInfo[]>, relHead: string | null): Set<string> {
  const out = new Set<string>();
  const clause = p.role.clause;
  // an infinitive marker between the clause start and the pronoun
  let to = -1;
  for (let k = p.tok - 1; k >= 0 && a.clauseOf[k] === clause; k--) {
    if (a.lower[k] === 'to' && k + 1 < p.tok && a.cls[k + 1] === K.Verb) {
      to = k;
      break;
    }
  }
  if (to >= 0) {
    let k = to - 1;
    while (k >= 0 && a.cls[k] === K.Word && a.lower[k].endsWith('ly')) k--;
    for (const c of cands) for (const m of mentionsOf.get(c.id)!) if (m.end === k + 1 && m.role.role !== 'subj') out.add(c.id);
    if (out.size) return out;
  }
  let r = p.tok - 1;
  while (r >= 0 && a.clauseOf[r] === clause) r--;
  if (relHead && a.lower[r + 1] === 'who') {
    out.add(relHead);
    return out;
  }
  for (const c of cands) {
    for (const m of mentionsOf.get(c.id)!) {
      if (m.sent === p.sent && m.start < p.tok && m.role.clause === clause && m.role.role === 'subj' && !m.role.possessor) out.add(c.id);
    }
  }
  return out;
}

/** The candidate a relative clause holding the pronoun is attached to ("Amy, a wife who is bored with her husband"). */
function relativeHead(a: Analysis, p: PronounInfo, cands: CandidateEntity[], mentionsOf: Map<string, MentionInfo[]>): string | null {
  // the first token of the pronoun's clause must be who/whom/whose
  let r = p.tok - 1;
  while (r >= 0 && a.clauseOf[r] === p.role.clause) r--;
  r++;
  if (r >= p.tok || a.sentOf[r] !== p.sent) return null;
  const rel = a.lower[r];
  if (rel !== 'who' && rel !== 'whom' && rel !== 'whose') return null;
  // the head: a mention ending right before it, or before an appositive noun phrase ("B, a wife who")
  let k = r - 1;
  let best: string | null = null;
  let bestEnd = -1;
  const floor = Math.max(0, r - 8);
  for (const c of cands) {
    for (const m of mentionsOf.get(c.id)!) {
      if (m.end > r || m.end < floor || m.sent !== p.sent) continue;
      // only noun-phrase material and commas between the mention and the relative pronoun
      let ok = true;
      for (k = m.end; k < r; k++) {
        const cl = a.cls[k];
        if (cl !== K.Comma && cl !== K.Det && cl !== K.Word && cl !== K.Cap && cl !== K.Num && cl !== K.Open && cl !== K.Close) {
          ok = false;
          break;
        }
      }
      if (ok && m.end > bestEnd) {
        bestEnd = m.end;
        best = c.id;
      }
    }
  }
  return best;
}

export function resolvePronoun(ctx: PronounContext, pronoun: Span, candidates: CandidateEntity[], options: ResolveOptions = {}): Resolution {
  const w: Weights = options.weights ? { ...DEFAULT_WEIGHTS, ...options.weights } : DEFAULT_WEIGHTS;
  const a = analyze(ctx.text, ctx.tokens, ctx.sentences, ctx.types);
  const ptok = tokenAt(ctx.tokens, pronoun.start);
  const p = ptok >= 0 ? pronounInfo(a, ptok) : null;
  if (!p) return { id: null, score: 0, ranking: [] };

  const ranking: { id: string; score: number }[] = [];
  // every candidate's mentions, as token ranges with their roles
  // the character range of the window: the pronoun's sentence and `window` sentences before it
  const winStart = p.sent >= 0 ? a.sentences[Math.max(0, p.sent - w.window)].start : 0;
  const winEnd = p.sent >= 0 ? a.sentences[p.sent].end : ctx.text.length;
  const mentionsOf = new Map<string, MentionInfo[]>();
  const topicOfCand = new Map<string, number>();
  const eligible: CandidateEntity[] = [];
  for (const cand of candidates) {
    // agreement
    if (cand.number && cand.number !== p.number && p.gender !== 'unknown') continue;
    if (p.number === 'plural' && cand.number !== 'plural') continue;
    if (p.gender === 'neuter' && (cand.gender === 'male' || cand.gender === 'female')) continue;
    // only mentions within the window (and up to the pronoun's sentence) need a role; the others
    // still make the candidate eligible and count for the topic
    const ms: MentionInfo[] = [];
    let any = false;
    let topic = 0;
    for (const span of cand.mentions) {
      if (span.start < pronoun.end && span.end > pronoun.start) continue;
      any = true;
      if (ctx.topic) topic = Math.max(topic, topicOf(a, ctx.text.slice(span.start, span.end), ctx.topic));
      if (span.start >= winEnd || span.end <= winStart) continue;
      const s = tokenAt(ctx.tokens, span.start);
      if (s < 0) continue;
      const sent = a.sentOf[s];
      if (sent > p.sent || sent < p.sent - w.window) continue;
      let e = s + 1;
      while (e < ctx.tokens.length && ctx.tokens[e].start < span.end) e++;
      ms.push({ span, start: s, end: e, sent, role: roleOf(a, s, e) });
    }
    if (!any) continue;
    ms.sort((x, y) => x.start - y.start);
    mentionsOf.set(cand.id, ms);
    topicOfCand.set(cand.id, topic);
    eligible.push(cand);
  }
  // the nearest subject before the pronoun (Hobbs's search, approximated): in the pronoun's sentence,
  // outside the pronoun's own clause for an object pronoun; else the main subject of the sentence before
  let hobbs: string | null = null;
  {
    let bestTok = -1;
    let prevSubj = -1;
    for (const cand of eligible) {
      for (const m of mentionsOf.get(cand.id)!) {
        if (m.start > p.tok || m.role.role !== 'subj' || m.role.possessor || m.role.paren) continue;
        if (m.sent === p.sent) {
          if (p.form === 'obj' && m.role.clause === p.role.clause) continue;
          if (m.start > bestTok) {
            bestTok = m.start;
            hobbs = cand.id;
          }
        } else if (bestTok < 0 && m.sent === p.sent - 1 && m.role.sentenceSubject && (prevSubj < 0 || m.start < prevSubj)) {
          prevSubj = m.start;
          hobbs = cand.id;
        }
      }
    }
  }
  // the pronoun sits in a relative clause ("Cooper, who received his education"): the clause's head
  const relHead = relativeHead(a, p, eligible, mentionsOf);
  const binders = p.form === 'obj' || p.form === 'refl' ? localSubjects(a, p, eligible, mentionsOf, relHead) : new Set<string>();
  for (const cand of eligible) {
    const parts: Record<string, number> = {};
    const ms = mentionsOf.get(cand.id)!;
    if (hobbs === cand.id) addPart(parts, 'hobbs', w.hobbs);
    if (relHead === cand.id && p.form !== 'obj') addPart(parts, 'relative', w.relative);
    // salience of preceding mentions: the best mention of each sentence, decayed by sentence distance
    const perSentence = new Map<number, number>();
    let nearest: MentionInfo | null = null;
    for (const m of ms) {
      if (m.start > p.tok) continue;
      const d = p.sent - m.sent;
      if (d > w.window) continue;
      const v = scoreMention(w, m) * Math.pow(w.decay, d);
      perSentence.set(m.sent, Math.max(perSentence.get(m.sent) ?? 0, v));
      if (!nearest || m.start > nearest.start) nearest = m;
    }
    // cataphora: a mention after the pronoun in its own sentence. After a fronted phrase ("In his last
    // bout, Smith won") the main subject is the expected antecedent; otherwise it is a weak one.
    const cata = ms.find((x) => x.start > p.tok && x.sent === p.sent);
    if (cata && p.fronted && cata.role.role === 'subj' && !cata.role.possessor) {
      const v = scoreMention(w, cata) + w.cataphoraFronted;
      if (v > (perSentence.get(p.sent) ?? 0)) perSentence.set(p.sent, v);
    } else if (cata && !nearest) {
      addPart(parts, 'cataphora', scoreMention(w, cata) + w.cataphora);
    }
    {
      let sum = 0;
      let max = 0;
      for (const v of perSentence.values()) {
        sum += v;
        if (v > max) max = v;
      }
      addPart(parts, 'salience', max + w.accumulate * (sum - max));
    }
    if (!nearest && !cata) addPart(parts, 'far', 1); // only mentions far away or in later sentences: a faint presence
    // constraints and preferences from the pronoun
    if (nearest) {
      if (nearest.role.role === p.role.role && (p.role.role === 'subj' || p.role.role === 'obj') && p.form !== 'poss') addPart(parts, 'parallel', w.parallel);
      if (p.form === 'poss' && nearest.role.role === p.role.role && p.role.role === 'subj') addPart(parts, 'parallel', w.parallel);
      addPart(parts, 'distance', -w.distance * Math.max(0, p.tok - nearest.end));
    } else if (cata) {
      addPart(parts, 'distance', -w.distance * Math.max(0, cata.start - p.tok));
    }
    // binding: an object pronoun is not the subject of its own clause ("Smith helped him")
    if (binders.has(cand.id)) {
      if (p.form === 'refl') addPart(parts, 'bindingA', w.bindingA);
      else addPart(parts, 'bindingB', w.bindingB);
    }
    for (const m of ms) {
      if (m.sent !== p.sent) continue;
      if (possessorOfPronounNP(a, p, m)) addPart(parts, 'possessorNP', w.possessorNP);
      // "Clinton and her husband": the conjunct right before a possessive
      if (p.form === 'poss' && m.end === p.tok - 1 && a.cls[p.tok - 1] === K.Conj) addPart(parts, 'conjunct', w.conjunct);
      if (inPronounNP(a, p, m)) {
        addPart(parts, 'sameNP', w.sameNP);
        break;
      }
    }
    // topic
    addPart(parts, 'topic', w.topic * (topicOfCand.get(cand.id) ?? 0));
    // gender
    if (cand.gender && cand.gender !== 'unknown' && (p.gender === 'male' || p.gender === 'female') && cand.gender !== p.gender) addPart(parts, 'gender', w.genderMismatch);
    let score = 0;
    for (const v of Object.values(parts)) score += v;
    options.trace?.(cand.id, parts);
    ranking.push({ id: cand.id, score });
  }
  ranking.sort((x, y) => y.score - x.score);
  const best = ranking[0];
  if (!best || best.score < w.floor) return { id: null, score: best?.score ?? 0, ranking };
  return { id: best.id, score: best.score, ranking };
}

export interface ChainOptions extends ResolveOptions {
  /** a pronoun joins its antecedent's mentions only when it wins by at least this margin (default 0) */
  margin?: number;
}

/**
 * Resolve pronouns in text order, Lappin & Leass style: each resolved pronoun becomes a mention of
 * the entity it was resolved to, so later pronouns see the salience it adds. Returns one resolution per
 * pronoun, in the order given.
 */
export function resolvePronouns(ctx: PronounContext, pronouns: Span[], candidates: CandidateEntity[], options: ChainOptions = {}): Resolution[] {
  const cands: CandidateEntity[] = candidates.map((c) => ({ ...c, mentions: [...c.mentions] }));
  const byId = new Map(cands.map((c) => [c.id, c]));
  const order = pronouns.map((p, i) => i).sort((x, y) => pronouns[x].start - pronouns[y].start);
  const out: Resolution[] = new Array<Resolution>(pronouns.length);
  const margin = options.margin ?? 0;
  for (const i of order) {
    const r = resolvePronoun(ctx, pronouns[i], cands, options);
    out[i] = r;
    if (r.id !== null) {
      const second = r.ranking[1]?.score ?? -Infinity;
      if (r.score - second >= margin) byId.get(r.id)?.mentions.push(pronouns[i]);
    }
  }
  return out;
}
