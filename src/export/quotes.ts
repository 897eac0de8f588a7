// The quotes layer as rows (speaker | cue | quote) for the pretty printer, CSV and the `quotes` command.

import type { DocJSON } from '../doc/types.ts';
import type { PrettyContext, PrettySection } from './pretty.ts';

export interface QuoteRow {
  id: string;
  /** the speaker's entity name, else the speaker as written, else "" */
  speaker: string;
  /** the speaker as written */
  speakerText: string;
  entity: string;
  cue: string;
  lemma: string;
  addressee: string;
  type: string;
  quote: string;
  start: number;
  end: number;
  group: string;
  /** when it was said (YYYY-MM-DD or coarser), "" when unknown */
  date: string;
  /** where it was said: the place's name, "" when unknown */
  place: string;
  confidence: number;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function quoteRows(doc: DocJSON): QuoteRow[] {
  const clusters = new Map((doc.layers.clusters ?? []).map((c) => [c.id, c]));
  const places = new Map((doc.layers.places ?? []).map((p) => [p.id, p]));
  const slice = (s: { start: number; end: number } | null | undefined): string => (s ? oneLine(doc.text.slice(s.start, s.end)) : '');
  return (doc.layers.quotes ?? []).map((q) => {
    const name = q.entity ? (clusters.get(q.entity)?.name ?? '') : '';
    const quote = q.fragments ? q.fragments.map((f) => slice(f)).join(' … ') : slice(q);
    const addressee = q.addressee ? (q.addressee.entity ? (clusters.get(q.addressee.entity)?.name ?? slice(q.addressee)) : slice(q.addressee)) : '';
    return {
      id: q.id,
      speaker: name || slice(q.speaker),
      speakerText: slice(q.speaker),
      entity: q.entity ?? '',
      cue: slice(q.cue),
      lemma: q.cue?.lemma ?? '',
      addressee,
      type: q.type,
      quote,
      start: q.start,
      end: q.end,
      group: q.group ?? '',
      date: q.date ?? '',
      place: q.place ? (places.get(q.place)?.name ?? '') : '',
      confidence: q.confidence,
    };
  });
}

export const quotesSection: PrettySection = {
  layer: 'quotes',
  render(doc: DocJSON, ctx: PrettyContext) {
    const rows = quoteRows(doc);
    if (rows.length === 0) return [ctx.paint('dim', '  (no quotes)')];
    const width = Math.min(24, Math.max(...rows.map((r) => (r.speaker || '?').length)));
    const lines = [ctx.paint('bold', '  Quotes')];
    for (const r of rows) {
      const who = (r.speaker || '?').slice(0, width).padEnd(width);
      const cue = (r.cue || (r.type === 'headline' ? ':' : '')).slice(0, 14).padEnd(14);
      const mark = r.type === 'indirect' ? '' : '“';
      lines.push(ctx.clip(`  ${who}  ${ctx.paint('dim', cue)} ${mark}${r.quote}${mark ? '”' : ''}`, 0));
      const notes = [r.type, r.addressee ? `to ${r.addressee}` : '', r.speaker !== r.speakerText && r.speakerText ? `as "${r.speakerText}"` : '', [r.date, r.place].filter(Boolean).join(', ')].filter(Boolean);
      if (notes.length > 1 || r.type !== 'direct') lines.push(ctx.paint('dim', ctx.clip(`  ${' '.repeat(width)}  ${notes.join(' · ')}`, 0)));
    }
    return lines;
  },
};
