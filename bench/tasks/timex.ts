// timex task adapter: time expressions and their TIMEX3 values on TimeBank (see
// ../shared/bench/README.md, "7. timex"). Input rows give the text and its creation date (dct); the
// engine's pipeline runs with the dct as publication date and the `times` layer is the prediction.

import { createPipeline, docFromText } from '../../src/index.ts';
import type { TaskAdapter } from './types.ts';

async function predict(rows: Record<string, unknown>[], log: (msg: string) => void): Promise<Record<string, unknown>[]> {
  // entities let the time annotator leave months and weekdays inside names alone ("Theresa May")
  const pipeline = createPipeline({ annotators: ['entities', 'time'] });
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const text = typeof row.text === 'string' ? row.text : '';
    const dct = typeof row.dct === 'string' ? row.dct.slice(0, 10) : undefined;
    try {
      if (!text.trim()) {
        out.push({ id, timexes: [] });
        continue;
      }
      const result = pipeline.run(docFromText(id, text, dct ? { date: dct } : {}, { headline: false }));
      if (!result.ok) throw new Error(result.error.reason);
      const timexes = result.doc.layer('times').map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
      out.push({ id, timexes });
    } catch (err) {
      log(`${id}: ${err instanceof Error ? err.message : String(err)}`);
      out.push({ id, timexes: [] });
    }
  }
  return out;
}

export const timexTask: TaskAdapter = {
  name: 'timex',
  visible: ['timex/timebank.jsonl', 'seed/timex.gold.jsonl'],
  metrics: ['relaxed_f1', 'strict_f1', 'type_acc', 'value_acc', 'value_f1'],
  predict,
};
