// gap task adapter: pronoun coreference on GAP (see ../shared/bench/README.md, "3. gap").
// Each row gives a snippet, a pronoun and two names A and B. The adapter adds the other people the
// snippet names (a cheap name finder) and the other mentions of A and B, hands them all to the
// engine's pronoun resolver with the Wikipedia page title as topic hint, and answers A, B or neither.

import type { Span } from '../../src/doc/types.ts';
import { docFromText } from '../../src/ingest/text.ts';
import { createPipeline } from '../../src/index.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';
import {
  findDescriptions,
  findNames,
  nameGender,
  nameMatch,
  nameWords,
  topicMatch,
  resolvePronoun,
  resolvePronouns,
  type CandidateEntity,
  type Resolution,
  type NameMention,
  type PronounContext,
  type ResolveOptions,
} from '../../src/annotators/coref/pronoun/index.ts';
import { analyze, K, tokenAt } from '../../src/annotators/coref/pronoun/analysis.ts';
import { isFirstName } from '../../src/annotators/coref/pronoun/names.ts';
import type { TaskAdapter } from './types.ts';

export interface GapOptions extends ResolveOptions {
  /** add the other people of the snippet as candidates (default true) */
  others?: boolean;
  /** add the other mentions of A and B (default true) */
  coMentions?: boolean;
  /** use the page title as topic hint (default true) */
  topic?: boolean;
  /** give A and B a gender from their first names (default true) */
  candidateGender?: boolean;
  /** add people described by a gendered noun ("her father") as candidates (default false: without
   * nominal coreference they too often stand for A or B, "the earl" for Gilbert) */
  descriptions?: boolean;
  /** take names with no first name or title as people when they are the subject of a verb (default true) */
  subjectNames?: boolean;
  /** resolve the snippet's earlier he/she/his/her/him first and count them as mentions (default true) */
  chain?: boolean;
  /** the margin a chained pronoun must win by to join its antecedent (default 75) */
  chainMargin?: number;
  /** sees the candidates handed to the resolver, with their names (for explaining a decision) */
  onCandidates?: (c: { id: string; name: string; gender?: string }[]) => void;
}

/** The Wikipedia page title of a URL: "http://en.wikipedia.org/wiki/Warren_MacKenzie" -> "Warren MacKenzie". */
export function titleFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /\/wiki\/([^?#]+)/.exec(url);
  if (!m) return undefined;
  let t: string;
  try {
    t = decodeURIComponent(m[1]);
  } catch {
    t = m[1];
  }
  return t.replace(/_/g, ' ').trim() || undefined;
}

interface Group {
  id: string;
  words: string[][];
  mentions: Span[];
  gender: 'male' | 'female' | 'unknown';
  /** a description ("her father"), not a name */
  nominal?: boolean;
  /** gender of a lone first name that might be a surname */
  weak?: 'male' | 'female' | 'unknown';
  person: number;
}

function genderOfWords(words: string[]): 'male' | 'female' | 'unknown' {
  if (words.length < 2) return 'unknown';
  return isFirstName(words[0]) ? nameGender(words[0]) : 'unknown';
}

function genderOfPronoun(p: string): 'male' | 'female' | 'unknown' {
  const w = p.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'male';
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'female';
  return 'unknown';
}

/** A name directly followed by a finite verb, not after a determiner ("Race suffered", not "the Senate voted"). */
function actsAsSubject(ctx: PronounContext, m: Span): boolean {
  const a = analyze(ctx.text, ctx.tokens, ctx.sentences);
  const s = tokenAt(ctx.tokens, m.start);
  let e = s;
  while (e < ctx.tokens.length && ctx.tokens[e].start < m.end) e++;
  if (s > 0 && (a.cls[s - 1] === K.Det || a.cls[s - 1] === K.PossPron)) return false;
  return e < ctx.tokens.length && (a.cls[e] === K.Aux || (a.cls[e] === K.Verb && !a.lower[e].endsWith('ing')));
}

let pipeline: Pipeline | null = null;

export function predictRow(row: Record<string, unknown>, opts: GapOptions = {}): { id: string; a_coref: boolean; b_coref: boolean } {
  const id = String(row.id);
  const text = String(row.text ?? '');
  pipeline ??= createPipeline({ annotators: ['tokens', 'paragraphs', 'sentences'] });
  const res = pipeline.run(docFromText(id, text, {}, { headline: false }));
  if (!res.ok) return { id, a_coref: false, b_coref: false };
  const doc = res.doc;
  const ctx: PronounContext = {
    text,
    tokens: doc.layer('tokens'),
    sentences: doc.layer('sentences'),
    topic: opts.topic === false ? undefined : titleFromUrl(typeof row.url === 'string' ? row.url : undefined),
  };
  const pOff = Number(row.pronoun_offset);
  const pronoun: Span = { start: pOff, end: pOff + String(row.pronoun).length };
  const aSpan: Span = { start: Number(row.a_offset), end: Number(row.a_offset) + String(row.a).length };
  const bSpan: Span = { start: Number(row.b_offset), end: Number(row.b_offset) + String(row.b).length };
  const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

  const A: Group = { id: 'A', words: [nameWords(String(row.a))], mentions: [aSpan], gender: 'unknown', person: 1 };
  const B: Group = { id: 'B', words: [nameWords(String(row.b))], mentions: [bSpan], gender: 'unknown', person: 1 };
  const groups: Group[] = [A, B];
  const others: Group[] = [];
  const found: NameMention[] = findNames(ctx).filter((m) => !overlaps(m, pronoun));
  // names inside the A or B spans tell their gender ("Mrs. Smith"), the rest are further mentions
  for (const m of found) {
    if (overlaps(m, aSpan) || overlaps(m, bSpan)) {
      const g = overlaps(m, aSpan) ? A : B;
      if (m.gender !== 'unknown' && g.gender === 'unknown') g.gender = m.gender;
      continue;
    }
    if (opts.coMentions !== false) {
      const ma = Math.max(...A.words.map((w) => nameMatch(m.words, w)));
      const mb = Math.max(...B.words.map((w) => nameMatch(m.words, w)));
      // a further mention; its gender counts only when it agrees on more than a shared surname
      // ("Patey" and "John Patey" may be husband and wife)
      const adopt = (g: Group, level: number): void => {
        g.mentions.push(m);
        const sameFirst = level >= 2 && g.words[0].length > 1 && m.words.length > 1;
        if (m.gender !== 'unknown' && g.gender === 'unknown' && (sameFirst || (level === 1 && m.title))) g.gender = m.gender;
      };
      if (ma > 0 && ma > mb) {
        adopt(A, ma);
        continue;
      }
      if (mb > 0 && mb > ma) {
        adopt(B, mb);
        continue;
      }
      if (ma > 0) continue; // as close to A as to B: leave it out
    }
    let g = others.find((o) => o.words.some((w) => nameMatch(m.words, w) >= 2));
    if (!g) {
      g = { id: `O${others.length}`, words: [], mentions: [], gender: 'unknown', person: 0 };
      others.push(g);
    }
    g.words.push(m.words);
    g.mentions.push(m);
    g.person = Math.max(g.person, m.person);
    if (g.gender === 'unknown') g.gender = m.gender;
    if (m.weakGender !== 'unknown') g.weak = m.weakGender;
  }
  if (opts.candidateGender !== false) {
    for (const g of [A, B]) if (g.gender === 'unknown') g.gender = genderOfWords(g.words[0]);
  } else {
    A.gender = 'unknown';
    B.gender = 'unknown';
  }
  // people only described ("her father", "the actress"): one entity per noun
  if (opts.descriptions === true && opts.others !== false) {
    for (const d of findDescriptions(ctx)) {
      if (overlaps(d, pronoun) || overlaps(d, aSpan) || overlaps(d, bSpan)) continue;
      let g = others.find((o) => o.nominal && o.words[0][0] === d.words[0]);
      if (!g) {
        g = { id: `D${others.length}`, words: [d.words], mentions: [], gender: d.gender, person: 1, nominal: true };
        others.push(g);
      }
      g.mentions.push(d);
    }
  }
  // the other people: names with a sign of being a person, and names the topic (page title) gives
  // and names that act as the subject of a verb ("Race suffered an injury")
  if (opts.others !== false) {
    for (const o of others) {
      if (o.person > 0 || topicMatch(o.words, ctx.topic) >= 1 || (opts.subjectNames !== false && o.mentions.some((m) => actsAsSubject(ctx, m)))) groups.push(o);
    }
  }
  const candidates: CandidateEntity[] = groups.map((g) => ({
    id: g.id,
    mentions: g.mentions.map((s) => ({ start: s.start, end: s.end })),
    gender: g.gender !== 'unknown' ? g.gender : (g.weak ?? 'unknown'),
    number: 'singular',
  }));
  opts.onCandidates?.(candidates.map((c) => ({ id: c.id, name: c.mentions.map((m) => text.slice(m.start, m.end)).join('|'), gender: c.gender })));
  let r: Resolution;
  if (opts.chain !== false) {
    // the same-gender third-person pronouns before the target, then the target
    const pg = genderOfPronoun(String(row.pronoun));
    const earlier: Span[] = [];
    for (const t of ctx.tokens) {
      if (t.start >= pronoun.start) break;
      const w = text.slice(t.start, t.end).toLowerCase();
      if (t.kind === 'word' && genderOfPronoun(w) === pg && pg !== 'unknown') earlier.push({ start: t.start, end: t.end });
    }
    const all = resolvePronouns(ctx, [...earlier, pronoun], candidates, { ...opts, margin: opts.chainMargin ?? 75 });
    r = all[all.length - 1];
  } else r = resolvePronoun(ctx, pronoun, candidates, opts);
  return { id, a_coref: r.id === 'A', b_coref: r.id === 'B' };
}

async function predict(rows: Record<string, unknown>[], log: (msg: string) => void): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    try {
      out.push(predictRow(row));
    } catch (err) {
      log(`${String(row.id)}: ${err instanceof Error ? err.message : String(err)}`);
      out.push({ id: row.id, a_coref: false, b_coref: false });
    }
  }
  return out;
}

export const gapTask: TaskAdapter = {
  name: 'gap',
  visible: ['gap/gap-development.jsonl', 'gap/gap-validation.jsonl'],
  metrics: ['o_f1', 'm_f1', 'f_f1', 'bias', 'o_p', 'o_r'],
  predict,
};
