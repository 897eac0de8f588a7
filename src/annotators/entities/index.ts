// The `entities` annotator: name, description and pronoun mentions with fine types.

import type { Mention } from '../../doc/types.ts';
import { KnowledgeBase } from '../../kb/index.ts';
import { defineAnnotator } from '../../pipeline/annotator.ts';
import { findDescriptions, findEmbeddedCountries, findPronouns } from './descriptions.ts';
import { findNameMentions, sentenceWords } from './names.ts';
import { loadNerModel } from './ner/model.ts';
import { WordIds } from './wordids.ts';

/** One word-id table for every document (the per-word memos it indexes are shared too). */
const WORD_IDS = new WordIds();

/** Mentions in text order (longer first at one start), with ids m0, m1, ... */
function ordered(mentions: Omit<Mention, 'id'>[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of mentions) {
    // the same span and form found twice: sorting made the copies neighbours (same start and end)
    let seen = false;
    for (let k = out.length - 1; k >= 0 && out[k].start === m.start && out[k].end === m.end && !seen; k--) seen = out[k].form === m.form;
    if (!seen) out.push({ id: `m${out.length}`, ...m });
  }
  return out;
}

export const entitiesAnnotator = defineAnnotator({
  name: 'entities',
  version: '0.1.0',
  description: 'Entity mentions: names (statistical tagger + knowledge base), descriptions and pronouns, with fine types.',
  requires: ['tokens', 'sentences'],
  produces: ['mentions'],
  options: {
    kbFiles: { type: 'string[]', default: [], description: 'extra knowledge-base entries (JSON or CSV files)' },
    descriptions: { type: 'boolean', default: true, description: 'find descriptions such as "the minister"' },
    pronouns: { type: 'boolean', default: true, description: 'find personal pronouns' },
  },
  create: (config, resources) => {
    const ner = resources.get('ner-model', () => loadNerModel());
    const kb = resources.get(`kb:${config.kbFiles.join('|')}`, () => KnowledgeBase.load({ extraFiles: [...config.kbFiles] }));
    return (doc) => {
      const tokens = doc.layer('tokens');
      const sentences = doc.layer('sentences');
      const words = sentenceWords(doc, sentences);
      const ids = { table: WORD_IDS, ids: WORD_IDS.idsOfTypes(doc.tokenTypes()) };
      const names = [...findNameMentions(doc, tokens, sentences, ner, kb, words, ids), ...findEmbeddedCountries(doc, tokens, kb)];
      const all = [...names];
      if (config.descriptions) all.push(...findDescriptions(doc, tokens, sentences, kb, names, words, ids));
      if (config.pronouns) all.push(...findPronouns(doc, tokens, ids));
      return { mentions: ordered(all) };
    };
  },
});
