// The times and places layers for the pretty printer: time expressions with their TIMEX3 values,
// places with their gazetteer entries and coordinates.

import type { DocJSON } from '../doc/types.ts';
import type { PrettySection } from './pretty.ts';

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** One row per time expression: the words, type, value (and mod or zone). */
export function timeRows(doc: DocJSON): { text: string; type: string; value: string; extra: string }[] {
  return (doc.layers.times ?? []).map((t) => ({
    text: oneLine(doc.text.slice(t.start, t.end)),
    type: t.type,
    value: t.value ?? '?',
    extra: [t.mod, t.zone].filter(Boolean).join(' '),
  }));
}

export const timesSection: PrettySection = {
  layer: 'times',
  render(doc, ctx) {
    const rows = timeRows(doc);
    if (rows.length === 0) return [ctx.paint('dim', '  (no time expressions)')];
    const anchor = doc.layers.times?.find((t) => t.anchor)?.anchor;
    const lines = [ctx.paint('bold', '  Times') + (anchor ? ctx.paint('dim', `  (relative to ${anchor})`) : '')];
    const width = Math.min(28, Math.max(...rows.map((r) => r.text.length)));
    for (const r of rows) {
      lines.push(ctx.clip(`  ${r.text.slice(0, width).padEnd(width)}  ${r.type.padEnd(8)} ${r.value}${r.extra ? ctx.paint('dim', `  ${r.extra}`) : ''}`, 0));
    }
    return lines;
  },
};

/** One row per distinct place reading: label, coordinates, notes and the forms that name it. */
export function placeRows(doc: DocJSON): { label: string; coords: string; notes: string; forms: string; count: number }[] {
  const rows = new Map<string, { label: string; coords: string; forms: Map<string, number>; notes: Set<string>; count: number }>();
  for (const p of doc.layers.places ?? []) {
    const where = [p.region && p.region !== p.name ? p.region : '', p.country ?? ''].filter(Boolean).join(', ');
    const label = `${p.name}${where ? ` (${where})` : ''}`;
    const key = `${label}|${p.lat}|${p.lon}`;
    let row = rows.get(key);
    if (!row) {
      const coords = p.lat !== undefined && p.lon !== undefined ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : '';
      row = { label, coords, forms: new Map(), notes: new Set<string>([p.feature]), count: 0 };
      rows.set(key, row);
    }
    const form = oneLine(doc.text.slice(p.start, p.end));
    row.forms.set(form, (row.forms.get(form) ?? 0) + 1);
    row.count++;
    if (p.metonymic) row.notes.add('metonymic');
    if (p.dateline) row.notes.add('dateline');
  }
  return [...rows.values()].map((r) => ({
    label: r.label,
    coords: r.coords,
    notes: [...r.notes].join(', '),
    forms: [...r.forms].map(([f, n]) => (n > 1 ? `${f} ×${n}` : f)).join(' · '),
    count: r.count,
  }));
}

export const placesSection: PrettySection = {
  layer: 'places',
  render(doc, ctx) {
    const rows = placeRows(doc);
    if (rows.length === 0) return [ctx.paint('dim', '  (no places)')];
    const width = Math.min(40, Math.max(...rows.map((r) => r.label.length)));
    const lines = [ctx.paint('bold', '  Places')];
    for (const r of rows) lines.push(ctx.clip(`  ${r.label.slice(0, width).padEnd(width)}  ${r.coords.padEnd(16)} ${r.notes.padEnd(18)} ${r.forms}`, 0));
    return lines;
  },
};
