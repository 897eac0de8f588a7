// DOM subtree -> ordered text blocks. Block-level elements and <br><br> end a block; inline markup joins.

/**
 * NBSP and other Unicode spaces -> space, runs collapsed, trimmed. Zero-width space, word joiner, BOM and
 * soft hyphen dropped; ZWNJ/ZWJ kept (they spell Persian words and emoji sequences).
 */
export function normalizeSpace(s: string): string {
  return s
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Elements whose content is never visible text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'MAP', 'DIALOG',
]);

/** Elements that start and end a text block. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'CAPTION', 'LEGEND', 'MENU', 'OPTGROUP',
]);

export interface TextBlock {
  text: string;
  /** the element that opened the block (its nearest block-level ancestor) */
  el: Element;
  /** characters inside <a> elements, for link density */
  linkChars: number;
}

/**
 * Walk `root` in document order and cut its text into blocks. `skip` lets a caller drop subtrees
 * (boilerplate) without mutating the DOM. Iterative (parent/sibling pointers, explicit stacks): broken
 * pages can nest tens of thousands of unclosed tags, which would overflow a recursive walk.
 */
export function toBlocks(root: Element, skip?: (el: Element) => boolean): TextBlock[] {
  const out: TextBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let brRun = 0;
  let linkDepth = 0;
  const owners: Element[] = [root];

  const flush = () => {
    const text = normalizeSpace(buf);
    if (text) out.push({ text, el: owners[owners.length - 1], linkChars: Math.min(linkChars, text.length) });
    buf = '';
    linkChars = 0;
  };

  /** Handle an element on the way down; true when its children are to be walked. */
  const enter = (el: Element): boolean => {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || tag === 'IMG' || (skip && skip(el))) return false;
    if (tag === 'BR') {
      // one <br> is a line break inside a paragraph; two in a row end the paragraph
      brRun++;
      if (brRun >= 2) flush();
      else buf += ' ';
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      brRun = 0;
      owners.push(el);
    }
    if (tag === 'A') linkDepth++;
    return true;
  };

  const leave = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) {
      flush();
      owners.pop();
    }
    if (tag === 'A') linkDepth--;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let entered = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (/\S/.test(t)) brRun = 0;
      buf += t;
      if (linkDepth > 0) linkChars += normalizeSpace(t).length;
    } else if (node.nodeType === 1) entered = enter(node as Element);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node as Element);
    // next node in document order, leaving finished ancestors on the way up
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return out;
}

/**
 * Cap the nesting depth of `root`'s subtree: an element at `maxDepth` keeps its text but loses its
 * structure (its content becomes one <p> per text block). Pages with thousands of unclosed tags otherwise
 * send Readability, whose cost grows with depth times size, into minutes of work.
 */
export function limitDepth(root: Element, maxDepth: number): void {
  const doc = root.ownerDocument;
  const stack: [Element, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    if (depth >= maxDepth && el.firstElementChild) {
      const blocks = toBlocks(el);
      while (el.firstChild) el.removeChild(el.firstChild);
      for (const b of blocks) {
        const p = doc.createElement('p');
        p.textContent = b.text;
        el.appendChild(p);
      }
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
}
