// Boilerplate removal on the DOM before Readability runs. Readability scores candidates well but keeps
// whatever sits inside or beside the winning container (share bars, captions, related links, bylines);
// these rules drop such elements by their markup, never by a site's name.

/** class/id words that mark page furniture, matched as whole words of the class/id string */
const BOILER_WORD_LIST = [
  'share',
  'sharing',
  'shares',
  'social',
  'socials',
  'sociable',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'sign-up',
  'related',
  'recommended',
  'recommendations',
  'popular',
  'most-read',
  'mostread',
  'trending',
  'breadcrumb',
  'breadcrumbs',
  'comments?',
  'disqus',
  'outbrain',
  'taboola',
  'sidebar',
  'promo',
  'promotion',
  'advert',
  'advertisement',
  'ads',
  'ad',
  'adslot',
  'ad-slot',
  'dfp',
  'sponsored',
  'cookie',
  'cookies',
  'gdpr',
  'consent',
  'modal',
  'popup',
  'paywall',
  'byline',
  'author',
  'authors',
  'caption',
  'captions',
  'credit',
  'credits',
  'copyright',
  'tags',
  'tag-list',
  'taglist',
  'keywords',
  'pagination',
  'pager',
  'prev-next',
  'next-prev',
  'print',
  'toolbar',
  'tools',
  'widget',
  'widgets',
  'skip',
  'skiplink',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'masthead',
  'footer',
  'header',
  'timestamp',
  'dateline',
  'date',
  'time',
  'meta',
  'metadata',
  'rating',
  'ratings',
  'tooltip',
  'popover',
  'rollover',
  'hovercard',
  'hidden',
  'visually-hidden',
  'sr-only',
  'screen-reader-text',
  'offscreen',
  'more-stories',
  'read-more',
  'readmore',
  'see-also',
  'also-read',
  'inline-related',
  'embed-related',
].filter((w) => !(process.env.NG_NOWORD ?? '').split(',').includes(w));
const BOILER_WORDS = new RegExp(`(?:^|[\\s_-])(?:${BOILER_WORD_LIST.join('|')})(?=$|[\\s_-])`, 'i');

/** Tags that are page furniture wherever they appear. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FIGURE', 'FIGCAPTION', 'FORM', 'MENU'].filter((w) => !(process.env.NG_NOWORD ?? '').split(',').includes(w)));

function attrString(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.trim().toLowerCase();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** True when the element is furniture by its tag, role, hidden state or class/id words. */
export function looksBoilerplate(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (/^(?:navigation|banner|contentinfo|complementary|search|dialog|alert|menu|menubar|toolbar)$/.test(role)) return true;
  if (isHidden(el)) return true;
  const attrs = attrString(el);
  if (!attrs || !BOILER_WORDS.test(attrs)) return false;
  // an embedded social post (tweet, Instagram) is quoted content even inside a "social-embed" wrapper
  return !el.querySelector(EMBED_QUOTES);
}

/** Furniture that goes whatever its size: a long comment thread is never the article. */
const ALWAYS_WORDS = /(?:^|[\s_-])(?:comments?|comment-list|commentlist|disqus|disqus_thread)(?=$|[\s_-])/i;

export function isAlwaysBoilerplate(el: Element): boolean {
  if (isHidden(el)) return true;
  const attrs = attrString(el);
  return !!attrs && ALWAYS_WORDS.test(attrs);
}

/** Visible text length of every element (scripts and styles excluded), computed bottom-up in one pass. */
export function textLengths(root: Element): Map<Element, number> {
  const lens = new Map<Element, number>();
  const walk = (el: Element): number => {
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      else if (c.nodeType === 1) {
        const t = (c as Element).tagName.toUpperCase();
        if (t === 'SCRIPT' || t === 'STYLE' || t === 'NOSCRIPT' || t === 'TEMPLATE') continue;
        n += walk(c as Element);
      }
    }
    lens.set(el, n);
    return n;
  };
  walk(root);
  return lens;
}

/**
 * Remove boilerplate elements from `doc`. Guards against a content wrapper whose class happens to say
 * "with-sidebar", "widget" or "post-meta": ancestors of the main paragraph cluster stay, and so does any
 * element holding a large share of the page's text, unless it is comments/cookie furniture.
 */
/** Attribute set on boilerplate elements when they are marked instead of removed. */
export const BOILER_MARK = 'data-ng-boilerplate';

export function preClean(doc: Document, markOnly = false, isBoiler: (el: Element) => boolean = looksBoilerplate): CleanReport {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { clusterChars: 0 };
  const lens = textLengths(body);
  const total = lens.get(body) ?? 0;
  const protect = new Set<Element>();
  const { el: main, chars: clusterChars } = densestParagraphParent(body);
  for (let e: Element | null = main; e; e = e.parentElement) protect.add(e);
  const doomed: Element[] = [];
  const visit = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const always = isAlwaysBoilerplate(c);
      const big = (lens.get(c) ?? 0) > 0.4 * total;
      if (always || (!protect.has(c) && !big && isBoiler(c))) doomed.push(c);
      else visit(c);
    }
  };
  visit(body);
  for (const el of doomed) {
    if (markOnly) el.setAttribute(BOILER_MARK, '');
    else el.remove();
  }
  return { clusterChars };
}

export interface CleanReport {
  /** text in the densest cluster of sibling paragraphs: about the size the article body should be */
  clusterChars: number;
}

/** Inside comment threads or hidden blocks: paragraphs there do not locate the article. */
function inAlwaysBoilerplate(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isAlwaysBoilerplate(e)) return true;
  return false;
}

/** The element whose direct <p> children carry the most text: a cheap locator of the article body. */
export function densestParagraphParent(root: Element): { el: Element | null; chars: number } {
  const score = new Map<Element, number>();
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < 25) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore && !inAlwaysBoilerplate(el, root)) {
      best = el;
      bestScore = s;
    }
  }
  return { el: best, chars: bestScore };
}

const EMBED_QUOTES = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed';

/**
 * Readability strips any element whose class says "social" or "embed" before scoring, which loses the
 * tweets an article quotes. Clear the class/id of the small wrappers around such quotes so they survive.
 */
export function protectEmbeddedPosts(doc: Document): void {
  for (const q of Array.from(doc.querySelectorAll(EMBED_QUOTES))) {
    const own = (q.textContent ?? '').length;
    // unwrap small wrapper divs: Readability's conditional cleaning drops link-heavy divs, not blockquotes
    for (let e = q.parentElement; e && e.tagName !== 'BODY'; e = q.parentElement) {
      if ((e.textContent ?? '').length > 2 * own + 200 || !/^(?:DIV|SPAN|FIGURE|SECTION|ASIDE)$/.test(e.tagName.toUpperCase())) break;
      e.replaceWith(...Array.from(e.childNodes));
    }
  }
}
