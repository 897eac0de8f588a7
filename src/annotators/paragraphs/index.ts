import type { Paragraph } from '../../doc/types.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { segmentParagraphs } from './segment.ts';

export const paragraphsAnnotator = defineAnnotator({
  name: 'paragraphs',
  version: '1.0.0',
  description: 'Paragraphs from blank lines (or one per line when the text has none); the headline is its own paragraph.',
  requires: [],
  produces: ['paragraphs'],
  options: {},
  create: () => (doc) => {
    const headline = doc.meta.headline;
    const spans = segmentParagraphs(doc.text, headline ? [headline.end] : []);
    const paragraphs: Paragraph[] = spans.map((s, i) => ({
      id: `p${i}`,
      start: s.start,
      end: s.end,
      role: headline && s.start >= headline.start && s.end <= headline.end ? 'headline' : 'body',
    }));
    return { paragraphs };
  },
});
