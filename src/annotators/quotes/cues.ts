// Speech cue verbs of news copy and a first attribution of quote regions to the mention that speaks
// them ("“...,” he said", "“...,” said NAME", "NAME said: “...”", "NAME told reporters that “...”").
// Coreference uses it to resolve "I"/"we" inside quotes; the quotes annotator builds on it.

import type { Mention, Token } from '../../doc/types.ts';
import type { QuoteRegion } from './regions.ts';
import { firstEndingAfter } from '../../util/spans.ts';

/** Inflected cue words -> lemma. */
export const CUE_LEMMAS: Record<string, string> = {};
for (const [lemma, forms] of Object.entries({
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'telling'],
  add: ['added', 'adds', 'adding'],
  claim: ['claimed', 'claims', 'claiming'],
  insist: ['insisted', 'insists', 'insisting'],
  state: ['stated', 'states'],
  declare: ['declared', 'declares'],
  explain: ['explained', 'explains'],
  note: ['noted', 'notes'],
  warn: ['warned', 'warns', 'warning'],
  argue: ['argued', 'argues'],
  ask: ['asked', 'asks'],
  write: ['wrote', 'writes'],
  announce: ['announced', 'announces'],
  reply: ['replied', 'replies'],
  respond: ['responded', 'responds'],
  continue: ['continued', 'continues'],
  recall: ['recalled', 'recalls'],
  stress: ['stressed', 'stresses'],
  acknowledge: ['acknowledged', 'acknowledges'],
  admit: ['admitted', 'admits'],
  deny: ['denied', 'denies'],
  confirm: ['confirmed', 'confirms'],
  suggest: ['suggested', 'suggests'],
  tweet: ['tweeted', 'tweets'],
  urge: ['urged', 'urges'],
  shout: ['shouted', 'shouts'],
  complain: ['complained', 'complains'],
  accuse: ['accused', 'accuses'],
})) {
  for (const f of forms) CUE_LEMMAS[f] = lemma;
}

export interface RegionSpeaker {
  region: QuoteRegion;
  /** index into the mentions array, or -1 when no speaker is stated nearby */
  mention: number;
  /** token index of the cue word, or -1 */
  cue: number;
}

/**
 * The speaker mention of each region: right after the closing mark ("”, he said" / "” said NAME"), else
 * right before the opening mark ("NAME said: “" / "NAME told reporters that “"), else the speaker of the
 * previous region of the same paragraph (a quote that goes on after its attribution).
 */
export function attributeRegions(text: string, tokens: Token[], mentions: Mention[], regions: QuoteRegion[], paragraphOf: (offset: number) => string): RegionSpeaker[] {
  const tokenAt = (offset: number): number => firstEndingAfter(tokens, offset);
  const word = (t: number): string => (tokens[t] ? text.slice(tokens[t].start, tokens[t].end) : '');
  /** The longest mention starting at token t (a description "the minister" or a name). */
  const mentionStartingAt = (t: number): number => {
    let best = -1;
    mentions.forEach((m, i) => {
      if (tokens[t] && m.start === tokens[t].start && (best < 0 || m.end - m.start > mentions[best].end - mentions[best].start)) best = i;
    });
    return best;
  };
  const mentionEndingAt = (t: number): number => {
    let best = -1;
    mentions.forEach((m, i) => {
      if (tokens[t] && m.end === tokens[t].end && (best < 0 || m.end - m.start > mentions[best].end - mentions[best].start)) best = i;
    });
    return best;
  };
  const out: RegionSpeaker[] = [];
  let prev: RegionSpeaker | null = null;
  for (const region of regions) {
    let mention = -1;
    let cue = -1;
    if (region.close >= 0) {
      // after: ”, he said | ” he said | ” said NAME | ,” NAME added
      let t = tokenAt(region.close + (region.markLength ?? 1));
      if (word(t) === ',') t++;
      if (CUE_LEMMAS[word(t).toLowerCase()]) {
        cue = t;
        mention = mentionStartingAt(t + 1);
      } else {
        const m = mentionStartingAt(t);
        if (m >= 0) {
          let after = t;
          while (after < tokens.length && tokens[after].end <= mentions[m].end) after++;
          if (CUE_LEMMAS[word(after).toLowerCase()]) {
            cue = after;
            mention = m;
          }
        }
      }
    }
    if (mention < 0) {
      // before: NAME said: “ | NAME said that “ | NAME told reporters “
      let t = tokenAt(region.open) - 1;
      if (word(t) === ':' || word(t) === ',' || word(t).toLowerCase() === 'that') t--;
      for (let back = 0; back < 4 && t - back >= 0; back++) {
        const w = word(t - back).toLowerCase();
        if (CUE_LEMMAS[w]) {
          cue = t - back;
          mention = mentionEndingAt(t - back - 1);
          break;
        }
      }
    }
    if (mention < 0 && prev && prev.mention >= 0 && paragraphOf(prev.region.open) === paragraphOf(region.open)) {
      mention = prev.mention;
    }
    const result = { region, mention, cue };
    out.push(result);
    prev = result;
  }
  return out;
}
