// An explicit registry: the list of available annotators is a value passed around, never a global
// that modules mutate on import.

import type { LayerName } from '../doc/types.ts';
import type { Annotator } from './annotator.ts';
import type { ConfigSpec } from './config.ts';
import { PipelineConfigError } from './errors.ts';

export class Registry {
  private readonly byName = new Map<string, Annotator<ConfigSpec>>();

  constructor(annotators: readonly Annotator<ConfigSpec>[]) {
    for (const a of annotators) {
      if (this.byName.has(a.name)) throw new PipelineConfigError(`two annotators are named "${a.name}"`);
      this.byName.set(a.name, a);
    }
  }

  get(name: string): Annotator<ConfigSpec> {
    const a = this.byName.get(name);
    if (!a) throw new PipelineConfigError(`unknown annotator "${name}" (available: ${this.names().join(', ')})`);
    return a;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  list(): Annotator<ConfigSpec>[] {
    return [...this.byName.values()];
  }

  /** The annotator that produces `layer`, if any. */
  producerOf(layer: LayerName): Annotator<ConfigSpec> | undefined {
    return this.list().find((a) => a.produces.includes(layer));
  }

  /**
   * The named annotators plus everything they need, in an order where each runs after its
   * requirements (stable: the order asked for, dependencies first).
   */
  withDependencies(names: readonly string[]): string[] {
    const order: string[] = [];
    const visiting = new Set<string>();
    const visit = (name: string): void => {
      if (order.includes(name)) return;
      if (visiting.has(name)) throw new PipelineConfigError(`annotators depend on each other in a cycle through "${name}"`);
      visiting.add(name);
      const a = this.get(name);
      for (const layer of a.requires) {
        const producer = this.producerOf(layer);
        if (!producer) throw new PipelineConfigError(`annotator "${name}" requires layer "${layer}", which no registered annotator produces`);
        visit(producer.name);
      }
      // layers it reads when present go first when they were asked for too
      for (const layer of a.uses ?? []) {
        const producer = this.producerOf(layer);
        if (producer && names.includes(producer.name)) visit(producer.name);
      }
      visiting.delete(name);
      order.push(name);
    };
    for (const n of names) visit(n);
    return order;
  }
}
