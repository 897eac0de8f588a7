// End-to-end: the CLI as a user runs it. Exit codes 0 ok, 1 some documents failed, 2 usage error.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/newsgraph.mjs', import.meta.url));
let dir: string;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));
  fs.writeFileSync(path.join(dir, 'story.txt'), 'Ferry service resumes\n\nHELSINKI (Reuters) - Ferries sailed again on Tuesday. “It is good news,” a port official said.\n');
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'junk.bin'), Buffer.from([0, 1, 2, 3, 0, 255]));
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('newsgraph extract', () => {
  test('jsonl: one document per line, failures as error lines, exit code 1 when some failed', () => {
    const r = cli(['extract', dir, '--format', 'jsonl', '--date', '2026-01-06']);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => [path.basename(l.id), l.error?.problem ?? 'ok']), [['empty.txt', 'empty'], ['junk.bin', 'binary'], ['story.txt', 'ok']]);
    const story = lines[2];
    assert.equal(story.schema, 'newsgraph.doc/1');
    assert.equal(story.meta.dateline.agency, 'Reuters');
    assert.equal(story.meta.date, '2026-01-06');
    assert.match(r.err, /empty\.txt: the file is empty/);
    assert.match(r.err, /junk\.bin: binary content/);
  });

  test('json: one batch object; --layers keeps only the named layers; exit 0 when all succeed', () => {
    const r = cli(['extract', path.join(dir, 'story.txt'), '--format', 'json', '--layers', 'sentences']);
    assert.equal(r.code, 0, r.err);
    const batch = JSON.parse(r.out);
    assert.equal(batch.schema, 'newsgraph.batch/1');
    assert.deepEqual(batch.errors, []);
    assert.deepEqual(Object.keys(batch.documents[0].layers), ['sentences']);
    assert.deepEqual(batch.documents[0].layers.sentences.map((s: { role: string }) => s.role), ['headline', 'dateline', 'body', 'body']);
  });

  test('stdin with "-", pretty output to a file with --out, html report', () => {
    const pretty = cli(['extract', '-', '--format', 'pretty'], 'Markets rally\n\nTOKYO — Shares rose on Monday. Traders cheered.\n');
    assert.equal(pretty.code, 0, pretty.err);
    assert.match(pretty.out, /Markets rally/);
    assert.match(pretty.out, /dateline TOKYO/);
    const out = path.join(dir, 'report.html');
    const html = cli(['extract', path.join(dir, 'story.txt'), path.join(dir, 'empty.txt'), '--format', 'html', '--out', out]);
    assert.equal(html.code, 1);
    const page = fs.readFileSync(out, 'utf8');
    assert.match(page, /^<!DOCTYPE html>/i);
    assert.match(page, /Ferry service resumes/);
    assert.match(page, /the file is empty/);
  });

  test('usage errors exit with 2 and say what is wrong', () => {
    const bad = cli(['extract', path.join(dir, 'story.txt'), '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown format "xml"/);
    assert.equal(cli(['extract', '--date', 'March 3', path.join(dir, 'story.txt')]).code, 2);
    assert.equal(cli(['extract', '--frobnicate']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
  });

  test('help for the program and for each command, with examples', () => {
    const main = cli(['--help']);
    assert.equal(main.code, 0);
    assert.match(main.out, /Commands:[\s\S]*extract/);
    const sub = cli(['extract', '--help']);
    assert.equal(sub.code, 0);
    assert.match(sub.out, /Examples:[\s\S]*newsgraph extract samples/);
  });
});
