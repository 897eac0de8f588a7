import { defineAnnotator } from '../../pipeline/annotator.ts';
import { splitSentences } from './split.ts';

export const sentencesAnnotator = defineAnnotator({
  name: 'sentences',
  version: '1.0.0',
  description: 'Sentence boundaries for news: abbreviations, initials, quotes after the period, datelines, paragraphs.',
  requires: ['tokens', 'paragraphs'],
  produces: ['sentences'],
  options: {},
  create: () => (doc) => ({
    sentences: splitSentences({
      text: doc.text,
      tokens: doc.layer('tokens'),
      paragraphs: doc.layer('paragraphs'),
      dateline: doc.meta.dateline,
    }),
  }),
});
