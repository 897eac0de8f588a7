// The `events` annotator: who did what to whom, when and where, coded in CAMEO (event code, quad
// class, Goldstein value) and PLOVER (type, mode, context), with the modality the text gives each
// event (asserted, negated, denied, future, hypothetical, threatened, requested, alleged), its date
// and place, the quote that carries it, and a confidence. See README.md in this folder.

import { KnowledgeBase } from '../../kb/index.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { PipelineConfigError } from '../../pipeline/errors.ts';
import { loadDictionary } from './dictionary.ts';
import { EventCoder } from './extract.ts';
import { FUSION_STRENGTH, PentaModel } from './model.ts';

export { CAMEO_CODES, cameoName, cameoRoot, goldstein, pentaClass, quadClass } from './data/cameo.ts';
export { PLOVER_TYPES, ploverOf, type PloverType } from './data/plover.ts';
export { EventCoder } from './extract.ts';
export { classify, PentaModel, PENTA_CLASSES } from './model.ts';

export const eventsAnnotator = defineAnnotator({
  name: 'events',
  version: '0.1.0',
  description:
    'Political events (who did what to whom, when, where) coded in CAMEO and PLOVER, with actors, modality (negated, future, hypothetical ...), date, place, quote and confidence.',
  requires: ['tokens', 'sentences', 'mentions', 'clusters'],
  // the quotes that carry statements, and the dates and places of the text, when present
  uses: ['quotes', 'times', 'places'],
  produces: ['events'],
  options: {
    kbFiles: { type: 'string[]', default: [], description: 'extra knowledge-base entries (JSON or CSV files)' },
    headlines: { type: 'boolean', default: true, description: 'code events in the headline (kept only when the body does not report them)' },
    minConfidence: { type: 'number', default: 0, min: 0, max: 1, description: 'leave out events less certain than this (0..1)' },
    model: { type: 'string', default: '', description: 'PentaClass model file (default: the built-in model; "none": rules alone)' },
    fusion: { type: 'number', default: FUSION_STRENGTH, min: 0, max: 2, description: 'how much the model moves the rules\' confidences (0: not at all)' },
  },
  create: (config, resources) => {
    const kb = resources.get(`kb:${config.kbFiles.join('|')}`, () => KnowledgeBase.load({ extraFiles: [...config.kbFiles] }));
    const dict = resources.get('events-dictionary', () => loadDictionary());
    const coder = new EventCoder(dict, kb);
    const model = config.model === 'none' ? null : resources.get(`events-model:${config.model}`, () => PentaModel.load(config.model || undefined));
    if (config.model && config.model !== 'none' && !model) throw new PipelineConfigError(`events: the model ${config.model} is missing`);
    return (doc) => {
      const events = coder.code(
        {
          text: doc.text,
          tokens: doc.layer('tokens'),
          sentences: doc.layer('sentences'),
          mentions: doc.layer('mentions'),
          clusters: doc.layer('clusters'),
          quotes: doc.has('quotes') ? doc.layer('quotes') : undefined,
          times: doc.has('times') ? doc.layer('times') : undefined,
          places: doc.has('places') ? doc.layer('places') : undefined,
          date: doc.meta.date,
          datelineDate: doc.meta.dateline?.date,
        },
        { headlines: config.headlines, model, fusion: config.fusion },
      );
      return { events: config.minConfidence > 0 ? events.filter((e) => e.confidence >= config.minConfidence) : events };
    };
  },
});
