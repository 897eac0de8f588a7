// The `quotes` annotator: who said what. Direct quotes in any marks, partial and indirect speech
// ("X said that …", "according to X"), beliefs and findings ("X thinks", "a poll shows"), headline
// attributions ("Minister: We will not resign"); each with its speaker span and entity, cue and lemma,
// addressee, type and confidence. See README.md in this folder for the model and its figures.

import { KnowledgeBase } from '../../kb/index.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { PipelineConfigError } from '../../pipeline/errors.ts';
import { buildQuotes } from './build.ts';
import { HEADLINE_PERSON_NOUNS } from './data/cueVerbs.ts';
import { tokenFacts } from './features.ts';
import { quoteSettings } from './setting.ts';
import { loadQuoteTagger } from './tagger.ts';

export const quotesAnnotator = defineAnnotator({
  name: 'quotes',
  version: '0.1.0',
  description: 'Quotes and attributions: content, speaker (span and entity), cue with lemma, addressee, type (direct, indirect, mixed, headline), confidence.',
  requires: ['tokens', 'sentences', 'paragraphs', 'mentions', 'clusters'],
  // when and where each quote was said, when the time and places layers are there
  uses: ['times', 'places'],
  produces: ['quotes'],
  options: {
    minConfidence: { type: 'number', default: 0, min: 0, max: 1, description: 'leave out quotes less certain than this (0..1)' },
    headlines: { type: 'boolean', default: true, description: 'read "Speaker: words" headlines as quotes' },
    scope: {
      type: 'string',
      default: 'speech',
      values: ['speech', 'attribution'],
      description: 'speech: what people said or wrote; attribution: also beliefs, findings and evaluations ("X thinks", "a poll shows"), as PolNeAR annotates them',
    },
    model: { type: 'string', default: '', description: 'attribution model file (default: the built-in PolNeAR model)' },
  },
  create: (config, resources) => {
    const tagger = resources.get(`quotes-model:${config.model}`, () => loadQuoteTagger(config.model || undefined));
    // the knowledge base the entity annotators load (shared through resources): role words of people
    const kb = resources.get('kb:', () => KnowledgeBase.load({ extraFiles: [] }));
    const isPersonNoun = (w: string): boolean => HEADLINE_PERSON_NOUNS.has(w) || Boolean(kb.role(w)?.person);
    if (!tagger) throw new PipelineConfigError(`quotes: the attribution model ${config.model || '(built-in)'} is missing`);
    return (doc) => {
      const input = {
        text: doc.text,
        tokens: doc.layer('tokens'),
        sentences: doc.layer('sentences'),
        paragraphs: doc.layer('paragraphs'),
        mentions: doc.layer('mentions'),
        clusters: doc.layer('clusters'),
        tokenTexts: doc.tokenTexts(),
      };
      // made once for the tagger and the settings (which look scene words up by vocabulary entry)
      const facts = tokenFacts({ ...input, types: doc.tokenTypes() });
      const quotes = buildQuotes({ ...input, facts }, tagger, { minConfidence: config.minConfidence, headlines: config.headlines, scope: config.scope as 'speech' | 'attribution', isPersonNoun });
      const settings = quoteSettings(quotes, {
        ...input,
        facts,
        times: doc.has('times') ? doc.layer('times') : undefined,
        places: doc.has('places') ? doc.layer('places') : undefined,
        date: doc.meta.date,
        datelineDate: doc.meta.dateline?.date,
      });
      // the quotes are new objects: their settings go in place (the same fields in the same order as a copy)
      for (let i = 0; i < quotes.length; i++) Object.assign(quotes[i], settings[i]);
      return { quotes };
    };
  },
});
