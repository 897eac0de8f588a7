// Descriptions of institutions join only the institution they can be: another country's consulate,
// another level of government stay apart. An article written for this test.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../helpers.ts';

const TEXT = [
  'Power cuts spread after dam failure',
  '',
  'The Northland Regional Government said on Monday that repairs would take weeks. The regional government asked for help.',
  '',
  'The federal government said it would send engineers. The Canadian consulate said it was monitoring the situation.',
].join('\n');

test('institution descriptions join their own institution and no other', () => {
  const doc = annotate(TEXT, { date: '2026-04-02' });
  const clusters = doc.layer('clusters');
  const mentions = new Map(doc.layer('mentions').map((m) => [m.id, m]));
  const clusterOfText = (words: string) => clusters.find((c) => c.mentions.some((id) => doc.slice(mentions.get(id)!).toLowerCase() === words));
  const regional = clusterOfText('northland regional government');
  assert.ok(regional);
  assert.equal(clusterOfText('the regional government')?.id, regional.id);
  assert.notEqual(clusterOfText('the federal government')?.id, regional.id);
  assert.notEqual(clusterOfText('the canadian consulate')?.id, regional.id);
});
