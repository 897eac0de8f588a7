// Bad input gets a clear per-document error and loses nothing: the rest of the batch goes on.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { annotateEntries, createPipeline, readInputs, type InputEntry } from '../../src/index.ts';

let dir: string;

const ARTICLE = 'Port workers end strike\n\nROTTERDAM, Netherlands — Dockworkers returned on Friday. “We won,” a union leader said.\n';

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-sources-'));
  const w = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, name), data);
  fs.mkdirSync(path.join(dir, 'nested'));
  w('a-good.txt', ARTICLE);
  w('b-empty.txt', '');
  w('c-binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  w('d-latin1.txt', Buffer.from('Caf\xe9 owners protest\n\nLYON, France \u2014 Caf\xe9 owners marched on Monday.\n'.replace('\u2014', '-'), 'latin1'));
  w('e-latin1.html', Buffer.from('<html><head><meta charset="iso-8859-1"><title>R\xe9forme</title></head><body><article><h1>R\xe9forme</h1><p>Le gouvernement a pr\xe9sent\xe9 sa r\xe9forme des retraites lundi devant les d\xe9put\xe9s, qui en d\xe9battront pendant deux semaines.</p><p>Les syndicats ont annonc\xe9 une gr\xe8ve pour jeudi et appel\xe9 \xe0 manifester dans toutes les grandes villes du pays.</p></article></body></html>', 'latin1'));
  w('f-nobody.html', '<!DOCTYPE html><html><head><title>Nothing here</title></head></html>');
  w('g-batch.jsonl', [
    JSON.stringify({ id: 'ok-1', title: 'Rain in Oslo', date: '2026-02-01', text: 'OSLO — It rained on Sunday.' }),
    '{not json',
    JSON.stringify({ id: 'no-text', title: 'Empty' }),
    JSON.stringify({ id: 'bad-date', date: 'yesterday', text: 'Something happened.' }),
    JSON.stringify({ id: 'ok-2', text: 'Snow fell in Bergen.' }),
  ].join('\n'));
  w('nested/h-good.txt', 'Another story begins here. It ends here.');
  w('newsgraph.meta.json', JSON.stringify({ 'a-good.txt': '2026-03-06' }));
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function runAll(args: string[], opts = {}) {
  const entries: InputEntry[] = [];
  for await (const e of readInputs(args, opts)) entries.push(e);
  return [...annotateEntries(entries, createPipeline())];
}

describe('ingest sources', () => {
  test('a directory is read recursively; each bad input is one error record, the good ones are annotated', async () => {
    const results = await runAll([dir]);
    const byId = new Map(results.map((r) => [r.ok ? r.doc.id : r.error.id, r]));
    const ok = results.filter((r) => r.ok).map((r) => (r.ok ? r.doc.id : ''));
    assert.deepEqual(ok.map((id) => path.basename(id)), ['a-good.txt', 'd-latin1.txt', 'e-latin1.html', 'ok-1', 'ok-2', 'h-good.txt']);
    const problem = (id: string) => {
      const r = byId.get(id);
      assert.ok(r && !r.ok, `${id} should fail`);
      return r.ok ? '' : `${r.error.stage}/${r.error.problem}`;
    };
    assert.equal(problem(path.join(dir, 'b-empty.txt')), 'ingest/empty');
    assert.equal(problem(path.join(dir, 'c-binary.bin')), 'ingest/binary');
    assert.equal(problem(path.join(dir, 'f-nobody.html')), 'ingest/no-content');
    assert.equal(problem(`${path.join(dir, 'g-batch.jsonl')}:2`), 'ingest/parse');
    assert.equal(problem('no-text'), 'ingest/no-content');
    assert.equal(problem('bad-date'), 'ingest/parse');
  });

  test('metadata files, JSONL fields and encodings reach the document', async () => {
    const results = await runAll([dir]);
    const doc = (name: string) => {
      const r = results.find((x) => x.ok && path.basename(x.doc.id) === name);
      assert.ok(r?.ok);
      return r.doc;
    };
    assert.equal(doc('a-good.txt').meta.date, '2026-03-06');
    assert.equal(doc('a-good.txt').meta.dateline?.place.text, 'ROTTERDAM, Netherlands');
    assert.match(doc('d-latin1.txt').text, /Café owners marched/);
    assert.match(doc('e-latin1.html').text, /réforme des retraites/);
    assert.equal(doc('e-latin1.html').meta.encoding, 'windows-1252');
    const ok1 = doc('ok-1');
    assert.equal(ok1.text.slice(ok1.meta.headline?.start, ok1.meta.headline?.end), 'Rain in Oslo');
    assert.equal(ok1.meta.date, '2026-02-01');
    assert.equal(ok1.meta.dateline?.place.text, 'OSLO');
  });

  test('an oversized file is refused with its size and the limit, before it is read', async () => {
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    try {
      const [r] = await runAll([big]);
      assert.ok(!r.ok);
      assert.equal(r.error.problem, 'too-large');
      assert.match(r.error.reason, /50\.0 MB is over the size limit of 20\.0 MB/);
    } finally {
      fs.rmSync(big);
    }
  });

  test('a missing path is an error record, not a crash', async () => {
    const [r] = await runAll([path.join(dir, 'missing.txt')]);
    assert.ok(!r.ok && r.error.problem === 'unreadable');
  });

  test('stdin: plain text and JSONL are told apart', async () => {
    const [text] = await runAll(['-'], { stdin: Readable.from([Buffer.from(ARTICLE)]) });
    assert.ok(text.ok && text.doc.id === 'stdin' && text.doc.meta.headline);
    const jsonl = await runAll(['-'], { stdin: Readable.from([Buffer.from('{"id":"x","text":"One."}\n{"id":"y","text":"Two."}\n')]) });
    assert.deepEqual(jsonl.map((r) => r.ok && r.doc.id), ['x', 'y']);
  });

  test('--date fills the publication date only where the document has none', async () => {
    const results = await runAll([path.join(dir, 'a-good.txt'), path.join(dir, 'nested/h-good.txt')], { date: '2025-12-31' });
    assert.deepEqual(results.map((r) => r.ok && [r.doc.meta.date, r.doc.meta.dateSource]), [['2026-03-06', 'given'], ['2025-12-31', 'option']]);
  });
});

describe('decoding', () => {
  test('a page declaring a legacy charset but written in UTF-8 is read as UTF-8', async () => {
    const { decodeBytes } = await import('../../src/ingest/decode.ts');
    const page = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Vi har fået svar på spørgsmålet.</p></body></html>', 'utf8');
    const out = decodeBytes(page, { html: true });
    assert.equal(out.encoding, 'utf-8');
    assert.match(out.text, /fået svar på spørgsmålet/);
    const latin = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Vi har fået svar.</p></body></html>', 'latin1');
    assert.match(decodeBytes(latin, { html: true }).text, /fået svar/);
  });
});
