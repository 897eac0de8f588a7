// ner task adapter: CoNLL-2003 named entities (see ../shared/bench/README.md, section "2. ner").

import { loadNerModel } from '../../src/annotators/entities/ner/index.ts';
import type { TaskAdapter } from './types.ts';

// `log` is for row errors only (npm run eval counts every message as one).
async function predict(rows: Record<string, unknown>[], log: (msg: string) => void): Promise<Record<string, unknown>[]> {
  const model = loadNerModel();
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const sentences = Array.isArray(row.sentences) ? (row.sentences as { tokens?: unknown }[]) : [];
    const toks = sentences.map((s) => (Array.isArray(s.tokens) ? s.tokens.map(String) : []));
    try {
      const tags = model.tagDocument(toks);
      out.push({ doc_id: row.doc_id, sentences: tags.map((t) => ({ tags: t })) });
    } catch (err) {
      log(`${String(row.doc_id)}: ${err instanceof Error ? err.message : String(err)}`);
      out.push({ doc_id: row.doc_id, sentences: toks.map((t) => ({ tags: t.map(() => 'O') })) });
    }
  }
  return out;
}

export const nerTask: TaskAdapter = {
  name: 'ner',
  visible: ['ner/conll2003-valid.jsonl'],
  metrics: ['p', 'r', 'f1', 'PER_f1', 'ORG_f1', 'LOC_f1', 'MISC_f1'],
  predict,
};
