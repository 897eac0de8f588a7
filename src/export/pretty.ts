// A readable terminal summary of annotated documents. Each layer contributes a section through
// PRETTY_SECTIONS, so later capabilities (entities, quotes, events, times, places) add a renderer
// there instead of editing the printer.

import { styleText } from 'node:util';
import type { DocJSON } from '../doc/types.ts';
import { eventsSection } from './events.ts';
import { quotesSection } from './quotes.ts';
import { placesSection, timesSection } from './timesPlaces.ts';
import type { ErrorRecord } from '../pipeline/errors.ts';

type Style = Parameters<typeof styleText>[0];

export interface PrettyOptions {
  color: boolean;
  /** terminal width for truncating long lines */
  width: number;
  /** how many sentences to show per document (the rest are counted) */
  maxSentences: number;
}

export interface PrettyContext {
  opts: PrettyOptions;
  paint(style: Style, s: string): string;
  clip(s: string, indent: number): string;
}

export interface PrettySection {
  /** the layer this section shows; skipped when the document does not have it */
  layer: keyof DocJSON['layers'];
  render(doc: DocJSON, ctx: PrettyContext): string[];
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const sentencesSection: PrettySection = {
  layer: 'sentences',
  render(doc, ctx) {
    const sentences = doc.layers.sentences ?? [];
    const lines: string[] = [];
    const shown = sentences.slice(0, ctx.opts.maxSentences);
    let body = 0;
    for (const s of shown) {
      const text = oneLine(doc.text.slice(s.start, s.end));
      const mark = s.role === 'body' ? String(++body).padStart(3) : s.role === 'headline' ? '  H' : '  D';
      lines.push(`${ctx.paint('dim', mark)}  ${ctx.clip(text, 5)}`);
    }
    if (sentences.length > shown.length) lines.push(ctx.paint('dim', `  … ${sentences.length - shown.length} more sentences`));
    return lines;
  },
};

/** One row per entity: canonical name, type, actor code, roles and how the text mentions it. */
export function entityRows(doc: DocJSON): { name: string; type: string; actor: string; roles: string; mentions: string; count: number }[] {
  const mentions = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]));
  const clusters = doc.layers.clusters ?? [];
  const clusterName = new Map(clusters.map((c) => [c.id, c.name]));
  return clusters.map((c) => {
    const texts = c.mentions.map((id) => mentions.get(id)).filter((m) => m !== undefined).map((m) => oneLine(doc.text.slice(m.start, m.end)));
    const counts = new Map<string, number>();
    for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
    const roles = c.roles.map((r) => [r.title, r.org ? clusterName.get(r.org) : undefined, r.country].filter(Boolean).join(', ')).filter(Boolean);
    return {
      name: c.name,
      type: c.kind ? `${c.type}/${c.kind}` : c.type,
      actor: c.actor ?? '',
      roles: [...new Set(roles)].join('; '),
      mentions: [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(' · '),
      count: texts.length,
    };
  });
}

const entitiesSection: PrettySection = {
  layer: 'clusters',
  render(doc, ctx) {
    const rows = entityRows(doc).sort((a, b) => b.count - a.count);
    if (rows.length === 0) return [ctx.paint('dim', '  (no entities)')];
    const nameWidth = Math.min(28, Math.max(...rows.map((r) => r.name.length)));
    const lines = [ctx.paint('bold', '  Entities')];
    for (const r of rows) {
      const head = `  ${r.name.slice(0, nameWidth).padEnd(nameWidth)}  ${r.type.padEnd(16)} ${r.actor.padEnd(9)}`;
      lines.push(ctx.clip(`${head}${r.mentions}`, 0));
      if (r.roles) lines.push(ctx.paint('dim', ctx.clip(`  ${' '.repeat(nameWidth)}  ${r.roles}`, 0)));
    }
    return lines;
  },
};

/** Sections in display order; later layers append theirs. */
export const PRETTY_SECTIONS: PrettySection[] = [sentencesSection, entitiesSection, quotesSection, timesSection, placesSection, eventsSection];

function header(doc: DocJSON, ctx: PrettyContext): string[] {
  const m = doc.meta;
  const title = m.title ?? (m.headline ? doc.text.slice(m.headline.start, m.headline.end) : undefined);
  const lines = [ctx.paint('bold', `━━ ${doc.id} ${'━'.repeat(Math.max(3, Math.min(ctx.opts.width, 80) - doc.id.length - 4))}`)];
  if (title) lines.push(ctx.paint(['bold', 'cyan'], ctx.clip(oneLine(title), 0)));
  const facts: string[] = [];
  if (m.date) facts.push(`date ${m.date}${m.dateSource ? ` (${m.dateSource})` : ''}`);
  if (m.dateline) {
    const d = m.dateline;
    facts.push(`dateline ${d.place.text}${d.agency ? ` (${d.agency})` : ''}${d.dateText ? `, ${d.dateText}` : ''}`);
  }
  if (m.byline) facts.push(`by ${oneLine(m.byline)}`);
  if (m.siteName) facts.push(m.siteName);
  if (m.language) facts.push(`lang ${m.language}`);
  const counts: string[] = [];
  const l = doc.layers;
  if (l.paragraphs) counts.push(`${l.paragraphs.length} paragraphs`);
  if (l.sentences) counts.push(`${l.sentences.length} sentences`);
  if (l.tokens) counts.push(`${l.tokens.length} tokens`);
  if (facts.length) lines.push(ctx.paint('dim', facts.join(' · ')));
  if (counts.length) lines.push(ctx.paint('dim', counts.join(' · ')));
  if (m.canonicalUrl ?? m.url) lines.push(ctx.paint('dim', (m.canonicalUrl ?? m.url) as string));
  return lines;
}

export function makeContext(opts: PrettyOptions): PrettyContext {
  return {
    opts,
    paint: (style, s) => (opts.color ? styleText(style, s) : s),
    clip: (s, indent) => {
      const room = Math.max(20, opts.width - indent);
      return s.length > room ? `${s.slice(0, room - 1)}…` : s;
    },
  };
}

export function renderPrettyDoc(doc: DocJSON, opts: PrettyOptions): string {
  const ctx = makeContext(opts);
  const lines = header(doc, ctx);
  for (const section of PRETTY_SECTIONS) {
    if (doc.layers[section.layer] === undefined) continue;
    lines.push('', ...section.render(doc, ctx));
  }
  return `${lines.join('\n')}\n\n`;
}

export function renderPrettyError(error: ErrorRecord, opts: PrettyOptions): string {
  const ctx = makeContext(opts);
  return `${ctx.paint(['bold', 'red'], `✗ ${error.id}`)}  ${error.reason} ${ctx.paint('dim', `(${error.stage}${error.problem ? `, ${error.problem}` : ''})`)}\n\n`;
}

export function renderPrettySummary(ok: number, failed: number, seconds: number, opts: PrettyOptions): string {
  const ctx = makeContext(opts);
  const parts = [`${ok} document${ok === 1 ? '' : 's'} annotated`];
  if (failed) parts.push(ctx.paint('red', `${failed} failed`));
  parts.push(`${seconds.toFixed(2)} s`);
  return `${ctx.paint('dim', parts.join(' · '))}\n`;
}
