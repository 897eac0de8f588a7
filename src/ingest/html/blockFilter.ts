// Text-level boilerplate rules for the blocks Readability keeps. Markup rules (boilerplate.ts) cannot see
// furniture written as plain paragraphs inside the article body: "Advertisement" labels, datelines,
// "Related: ..." links, newsletter pitches, reporter credits, tag lines, teaser lists. Each rule looks at
// one block (or a heading and the list after it) and its wording, never at a site name; rules are short
// blocks only, so an article sentence that happens to mention "subscribe" is not touched.

import type { TextBlock } from './text.ts';

const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** Whole-block UI labels (compared lower-cased, punctuation stripped). */
const UI_LABELS = new Set([
  'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'close', 'caption', 'comments', 'comment',
  'post comment', 'leave a comment', 'share', 'share this', 'share this article', 'share this story', 'print', 'email',
  'loading', 'text size', 'sign in', 'log in', 'login', 'subscribe', 'read more', 'more', 'next', 'previous', 'related',
  'related articles', 'related stories', 'related news', 'related posts', 'related content', 'you may also like',
  'you might also like', 'recommended', 'recommended for you', 'most popular', 'most read', 'popular this week',
  'recent articles', 'recent posts', 'trending', 'trending now', 'highlights', 'more stories', 'more from', 'top stories',
  'continue reading', 'continue reading below', 'story continues below', 'article continues below', 'skip ad',
  'advertisement continue reading below', 'this slideshow requires javascript', 'don t miss', 'dont miss', 'see also',
  'tags', 'topics', 'filed under', 'join the conversation', 'join the discussion', 'leave a reply', 'follow us',
  'reuters', 'by', 'more on this', 'watch', 'video', 'photos', 'also read', 'read also', 'breaking news', 'live',
  'photogallery', 'photo gallery', 'gallery', 'commenting feature is disabled',
  // the same labels in other languages
  'lue myös', 'les også', 'läs också', 'lees ook', 'czytaj też', 'czytaj także', 'читайте также', 'поделиться',
  'compartir', 'compartilhe', 'compartilhar', 'partager', 'teilen', 'condividi', 'udostępnij', 'paylaş',
  'leia mais', 'leia também', 'lea también', 'lire aussi', 'à lire aussi', 'lesen sie auch', 'leggi anche', 'mehr zum thema',
  'iklan', 'werbung', 'anzeige', 'publicité', 'publicidade', 'publicidad', 'pubblicità', 'реклама', '広告', '广告',
]);

/** "Image 2 of 5", "1 of 6": gallery counters. */
const COUNTER = /^(?:(?:image|photo|slide|picture)\s+)?\d+\s*(?:of|\/)\s*\d*$/i;

/** Inline cross-links: "Related: ...", "READ MORE: ...", "[Related: ...]", "(Leggi anche: ...)". */
const CROSSLINK =
  /^[[(]?\s*(?:related(?:\s+(?:post|posts|coverage|story|stories|article|articles|reading|content|link|links|news))?|read\s+(?:more|also|next)|see\s+(?:more|also)|also\s+read|also|more|more\s+on\s+this|watch|listen|recommended|leggi\s+anche(?:\s+su)?|lesen\s+sie\s+auch|lire\s+aussi|leia\s+tamb[ée]m|lea\s+tambi[ée]n|veja\s+tamb[ée]m|читайте\s+также)\s*[:|>»\-–—]/iu;

/** Reporter credits and contact lines at the foot of wire copy. */
const CREDIT =
  /(?:^\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b|\bcontributed\s+(?:to\s+)?(?:this\s+)?report(?:ing)?\b|^(?:write|reach|contact|email)\s+(?:to\s+)?(?:the\s+)?(?:author|reporters?|writer|\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})\s+(?:at|on|via)\b|\bmay\s+be\s+reached\s+at\b|^follow\s+(?:us|him|her|them|me|\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})\s+on\s+(?:twitter|facebook|instagram)|^(?:source|sources|via)\s*:\s*\S)/iu;

/** Newsletter, app and subscription pitches; copyright lines. */
const PROMO =
  /(?:\bclick(?:ing)?\s+here\b|^(?:tell\s+us\s+what\s+you\s+think|what\s+do\s+you\s+think\s*\?|have\s+your\s+say)|^(?:sign\s+up\b.*\b(?:newsletters?|inbox|alerts|updates|our)|subscribe|click\s+here|tap\s+here|get\s+(?:the|our)\s+\S+(?:\s+\S+)?\s+(?:app|newsletter)|download\s+(?:the|our)|join\s+(?:us|our)|like\s+this\s+(?:story|article)|follow\s+(?:our|us)\b|share\s+(?:this|it)\s+with|don[’']t\s+miss|want\s+more)\b|\b(?:sign\s+up\s+for|subscribe\s+to)\s+(?:our|the)?\s*[\p{L}\s]{0,40}(?:newsletter|channel|podcast|magazine)|\b(?:delivered|straight)\s+to\s+your\s+inbox\b|\blet\s+our\s+news\s+meet\s+your\s+inbox\b|\ball\s+rights\s+reserved\b|^(?:copyright|©|ⓒ|\(c\))\s*(?:[©ⓒ]\s*)?(?:\d{4}|\p{Lu})|\baffiliate\s+(?:links?|commissions?|partnerships?)\b|\bmay\s+(?:earn|receive)\s+(?:a|an)?\s*(?:small\s+)?(?:affiliate\s+)?commission)/iu;

/** An unrendered WordPress-style shortcode: "[button link=...]Send us[/button]". */
const SHORTCODE = /^\[(\w+)\b[^\]]*\].*\[\/\1\]$/;

/** Tag and category lists: "Tags: a, b, c", "Filed under: ...". */
const TAGLINE = /^(?:tags?|tagged(?:\s+with)?|topics?|filed\s+under|categor(?:y|ies)|categorias?|etiquetas?|schlagw[öo]rter|themen|argomenti|temas?|метки|теги|關鍵字|关键词|关键字|標籤|标签|タグ|キーワード|태그|키워드)(?![\p{L}\p{N}])\s*[:|：]?/iu;

/** Headings that open a list of links to other stories. */
const TEASER_HEAD =
  /^(?:more|related|recommended|popular|most\s+(?:read|popular|viewed|shared)|top\s+(?:stories|news)|latest|trending|read\s+(?:more|next|also)|see\s+also|also\s+(?:read|see|on)|further\s+reading|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|don['’]?t\s+miss|what\s+to\s+read\s+next|elsewhere|around\s+the\s+web|in\s+case\s+you\s+missed\s+it|leia\s+mais|leggi\s+anche|lesen\s+sie\s+auch|à\s+lire\s+aussi|m[áa]s\s+noticias|читайте\s+также)(?![\p{L}\p{N}])/iu;

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|' +
  'janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|' +
  'enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januari|februari|maret|mei|agustus|desember';
const MONTH_RE = new RegExp(`^(?:${MONTHS})$`, 'i');
const DATE_WORDS = new RegExp(
  `^(?:${MONTHS}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
    'segunda|terça|terca|quarta|quinta|sexta|feira|sábado|sabado|domingo|am|pm|a|p|m|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|ist|et|pt|ct|' +
    'published|updated|posted|first|last|modified|on|at|de|às|as|le|el|am|um|th|st|nd|rd|by|publicado|em|por|pubblicato|il|alle|veröffentlicht|aktualisiert|ago|hours|hour|minutes|mins|days|day|h|min)$',
  'i',
);

/** A short block that is only a date/time, possibly with "Published"/"Updated" labels. */
function isDateline(text: string, toks: string[]): boolean {
  toks = [...toks];
  if (toks.length > 14 || toks.length < 2) return false;
  // a bare time ("4:14 p.m.") can be a live-blog subhead; a dateline carries a year, a month or "ago"
  if (!/\b(?:1[89]|20)\d{2}\b|\bago\b/i.test(text) && !toks.some((t) => MONTH_RE.test(t))) return false;
  // "Posted on March 30, 2015 by Admin": a short author tail does not make it prose
  const by = toks.findIndex((t) => /^(?:by|por|von|par|di|door)$/i.test(t));
  if (by >= 0 && toks.length - by <= 4) toks = toks.slice(0, by);
  const rest = toks.filter((t) => !/^\d+(?:st|nd|rd|th|h)?$/i.test(t) && !DATE_WORDS.test(t));
  return rest.length === 0;
}

/** Rule names, for switching rules off when measuring them (ExtractTuning.disabledRules). */
export type BlockRule = 'ui' | 'counter' | 'crosslink' | 'credit' | 'promo' | 'dateline' | 'tags' | 'links' | 'teasers' | 'dangling';

/** Why a block is boilerplate, or null when it is article text. */
export function boilerplateReason(block: TextBlock, disabled: ReadonlySet<string> = new Set()): BlockRule | null {
  const text = block.text;
  const toks = tokens(text);
  const on = (r: BlockRule) => !disabled.has(r);
  if (toks.length === 0) return 'ui';
  const label = toks.join(' ').toLowerCase();
  if (on('ui') && toks.length <= 6 && UI_LABELS.has(label)) return 'ui';
  if (on('counter') && COUNTER.test(text)) return 'counter';
  if (on('ui') && SHORTCODE.test(text)) return 'ui';
  if (on('crosslink') && toks.length <= 40 && CROSSLINK.test(text)) return 'crosslink';
  if (on('credit') && toks.length <= 40 && CREDIT.test(text)) return 'credit';
  if (on('promo') && toks.length <= 50 && PROMO.test(text)) return 'promo';
  if (on('dateline') && isDateline(text, toks)) return 'dateline';
  if (on('tags') && toks.length <= 80 && isTagLine(text)) return 'tags';
  // a short block that is nearly all link text is navigation or a teaser, not prose
  if (on('links') && block.linkChars >= 0.8 * text.length && toks.length <= 30) return 'links';
  return null;
}

/** "Tags: a, b", "Filed under: x |", "Tags a, b, c": the label, then a colon or bar or a comma list. */
function isTagLine(text: string): boolean {
  const m = TAGLINE.exec(text);
  if (!m) return false;
  return /^\s*[:|：]/.test(text.slice(m[0].length)) || /[:|：]\s*$/.test(m[0]) || (text.match(/,/g)?.length ?? 0) >= 2;
}

const isListItem = (b: TextBlock) => b.el.tagName.toUpperCase() === 'LI';

/**
 * A short heading such as "More stories" or "You may also like" followed by list items that carry links:
 * a teaser list that Readability kept because it sits inside the article container.
 */
function teaserListEnd(blocks: TextBlock[], i: number): number {
  const head = blocks[i];
  const toks = tokens(head.text);
  if (toks.length > 8 || /[.!?]["”’]?$/.test(head.text) || !TEASER_HEAD.test(head.text)) return i;
  let j = i + 1;
  while (j < blocks.length && isListItem(blocks[j]) && blocks[j].linkChars > 0) j++;
  return j - i >= 3 ? j : i;
}

const isHeading = (b: TextBlock) => /^H[1-6]$/.test(b.el.tagName.toUpperCase());
const isDangling = (b: TextBlock) => isHeading(b) || (/[:：]$/.test(b.text) && tokens(b.text).length <= 6);

/** The blocks that are article text, in order. */
export function filterBlocks(blocks: TextBlock[], disabled: ReadonlySet<string> = new Set()): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!disabled.has('teasers')) {
      const end = teaserListEnd(blocks, i);
      if (end > i) {
        i = end - 1;
        continue;
      }
    }
    if (boilerplateReason(blocks[i], disabled) === null) out.push(blocks[i]);
  }
  // a heading or "Read also:" label with nothing after it introduced something that was removed
  if (!disabled.has('dangling')) while (out.length > 1 && isDangling(out[out.length - 1])) out.pop();
  return out;
}
