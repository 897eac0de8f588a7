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
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
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
export function cleanTitle(raw: string, siteName?: string, guess = true, host?: string): string {
  const title = normalizeSpace(raw);
  const parts = title.split(/\s+[|\-–—·•»]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const squash = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const site = siteName ? squash(siteName) : '';
  const hostKey = host ? squash(host.replace(/^www\d?\./, '')) : '';
  // a part is the site's name when it equals og:site_name or is spelled inside the host name
  // ("News Nation" in newsnation.in), compared without case, spaces or punctuation
  const isSite = (p: string) => {
    const k = squash(p);
    return k.length >= 3 && (k === site || (!!hostKey && hostKey.includes(k) && k.length >= 0.5 * hostKey.length));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length && kept.length < parts.length) return joinKeptParts(title, kept);
  if (!guess) return title;
  // no site name known: drop a short trailing part ("... | CNN", "... - BBC News")
  const last = parts[parts.length - 1];
  const head = title.slice(0, title.length - last.length).replace(/\s+[|\-–—·•»]\s*$|\s+::\s*$/, '');
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

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
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
  let t = normalizeSpace(s.replace(/^\s*(?:by|von|par|por|di|door)\s*:?\s+/i, ''));
  // visible bylines run on into handles, dates and reading times: "Ann Lee @annlee Nov 18, 2019 • 2 min read"
  t = t.split(/\s+[•|·]\s+|\s+@\w|\s+(?:updated|published|posted)\b/i)[0];
  t = t.replace(/\s+(?:on\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b).*$/i, '');
  t = t.trim();
  return t && t.length <= 100 ? t : undefined;
}

/** og:site_name is sometimes the site's address: keep the host name then. */
function cleanSiteName(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/^https?:\/\//i.test(s)) {
    try {
      return new URL(s).hostname.replace(/^www\./, '');
    } catch {
      return undefined;
    }
  }
  return s;
}

export function extractMetadata(doc: Document, url?: string): PageMetadata {
  const map = metaMap(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find(typeMatches);
  const siteName = cleanSiteName(
    meta(map, 'og:site_name', 'application-name') ??
      nameOf(article?.publisher) ??
      nameOf(ld.find((o) => o['@type'] === 'WebSite' || o['@type'] === 'Organization')?.name),
  );
  const rawTitle =
    meta(map, 'og:title', 'twitter:title') ??
    (typeof article?.headline === 'string' ? article.headline : undefined);
  const docTitle =
    normalizeSpace(doc.getElementsByTagName('title')[0]?.textContent ?? '') ||
    normalizeSpace(doc.getElementsByTagName('h1')[0]?.textContent ?? '');
  // og:title and headline are the story's own title: only a part naming the site goes. <title> usually
  // carries a " | Site" suffix: a short trailing part goes even when the site name is unknown.
  const base = absoluteUrl(doc.getElementsByTagName('base')[0]?.getAttribute('href'), url) ?? url;
  const canonicalLink = Array.from(doc.getElementsByTagName('link')).find((l) => /(?:^|\s)canonical(?:$|\s)/i.test(l.getAttribute('rel') ?? ''));
  const canonical =
    absoluteUrl(canonicalLink?.getAttribute('href'), base) ??
    absoluteUrl(meta(map, 'og:url'), base);
  const host = hostOf(canonical ?? url);
  const title = rawTitle
    ? cleanTitle(rawTitle, siteName, false, host)
    : docTitle
      ? cleanTitle(docTitle, siteName, true, host)
      : undefined;
  return {
    title: title || undefined,
    byline: cleanByline(meta(map, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author') ?? nameOf(article?.author) ?? visibleByline(doc)),
    siteName,
    language: language(doc, map),
    canonicalUrl: canonical && /^https?:/i.test(canonical) ? canonical : undefined,
    excerpt: meta(map, 'og:description', 'description', 'twitter:description'),
  };
}
