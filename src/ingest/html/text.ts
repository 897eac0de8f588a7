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
 * (boilerplate) without mutating the DOM.
 */
export function toBlocks(root: Element, skip?: (el: Element) => boolean): TextBlock[] {
  const out: TextBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let owner: Element = root;
  let brRun = 0;

  const flush = () => {
    const text = normalizeSpace(buf);
    if (text) out.push({ text, el: owner, linkChars: Math.min(linkChars, text.length) });
    buf = '';
    linkChars = 0;
  };

  const walk = (node: Node, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child.nodeValue ?? '';
        if (/\S/.test(t)) brRun = 0;
        buf += t;
        if (inLink) linkChars += normalizeSpace(t).length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (skip && skip(el)) continue;
      if (tag === 'BR') {
        // one <br> is a line break inside a paragraph; two in a row end the paragraph
        brRun++;
        if (brRun >= 2) {
          flush();
          owner = el.parentElement ?? owner;
        } else buf += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        brRun = 0;
        const saved = owner;
        owner = el;
        walk(el, inLink);
        flush();
        owner = saved;
      } else {
        if (tag === 'IMG') continue;
        walk(el, inLink || tag === 'A');
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}
