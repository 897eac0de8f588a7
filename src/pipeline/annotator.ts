// The annotator contract. An annotator is a pure function of a read-only Doc (plus resources it is
// given when created): it returns new layers and never touches the text or existing layers.

import type { Doc } from '../doc/doc.ts';
import type { LayerName, Layers } from '../doc/types.ts';
import type { ConfigOf, ConfigSpec } from './config.ts';
import type { Resources } from './resources.ts';

export type AnnotateFn = (doc: Doc) => Partial<Layers>;

export interface Annotator<S extends ConfigSpec = ConfigSpec> {
  /** unique name, used in the registry, error records and provenance */
  name: string;
  /** bumped whenever output may change; recorded in provenance */
  version: string;
  description: string;
  /** layers that must exist before this annotator runs */
  requires: readonly LayerName[];
  /**
   * layers read when an earlier stage produced them (the quotes' dates need times when present, but
   * quotes are still found without them); the pipeline refuses an order that would produce one later
   */
  uses?: readonly LayerName[];
  /** layers this annotator adds, exactly */
  produces: readonly LayerName[];
  /** declared options with defaults */
  options: S;
  /** Prepare once per pipeline (load models, compile patterns); the returned function runs per document. */
  create(config: ConfigOf<S>, resources: Resources): AnnotateFn;
}

/** Identity helper that keeps the option types of an annotator literal. */
export function defineAnnotator<S extends ConfigSpec>(a: Annotator<S>): Annotator<S> {
  return a;
}
