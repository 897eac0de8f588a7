// geo task adapter: toponym recognition and resolution (see ../shared/bench/README.md, "8. geo").
// The input is text only (no headline, no date): the engine's pipeline runs with headline detection
// off, and the `places` layer is the prediction. Metonymic uses ("Moscow said") are left out: the
// task's gold counts literal places only.

import { createPipeline, docFromText } from '../../src/index.ts';
import type { TaskAdapter } from './types.ts';

export interface GeoOptions {
  /** keep metonymic uses as toponyms (default false) */
  metonymic?: boolean;
}

export async function predictGeo(rows: Record<string, unknown>[], log: (msg: string) => void, opts: GeoOptions = {}): Promise<Record<string, unknown>[]> {
  const pipeline = createPipeline({ annotators: ['places'] });
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const text = typeof row.text === 'string' ? row.text : '';
    try {
      if (!text.trim()) {
        out.push({ id, toponyms: [] });
        continue;
      }
      const result = pipeline.run(docFromText(id, text, {}, { headline: false }));
      if (!result.ok) throw new Error(result.error.reason);
      const toponyms = result.doc
        .layer('places')
        .filter((p) => opts.metonymic || !p.metonymic)
        .map((p) => ({ start: p.start, end: p.end, lat: p.lat ?? null, lon: p.lon ?? null }));
      out.push({ id, toponyms });
    } catch (err) {
      log(`${id}: ${err instanceof Error ? err.message : String(err)}`);
      out.push({ id, toponyms: [] });
    }
  }
  return out;
}

export const geoTask: TaskAdapter = {
  name: 'geo',
  visible: ['geo/geovirus.jsonl', 'seed/geo.gold.jsonl'],
  metrics: ['p', 'r', 'f1', 'acc161', 'auc', 'mean_km', 'all_acc161'],
  predict: (rows, log) => predictGeo(rows, log),
};
