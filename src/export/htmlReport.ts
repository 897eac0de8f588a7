// A self-contained annotated HTML page for one or many documents: inline CSS and JS, no network.
// The text is rendered once, with every span layer as nested elements built by a single sweep over
// the span boundaries, so overlapping spans are split (never the text) and textContent === doc.text.

import { LAYER_NAMES, type DocJSON, type LayerName, type Span } from '../doc/types.ts';

export interface ReportError {
  id: string;
  stage: string;
  reason: string;
}

export interface HtmlReportOptions {
  title?: string;
  errors?: ReportError[];
}

type Item = Record<string, unknown> & Span;
type Layer = 'sentences' | 'quotes' | 'events' | 'mentions' | 'places' | 'times' | 'tokens';

interface LayerStyle {
  name: Layer;
  /** one-letter prefix of item keys in data-k (keeps markup small) */
  key: string;
  /** highlighted when the page opens */
  on: boolean;
}

/** Highlighted layers, outermost first: on identical spans, earlier layers nest outside later ones. */
const SPAN_LAYERS: readonly LayerStyle[] = [
  { name: 'sentences', key: 's', on: true },
  { name: 'quotes', key: 'q', on: true },
  { name: 'events', key: 'e', on: true },
  { name: 'mentions', key: 'm', on: true },
  { name: 'places', key: 'p', on: true },
  { name: 'times', key: 'd', on: true },
  // tokens are noisy: off by default, and drawn as bare <i> elements to keep large reports small
  { name: 'tokens', key: 't', on: false },
];

/** Order of the legend and of the per-layer tables. */
const LEGEND_ORDER: readonly Layer[] = ['mentions', 'quotes', 'times', 'places', 'events', 'sentences', 'tokens'];

/** Layers whose items refer to each other by id, searched in this order when resolving a reference. */
const REF_LAYERS: readonly LayerName[] = ['clusters', 'mentions', 'quotes', 'times', 'places', 'events', 'sentences', 'paragraphs'];

const MAX_COLUMNS = 8;

// ---------------------------------------------------------------- escaping and formatting

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // HTML parsers turn CR LF into LF; a character reference keeps the CR, so textContent stays exact
  '\r': '&#13;',
};
const ESCAPE_RE = /[&<>"'\r]/g;
const NEEDS_ESCAPE = /[&<>"'\r]/;

/** Escape for text and attribute values alike. */
export function escapeHtml(s: string): string {
  // most text segments are plain words: test first, and allocate only when something must change
  return NEEDS_ESCAPE.test(s) ? s.replace(ESCAPE_RE, (c) => ESCAPES[c]) : s;
}

/** JSON inside <script>: "<" is written as \u003c so "</script>" or "<!--" in the data cannot end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  // never cut between the two halves of a surrogate pair (an emoji would turn into garbage)
  const cut = isHigh(s.charCodeAt(max - 2)) ? max - 2 : max - 1;
  return `${s.slice(0, cut)}…`;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function isSpan(x: unknown): x is Item {
  if (x === null || typeof x !== 'object') return false;
  const { start, end } = x as Span;
  return Number.isFinite(start) && Number.isFinite(end);
}

function spanItems(list: unknown): Item[] {
  return Array.isArray(list) ? list.filter(isSpan) : [];
}

// ---------------------------------------------------------------- span boundaries

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Clamp a boundary to the text and move it off the middle of a surrogate pair (outwards for the span). */
function snap(text: string, b: number, dir: -1 | 1): number {
  const i = Math.min(Math.max(Math.trunc(b), 0), text.length);
  if (i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))) return i + (dir < 0 ? -1 : 1);
  return i;
}

function snapSpan(text: string, span: Span): Span {
  const start = snap(text, span.start, -1);
  return { start, end: Math.max(start, snap(text, span.end, 1)) };
}

// ---------------------------------------------------------------- references between items

/** What a document's items can say about each other: id lookup and cluster membership. */
interface DocIndex {
  text: string;
  byId: Map<string, { layer: LayerName; item: Record<string, unknown> }>;
  clusterIds: Set<string>;
  /** mention id -> cluster id, from clusters' `mentions` lists */
  clusterOf: Map<string, string>;
}

function buildIndex(doc: DocJSON): DocIndex {
  const layers = (doc.layers ?? {}) as Record<string, unknown>;
  const byId: DocIndex['byId'] = new Map();
  for (const layer of REF_LAYERS) {
    const list = layers[layer];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && !byId.has(id)) byId.set(id, { layer, item });
    }
  }
  const clusterIds = new Set<string>();
  const clusterOf = new Map<string, string>();
  for (const c of Array.isArray(layers.clusters) ? layers.clusters : []) {
    if (typeof c?.id !== 'string') continue;
    clusterIds.add(c.id);
    if (Array.isArray(c.mentions)) for (const m of c.mentions) if (typeof m === 'string') clusterOf.set(m, c.id);
  }
  return { text: doc.text ?? '', byId, clusterIds, clusterOf };
}

/** The text an item covers, with its span clamped and widened like the highlight (never half an emoji). */
function spanText(text: string, item: unknown): string {
  if (!isSpan(item)) return '';
  const { start, end } = snapSpan(text, item);
  return text.slice(start, end);
}

/** Human text for an id: a cluster's name (or its first mention), a span item's text. */
function refText(ix: DocIndex, id: string): string {
  const hit = ix.byId.get(id);
  if (!hit) return '';
  if (hit.layer === 'clusters') {
    const name = str(hit.item.name) || str(hit.item.label) || str(hit.item.canonical);
    if (name) return name;
    const first = Array.isArray(hit.item.mentions) ? hit.item.mentions.find((m) => typeof m === 'string') : undefined;
    return first ? spanText(ix.text, ix.byId.get(first)?.item) : '';
  }
  return truncate(spanText(ix.text, hit.item).replace(/\s+/g, ' '), 80);
}

/** A field value as short text; ids of other items are shown as their text, with the id kept. */
function formatValue(ix: DocIndex, v: unknown, selfId?: string): string {
  if (typeof v === 'string') {
    const ref = v !== selfId && ix.byId.has(v) ? refText(ix, v) : '';
    return ref ? `${ref} [${v}]` : v;
  }
  if (v === null || v === undefined) return String(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) {
    const shown = v.slice(0, 12).map((x) => formatValue(ix, x, selfId));
    return v.length > 12 ? `${shown.join(', ')}, … +${v.length - 12}` : shown.join(', ');
  }
  return truncate(JSON.stringify(v), 160);
}

/** Cluster ids an item belongs to or points at: what a click highlights together. */
function groupsOf(ix: DocIndex, item: Record<string, unknown>): string[] {
  const groups = new Set<string>();
  const id = str(item.id);
  if (ix.clusterIds.has(id)) groups.add(id);
  const member = ix.clusterOf.get(id);
  if (member) groups.add(member);
  for (const [field, v] of Object.entries(item)) {
    if (field === 'id' || field === 'start' || field === 'end') continue;
    const values = Array.isArray(v) ? v : [v];
    for (const x of values) {
      if (typeof x !== 'string') continue;
      // a `cluster` field groups even without a clusters layer
      if (ix.clusterIds.has(x) || field === 'cluster' || field === 'clusterId') groups.add(x);
    }
  }
  return [...groups];
}

/** Tooltip text: the layer, id and span text, then every field except start/end. */
function tipText(ix: DocIndex, layer: string, item: Item): string {
  const id = str(item.id);
  const quoted = truncate(spanText(ix.text, item).replace(/\s+/g, ' '), 100);
  const lines = [`${layer}${id ? ` ${id}` : ''} · “${quoted}”`];
  for (const [field, v] of Object.entries(item)) {
    if (field === 'start' || field === 'end' || field === 'id') continue;
    lines.push(`${field}: ${truncate(formatValue(ix, v, id), 240)}`);
  }
  // a mention shows the entity it belongs to (clusters list their mentions, not the reverse)
  const cluster = ix.clusterOf.get(id);
  if (cluster && !('cluster' in item)) {
    const c = ix.byId.get(cluster)?.item as Record<string, unknown> | undefined;
    const extra = [c?.type, c?.actor].filter((x) => typeof x === 'string' && x).join(', ');
    lines.push(`entity: ${refText(ix, cluster)}${extra ? ` (${extra})` : ''}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- the annotated body

interface Mark extends Span {
  rank: number;
  open: string;
  close: string;
}

interface Block extends Span {
  kind: 'para' | 'gap';
  headline: boolean;
}

/** Tips and click groups per item key, shipped as JSON next to the body. */
type TipMap = Record<string, [string, string[]] | [string]>;

function collectMarks(doc: DocJSON, ix: DocIndex, tips: TipMap): Mark[] {
  const text = ix.text;
  const marks: Mark[] = [];
  SPAN_LAYERS.forEach((style, rank) => {
    const list = (doc.layers as Record<string, unknown> | undefined)?.[style.name];
    if (!Array.isArray(list)) return;
    // keys use the index in the raw layer array, as the tables do, so text and rows agree
    list.forEach((item: unknown, i) => {
      if (!isSpan(item)) return;
      const { start, end } = snapSpan(text, item);
      const zero = start === end ? ' z' : '';
      if (style.name === 'tokens') {
        const kind = str(item.kind);
        const cls = kind && kind !== 'word' ? ` class="k-${escapeHtml(kind)}${zero}"` : zero ? ` class="z"` : '';
        marks.push({ start, end, rank, open: `<i${cls}>`, close: '</i>' });
        return;
      }
      const key = `${style.key}${i}`;
      const alt = style.name === 'sentences' ? ` s${i % 2}` : '';
      const open = `<span class="hl-${style.name}${alt}${zero}" data-k="${key}">`;
      marks.push({ start, end, rank, open, close: '</span>' });
      const groups = groupsOf(ix, item);
      tips[key] = groups.length ? [tipText(ix, style.name, item), groups] : [tipText(ix, style.name, item)];
    });
  });
  // outer before inner: earlier start, then longer, then outer layer
  marks.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  return marks;
}

/** Paragraph blocks and the gaps between them, covering the whole text without overlap. */
function buildBlocks(doc: DocJSON, text: string): Block[] {
  const headline = doc.meta?.headline && isSpan(doc.meta.headline) ? snapSpan(text, doc.meta.headline) : null;
  const paras = spanItems(doc.layers?.paragraphs);
  const raw = paras.length ? paragraphsFromLayer(text, paras) : paragraphsFromBlankLines(text);
  const blocks: Block[] = [];
  let pos = 0;
  const push = (start: number, end: number, kind: Block['kind'], isHeadline: boolean): void => {
    if (end <= start) return;
    // a "gap" holding real text (not covered by any paragraph) is shown as a paragraph of its own
    const k = kind === 'gap' && /\S/.test(text.slice(start, end)) ? 'para' : kind;
    blocks.push({ start, end, kind: k, headline: isHeadline });
  };
  for (const p of raw) {
    const start = Math.max(p.start, pos);
    if (p.end <= start) continue;
    push(pos, start, 'gap', false);
    const isHeadline = p.headline || (headline !== null && headline.start === start && headline.end === p.end);
    push(start, p.end, 'para', isHeadline);
    pos = p.end;
  }
  push(pos, text.length, 'gap', false);
  if (blocks.length === 0) blocks.push({ start: 0, end: 0, kind: 'para', headline: false });
  return blocks;
}

function paragraphsFromLayer(text: string, paras: Item[]): (Span & { headline: boolean })[] {
  return paras
    .map((p) => ({ ...snapSpan(text, p), headline: p.role === 'headline' }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Without a paragraphs layer: paragraphs are separated by blank lines (whitespace around them goes to the gap). */
function paragraphsFromBlankLines(text: string): (Span & { headline: boolean })[] {
  const out: (Span & { headline: boolean })[] = [];
  const sep = /\s*\n[^\S\n]*\n\s*/g;
  let pos = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    out.push({ start: pos, end: m.index, headline: false });
    pos = m.index + m[0].length;
  }
  out.push({ start: pos, end: text.length, headline: false });
  return out.filter((p) => p.end > p.start);
}

function openBlock(b: Block): string {
  if (b.kind === 'gap') return '<span class="gap">';
  return b.headline ? '<p class="para headline">' : '<p class="para">';
}

function closeBlock(b: Block): string {
  return b.kind === 'gap' ? '</span>' : '</p>';
}

/** Every position where a mark or a block starts or ends, sorted and unique. */
function boundaries(text: string, marks: Mark[], blocks: Block[]): Int32Array {
  const all = new Int32Array(marks.length * 2 + blocks.length + 2);
  let n = 0;
  all[n++] = 0;
  all[n++] = text.length;
  for (const m of marks) {
    all[n++] = m.start;
    all[n++] = m.end;
  }
  for (const b of blocks) all[n++] = b.end;
  all.sort();
  let u = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[u - 1]) all[u++] = all[i];
  return all.subarray(0, u);
}

/**
 * The marks open at the sweep position. `emitted` of them (from the bottom) have their open tag in the
 * output; the rest continue logically and are (re)opened only when text or a nested mark follows, so
 * splitting a span never leaves an empty piece.
 */
class OpenMarks {
  private readonly stack: Mark[] = [];
  private emitted = 0;

  constructor(private readonly out: string[]) {}

  push(m: Mark): void {
    this.stack.push(m);
  }

  /** Emit the open tags of marks not yet (re)opened; call before any text or tag goes out. */
  flush(): void {
    for (; this.emitted < this.stack.length; this.emitted++) this.out.push(this.stack[this.emitted].open);
  }

  /** Close emitted tags down to depth `low`; marks above it that continue will be reopened by flush. */
  closeTo(low: number): void {
    for (let i = this.emitted - 1; i >= low; i--) this.out.push(this.stack[i].close);
    this.emitted = Math.min(this.emitted, low);
  }

  /** Drop the marks ending at p. Marks opened after one of them are closed too (and reopened later). */
  closeEnding(p: number): void {
    let low = 0;
    while (low < this.stack.length && this.stack[low].end > p) low++;
    if (low === this.stack.length) return;
    this.closeTo(low);
    let keep = low;
    for (let i = low; i < this.stack.length; i++) if (this.stack[i].end > p) this.stack[keep++] = this.stack[i];
    while (this.stack.length > keep) this.stack.pop();
  }
}

function renderText(text: string, marks: Mark[], blocks: Block[], out: string[]): void {
  const open = new OpenMarks(out);
  let block = 0;
  let pos = 0;
  let next = 0;
  out.push(openBlock(blocks[0]));
  for (const p of boundaries(text, marks, blocks)) {
    if (p > pos) {
      open.flush();
      out.push(escapeHtml(text.slice(pos, p)));
      pos = p;
    }
    open.closeEnding(p);
    if (block + 1 < blocks.length && blocks[block].end === p) {
      // inline marks cannot cross a paragraph: close them all, they reopen inside the next block
      open.closeTo(0);
      out.push(closeBlock(blocks[block]), openBlock(blocks[block + 1]));
      block++;
    }
    for (; next < marks.length && marks[next].start === p; next++) {
      const m = marks[next];
      if (m.end > p) open.push(m);
      else {
        open.flush(); // an empty item is drawn as a marker, inside the items that contain it
        out.push(m.open, m.close);
      }
    }
  }
  open.closeTo(0);
  out.push(closeBlock(blocks[block]));
}

// ---------------------------------------------------------------- header, tables, table of contents

function docTitle(doc: DocJSON): string {
  const text = doc.text ?? '';
  const title = str(doc.meta?.title).trim();
  if (title) return title;
  const h = doc.meta?.headline;
  if (h && isSpan(h)) return text.slice(h.start, h.end).trim();
  const hp = spanItems(doc.layers?.paragraphs).find((p) => p.role === 'headline');
  if (hp) return text.slice(hp.start, hp.end).trim();
  return truncate(text.trim().split('\n', 1)[0] ?? '', 90).trim();
}

function link(url: string): string {
  const safe = escapeHtml(url);
  // only web links are clickable: a javascript: URL in input must not become live
  return /^https?:\/\//i.test(url) ? `<a href="${safe}" rel="noopener noreferrer">${safe}</a>` : safe;
}

function datelineText(doc: DocJSON): string {
  const d = doc.meta?.dateline;
  if (!d) return '';
  const parts = [str(d.place?.text)];
  if (d.agency) parts.push(`(${d.agency})`);
  const date = [str(d.dateText), d.date ? `[${d.date}]` : ''].filter(Boolean).join(' ');
  if (date) parts.push(`— ${date}`);
  return parts.filter(Boolean).join(' ');
}

function renderHeader(doc: DocJSON, index: number, out: string[]): void {
  const meta = doc.meta ?? {};
  const title = docTitle(doc) || doc.id;
  out.push(`<header><p class="num">#${index + 1}</p><h2>${escapeHtml(title)}</h2><dl>`);
  const field = (label: string, html: string): void => {
    if (html) out.push(`<dt>${label}</dt><dd>${html}</dd>`);
  };
  field('id', `<code>${escapeHtml(String(doc.id))}</code>`);
  field('source', escapeHtml(str(meta.source)));
  const via = meta.dateSource ? ` <span class="muted">via ${escapeHtml(meta.dateSource)}</span>` : '';
  field('date', meta.date ? `${escapeHtml(meta.date)}${via}` : '');
  field('dateline', escapeHtml(datelineText(doc)));
  field('byline', escapeHtml(str(meta.byline)));
  field('site', escapeHtml(str(meta.siteName)));
  field('url', meta.url ? link(meta.url) : '');
  if (meta.canonicalUrl && meta.canonicalUrl !== meta.url) field('canonical', link(meta.canonicalUrl));
  field('language', escapeHtml(str(meta.language)));
  field('encoding', escapeHtml([str(meta.encoding), str(meta.format)].filter(Boolean).join(' · ')));
  field('layers', escapeHtml(provenanceText(doc)));
  out.push('</dl></header>');
}

function provenanceText(doc: DocJSON): string {
  return Object.entries(doc.provenance ?? {})
    .map(([layer, p]) => `${layer}: ${p?.annotator ?? '?'} ${p?.version ?? ''}`.trim())
    .join(' · ');
}

/** How a table column reads its cell from an item. */
interface Column {
  label: string;
  cell: (item: Record<string, unknown>) => string;
}

/** Preferred leading columns per layer; "text" is the span text. */
const PREFERRED: Partial<Record<Layer | 'clusters', string[]>> = {
  quotes: ['speaker', 'cue', 'text'],
  mentions: ['text', 'cluster', 'type'],
  times: ['text', 'value'],
  places: ['text', 'lat/lon'],
  events: ['text', 'type'],
  clusters: ['name', 'type', 'mentions'],
};

function fieldColumn(ix: DocIndex, field: string): Column {
  return { label: field, cell: (item) => (field in item ? formatValue(ix, item[field], str(item.id)) : '') };
}

function specialColumn(ix: DocIndex, label: string, items: Record<string, unknown>[]): Column | null {
  if (label === 'text') return { label, cell: (item) => spanText(ix.text, item) };
  if (label === 'lat/lon') {
    if (!items.some((i) => 'lat' in i || 'lon' in i)) return null;
    return { label, cell: (i) => ('lat' in i || 'lon' in i ? `${formatValue(ix, i.lat)}, ${formatValue(ix, i.lon)}` : '') };
  }
  return null;
}

/** The table's columns: the preferred ones present, then other fields in order of appearance, at most 8. */
function columnsFor(ix: DocIndex, layer: Layer | 'clusters', items: Record<string, unknown>[]): Column[] {
  const present = new Set<string>();
  for (const item of items) for (const k of Object.keys(item)) present.add(k);
  const skip = new Set(['start', 'end', 'text']);
  const cols: Column[] = [];
  for (const label of PREFERRED[layer] ?? ['text']) {
    const special = specialColumn(ix, label, items);
    if (special) cols.push(special);
    else if (layer === 'clusters' && label === 'mentions') cols.push(clusterMentionsColumn(ix));
    else if (present.has(label)) cols.push(fieldColumn(ix, label));
    skip.add(label);
  }
  if (cols.some((c) => c.label === 'lat/lon')) skip.add('lat').add('lon');
  for (const k of present) {
    if (cols.length >= MAX_COLUMNS) break;
    if (!skip.has(k)) cols.push(fieldColumn(ix, k));
  }
  return cols.slice(0, MAX_COLUMNS);
}

/** A cluster's mentions as their texts with counts, from its `mentions` ids or the mentions' `cluster` field. */
function clusterMentionsColumn(ix: DocIndex): Column {
  return {
    label: 'mentions',
    cell: (cluster) => {
      const id = str(cluster.id);
      const ids = Array.isArray(cluster.mentions) ? cluster.mentions.filter((m): m is string => typeof m === 'string') : [];
      const texts = ids.length
        ? ids.map((m) => spanText(ix.text, ix.byId.get(m)?.item))
        : [...ix.byId.values()].filter((h) => h.layer === 'mentions' && h.item.cluster === id).map((h) => spanText(ix.text, h.item));
      const counts = new Map<string, number>();
      for (const t of texts) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
      return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join('; ');
    },
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** One layer as a table; rows carry the same data-k as the item's span so a click lights both. */
function renderTable(ix: DocIndex, layer: Layer | 'clusters', list: unknown[], keyPrefix: string, out: string[]): void {
  const items = list.filter(isRecord);
  const cols = columnsFor(ix, layer, items);
  // short tables open, long ones folded so a report of hundreds of documents stays scannable
  out.push(`<details${items.length <= 20 ? ' open' : ''}><summary>${layer} <span class="muted">(${items.length})</span></summary>`);
  out.push('<div class="scroll"><table><thead><tr>');
  for (const c of cols) out.push(`<th>${escapeHtml(c.label)}</th>`);
  out.push('</tr></thead><tbody>');
  list.forEach((item, i) => {
    if (!isRecord(item)) return;
    out.push(keyPrefix ? `<tr data-k="${keyPrefix}${i}">` : '<tr>');
    for (const c of cols) out.push(`<td>${escapeHtml(c.cell(item))}</td>`);
    out.push('</tr>');
  });
  out.push('</tbody></table></div></details>');
}

function renderTables(doc: DocJSON, ix: DocIndex, out: string[]): void {
  const layers = (doc.layers ?? {}) as Record<string, unknown>;
  const keyOf = new Map(SPAN_LAYERS.map((s) => [s.name, s.key]));
  for (const layer of LEGEND_ORDER) {
    if (layer === 'sentences' || layer === 'tokens') continue;
    const items = Array.isArray(layers[layer]) ? (layers[layer] as unknown[]) : [];
    if (items.length) renderTable(ix, layer, items, keyOf.get(layer) ?? '', out);
    if (layer === 'mentions') {
      const clusters = Array.isArray(layers.clusters) ? (layers.clusters as unknown[]) : [];
      if (clusters.length) renderTable(ix, 'clusters', clusters, '', out);
    }
  }
}

function layerCount(doc: DocJSON, layer: string): number | null {
  const v = (doc.layers as Record<string, unknown> | undefined)?.[layer];
  return Array.isArray(v) ? v.length : null;
}

function renderDoc(doc: DocJSON, index: number, out: string[]): void {
  const ix = buildIndex(doc);
  const tips: TipMap = {};
  const marks = collectMarks(doc, ix, tips);
  const blocks = buildBlocks(doc, ix.text);
  out.push(`<section class="doc" id="doc-${index + 1}">`);
  renderHeader(doc, index, out);
  out.push('<div class="doc-text">');
  renderText(ix.text, marks, blocks, out);
  out.push('</div>');
  out.push(`<script type="application/json" class="tips">${scriptJson(tips)}</script>`);
  renderTables(doc, ix, out);
  out.push('<p class="top"><a href="#top">↑ contents</a></p></section>');
}

function renderToc(docs: DocJSON[], errors: ReportError[], out: string[]): void {
  const layers = LAYER_NAMES.filter((l) => docs.some((d) => layerCount(d, l) !== null));
  const errLink = errors.length ? ` · <a href="#errors">${errors.length} failed</a>` : '';
  out.push(`<nav class="toc" aria-label="Contents"><p class="muted">${docs.length} document${docs.length === 1 ? '' : 's'}${errLink}</p>`);
  if (!docs.length) {
    out.push('</nav>');
    return;
  }
  out.push('<div class="scroll"><table><thead><tr><th>#</th><th>document</th><th>date</th>');
  for (const l of layers) out.push(`<th class="n">${l}</th>`);
  out.push('</tr></thead><tbody>');
  docs.forEach((doc, i) => {
    const title = docTitle(doc) || String(doc.id);
    out.push(`<tr><td class="n">${i + 1}</td><td><a href="#doc-${i + 1}">${escapeHtml(truncate(title, 110))}</a>`);
    out.push(`<div class="muted small">${escapeHtml(String(doc.id))}</div></td><td>${escapeHtml(str(doc.meta?.date))}</td>`);
    for (const l of layers) {
      const n = layerCount(doc, l);
      // "—": the layer was not run, as opposed to 0 items found
      out.push(`<td class="n">${n === null ? '<span class="muted">—</span>' : n}</td>`);
    }
    out.push('</tr>');
  });
  out.push('</tbody></table></div></nav>');
}

function renderErrors(errors: ReportError[], out: string[]): void {
  if (!errors.length) return;
  out.push(`<section id="errors" class="errors"><h2>Failed documents (${errors.length})</h2>`);
  out.push('<div class="scroll"><table><thead><tr><th>id</th><th>stage</th><th>reason</th></tr></thead><tbody>');
  for (const e of errors) {
    out.push(`<tr><td><code>${escapeHtml(String(e.id))}</code></td><td>${escapeHtml(String(e.stage))}</td><td>${escapeHtml(String(e.reason))}</td></tr>`);
  }
  out.push('</tbody></table></div></section>');
}

/** Legend + toggles for the layers some document has; toggling flips an `on-<layer>` class on <body>. */
function renderBar(present: Layer[], out: string[]): void {
  out.push('<div class="bar" role="toolbar" aria-label="Layers">');
  for (const layer of present) {
    const on = SPAN_LAYERS.find((s) => s.name === layer)?.on ?? false;
    out.push(`<label><input type="checkbox" data-layer="${layer}"${on ? ' checked' : ''}><span class="sw sw-${layer}"></span>${layer}</label>`);
  }
  out.push('</div>');
}

// ---------------------------------------------------------------- page

const CSS = `
:root{color-scheme:light dark;--bg:#fbfbf8;--card:#fff;--fg:#1f2023;--muted:#6d6e73;--line:#e4e3de;--accent:#2a5db0;
--mentions:rgba(64,128,230,.18);--quotes:rgba(232,163,23,.25);--events:rgba(214,64,64,.16);--times:#2f9a58;--places:#8c52d6;
--s0:rgba(110,110,120,.55);--s1:rgba(110,110,120,.25);--tokens:rgba(120,120,130,.5);--rel:rgba(255,200,0,.6)}
@media (prefers-color-scheme:dark){:root{--bg:#17181b;--card:#1e1f23;--fg:#e4e4e0;--muted:#9a9ba1;--line:#34353a;--accent:#8ab4ff;
--mentions:rgba(90,150,255,.3);--quotes:rgba(240,175,40,.3);--events:rgba(240,90,90,.28);--times:#5fd08b;--places:#b58cff;
--s0:rgba(200,200,210,.5);--s1:rgba(200,200,210,.22);--tokens:rgba(200,200,210,.45);--rel:rgba(255,210,0,.45)}}
*{box-sizing:border-box}
html{scroll-padding-top:3.5rem}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
main{max-width:80ch;margin:0 auto;padding:1.5rem 1.25rem 4rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.25rem;line-height:1.35;margin:.1rem 0 .6rem}
.muted{color:var(--muted)}.small{font-size:.8rem}
.bar{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;justify-content:center;gap:.3rem 1.1rem;padding:.5rem 1rem;
background:var(--bg);border-bottom:1px solid var(--line);font-size:.85rem}
.bar label{display:inline-flex;align-items:center;gap:.35rem;cursor:pointer;user-select:none}
.sw{display:inline-block;width:1.5em;height:.95em;border-radius:3px;border:1px solid var(--line)}
.sw-mentions{background:var(--mentions)}.sw-quotes{background:var(--quotes)}.sw-events{background:var(--events)}
.sw-times{box-shadow:inset 0 -3px 0 var(--times)}.sw-places{border-bottom:2px dotted var(--places)}
.sw-sentences{background:linear-gradient(90deg,var(--s0) 50%,var(--s1) 50%) bottom/100% 2px no-repeat}.sw-tokens{outline:1px solid var(--tokens);outline-offset:-3px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.3rem 0 1rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
th{font-weight:600;color:var(--muted)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.doc{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.2rem 1.4rem;margin:1.6rem 0}
.doc header .num{margin:0;color:var(--muted);font-size:.8rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .9rem;font-size:.85rem;margin:0 0 1.2rem}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.doc-text{max-width:70ch;font-size:1.02rem}
.para{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 1em}
.para.headline{font-size:1.2em;font-weight:650;line-height:1.35}
.gap{display:none}
.doc-text i{font-style:inherit}
.doc-text .z::before{content:"\\25B4";font-size:.7em;color:var(--muted)}
body.on-sentences .hl-sentences.s0{text-decoration:underline 1.5px var(--s0);text-underline-offset:.3em}
body.on-sentences .hl-sentences.s1{text-decoration:underline 1.5px var(--s1);text-underline-offset:.3em}
body.on-quotes .hl-quotes{background:var(--quotes)}
body.on-events .hl-events{background:var(--events);border-radius:2px}
body.on-mentions .hl-mentions{background:var(--mentions);border-radius:2px}
body.on-places .hl-places{border-bottom:2px dotted var(--places)}
body.on-times .hl-times{box-shadow:inset 0 -3px 0 var(--times)}
body.on-tokens .doc-text i{outline:1px solid var(--tokens);outline-offset:-1px}
.doc-text [data-k]{cursor:help}
.doc .rel,.doc tr.rel td{background:var(--rel)!important}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600;font-size:.9rem}
.top{font-size:.8rem;margin:.5rem 0 0}
.errors{border:1px solid var(--events);border-radius:10px;padding:1rem 1.4rem;margin:1.6rem 0}
#tip{position:fixed;z-index:10;display:none;max-width:min(32rem,90vw);padding:.5rem .7rem;border-radius:6px;pointer-events:none;
background:var(--card);color:var(--fg);border:1px solid var(--line);box-shadow:0 4px 18px rgba(0,0,0,.18);font-size:.8rem;line-height:1.45;white-space:pre-wrap}
`;

// Tooltips read the per-section JSON lazily, so hundreds of documents cost nothing until hovered.
const JS = `
(function(){
var B=document.body,tip=document.getElementById('tip'),cache=new WeakMap();
var LAYER={s:'sentences',q:'quotes',e:'events',m:'mentions',p:'places',d:'times'};
function on(l){return B.classList.contains('on-'+l);}
document.querySelectorAll('.bar input[data-layer]').forEach(function(cb){
  B.classList.toggle('on-'+cb.dataset.layer,cb.checked);
  cb.addEventListener('change',function(){B.classList.toggle('on-'+cb.dataset.layer,cb.checked);});
});
function tips(sec){var d=cache.get(sec);if(!d){var s=sec&&sec.querySelector('script.tips');d=s?JSON.parse(s.textContent):{};cache.set(sec,d);}return d;}
function chain(el){
  var out=[],body=el&&el.closest?el.closest('.doc-text'):null;if(!body)return out;
  var d=tips(body.closest('section'));
  for(var n=el;n&&n!==body;n=n.parentElement){
    if(n.tagName==='I'){if(on('tokens'))out.push({t:'token · '+(/k-([\\w-]+)/.exec(n.className)||[0,'word'])[1],g:[]});continue;}
    var k=n.getAttribute('data-k');if(!k||!on(LAYER[k[0]]))continue;
    var e=d[k];if(e)out.push({t:e[0],g:e[1]||[]});
  }
  return out;
}
function place(ev){
  var x=ev.clientX+14,y=ev.clientY+18,w=tip.offsetWidth,h=tip.offsetHeight;
  if(x+w>innerWidth-8)x=Math.max(8,ev.clientX-w-14);
  if(y+h>innerHeight-8)y=Math.max(8,ev.clientY-h-14);
  tip.style.left=x+'px';tip.style.top=y+'px';
}
document.addEventListener('mouseover',function(ev){
  var items=chain(ev.target);
  if(!items.length){tip.style.display='none';return;}
  tip.textContent=items.map(function(x){return x.t;}).join('\\n\\n');
  tip.style.display='block';place(ev);
});
document.addEventListener('mousemove',function(ev){if(tip.style.display==='block')place(ev);});
document.addEventListener('click',function(ev){
  document.querySelectorAll('.rel').forEach(function(n){n.classList.remove('rel');});
  var g={},any=false;
  chain(ev.target).forEach(function(x){x.g.forEach(function(c){g[c]=1;any=true;});});
  if(!any)return;
  var sec=ev.target.closest('section'),d=tips(sec);
  sec.querySelectorAll('[data-k]').forEach(function(n){
    var e=d[n.getAttribute('data-k')];
    if(e&&e[1]&&e[1].some(function(c){return g[c];}))n.classList.add('rel');
  });
});
})();
`;

/** Span layers present in at least one document, in legend order. */
function presentLayers(docs: DocJSON[]): Layer[] {
  return LEGEND_ORDER.filter((l) => docs.some((d) => layerCount(d, l) !== null));
}

export function renderHtmlReport(docs: DocJSON[], opts: HtmlReportOptions = {}): string {
  const title = opts.title ?? 'newsgraph report';
  const errors = opts.errors ?? [];
  const present = presentLayers(docs);
  const bodyClass = present.filter((l) => SPAN_LAYERS.find((s) => s.name === l)?.on).map((l) => `on-${l}`).join(' ');
  const out: string[] = [
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head>`,
    `<body class="${bodyClass}">`,
  ];
  renderBar(present, out);
  out.push(`<main id="top"><h1>${escapeHtml(title)}</h1>`);
  renderToc(docs, errors, out);
  renderErrors(errors, out);
  docs.forEach((doc, i) => {
    // join per document: keeps the page array short and lets each document's pieces be collected early
    const parts: string[] = [];
    renderDoc(doc, i, parts);
    out.push(parts.join(''));
  });
  out.push(`</main><div id="tip" role="tooltip"></div><script>${JS}</script></body></html>\n`);
  return out.join('');
}
