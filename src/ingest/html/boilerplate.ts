// Boilerplate removal on the DOM before Readability runs. Readability scores candidates well but keeps
// whatever sits inside or beside the winning container (share bars, captions, related links, bylines);
// these rules drop such elements by their markup, never by a site's name.

/** class/id words that mark page furniture, matched as whole words of the class/id string */
const BOILER_WORD_LIST = [
  'share', 'sharing', 'shares', 'social', 'socials', 'sociable', 'newsletter', 'newsletters', 'subscribe',
  'subscription', 'signup', 'sign-up', 'related', 'recommended', 'recommendations', 'popular', 'most-read',
  'mostread', 'trending', 'breadcrumb', 'breadcrumbs', 'comment', 'comments', 'disqus', 'outbrain', 'taboola', 'sidebar',
  'promo', 'promotion', 'advert', 'advertisement', 'ads', 'ad', 'adslot', 'ad-slot', 'dfp', 'sponsored',
  'cookie', 'cookies', 'gdpr', 'consent', 'modal', 'popup', 'paywall', 'byline', 'author', 'authors',
  'caption', 'captions', 'credit', 'credits', 'copyright', 'tags', 'tag-list', 'taglist', 'keywords',
  'pagination', 'pager', 'prev-next', 'next-prev', 'print', 'toolbar', 'tools', 'widget', 'widgets', 'skip',
  'skiplink', 'nav', 'navbar', 'navigation', 'menu', 'masthead', 'footer', 'header', 'timestamp', 'dateline',
  'date', 'time', 'meta', 'metadata', 'rating', 'ratings', 'tooltip', 'popover', 'rollover', 'hovercard',
  'visually-hidden', 'sr-only', 'screen-reader-text', 'offscreen', 'more-stories', 'read-more',
  'readmore', 'see-also', 'also-read', 'inline-related', 'embed-related',
];
const BOILER_WORDS = new RegExp(`(?:^|[\\s_-])(?:${BOILER_WORD_LIST.join('|')})(?=$|[\\s_-])`, 'i');

/** Wrappers of pictures and players written as <div>s instead of <figure>: their text is a caption. */
const MEDIA_WORDS = /(?:^|[\s_-])(?:image|images|img|photo|photos|picture|pic|media|figure|gallery|slideshow|video|player|thumbnail|thumb)(?=$|[\s_-])/i;

function isSmallMediaBox(el: Element): boolean {
  if (!['img', 'picture', 'video', 'iframe'].some((t) => el.getElementsByTagName(t).length > 0)) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length < 400 && el.getElementsByTagName('p').length <= 1;
}

/** Tags that are page furniture wherever they appear. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FIGURE', 'FIGCAPTION', 'FORM', 'MENU']);

const attrCache = new WeakMap<Element, string>();

/** class and id, camelCase split into words ("newsCaption" -> "news-caption"), lower-cased; cached */
function attrString(el: Element): string {
  let s = attrCache.get(el);
  if (s === undefined) {
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    s = `${cls} ${id}`.trim().replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    attrCache.set(el, s);
  }
  return s;
}

/** Hidden by attribute, inline style or a whole-token "hidden" class (not responsive "hidden-xs"). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (/(?:^|\s)(?:hidden|is-hidden|d-none)(?=$|\s)/.test(el.getAttribute('class') ?? '')) return true;
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
  if (!attrs) return false;
  if (MEDIA_WORDS.test(attrs) && isSmallMediaBox(el)) return true;
  if (!BOILER_WORDS.test(attrs)) return false;
  // an embedded social post (tweet, Instagram) is quoted content even inside a "social-embed" wrapper
  return !Array.from(el.getElementsByTagName('blockquote')).some(isEmbeddedPost);
}

/**
 * Comment threads go whatever their size: a long thread is never the article. Matched on whole class/id
 * tokens ("comments", "comment-list", "article-comments"), so state flags such as "comments-open" or
 * "comment-count" on the article itself do not match.
 */
const COMMENT_TOKEN =
  /^(?:[a-z]+-)?(?:comments?|commentlist)(?:-(?:list|area|section|container|wrapper|thread|threads|block|box|body|content|item|widget|form))?$|^disqus(?:-thread)?$/;

export function isAlwaysBoilerplate(el: Element): boolean {
  if (isHidden(el)) return true;
  const attrs = attrString(el);
  return !!attrs && attrs.split(/\s+/).some((t) => COMMENT_TOKEN.test(t.replace(/_/g, '-')));
}

const NO_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Visible text length of every element (scripts and styles excluded), accumulated bottom-up in one
 * iterative pass (deeply nested broken pages would overflow a recursive one).
 */
export function textLengths(root: Element): Map<Element, number> {
  const lens = new Map<Element, number>();
  const acc: number[] = [0];
  const close = (el: Element) => {
    const n = acc.pop() ?? 0;
    lens.set(el, n);
    acc[acc.length - 1] += n;
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let entered = false;
    if (node.nodeType === 3) acc[acc.length - 1] += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    else if (node.nodeType === 1 && !NO_TEXT_TAGS.has((node as Element).tagName.toUpperCase())) {
      acc.push(0);
      entered = true;
    }
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) close(node as Element);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) close(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  lens.set(root, acc[0]);
  return lens;
}

/** Attribute set on boilerplate elements when they are marked instead of removed. */
export const BOILER_MARK = 'data-ng-boilerplate';

/**
 * Remove (or mark) boilerplate elements of `doc`. Guards against a content wrapper whose class happens to
 * say "with-sidebar", "widget" or "post-meta": ancestors of the main paragraph cluster and of the element
 * the CMS labels as the article body stay, and so does any element holding over 40% of the page's text.
 * Comment threads and hidden elements go regardless.
 */
export function preClean(doc: Document, markOnly = false, isBoiler: (el: Element) => boolean = looksBoilerplate): CleanReport {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { clusterChars: 0, cluster: null };
  const lens = textLengths(body);
  const total = lens.get(body) ?? 0;
  const protect = new Set<Element>();
  const { el: main, chars: clusterChars } = densestParagraphParent(body, lens);
  for (let e: Element | null = main; e; e = e.parentElement) protect.add(e);
  // the largest element the page itself marks as the article body stays too: it locates bodies written
  // without <p> (text and <br> in a div), where the paragraph cluster points elsewhere
  const marked = largestMarkedBody(body, lens);
  for (let e: Element | null = marked; e; e = e.parentElement) protect.add(e);
  const doomed: Element[] = [];
  const todo: Element[] = [body];
  for (let el = todo.pop(); el; el = todo.pop()) {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const always = isAlwaysBoilerplate(c);
      const big = (lens.get(c) ?? 0) > 0.4 * total;
      // an <article> away from the main paragraph cluster is another story: a teaser, a related post
      const otherStory = !!main && c.tagName.toUpperCase() === 'ARTICLE';
      if (always || (!protect.has(c) && !big && (otherStory || isBoiler(c)))) doomed.push(c);
      else todo.push(c);
    }
  }
  for (const el of doomed) {
    if (markOnly) el.setAttribute(BOILER_MARK, '');
    else el.remove();
  }
  return { clusterChars, cluster: main };
}

export interface CleanReport {
  /** text in the densest cluster of sibling paragraphs: about the size the article body should be */
  clusterChars: number;
  /** the parent of that cluster (null when the page has no paragraphs) */
  cluster: Element | null;
}

/** class/id words (and itemprop) by which CMSs label the article body */
const BODY_WORDS =
  /(?:^|\s)(?:entry-content|post-content|post-body|postbody|article-body|articlebody|article-content|article-text|story-body|storybody|story-content|story-text|entry-body|body-text|content-body|post-entry|article-main)(?=$|\s)/;

function largestMarkedBody(root: Element, lens: Map<Element, number>): Element | null {
  let best: Element | null = null;
  let bestLen = 200; // a marked body shorter than this is a teaser card, not the article
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    const words = attrString(el).replace(/[_-]+/g, '-');
    if (!BODY_WORDS.test(words) && el.getAttribute('itemprop') !== 'articleBody') continue;
    const len = lens.get(el) ?? 0;
    if (len > bestLen && !isAlwaysBoilerplate(el)) {
      best = el;
      bestLen = len;
    }
  }
  return best;
}

/** Paragraphs in comment threads, hidden blocks or page chrome do not locate the article. */
function outsideArticleArea(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (CHROME_TAGS.has(e.tagName.toUpperCase()) || isAlwaysBoilerplate(e)) return true;
  }
  return false;
}

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER']);

/**
 * The element whose direct <p> children carry the most visible text (`lens`, scripts excluded: ad
 * widgets hide whole scripts in a <p>): a cheap locator of the article body.
 */
export function densestParagraphParent(root: Element, lens?: Map<Element, number>): { el: Element | null; chars: number } {
  const score = new Map<Element, number>();
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const len = lens?.get(p) ?? (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < 25) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore && !outsideArticleArea(el, root)) {
      best = el;
      bestScore = s;
    }
  }
  return { el: best, chars: bestScore };
}

/** A blockquote that an embed script would turn into a tweet, Instagram or TikTok post. */
function isEmbeddedPost(q: Element): boolean {
  return /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed)(?:$|\s)/.test(q.getAttribute('class') ?? '');
}

/**
 * Readability strips any element whose class says "social" or "embed" before scoring, and its conditional
 * cleaning drops link-heavy divs, which loses the tweets an article quotes. Unwrap the small wrappers
 * around such quotes so the blockquote itself sits in the article flow.
 */
export function protectEmbeddedPosts(doc: Document): void {
  for (const q of Array.from(doc.getElementsByTagName('blockquote')).filter(isEmbeddedPost)) {
    const own = (q.textContent ?? '').length;
    for (let e = q.parentElement; e && e.tagName !== 'BODY'; e = q.parentElement) {
      if ((e.textContent ?? '').length > 2 * own + 200 || !/^(?:DIV|SPAN|FIGURE|SECTION|ASIDE)$/.test(e.tagName.toUpperCase())) break;
      e.replaceWith(...Array.from(e.childNodes));
    }
  }
}
