// Property tests on offsets: whatever the text (emoji, combining marks, CRLF, NBSP, zero-width
// characters), every span is in bounds, ordered, never splits a surrogate pair, and JSON round trips.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import fs from 'node:fs';
import { Doc, createPipeline, docFromText } from '../../src/index.ts';

const pieces = [
  'The', 'U.S.', 'Gen.', 'said', '“', '”', '"', "'", '‘', '’', '.', ',', '?', '!', '...', '—', '-', '3.5', '1,000',
  '👍🏽', '🇫🇷', '👨‍👩‍👧', 'e\u0301', '\u00a0', '\u200b', '\u200d', '\ufeff', '\r\n', '\n', '\n\n', ' ', '\t',
  'ERBIL, Iraq — ', 'https://example.org/x.', 'a@b.org', 'Dr.', 'J.', 'al-Zubaidi', 'Mosul', '\ud83d', '«', '»',
];
const newsText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));

const pipeline = createPipeline();
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(new URL('../../schema/newsgraph.doc.schema.json', import.meta.url), 'utf8')));

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function annotateAny(text: string): Doc | null {
  if (!/\S/.test(text)) return null; // empty documents are refused at ingest, by design
  const r = pipeline.run(docFromText('p', text, { date: '2026-01-01' }));
  assert.ok(r.ok, r.ok ? '' : r.error.reason);
  return r.doc;
}

test('tokens are in bounds, ordered, non-empty, never split surrogate pairs or cover only whitespace', () => {
  fc.assert(
    fc.property(newsText, (text) => {
      const doc = annotateAny(text);
      if (!doc) return;
      let prevEnd = 0;
      for (const t of doc.layer('tokens')) {
        assert.ok(t.start >= prevEnd && t.end > t.start && t.end <= text.length);
        assert.ok(!(t.start > 0 && isHighSurrogate(text.charCodeAt(t.start - 1)) && t.start - 1 >= prevEnd && text.charCodeAt(t.start) >= 0xdc00 && text.charCodeAt(t.start) <= 0xdfff), 'token starts inside a pair');
        assert.ok(!isHighSurrogate(text.charCodeAt(t.end - 1)) || t.end === text.length || !(text.charCodeAt(t.end) >= 0xdc00 && text.charCodeAt(t.end) <= 0xdfff), 'token ends inside a pair');
        assert.match(text.slice(t.start, t.end), /[^\s\u200b\ufeff]/u);
        prevEnd = t.end;
      }
    }),
    { numRuns: 400 },
  );
});

test('sentences tile the tokens of each paragraph in order and stay inside their paragraph', () => {
  fc.assert(
    fc.property(newsText, (text) => {
      const doc = annotateAny(text);
      if (!doc) return;
      const tokens = doc.layer('tokens');
      const paragraphs = new Map(doc.layer('paragraphs').map((p) => [p.id, p]));
      let next = 0;
      for (const s of doc.layer('sentences')) {
        const p = paragraphs.get(s.paragraph);
        assert.ok(p && s.start >= p.start && s.end <= p.end);
        assert.ok(s.tokenStart >= next && s.tokenEnd > s.tokenStart);
        assert.equal(s.start, tokens[s.tokenStart].start);
        assert.equal(s.end, tokens[s.tokenEnd - 1].end);
        next = s.tokenEnd;
      }
      // every token lies in some sentence
      const covered = doc.layer('sentences').reduce((n, s) => n + s.tokenEnd - s.tokenStart, 0);
      assert.equal(covered, tokens.length);
    }),
    { numRuns: 400 },
  );
});

test('document JSON validates against the schema and round-trips exactly', () => {
  fc.assert(
    fc.property(newsText, (text) => {
      const doc = annotateAny(text);
      if (!doc) return;
      const json = JSON.parse(JSON.stringify(doc.toJSON())) as ReturnType<Doc["toJSON"]>;
      assert.ok(validate(json), JSON.stringify(validate.errors));
      assert.deepEqual(Doc.fromJSON(json).toJSON(), json);
    }),
    { numRuns: 200 },
  );
});
