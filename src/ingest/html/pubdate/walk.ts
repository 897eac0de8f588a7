// One pass over the document collecting what every signal needs, plus cached per-element facts.
// Hand-written walks: linkedom's querySelectorAll('body *') and closest() cost several times more,
// and reading an element's class goes through a token list, so names are read once and kept.

/** Subtrees without visible text: never searched for dates written in words. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION', 'TEXTAREA']);

const BOILERPLATE_NAME =
  /related|sidebar|side-bar|widget|recommend|popular|trending|most-?read|more-?(?:news|stor|from|articles)|teaser|comment|footer|^nav|[_-]nav|menu|breadcrumb|ticker|latest|carousel|slider|newsletter|share/;
// layout modifiers name what a container has or sits next to, not what it is: "layout-right-sidebar", "has-sidebar"
const LAYOUT_TOKEN = /^(?:has|with|no|is|layout|page|template|body|single|col|grid)[-_]/;
const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE']);
// containers of a story: their class lists are CMS taxonomies ("category-latest-news"), not layout names,
// and a <footer> inside one is the story's own (byline, dates), not the site's
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);

function boilerplateName(name: string): boolean {
  for (const token of name.split(/\s+/)) if (token && !LAYOUT_TOKEN.test(token) && BOILERPLATE_NAME.test(token)) return true;
  return false;
}

interface Ancestry {
  /** a navigation/sidebar/related/comments container is this element or above it */
  boilerplate: boolean;
  /** an <article>/<main> is this element or above it */
  content: boolean;
  /** a <footer> with no <article>/<main> above it is this element or above it */
  siteFooter: boolean;
  /** a <figure>, <figcaption> or caption-classed element is this element or above it */
  caption: boolean;
}

export class Page {
  readonly metas: Element[] = [];
  /** <script> elements anywhere (JSON-LD blocks among them) */
  readonly scripts: Element[] = [];
  readonly links: Element[] = [];
  /** the <html> element (not always documentElement: stray markup before <html> becomes its own top-level node) */
  root: Element | null = null;
  title: Element | null = null;
  /** elements under <body> in document order, scripts/styles and their subtrees excluded */
  readonly elements: Element[] = [];
  private readonly names = new Map<Element, string>();
  private readonly ancestry = new Map<Element, Ancestry>();

  constructor(doc: Document) {
    const visit = (el: Element | Document, inBody: boolean) => {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const tag = c.tagName.toUpperCase();
        if (tag === 'HTML' && !this.root) this.root = c;
        else if (tag === 'TITLE' && !this.title) this.title = c;
        if (tag === 'META') this.metas.push(c);
        else if (tag === 'SCRIPT') this.scripts.push(c);
        else if (tag === 'LINK') this.links.push(c);
        if (SKIP_TAGS.has(tag)) continue;
        if (inBody) this.elements.push(c);
        visit(c, inBody || tag === 'BODY');
      }
    };
    // from the document node: linkedom keeps markup found before <html> as sibling top-level elements
    visit(doc, false);
    this.root ??= doc.documentElement;
  }

  /** class and id, lower case, space separated */
  name(el: Element): string {
    let n = this.names.get(el);
    if (n === undefined) {
      n = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().trim();
      this.names.set(el, n);
    }
    return n;
  }

  private ancestryOf(el: Element | null): Ancestry {
    if (!el || el.tagName.toUpperCase() === 'BODY') return { boilerplate: false, content: false, siteFooter: false, caption: false };
    let a = this.ancestry.get(el);
    if (a) return a;
    const up = this.ancestryOf(el.parentElement);
    const tag = el.tagName.toUpperCase();
    const content = CONTENT_TAGS.has(tag);
    a = {
      boilerplate: up.boilerplate || BOILERPLATE_TAGS.has(tag) || (!content && boilerplateName(this.name(el))),
      content: up.content || content,
      siteFooter: up.siteFooter || (tag === 'FOOTER' && !up.content),
      caption: up.caption || tag === 'FIGURE' || tag === 'FIGCAPTION' || /(?:^|[\s-])caption(?:$|\s)/.test(this.name(el)),
    };
    this.ancestry.set(el, a);
    return a;
  }

  /** Inside navigation, a sidebar, a related-story list, comments or the site footer. */
  inBoilerplate(el: Element): boolean {
    const a = this.ancestryOf(el.parentElement);
    return a.boilerplate || a.siteFooter;
  }

  /** Inside a figure or caption: dates there date the photo. */
  inCaption(el: Element): boolean {
    return this.ancestryOf(el).caption;
  }
}
