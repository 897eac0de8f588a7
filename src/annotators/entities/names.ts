// Named mentions: the statistical tagger (CoNLL types) finds the names, the knowledge base refines
// their type and kind (GPE vs LOC, NORP, media, armed group...) and adds known names the tagger missed.

import type { Doc } from '../../doc/doc.ts';
import type { EntityType, Mention, Sentence, Token } from '../../doc/types.ts';
import type { KnowledgeBase, NameSpan } from '../../kb/index.ts';
import { GEO_FEATURE_WORDS, ORG_SUFFIX_KINDS } from './data/nouns.ts';
import type { NerModel } from './ner/model.ts';
import { IdMemo, type DocWordIds } from './wordids.ts';

type Conll = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name found in one sentence, in token indices of the document. */
export interface NameCandidate {
  start: number;
  end: number;
  conll?: Conll;
  kb?: NameSpan;
}

/** Spans of IOB2 tags (B-X, I-X; an I- after O or another type starts a span, as conlleval reads them). */
export function iobSpans(tags: readonly string[]): { start: number; end: number; type: Conll }[] {
  const spans: { start: number; end: number; type: Conll }[] = [];
  let cur: { start: number; end: number; type: Conll } | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) {
      cur = null;
      return;
    }
    const type = tag.slice(2) as Conll;
    if (tag.startsWith('B-') || !cur || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      spans.push(cur);
    } else {
      cur.end = i + 1;
    }
  });
  return spans;
}

function orgKind(name: string): string | undefined {
  for (const [re, kind] of ORG_SUFFIX_KINDS) if (re.test(name)) return kind;
  return undefined;
}

/** Combine tagger spans and knowledge-base spans of one sentence (token indices relative to the sentence). */
export function mergeCandidates(ner: { start: number; end: number; type: Conll }[], kb: NameSpan[]): NameCandidate[] {
  const out: NameCandidate[] = ner.map((s) => ({ start: s.start, end: s.end, conll: s.type }));
  for (const k of kb) {
    const same = out.find((c) => c.start === k.start && c.end === k.end);
    if (same) {
      same.kb = k;
      continue;
    }
    // a known name that contains a tagger name replaces it ("France 24" over "France")
    const contained = out.filter((c) => k.start <= c.start && c.end <= k.end);
    if (contained.length && !out.some((c) => c.start < k.end && k.start < c.end && !(k.start <= c.start && c.end <= k.end))) {
      for (const c of contained) out.splice(out.indexOf(c), 1);
      out.push({ start: k.start, end: k.end, kb: k, conll: contained[0].conll });
      continue;
    }
    // a KB name inside or across a tagger name belongs to the tagger's reading
    if (out.some((c) => c.start < k.end && k.start < c.end)) continue;
    out.push({ start: k.start, end: k.end, kb: k });
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Typed {
  type: EntityType;
  kind?: string;
  country?: string;
  kbId?: string;
}

/** A constant, as every regex with \p{}: the bundler turns such a literal into `new RegExp()` where it stands. */
const STARTS_UPPER = /^\p{Lu}/u;
const PARTICIPLE = /-(?:linked|led|backed|based|brokered|funded|allied|affiliated|aligned|run|owned|controlled|dominated)$/i;

/**
 * Tagger names that swallow a modifier are cut apart: "Hashd al-Shaabi-linked Badr Organization" is
 * two names, the first ending before "-linked"; a "US-led" alone is not a name (its "US" is found
 * separately). Returns [token start, token end, char end override] pieces.
 */
export function splitAtParticiples(words: readonly string[], start: number, end: number): { start: number; end: number; trim: number }[] {
  const pieces: { start: number; end: number; trim: number }[] = [];
  let from = start;
  for (let t = start; t < end; t++) {
    const m = PARTICIPLE.exec(words[t]);
    if (!m) continue;
    const bare = words[t].length - m[0].length;
    if (bare > 0 && (t > from || STARTS_UPPER.test(words[t]))) pieces.push({ start: from, end: t + 1, trim: m[0].length });
    from = t + 1;
  }
  if (from < end) pieces.push({ start: from, end, trim: 0 });
  return pieces;
}

/** Fine type of a name from the tagger's CoNLL type and what the knowledge base knows. */
export function fineType(name: string, conll: Conll | undefined, kb: NameSpan | undefined, kbInstance?: KnowledgeBase): Typed | null {
  if (kb) {
    const country = kb.country?.iso3 ?? kb.entry?.country;
    if (kb.via === 'demonym') return { type: 'NORP', country, kbId: kb.entry?.id };
    if (kb.country && (kb.via === 'name' || kb.via === 'alias' || kb.via === 'code')) return { type: 'GPE', kind: 'country', country, kbId: kb.entry?.id };
    if (kb.via === 'capital' || kb.via === 'seat') {
      // a building that stands for a branch of government ("the Pentagon", "the Kremlin") is an organisation
      if (kb.via === 'seat' && kbInstance?.metonym(name)?.role) return { type: 'ORG', kind: kbInstance.metonym(name)?.role === 'MIL' ? 'military' : 'gov_body', country, kbId: kb.entry?.id };
      return { type: 'GPE', kind: 'city', country, kbId: kb.entry?.id };
    }
    const e = kb.entry;
    if (e) {
      // a tagged person whose name is also a KB alias stays a person ("Jordan" the player is not the country)
      if (conll === 'PER' && e.type !== 'PERSON') return { type: 'PERSON' };
      return { type: e.type, kind: e.kind, country, kbId: e.id };
    }
  }
  switch (conll) {
    case 'PER':
      return { type: 'PERSON' };
    case 'ORG':
      return { type: 'ORG', kind: orgKind(name) };
    case 'LOC': {
      const words = name.toLowerCase().split(/\s+/);
      return GEO_FEATURE_WORDS.has(words[words.length - 1]) || GEO_FEATURE_WORDS.has(words[0]) ? { type: 'LOC' } : { type: 'GPE' };
    }
    case 'MISC':
      return { type: 'MISC' };
    default:
      return null;
  }
}

/** The token strings of each sentence. */
export function sentenceWords(doc: Doc, sentences: Sentence[]): string[][] {
  const texts = doc.tokenTexts();
  return sentences.map((s) => texts.slice(s.tokenStart, s.tokenEnd));
}

/** The word ids of the tokens of `sentences`, sentence after sentence (what NerModel.tagDocument() takes). */
function sentenceIds(ids: DocWordIds, sentences: Sentence[]): DocWordIds {
  let contiguous = true;
  let n = 0;
  for (const s of sentences) {
    if (s.tokenStart !== n) contiguous = false;
    n += s.tokenEnd - s.tokenStart;
  }
  if (contiguous) return n === ids.ids.length ? ids : { table: ids.table, ids: ids.ids.subarray(0, n) };
  const out = new Int32Array(n);
  let t = 0;
  for (const s of sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) out[t++] = ids.ids[i];
  return { table: ids.table, ids: out };
}

/** Knowledge-base token facts by word id (KnowledgeBase.findNamesById()), per knowledge base. */
const kbFacts = new WeakMap<KnowledgeBase, IdMemo<unknown>>();

/**
 * Name mentions of a document (ids are assigned by the caller); `words` as sentenceWords() gives
 * them; `ids` optionally the word ids of the document's tokens (same mentions, faster).
 */
export function findNameMentions(
  doc: Doc,
  tokens: Token[],
  sentences: Sentence[],
  ner: NerModel,
  kb: KnowledgeBase,
  words: string[][] = sentenceWords(doc, sentences),
  ids?: DocWordIds,
): Omit<Mention, 'id'>[] {
  const tags = ner.tagDocument(words, ids && sentenceIds(ids, sentences));
  let facts: unknown[] | null = null;
  if (ids) {
    let m = kbFacts.get(kb);
    if (!m) kbFacts.set(kb, (m = new IdMemo()));
    facts = m.of(ids.table);
  }
  const mentions: Omit<Mention, 'id'>[] = [];
  sentences.forEach((s, si) => {
    const known = facts ? kb.findNamesById(words[si], ids!.ids, s.tokenStart, facts) : kb.findNames(words[si]);
    const candidates = mergeCandidates(iobSpans(tags[si]), known);
    for (const c of candidates) {
      for (const piece of splitAtParticiples(words[si], c.start, c.end)) {
        // a lone "US-led" piece is the country inside it, which findEmbeddedCountries reports
        if (piece.trim && piece.end - piece.start === 1) continue;
        let a = s.tokenStart + piece.start;
        const b = s.tokenStart + piece.end;
        // a leading religious or national word is a modifier of an organisation name ("Shiite Badr Organization")
        while (b - a > 1 && c.conll === 'ORG' && kb.findNames([words[si][a - s.tokenStart]]).some((k) => k.via === 'demonym' || k.entry?.type === 'NORP')) a++;
        const end = tokens[b - 1].end - piece.trim;
        const name = doc.text.slice(tokens[a].start, end);
        const whole = piece.start === c.start && piece.end === c.end && a === s.tokenStart + c.start;
        const typed = fineType(name, c.conll, whole ? c.kb : kb.findNames([name]).find((k) => k.start === 0) ?? undefined, kb);
        if (!typed) continue;
        const m: Omit<Mention, 'id'> = { start: tokens[a].start, end, type: typed.type, form: 'name', head: { start: tokens[a].start, end } };
        if (typed.kind) m.kind = typed.kind;
        if (typed.kbId) m.kb = typed.kbId;
        if (typed.country) m.country = typed.country;
        if (c.conll) m.conll = c.conll;
        mentions.push(m);
      }
    }
  });
  return mentions;
}
