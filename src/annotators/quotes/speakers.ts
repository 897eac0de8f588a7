// Speaker span -> the mention it is and the entity (cluster) behind it; cue -> addressee.

import type { Cluster, Mention, Span, Token } from '../../doc/types.ts';
import { firstEndingAfter, firstStartingFrom } from '../../util/spans.ts';

const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const ADDRESSEE_LEMMAS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'ask', 'urge', 'advise', 'promise', 'brief', 'thank', 'caution', 'instruct', 'order']);
const ADDRESSEE_STOP = new Set(['that', 'on', 'in', 'at', 'during', 'after', 'before', 'when', 'about', 'if', 'whether', 'to', 'what', 'how', 'why', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'last', 'earlier', 'later', 'recently', 'of', 'by', 'for', 'with', 'from', 'as']);
const ADDRESSEE_WORDS = new Set(['reporters', 'journalists', 'supporters', 'voters', 'the crowd', 'crowd', 'audience', 'students', 'lawmakers', 'delegates', 'donors', 'officials', 'members', 'viewers', 'listeners', 'readers', 'parliament', 'congress']);

export class SpeakerResolver {
  private readonly clusterOfMention = new Map<string, Cluster>();
  private readonly byStart: Mention[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    mentions: readonly Mention[],
    clusters: readonly Cluster[],
  ) {
    for (const c of clusters) for (const m of c.mentions) this.clusterOfMention.set(m, c);
    this.byStart = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  cluster(mentionId: string): Cluster | undefined {
    return this.clusterOfMention.get(mentionId);
  }

  private tokenIndex(offset: number): number {
    return firstEndingAfter(this.tokens, offset);
  }

  private word(i: number): string {
    const t = this.tokens[i];
    return t ? this.text.slice(t.start, t.end).toLowerCase() : '';
  }

  /** Mentions inside [start, end), in order. */
  private inside(start: number, end: number): Mention[] {
    const lo = firstStartingFrom(this.byStart, start);
    const out: Mention[] = [];
    for (let i = lo; i < this.byStart.length && this.byStart[i].start < end; i++) if (this.byStart[i].end <= end) out.push(this.byStart[i]);
    return out;
  }

  /** The mention ending at `end` (longest), if any. */
  private endingAt(end: number, from: number): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.inside(from, end)) if (m.end === end && (!best || m.start < best.start)) best = m;
    return best;
  }

  /**
   * The mention a speaker span stands for. The span is cut into its head noun phrase and appositions
   * at commas ("Samir Al-Rashidi, a leader of …, who …"; "The mayor of Lyon, Claire Fontaine,"): a name in
   * an apposition wins over a description in the head. Within a phrase, a complement after "of", "at",
   * "from" is not the speaker ("The mayor of Lyon" is the mayor); the mention that ends the phrase is
   * (the head of "Former Secretary of State Hillary Clinton", "the ministry", "he"), else the first
   * one that is not a possessive ("Trump" in "Trump's campaign" does not speak). For "who"/"which":
   * the mention before it (", who said").
   */
  speakerMention(span: Span): Mention | undefined {
    const first = this.tokenIndex(span.start);
    const w = this.word(first);
    if (RELATIVES.has(w) && this.tokens[first].end >= span.end) {
      let t = first - 1;
      if (this.word(t) === ',') t--;
      if (t >= 0) {
        const m = this.endingAt(this.tokens[t].end, Math.max(0, this.tokens[t].end - 200));
        if (m) return m;
      }
      return undefined;
    }
    const text = this.text.slice(span.start, span.end);
    const segments: Span[] = [];
    let from = 0;
    for (const m of text.matchAll(/,\s+|\s+(?:who|which|whose)\s/g)) {
      segments.push({ start: span.start + from, end: span.start + (m.index ?? 0) });
      from = (m.index ?? 0) + m[0].length;
    }
    segments.push({ start: span.start + from, end: span.end });
    const picks = segments.slice(0, 3).map((seg) => this.phraseHead(seg)).filter((m): m is Mention => m !== undefined);
    if (!picks.length) return undefined;
    const head = picks[0];
    if (head.form !== 'name') {
      const name = picks.find((m) => m.form === 'name' && (m.type === 'PERSON' || m.type === head.type));
      if (name) return name;
    }
    return head;
  }

  private phraseHead(seg: Span): Mention | undefined {
    let end = seg.end;
    while (end > seg.start && /[\s\p{P}]/u.test(this.text[end - 1]) && !/[)\]]/.test(this.text[end - 1])) end--;
    if (end <= seg.start) return undefined;
    const all = this.inside(seg.start, end);
    if (!all.length) return undefined;
    const prep = /\s(?:of|at|from|for|in|on|with)\s/.exec(this.text.slice(seg.start, end));
    if (prep) {
      const cut = seg.start + prep.index;
      const before = this.inside(seg.start, cut);
      if (before.length) end = cut;
    }
    const inner = this.inside(seg.start, end);
    const atEnd = inner.filter((m) => m.end === end);
    if (atEnd.length) return atEnd.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    for (const m of inner) {
      const after = this.tokenIndex(m.end);
      if (POSSESSIVE.has(this.word(after)) && this.tokens[after]?.start < end) continue;
      return m;
    }
    return undefined;
  }

  /** The addressee after a cue of telling ("told reporters", "told the channel"). */
  addressee(cue: Span, lemma: string): (Span & { entity?: string }) | undefined {
    if (!ADDRESSEE_LEMMAS.has(lemma.split(' ')[0])) return undefined;
    const t0 = this.tokenIndex(cue.end);
    const tok = this.tokens[t0];
    if (!tok || tok.kind !== 'word') return undefined;
    const starting = this.inside(tok.start, tok.start + 300).filter((m) => m.start === tok.start);
    if (starting.length) {
      const m = starting.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      const c = this.cluster(m.id);
      return c ? { start: m.start, end: m.end, entity: c.id } : { start: m.start, end: m.end };
    }
    // a plain noun phrase: "reporters", "the crowd", "a news conference" is not one
    let t = t0;
    const words: string[] = [];
    while (t < this.tokens.length && t < t0 + 4 && this.tokens[t].kind === 'word' && !ADDRESSEE_STOP.has(this.word(t))) {
      words.push(this.word(t));
      t++;
    }
    if (!words.length) return undefined;
    const phrase = words.join(' ');
    const head = words[words.length - 1];
    if (ADDRESSEE_WORDS.has(phrase) || ADDRESSEE_WORDS.has(head)) return { start: tok.start, end: this.tokens[t - 1].end };
    return undefined;
  }
}
