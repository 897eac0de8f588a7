// Sentence boundaries for news text, decided on tokens.
// Rules, in order: sentences never cross paragraphs; a dateline ("ERBIL, Kurdistan Region —") is its
// own sentence; . ! ? and ellipses end a sentence together with the closing quotes and brackets that
// follow them (`.”`), unless the next token is lower-case or clause punctuation (`?” he said`);
// abbreviations keep the sentence open (titles and initials always, months before a number, others
// unless a typical sentence-opening word follows).

import type { Paragraph, Sentence, Span, Token } from '../../doc/types.ts';
import { isLowerCode, isUpperCode } from '../tokens/charClass.ts';
import { FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from '../tokens/data/abbreviations.ts';

const TITLES = new Set(TITLE_ABBREVIATIONS.map((a) => `${a}.`));
const FINALS = new Set(FINAL_ABBREVIATIONS.map((a) => `${a}.`));
const MONTHS = new Set(MONTH_ABBREVIATIONS.map((a) => `${a}.`));
const STARTERS = new Set(SENTENCE_STARTERS);

const CLOSERS = new Set(['”', '’', '"', "'", '»', '›', ')', ']', '}', "''"]);
const OPENERS = new Set(['“', '‘', '"', "'", '«', '‹', '(', '[', '„', '``']);

type EndKind = 'hard' | 'ellipsis' | 'abbrev' | 'title' | 'month' | 'initial' | 'none';

function endKind(text: string, t: Token): EndKind {
  const len = t.end - t.start;
  const last = text.charCodeAt(t.end - 1);
  if (t.kind === 'punct') {
    if (last === 33 || last === 63) return 'hard'; // ! ? ?! !!!
    if (len === 1 && last === 46) return 'hard';
    if (last === 46 || last === 0x2026) return 'ellipsis'; // ... and …
    return 'none';
  }
  if (t.kind !== 'word' || last !== 46 || len < 2) return 'none';
  const word = text.slice(t.start, t.end);
  if (len === 2) {
    const first = text.charCodeAt(t.start);
    if (word === 'I.' || word === 'A.' || isLowerCode(first)) return 'abbrev';
    return 'initial';
  }
  if (TITLES.has(word)) return 'title';
  if (FINALS.has(word)) return 'hard';
  if (MONTHS.has(word)) return 'month';
  return 'abbrev';
}

function startsUpper(text: string, t: Token): boolean {
  return isUpperCode(text.charCodeAt(t.start));
}

function startsLower(text: string, t: Token): boolean {
  return isLowerCode(text.charCodeAt(t.start));
}

/** Does the token at `next` begin a new sentence after a boundary candidate of this kind? */
function opensSentence(text: string, tokens: Token[], next: number, kind: EndKind, closedByQuote: boolean): boolean {
  const t = tokens[next];
  const s = text.slice(t.start, t.end);
  if (t.kind === 'punct' && (s === ',' || s === ';' || s === ':' || s === ')')) return false;
  if (startsLower(text, t)) return false;
  switch (kind) {
    case 'hard':
      return true;
    case 'title':
      return false;
    case 'month':
      return t.kind !== 'number' && STARTERS.has(s);
    case 'initial':
      return false;
    case 'ellipsis':
    case 'abbrev': {
      if (closedByQuote) return true;
      if (t.kind === 'quote' && OPENERS.has(s)) return kind === 'ellipsis' || (next + 1 < tokens.length && startsUpper(text, tokens[next + 1]));
      return t.kind === 'word' && STARTERS.has(s);
    }
    default:
      return false;
  }
}

export interface SentenceInput {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  /** the dateline span, when the ingest found one; it becomes its own sentence */
  dateline?: Span;
}

/** Split paragraphs into sentences. Each sentence covers whole tokens; ids are s0, s1, ... */
export function splitSentences({ text, tokens, paragraphs, dateline }: SentenceInput): Sentence[] {
  const sentences: Sentence[] = [];
  let k = 0; // token cursor
  const push = (from: number, to: number, paragraph: Paragraph, role: Sentence['role']): void => {
    if (to <= from) return;
    sentences.push({
      id: `s${sentences.length}`,
      start: tokens[from].start,
      end: tokens[to - 1].end,
      tokenStart: from,
      tokenEnd: to,
      paragraph: paragraph.id,
      role,
    });
  };
  for (const p of paragraphs) {
    while (k < tokens.length && tokens[k].start < p.start) k++;
    let end = k;
    while (end < tokens.length && tokens[end].end <= p.end) end++;
    let from = k;
    const role: Sentence['role'] = p.role === 'headline' ? 'headline' : 'body';
    if (dateline && dateline.start >= p.start && dateline.start < p.end) {
      let d = from;
      while (d < end && tokens[d].end <= dateline.end) d++;
      push(from, d, p, 'dateline');
      from = d;
    }
    let i = from;
    while (i < end) {
      const kind = endKind(text, tokens[i]);
      if (kind === 'none') {
        i++;
        continue;
      }
      // closing quotes and brackets right after the mark belong to the ending sentence
      let j = i + 1;
      let closedByQuote = false;
      while (j < end && CLOSERS.has(text.slice(tokens[j].start, tokens[j].end)) && tokens[j].start === tokens[j - 1].end) {
        closedByQuote = true;
        j++;
      }
      if (j >= end) break;
      if (opensSentence(text, tokens, j, kind, closedByQuote)) {
        push(from, j, p, role);
        from = j;
      }
      i = j;
    }
    push(from, end, p, role);
    k = end;
  }
  return sentences;
}
