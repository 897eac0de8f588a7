// Every annotator newsgraph ships, listed explicitly. Later capabilities add themselves here.

import type { Annotator } from '../pipeline/annotator.ts';
import type { ConfigSpec } from '../pipeline/config.ts';
import { Registry } from '../pipeline/registry.ts';
import { corefAnnotator } from './coref/index.ts';
import { entitiesAnnotator } from './entities/index.ts';
import { eventsAnnotator } from './events/index.ts';
import { paragraphsAnnotator } from './paragraphs/index.ts';
import { quotesAnnotator } from './quotes/index.ts';
import { placesAnnotator } from './places/index.ts';
import { sentencesAnnotator } from './sentences/index.ts';
import { timeAnnotator } from './time/index.ts';
import { tokensAnnotator } from './tokens/index.ts';

export const BUILTIN_ANNOTATORS: readonly Annotator<ConfigSpec>[] = [
  tokensAnnotator as Annotator<ConfigSpec>,
  paragraphsAnnotator as Annotator<ConfigSpec>,
  sentencesAnnotator as Annotator<ConfigSpec>,
  entitiesAnnotator as Annotator<ConfigSpec>,
  corefAnnotator as Annotator<ConfigSpec>,
  quotesAnnotator as Annotator<ConfigSpec>,
  timeAnnotator as Annotator<ConfigSpec>,
  placesAnnotator as Annotator<ConfigSpec>,
  eventsAnnotator as Annotator<ConfigSpec>,
];

/** The annotators `newsgraph extract` runs by default, in order. */
export const DEFAULT_PIPELINE: readonly string[] = ['tokens', 'paragraphs', 'sentences', 'entities', 'coref', 'time', 'places', 'quotes', 'events'];

export function builtinRegistry(): Registry {
  return new Registry(BUILTIN_ANNOTATORS);
}
