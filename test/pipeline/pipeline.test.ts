import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BUILTIN_ANNOTATORS, Doc, PipelineConfigError, Registry, annotateEntries, createPipeline, defineAnnotator, docFromText } from '../../src/index.ts';
import { Pipeline } from '../../src/pipeline/pipeline.ts';
import type { Annotator } from '../../src/pipeline/annotator.ts';
import type { ConfigSpec } from '../../src/pipeline/config.ts';

const shouting = defineAnnotator({
  name: 'shouting',
  version: '0.1.0',
  description: 'marks words in capitals as mentions (a test annotator)',
  requires: ['tokens'],
  produces: ['mentions'],
  options: {
    minLength: { type: 'integer', default: 2, min: 1, description: 'shortest word to mark' },
    fail: { type: 'boolean', default: false, description: 'throw on documents containing FAIL' },
  },
  create: (config) => (doc) => {
    if (config.fail && doc.text.includes('FAIL')) throw new Error('refusing this document');
    const mentions = doc
      .layer('tokens')
      .filter((t) => t.end - t.start >= config.minLength && /^\p{Lu}+$/u.test(doc.slice(t)))
      .map((t, i) => ({ id: `m${i}`, start: t.start, end: t.end, head: { start: t.start, end: t.end }, type: 'ORG' as const, form: 'name' as const }));
    return { mentions };
  },
}) as unknown as Annotator<ConfigSpec>;

const registry = new Registry([...BUILTIN_ANNOTATORS, shouting]);

describe('pipeline build', () => {
  test('a missing requirement is reported when the pipeline is built, naming what to add', () => {
    assert.throws(() => Pipeline.build(registry, { annotators: ['shouting'] }), (err: Error) => {
      assert.ok(err instanceof PipelineConfigError);
      assert.match(err.message, /"shouting" requires layer "tokens".*add "tokens"/);
      return true;
    });
  });

  test('with dependency resolution the requirements are added first', () => {
    const p = Pipeline.build(registry, { annotators: ['shouting'], resolveDependencies: true });
    assert.deepEqual(p.names, ['tokens', 'shouting']);
  });

  test('unknown annotators, unknown options and wrong option types are refused', () => {
    assert.throws(() => Pipeline.build(registry, { annotators: ['nope'] }), /unknown annotator "nope"/);
    assert.throws(() => Pipeline.build(registry, { annotators: ['tokens', 'shouting'], config: { shouting: { colour: 'red' } } }), /unknown option "colour"/);
    assert.throws(() => Pipeline.build(registry, { annotators: ['tokens', 'shouting'], config: { shouting: { minLength: 0 } } }), /must be >= 1/);
    assert.throws(() => Pipeline.build(registry, { annotators: ['tokens', 'shouting'], config: { shouting: { minLength: 'x' } } }), /must be a number/);
    assert.throws(() => Pipeline.build(registry, { annotators: ['tokens'], config: { shouting: {} } }), /not in the pipeline/);
  });

  test('a layer cannot be produced twice', () => {
    assert.throws(() => Pipeline.build(registry, { annotators: ['tokens', 'tokens'] }), /produced twice/);
  });

  test('two annotators with one name cannot be registered', () => {
    assert.throws(() => new Registry([...BUILTIN_ANNOTATORS, BUILTIN_ANNOTATORS[0]]), /two annotators are named "tokens"/);
  });
});

describe('pipeline run', () => {
  test('layers carry the provenance of the annotator that produced them', () => {
    const p = Pipeline.build(registry, { annotators: ['tokens', 'shouting'], config: { shouting: { minLength: 3 } } });
    const r = p.run(docFromText('d1', 'NATO and EU met UNHCR.'));
    assert.ok(r.ok);
    assert.deepEqual(r.doc.layer('mentions').map((m) => r.doc.slice(m)), ['NATO', 'UNHCR']);
    assert.deepEqual(r.doc.provenance.mentions, { annotator: 'shouting', version: '0.1.0' });
  });

  test('a failing annotator gives an error record with the document id and stage; the next document still runs', () => {
    const p = Pipeline.build(registry, { annotators: ['tokens', 'shouting'], config: { shouting: { fail: true } } });
    const bad = p.run(docFromText('bad', 'THIS WILL FAIL'));
    const good = p.run(docFromText('good', 'THIS IS FINE'));
    assert.deepEqual(bad, { ok: false, error: { id: 'bad', stage: 'shouting', reason: 'refusing this document' } });
    assert.ok(good.ok);
    assert.equal(p.stats.find((s) => s.name === 'shouting')?.failures, 1);
  });

  test('a batch runs stage by stage with the results of one-by-one runs; a failure stays with its document', () => {
    const p = Pipeline.build(registry, { annotators: ['tokens', 'shouting'], config: { shouting: { fail: true } } });
    const texts = ['THIS WILL FAIL', 'THIS IS FINE', 'ANOTHER FAILURE HERE', 'fine too'];
    const batch = p.runBatch(texts.map((t, i) => docFromText(`d${i}`, t)));
    const single = texts.map((t, i) => p.run(docFromText(`d${i}`, t)));
    assert.deepEqual(batch.map((r) => (r.ok ? r.doc.toJSON() : r.error)), single.map((r) => (r.ok ? r.doc.toJSON() : r.error)));
    assert.deepEqual(batch.map((r) => r.ok), [false, true, false, true]);
  });

  test('annotateEntries keeps input order across batches, ingest errors included', () => {
    const p = createPipeline({ annotators: ['sentences'] });
    const entries = Array.from({ length: 70 }, (_, i) =>
      i % 9 === 4 ? { id: `e${i}`, error: new Error('unreadable') } : { id: `e${i}`, load: () => docFromText(`e${i}`, `Story number ${i}. It ends here.`) },
    );
    const out = [...annotateEntries(entries as never, p)];
    assert.deepEqual(out.map((r) => (r.ok ? r.doc.id : r.error.id)), entries.map((e) => e.id));
    assert.ok(out.every((r, i) => r.ok === (i % 9 !== 4)));
  });

  test('layers are never overwritten', () => {
    const doc = new Doc('x', 'a b');
    doc.addLayer('tokens', [], { annotator: 't', version: '1' });
    assert.throws(() => doc.addLayer('tokens', [], { annotator: 't', version: '1' }), /already exists/);
  });

  test('the default pipeline produces the foundation layers first, then entities and their clusters', () => {
    const produces = createPipeline().produces;
    assert.deepEqual(produces.slice(0, 5), ['tokens', 'paragraphs', 'sentences', 'mentions', 'clusters']);
  });
});
