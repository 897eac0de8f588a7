// The exact public exports, so the API changes only on purpose.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as api from '../src/index.ts';

test('public API exports', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'BATCH_DOCS', 'BUILTIN_ANNOTATORS', 'DEFAULT_PIPELINE', 'DOC_SCHEMA_VERSION', 'Doc', 'InputError', 'NewsgraphError', 'Pipeline',
    'PipelineConfigError', 'Registry', 'Resources', 'UsageError', 'analyze', 'annotateEntries', 'builtinRegistry',
    'createPipeline', 'defineAnnotator', 'docFromHtml', 'docFromText', 'readInputs',
  ]);
});

test('analyze() annotates one text or HTML page', () => {
  const doc = api.analyze('Storm closes ports\n\nMANILA — A storm shut ports on Sunday.', { id: 'x', date: '2026-01-04' });
  assert.equal(doc.id, 'x');
  assert.equal(doc.meta.dateline?.place.text, 'MANILA');
  assert.equal(doc.layers.sentences?.length, 3);
  const page = api.analyze('<html><head><title>Storm closes ports</title></head><body><article><p>A storm shut the ports of the southern islands on Sunday, stranding thousands of passengers, the coast guard said.</p><p>Ferries will resume on Tuesday if the weather clears, officials said.</p></article></body></html>', { html: true, id: 'h' });
  assert.equal(page.meta.title, 'Storm closes ports');
  assert.equal(page.layers.paragraphs?.length, 3);
});
