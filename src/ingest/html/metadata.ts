// Page metadata: headline, byline, site name, language, canonical URL, description. Read from <meta>,
// <link>, JSON-LD and <html lang> before any boilerplate removal touches the DOM.

import { normalizeSpace } from './text.ts';

export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  language?: string;
  canonicalUrl?: string;
  excerpt?: string;
}

type MetaMap = Map<string, string>;

/** <meta> contents by lower-cased property/name/itemprop/http-equiv, first non-empty wins. One pass. */
function metaMap(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = normalizeSpace(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function meta(map: MetaMap, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = map.get(key);
    if (v) return v;
  }
  return undefined;
}

/** schema.org objects from JSON-LD scripts, flattened across arrays and @graph. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse((s.textContent ?? '').trim()));
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return out;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|NewsArticle|Report|SocialMediaPosting|LiveBlogPosting)$/;

function typeMatches(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return normalizeSpace(v) || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name);
  return undefined;
}

/** Split a <title>-style string on " | ", " - ", " — " etc. and drop the site-name part. */
export function cleanTitle(raw: string, siteName?: string, guess = true): string {
  const title = normalizeSpace(raw);
  const parts = title.split(/\s+[|\-–—:·•»]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const kept = parts.filter((p) => {
    const l = p.toLowerCase();
    return !(site && (l === site || l.replace(/\s+/g, '') === site.replace(/\s+/g, '')));
  });
  if (kept.length && kept.length < parts.length) return joinKeptParts(title, kept);
  if (!guess) return title;
  // no site name known: drop a short trailing part ("... | CNN", "... - BBC News")
  const last = parts[parts.length - 1];
  const head = title.slice(0, title.length - last.length).replace(/\s+[|\-–—:·•»]\s*$|\s+::\s*$/, '');
  if (last.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3) return head.trim();
  return title;
}

function joinKeptParts(title: string, kept: string[]): string {
  // keep the original text from the first kept part to the end of the last kept part
  const start = title.indexOf(kept[0]);
  const lastPart = kept[kept.length - 1];
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' ');
}

function absoluteUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

function language(doc: Document, map: MetaMap): string | undefined {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    meta(map, 'og:locale', 'content-language', 'language', 'dc.language') ||
    '';
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*(?:,|$)/i.exec(raw);
  return m ? m[1].toLowerCase() : undefined;
}

function visibleByline(doc: Document): string | undefined {
  const el = doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author-name');
  const t = normalizeSpace(el?.textContent ?? '');
  return t && t.length <= 100 ? t : undefined;
}

function cleanByline(s: string | undefined): string | undefined {
  if (!s || /^https?:\/\//i.test(s)) return undefined;
  const t = normalizeSpace(s.replace(/^\s*(?:by|von|par|por|di|door)\s*:?\s+/i, ''));
  return t || undefined;
}

export function extractMetadata(doc: Document, url?: string): PageMetadata {
  const map = metaMap(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find(typeMatches);
  const siteName =
    meta(map, 'og:site_name', 'application-name') ??
    nameOf(article?.publisher) ??
    nameOf(ld.find((o) => o['@type'] === 'WebSite' || o['@type'] === 'Organization')?.name);
  const rawTitle =
    meta(map, 'og:title', 'twitter:title') ??
    (typeof article?.headline === 'string' ? article.headline : undefined);
  const docTitle =
    normalizeSpace(doc.querySelector('title')?.textContent ?? '') || normalizeSpace(doc.querySelector('h1')?.textContent ?? '');
  // og:title and headline are the story's own title: only a part naming the site goes. <title> usually
  // carries a " | Site" suffix: a short trailing part goes even when the site name is unknown.
  const title = rawTitle ? cleanTitle(rawTitle, siteName, false) : docTitle ? cleanTitle(docTitle, siteName) : undefined;
  const base = absoluteUrl(doc.querySelector('base[href]')?.getAttribute('href'), url) ?? url;
  const canonical =
    absoluteUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base) ??
    absoluteUrl(meta(map, 'og:url'), base);
  return {
    title: title || undefined,
    byline: cleanByline(meta(map, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author') ?? nameOf(article?.author) ?? visibleByline(doc)),
    siteName,
    language: language(doc, map),
    canonicalUrl: canonical && /^https?:/i.test(canonical) ? canonical : undefined,
    excerpt: meta(map, 'og:description', 'description', 'twitter:description'),
  };
}
