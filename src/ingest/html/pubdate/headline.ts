// The story's headline element: dates are read by their distance to it (the byline sits next to it).
// Pages often have several <h1> (site logo, section names, widget titles), so the heading whose words
// best match the page title (og:title, <title>) wins; the first non-empty <h1> is the fallback.

import { leadingText } from './elements.ts';
import type { Page } from './walk.ts';

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the heading's words found in the title (0..1); short headings ("Menu", "Top Stories") score 0. */
function overlap(heading: string, titleWords: Set<string>): number {
  const w = words(heading);
  if (w.length < 3) return 0;
  let hit = 0;
  for (const x of w) if (titleWords.has(x)) hit++;
  return hit / w.length;
}

function pageTitle(page: Page): string {
  for (const key of ['og:title', 'twitter:title']) {
    const m = page.metas.find((el) => (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase() === key);
    const t = m?.getAttribute('content');
    if (t && t.trim()) return t;
  }
  return page.title?.textContent ?? '';
}

const HEADING_NAME = /title|headline|heading/;

/** Document-order index (in page.elements) of the headline, -1 if none. */
export function findHeadline(page: Page): number {
  const titleWords = new Set(words(pageTitle(page)));
  const elements = page.elements;
  let firstH1 = -1;
  let best = -1;
  let bestRank = 0;
  for (let i = 0; i < elements.length; i++) {
    const tag = elements[i].tagName.toUpperCase();
    const isH1 = tag === 'H1';
    // other headings and title-classed elements count only when they clearly carry the title
    if (!isH1 && tag !== 'H2' && tag !== 'H3' && !HEADING_NAME.test(page.name(elements[i]))) continue;
    const text = leadingText(elements[i], 300);
    if (!text) continue;
    if (isH1 && firstH1 < 0) firstH1 = i;
    if (titleWords.size === 0) continue;
    const score = overlap(text, titleWords);
    if (score < (isH1 ? 0.6 : 0.8)) continue;
    // an <h1> wins near-ties against other headings; among equals the first in the page
    const rank = score + (isH1 ? 0.1 : 0);
    if (rank > bestRank) {
      best = i;
      bestRank = rank;
    }
  }
  return best >= 0 ? best : firstH1;
}
