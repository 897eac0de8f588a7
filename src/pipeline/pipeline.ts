// Build a pipeline from named annotators (checked up front), then run it document by document with
// per-document error isolation and per-stage timing.

import type { Doc } from '../doc/doc.ts';
import type { LayerName, Layers } from '../doc/types.ts';
import type { AnnotateFn, Annotator } from './annotator.ts';
import { validateConfig, type ConfigSpec } from './config.ts';
import { errorRecord, PipelineConfigError, type ErrorRecord } from './errors.ts';
import type { Registry } from './registry.ts';
import { Resources } from './resources.ts';

export interface StageStats {
  name: string;
  version: string;
  /** total milliseconds spent in this annotator */
  ms: number;
  docs: number;
  failures: number;
}

interface Stage {
  annotator: Annotator<ConfigSpec>;
  run: AnnotateFn;
  stats: StageStats;
}

export type RunResult = { ok: true; doc: Doc } | { ok: false; error: ErrorRecord };

export interface PipelineOptions {
  /** annotator names, in order; with `resolveDependencies` their requirements are added first */
  annotators: readonly string[];
  /** per-annotator options, by annotator name */
  config?: Record<string, Record<string, unknown>>;
  resolveDependencies?: boolean;
  resources?: Resources;
}

export class Pipeline {
  private constructor(private readonly stages: Stage[]) {}

  static build(registry: Registry, options: PipelineOptions): Pipeline {
    const names = options.resolveDependencies ? registry.withDependencies(options.annotators) : [...options.annotators];
    const config = options.config ?? {};
    for (const key of Object.keys(config)) {
      if (!names.includes(key)) throw new PipelineConfigError(`options given for "${key}", which is not in the pipeline (${names.join(', ')})`);
    }
    const resources = options.resources ?? new Resources();
    const available = new Set<LayerName>();
    const stages: Stage[] = [];
    const producedBy = new Map<LayerName, string>();
    for (const name of names) for (const layer of registry.get(name).produces) producedBy.set(layer, name);
    for (const name of names) {
      const annotator = registry.get(name);
      for (const layer of annotator.requires) {
        if (!available.has(layer)) {
          throw new PipelineConfigError(
            `annotator "${name}" requires layer "${layer}", which no earlier annotator produces` +
              ` (add "${registry.producerOf(layer)?.name ?? layer}" before it)`,
          );
        }
      }
      for (const layer of annotator.uses ?? []) {
        const later = producedBy.get(layer);
        if (later && !available.has(layer)) {
          throw new PipelineConfigError(`annotator "${name}" reads layer "${layer}" when present, but "${later}" produces it later: put "${later}" before "${name}"`);
        }
      }
      for (const layer of annotator.produces) {
        if (available.has(layer)) throw new PipelineConfigError(`layer "${layer}" would be produced twice (again by "${name}")`);
        available.add(layer);
      }
      const cfg = validateConfig(name, annotator.options, config[name]);
      stages.push({
        annotator,
        run: annotator.create(cfg, resources),
        stats: { name, version: annotator.version, ms: 0, docs: 0, failures: 0 },
      });
    }
    return new Pipeline(stages);
  }

  get names(): string[] {
    return this.stages.map((s) => s.annotator.name);
  }

  /** The layers this pipeline adds. */
  get produces(): LayerName[] {
    return this.stages.flatMap((s) => [...s.annotator.produces]);
  }

  /** Timing so far, per annotator (for `npm run bench`). */
  get stats(): StageStats[] {
    return this.stages.map((s) => ({ ...s.stats }));
  }

  resetStats(): void {
    for (const s of this.stages) Object.assign(s.stats, { ms: 0, docs: 0, failures: 0 });
  }

  /**
   * Annotate several documents stage by stage: each annotator runs over the whole batch before the
   * next one starts, which keeps its code and data hot (about a quarter faster than document by
   * document on news-sized articles). Results and failures are exactly those of `run` on each
   * document; a document that fails leaves the batch at that stage.
   */
  runBatch(docs: readonly Doc[]): RunResult[] {
    const failed: (RunResult | undefined)[] = new Array(docs.length);
    for (const stage of this.stages) {
      const t0 = performance.now();
      for (let i = 0; i < docs.length; i++) {
        if (failed[i]) continue;
        try {
          addLayers(docs[i], stage.annotator, stage.run(docs[i]));
        } catch (err) {
          stage.stats.failures++;
          failed[i] = { ok: false, error: errorRecord(docs[i].id, stage.annotator.name, err) };
        } finally {
          stage.stats.docs++;
        }
      }
      stage.stats.ms += performance.now() - t0;
    }
    return docs.map((doc, i) => failed[i] ?? { ok: true, doc });
  }

  /** Annotate one document; a failing annotator gives an error record naming it, never a throw. */
  run(doc: Doc): RunResult {
    return this.runBatch([doc])[0];
  }
}

function addLayers(doc: Doc, annotator: Annotator<ConfigSpec>, out: Partial<Layers>): void {
  const provenance = { annotator: annotator.name, version: annotator.version };
  for (const layer of annotator.produces) {
    const items = out[layer];
    if (items === undefined) throw new Error(`annotator "${annotator.name}" did not produce its layer "${layer}"`);
    doc.addLayer(layer, items as never, provenance);
  }
  for (const key of Object.keys(out)) {
    if (!annotator.produces.includes(key as LayerName)) throw new Error(`annotator "${annotator.name}" returned undeclared layer "${key}"`);
  }
}
