// <meta> tags: Open Graph, schema.org itemprop, Dublin Core, Parse.ly, Sailthru and CMS-specific names.
// Known publication keys are ranked; other keys that look like a publication date are accepted after them;
// modified/updated keys are kept apart as a fallback.

import { isUtcStamp, parseMachineDate, type Bounds } from './parseDate.ts';
import type { Candidate } from './types.ts';

// Most specific first: a page with both article:published_time and a generic "date" means the former.
const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published',
  'datepublished', 'published_time', 'publish_date', 'publish-date', 'publishdate', 'published-date', 'published_date',
  'date_published', 'publication_date', 'publication-date', 'publicationdate', 'article:publicationdate',
  'article.published', 'article_date_original', 'originalpublicationdate', 'original-publish-date',
  'parsely-pub-date', 'sailthru.date', 'cxenseparse:recs:publishtime', 'bt:pubdate', 'rnews:datepublished',
  'shareaholic:article_published_time', 'vr:published_time', 'nv:date', 'pubdate', 'pdate', 'displaydate',
  'dc.date.issued', 'dcterms.issued', 'dc.date.publication', 'citation_publication_date', 'citation_date',
  'dc.date.created', 'dcterms.created', 'dc.created', 'dc:created', 'article.created', 'datecreated', 'dateposted',
  'dc.date', 'dcterms.date', 'dc:date', 'og:regdate',
];
// Names that may mean the publication but also the page's generation or an unrelated date: ranked after
// JSON-LD articles, together with unknown names that look like a publication date.
const WEAK_KEYS = ['date', 'created', 'timestamp', 'gentime'];
const PUBLISHED_RANK = new Map([...PUBLISHED_KEYS, ...WEAK_KEYS].map((k, i) => [k, i]));

const MODIFIED_KEY = /modif|updat|revis|last-?mod|edited/;
// keys with "date"/"time"/"publish" that are about something else than the article's first publication
const OTHER_KEY = /expir|end|start|event|birth|valid|copyright|print|embargo|refresh|viewport|format|zone|read|duration|range|publisher|author/;
const GENERIC_PUBLISHED_KEY = /publi|pubdate|posted|issued|creat|date|time/;

export interface MetaResult {
  /** dates under well-known publication names, best first */
  published: Candidate[];
  /** dates under generic or unknown date-like names */
  weak: Candidate[];
  modified: Candidate[];
  /** og:url and similar, for URL date patterns */
  urls: string[];
}

function keyOf(el: Element): string | null {
  const k = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv');
  return k ? k.trim().toLowerCase() : null;
}

export function metaDates(metas: Element[], bounds: Bounds): MetaResult {
  const ranked: { rank: number; c: Candidate }[] = [];
  const modified: Candidate[] = [];
  const urls: string[] = [];
  for (const el of metas) {
    const key = keyOf(el);
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value');
    if (!key || !value) {
      // <meta pubdate content="..."> without a name
      if (value && el.hasAttribute('pubdate')) {
        const ymd = parseMachineDate(value, bounds);
        if (ymd) ranked.push({ rank: PUBLISHED_RANK.get('pubdate')!, c: { ymd, source: 'meta:pubdate' } });
      }
      continue;
    }
    if (key === 'og:url' || key === 'twitter:url' || key === 'parsely-link') {
      urls.push(value);
      continue;
    }
    if (key === 'parsely-page') {
      // JSON blob: {"pub_date": "2020-01-15T10:00:00Z", ...}
      const m = /"pub_date"\s*:\s*"([^"]+)"/.exec(value);
      const ymd = m ? parseMachineDate(m[1], bounds) : null;
      if (ymd) ranked.push({ rank: PUBLISHED_RANK.get('parsely-pub-date')!, c: { ymd, source: 'meta:parsely-page' } });
      continue;
    }
    if (MODIFIED_KEY.test(key)) {
      const ymd = parseMachineDate(value, bounds);
      if (ymd) modified.push({ ymd, source: `meta:${key}`, modified: true });
      continue;
    }
    let rank = PUBLISHED_RANK.get(key);
    if (rank === undefined) {
      if (!GENERIC_PUBLISHED_KEY.test(key) || OTHER_KEY.test(key)) continue;
      rank = PUBLISHED_RANK.size; // after every known key
    }
    const ymd = parseMachineDate(value, bounds);
    if (ymd) ranked.push({ rank, c: { ymd, source: `meta:${key}`, utc: isUtcStamp(value) } });
  }
  // stable sort keeps document order among equal ranks
  ranked.sort((a, b) => a.rank - b.rank);
  return {
    published: ranked.filter((r) => r.rank < PUBLISHED_KEYS.length).map((r) => r.c),
    weak: ranked.filter((r) => r.rank >= PUBLISHED_KEYS.length).map((r) => r.c),
    modified,
    urls,
  };
}
