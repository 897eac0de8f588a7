// What every coreference sieve works on: the document's mentions with their sentence and paragraph,
// a union-find over mention indices, and small text helpers.

import type { Doc } from '../../doc/doc.ts';
import type { EntityRole, Mention, Sentence, Token } from '../../doc/types.ts';
import type { KnowledgeBase } from '../../kb/index.ts';

export interface MentionInfo {
  m: Mention;
  index: number;
  sentence: number;
  paragraph: string;
  /** index of the first token of the mention and one past its last */
  tokenStart: number;
  tokenEnd: number;
  text: string;
  /** lower-case text of the head */
  headText: string;
  /** inside quotation marks (direct speech) */
  quoted: boolean;
  /** nameKey(text), computed once */
  key: string;
}

export class CorefContext {
  readonly infos: MentionInfo[];
  private readonly parent: number[];
  /** roles stated for a mention's entity, keyed by the mention index that carries them */
  readonly roles = new Map<number, EntityRole[]>();

  constructor(
    readonly doc: Doc,
    readonly tokens: Token[],
    readonly sentences: Sentence[],
    mentions: Mention[],
    readonly kb: KnowledgeBase,
    quoted: (start: number) => boolean,
  ) {
    const sentenceOf = new Int32Array(tokens.length);
    sentences.forEach((s, si) => sentenceOf.fill(si, s.tokenStart, s.tokenEnd));
    let t = 0;
    this.infos = mentions.map((m, index) => {
      // mentions are sorted by start; walk the token cursor forward (back off for nested mentions)
      while (t > 0 && tokens[t].start > m.start) t--;
      while (t < tokens.length && tokens[t].end <= m.start) t++;
      let e = t;
      while (e < tokens.length && tokens[e].start < m.end) e++;
      const si = sentenceOf[Math.min(t, tokens.length - 1)] ?? 0;
      return {
        m,
        index,
        sentence: si,
        paragraph: sentences[si]?.paragraph ?? 'p0',
        tokenStart: t,
        tokenEnd: e,
        text: doc.text.slice(m.start, m.end),
        headText: doc.text.slice(m.head.start, m.head.end).toLowerCase(),
        quoted: quoted(m.start),
        key: m.form === 'pronoun' ? '' : nameKey(doc.text.slice(m.start, m.end)),
      };
    });
    this.parent = this.infos.map((_, i) => i);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  /** Merge the entities of two mentions; the earlier mention's root stays the root. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    this.groups = null;
  }

  /** Members of every entity by root, in text order; rebuilt after a union (sieves ask far more than they merge). */
  private groups: MentionInfo[][] | null = null;

  same(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  /** Members of the entity of mention i, in text order. */
  members(i: number): readonly MentionInfo[] {
    if (!this.groups) {
      const groups: MentionInfo[][] = new Array(this.infos.length);
      for (const x of this.infos) (groups[this.find(x.index)] ??= []).push(x);
      this.groups = groups;
    }
    return this.groups[this.find(i)];
  }

  addRole(i: number, role: EntityRole): void {
    const list = this.roles.get(i) ?? [];
    list.push(role);
    this.roles.set(i, list);
  }

  /** Roles of the entity of mention i. */
  entityRoles(i: number): EntityRole[] {
    return this.members(i).flatMap((x) => this.roles.get(x.index) ?? []);
  }

  word(t: number): string {
    return t >= 0 && t < this.tokens.length ? this.doc.tokenTexts()[t] : '';
  }
}

const MAX_KEYS = 50_000;
const keys = new Map<string, string>();

/** Name key for matching: case, diacritics, punctuation and a leading "the" do not matter. */
export function nameKey(s: string): string {
  // memoised: every mention of every document asks, and names repeat
  let k = keys.get(s);
  if (k === undefined) {
    k = computeNameKey(s);
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(s, k);
  }
  return k;
}

function computeNameKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Name parts without Arabic-style articles: "Al-Amiri" -> "amiri", "al-Abadi" -> "abadi". */
export function surnameKey(word: string): string {
  return nameKey(word).replace(/^(?:al|el|ad|an|ar|as|at|az|ash|ibn|bin|ben|abu|abd|de|da|di|van|von|der|le|la)[- ](?=\p{L})/u, '');
}
