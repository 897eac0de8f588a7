// Statistical named-entity recogniser (PER, ORG, LOC, MISC), trained on CoNLL-2003 by
// scripts/train-ner.ts. See model.ts for the model and README.md in this folder for figures.

export { loadNerModel, type NerModel } from './model.ts';
