import { defineAnnotator } from '../../pipeline/annotator.ts';
import { tokenize } from './tokenize.ts';

export const tokensAnnotator = defineAnnotator({
  name: 'tokens',
  version: '1.0.0',
  description: 'Splits the text into word, number, punctuation, quote, URL, email and emoji tokens (character offsets).',
  requires: [],
  produces: ['tokens'],
  options: {},
  create: () => (doc) => ({ tokens: tokenize(doc.text) }),
});
