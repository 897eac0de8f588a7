// Speaker span -> the mention it is and the entity (cluster) behind it; cue -> addressee.

import type { Cluster, Mention, Span, Token } from '../../doc/types.ts';

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
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private word(i: number): string {
    const t = this.tokens[i];
    return t ? this.text.slice(t.start, t.end).toLowerCase() : '';
  }

  /** Mentions inside [start, end), in order. */
  private inside(start: number, end: number): Mention[] {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byStart[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
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
   * The mention a speaker span stands for: the one that ends where the span ends (the head of
   * "Former Secretary of State Hillary Clinton", "the ministry", "he"), else the first one in it that
   * is not a possessive ("Trump" in "Trump's campaign" is not the speaker); for "who"/"which", the
   * mention before it (", who said").
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
    // an apposition or relative clause after the head ("Hadi Al-Amiri, a leader of …, who …"): the
    // speaker is what comes before the first comma
    let end = span.end;
    const comma = this.text.slice(span.start, span.end).search(/,\s/);
    if (comma > 0) {
      const cut = this.inside(span.start, span.start + comma);
      if (cut.length) end = span.start + comma;
    }
    const inner = this.inside(span.start, end);
    if (!inner.length) return undefined;
    const atEnd = inner.filter((m) => m.end === end);
    if (atEnd.length) {
      // the longest mention ending there, preferring names and descriptions to nested pieces
      return atEnd.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    }
    for (const m of inner) {
      const after = this.tokenIndex(m.end);
      if (POSSESSIVE.has(this.word(after)) && this.tokens[after]?.start < span.end) continue;
      // a relative clause or apposition after the name: "Bill Bruch, a delegate who ..."
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
