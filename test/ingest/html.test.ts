import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtmlArticle } from '../../src/ingest/html/mainText.ts';
import { InputError } from '../../src/pipeline/errors.ts';
import { cleanTitle } from '../../src/ingest/html/metadata.ts';

// A made-up news page with the usual furniture around a five-paragraph story.
const BODY = [
  'The harbour authority of Port Ellery voted on Tuesday to close the old ferry pier for a year of repairs, ending a crossing that has run since 1931.',
  'Engineers told the board that the timber piles under the pier had lost a third of their strength and could not carry a loaded ferry through another winter.',
  '“We did not take this lightly,” said Marta Quill, who chairs the authority. “People rely on that boat to get to work, and we will run a bus link until it reopens.”',
  'The repairs are expected to cost about 4.2 million euros, most of it from a regional infrastructure fund that was approved in the spring.',
  'Ferry passengers will be able to use the temporary landing at North Quay from next Monday, the authority said.',
];

const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Old ferry pier to close for repairs | The Ellery Courier</title>
  <meta property="og:title" content="Old ferry pier to close for repairs">
  <meta property="og:site_name" content="The Ellery Courier">
  <meta name="author" content="Jonas Reed">
  <meta name="description" content="The pier has carried ferries since 1931.">
  <link rel="canonical" href="/news/2024/ferry-pier-repairs">
  <script>window.dataLayer = [{"page": "article"}];</script>
</head>
<body>
  <header class="site-header">
    <a href="/">The Ellery Courier</a>
    <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  </header>
  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div>
  <main>
    <article class="story">
      <h1>Old ferry pier to close for repairs</h1>
      <div class="byline">By Jonas Reed · 12 March 2024</div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
      <figure><img src="pier.jpg" alt=""><figcaption>The pier at low tide. Photo: Courier archive</figcaption></figure>
      <div class="story-body">
        <p>${BODY[0]}</p>
        <p>${BODY[1]}</p>
        <div class="ad-slot"><span>Advertisement</span></div>
        <p>${BODY[2]}</p>
        <aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Ferry fares to rise</a></li><li><a href="/b">Harbour dredging starts</a></li></ul></aside>
        <p>${BODY[3]}</p>
        <p>Advertisement</p>
        <p>${BODY[4]}</p>
      </div>
      <div class="newsletter-signup"><h4>Get the morning briefing</h4><p>Sign up for our newsletter and get the news delivered to your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
    </article>
    <section id="comments" class="comments">
      <h2>Comments</h2>
      <div class="comment"><p>About time they fixed that pier, it has been falling apart for years and everyone in town knows it.</p></div>
      <div class="comment"><p>The bus link will never be as quick as the boat, I hope they finish the repairs before the summer season.</p></div>
    </section>
  </main>
  <div class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Council budget approved</a></li><li><a href="/y">Storm warning for the coast</a></li></ol></div>
  <footer><p>© 2024 The Ellery Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;

test('article page: only the body paragraphs, in order', () => {
  const a = extractHtmlArticle(ARTICLE_PAGE, { url: 'https://courier.example/news/2024/ferry-pier-repairs?ref=home' });
  assert.deepEqual(
    a.paragraphs,
    BODY.map((p) => p.replace(/\s+/g, ' ')),
  );
});

test('article page: metadata', () => {
  const a = extractHtmlArticle(ARTICLE_PAGE, { url: 'https://courier.example/news/2024/ferry-pier-repairs?ref=home' });
  assert.equal(a.title, 'Old ferry pier to close for repairs');
  assert.equal(a.byline, 'Jonas Reed');
  assert.equal(a.siteName, 'The Ellery Courier');
  assert.equal(a.language, 'en');
  assert.equal(a.canonicalUrl, 'https://courier.example/news/2024/ferry-pier-repairs');
  assert.equal(a.excerpt, 'The pier has carried ferries since 1931.');
  assert.ok(!a.paragraphs.includes(a.title!), 'the headline is not a paragraph');
});

test('title from <title> without a site suffix; og:locale gives the language', () => {
  const html = `<html><head><title>Ferry pier closes - Ellery Courier</title><meta property="og:locale" content="pt_BR"></head>
    <body><article><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[3]}</p></article></body></html>`;
  const a = extractHtmlArticle(html);
  assert.equal(a.title, 'Ferry pier closes');
  assert.equal(a.language, 'pt');
  assert.equal(a.canonicalUrl, undefined);
});

test('cleanTitle drops a known site name wherever it sits', () => {
  assert.equal(cleanTitle('Ellery Courier | Ferry pier closes for a year', 'Ellery Courier'), 'Ferry pier closes for a year');
  assert.equal(cleanTitle('Ferry pier closes for a year - Courier News'), 'Ferry pier closes for a year');
});

test('og:title is kept whole unless a part is the site name', () => {
  const html = `<html><head><meta property="og:title" content="Ferry pier closes – a town waits"><title>Ferry pier closes – a town waits | Courier</title></head>
    <body><article><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[3]}</p></article></body></html>`;
  assert.equal(extractHtmlArticle(html).title, 'Ferry pier closes – a town waits');
});

test('entities are decoded and NBSP and runs of whitespace are normalised', () => {
  const html = `<html><body><article>
    <p>Fish &amp; chips cost&nbsp;&euro;9&#160;at the&#x20;pier caf&eacute; &mdash; up from &pound;7,\n\n     the owner said on Tuesday.</p>
    <p>${BODY[1]}</p><p>${BODY[3]}</p>
  </article></body></html>`;
  const a = extractHtmlArticle(html);
  assert.equal(a.paragraphs[0], 'Fish & chips cost €9 at the pier café — up from £7, the owner said on Tuesday.');
  for (const p of a.paragraphs) assert.doesNotMatch(p, /\u00a0|\s{2,}|^\s|\s$/);
});

test('<br><br> separates paragraphs; a single <br> does not', () => {
  const html = `<html><body><div class="post-body">${BODY[0]}<br><br>${BODY[1]}<br>${BODY[3]}<br/><br/>${BODY[4]}</div></body></html>`;
  const a = extractHtmlArticle(html);
  assert.deepEqual(a.paragraphs, [BODY[0], `${BODY[1]} ${BODY[3]}`, BODY[4]]);
});

test('list items and subheads inside the article are kept as blocks', () => {
  const html = `<html><body><article><p>${BODY[0]}</p><h2>What changes for passengers</h2>
    <ul><li>Buses leave North Quay every twenty minutes from six in the morning.</li><li>Season tickets stay valid on the bus link.</li></ul>
    <p>${BODY[1]}</p><p>${BODY[3]}</p></article></body></html>`;
  const a = extractHtmlArticle(html);
  assert.deepEqual(a.paragraphs, [
    BODY[0],
    'What changes for passengers',
    'Buses leave North Quay every twenty minutes from six in the morning.',
    'Season tickets stay valid on the bus link.',
    BODY[1],
    BODY[3],
  ]);
});

test('an embedded tweet quoted by the article is kept', () => {
  const html = `<html><body><article><p>${BODY[0]}</p><p>${BODY[1]}</p>
    <div class="social-embed"><blockquote class="twitter-tweet"><p>The last crossing from the old pier tonight, see you in a year.</p>— Ellery Ferries (@elleryferries) <a href="https://x.example/1">March 12, 2024</a></blockquote></div>
    <p>${BODY[3]}</p></article></body></html>`;
  const a = extractHtmlArticle(html);
  assert.ok(a.paragraphs.some((p) => p.startsWith('The last crossing from the old pier tonight')));
});

function isNoContent(err: unknown): boolean {
  return err instanceof InputError && err.problem === 'no-content';
}

test('no body, empty body, nav-only and script-only pages: InputError no-content', () => {
  const pages = [
    '<html><head><title>Nothing here</title></head></html>',
    '<html><head><title>Nothing</title></head><body></body></html>',
    '<html><body><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li><li><a href="/c">Sport</a></li></ul></nav></body></html>',
    '<html><body><script>var a = "a long script that is not article text at all, repeated";</script><style>p{color:red}</style></body></html>',
    '',
    '   ',
  ];
  for (const html of pages) assert.throws(() => extractHtmlArticle(html), isNoContent, JSON.stringify(html.slice(0, 60)));
});

test('malformed HTML: unclosed tags, stray end tags, broken attributes do not crash', () => {
  const pages = [
    `<html><body><div><p>${BODY[0]}<p>${BODY[1]}<div><p>${BODY[3]}</span></b></body>`,
    `<p>${BODY[0]}</p><p>${BODY[1]}`,
    `<html><body><article class="a"b=c"><p>${BODY[0]}</p></table></td><p ${'x'.repeat(10)}>${BODY[1]}</p><!-- unclosed comment`,
    '<html><body><<<>>></a></div></body></html>',
    '<svg><p>text</svg><math><mi>x</math>',
    '\u0000\u0001 binary-ish',
  ];
  for (const html of pages) {
    try {
      const a = extractHtmlArticle(html);
      assert.ok(Array.isArray(a.paragraphs));
    } catch (err) {
      assert.ok(isNoContent(err), `unexpected error ${String(err)}`);
    }
  }
  const a = extractHtmlArticle(pagesFirst());
  assert.ok(a.paragraphs.join(' ').includes('timber piles'));
});

function pagesFirst(): string {
  return `<html><body><div><p>${BODY[0]}<p>${BODY[1]}<div><p>${BODY[3]}</span></b></body>`;
}

test('a 3 MB page finishes in reasonable time', () => {
  // the bulk of real multi-megabyte pages: inline scripts and app state, styles, data-URI images, link lists
  const script = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 9000 }, (_, i) => ({ id: i, title: `Story number ${i} about the harbour`, url: `/s/${i}` })) })};</script>`;
  const style = `<style>${'.c{color:#123456;margin:0 auto;padding:4px}\n'.repeat(6000)}</style>`;
  const image = `<img src="data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUg'.repeat(50000)}">`;
  const teaser = '<li class="teaser"><a href="/s">Another story about the harbour and its boats</a></li>';
  const body = Array.from({ length: 300 }, (_, i) => `<p>${BODY[i % BODY.length]} (${i})</p>`).join('\n');
  const html = `<html><head><title>Big page</title>${style}${script}</head><body><nav><ul>${teaser.repeat(1500)}</ul></nav>
    <article>${image}${body}</article><div class="related"><ul>${teaser.repeat(3000)}</ul></div>${script}</body></html>`;
  assert.ok(html.length > 3_000_000, `page is ${html.length} chars`);
  const t0 = Date.now();
  const a = extractHtmlArticle(html);
  const ms = Date.now() - t0;
  assert.equal(a.paragraphs.length, 300);
  assert.ok(ms < 10_000, `took ${ms} ms`);
});

test('text rules: labels, datelines, cross-links, credits, promos, tag lines, teaser lists', () => {
  const html = `<html><body><article>
    <p>Updated: Tue 12 March 2024, 9:41 AM</p>
    <p>${BODY[0]}</p>
    <p>Advertisement</p>
    <p>READ MORE: Harbour dredging starts next month</p>
    <p>${BODY[1]}</p>
    <p>Image 2 of 5</p>
    <p>${BODY[2]}</p>
    <p>Sign up for our morning newsletter and get the headlines delivered to your inbox.</p>
    <p>${BODY[3]}</p>
    <p>Additional reporting by Lena Hart; editing by Paul Ames</p>
    <p>Tags: harbour, ferry, Port Ellery</p>
    <h3>More stories</h3>
    <ul><li><a href="/1">Council budget approved after late-night vote</a></li><li><a href="/2">Storm warning issued for the whole coast</a></li><li><a href="/3">New bakery opens on the quay</a></li></ul>
  </article></body></html>`;
  assert.deepEqual(extractHtmlArticle(html).paragraphs, BODY.slice(0, 4));
});

test('a content wrapper whose class mentions furniture words is not removed', () => {
  // "content-with-sidebar" and "widget" wrap the article body here; removing them would lose the article
  const html = `<html><body><div class="layout content-with-sidebar"><div class="widget Blog"><div class="post-body">
    ${BODY[0]}<br><br>${BODY[1]}<br><br>${BODY[3]}<br><br>${BODY[4]}
    </div></div><div class="sidebar"><h3>Archive</h3><ul><li><a href="/2023">2023</a></li><li><a href="/2022">2022</a></li></ul></div></div></body></html>`;
  assert.deepEqual(extractHtmlArticle(html).paragraphs, [BODY[0], BODY[1], BODY[3], BODY[4]]);
});

test('other stories in <article> elements next to the main one are dropped', () => {
  const teaser = (n: number) =>
    `<article class="card"><h2><a href="/s${n}">Teaser headline number ${n} about something else</a></h2><p>A one-line summary of story ${n}, written to make readers click through to it.</p></article>`;
  const html = `<html><body><main><article class="story"><h1>Old ferry pier to close</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>
    <section class="more">${[1, 2, 3, 4, 5].map(teaser).join('')}</section></main></body></html>`;
  assert.deepEqual(extractHtmlArticle(html).paragraphs, BODY);
});

test('comment threads are dropped even when longer than the article', () => {
  const comment = (n: number) =>
    `<li class="comment"><div class="comment-body"><p>Comment ${n}: I have taken that ferry every working day for twenty years and I cannot imagine the town without it, whatever the engineers say about the piles.</p></div></li>`;
  const html = `<html><body><article>${BODY.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}</article>
    <ol class="comment-list">${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></body></html>`;
  assert.deepEqual(extractHtmlArticle(html).paragraphs, BODY.slice(0, 3));
});

test('thousands of unclosed tags: no stack overflow, text kept, bounded time', () => {
  const html = `<html><body>${Array.from({ length: 20000 }, (_, i) => `<div><b>${i % 50 === 0 ? `<p>${BODY[(i / 50) % 5]}` : ''}`).join('')}</body></html>`;
  const t0 = Date.now();
  const a = extractHtmlArticle(html);
  assert.ok(a.paragraphs.some((p) => p.includes('timber piles')));
  assert.ok(Date.now() - t0 < 10_000, `took ${Date.now() - t0} ms`);
});

test('title: a suffix naming the host goes; a colon inside the headline stays', () => {
  const page = (t: string) => `<html><head><meta property="og:title" content="${t}"></head><body><article><p>${BODY[0]}</p><p>${BODY[1]}</p></article></body></html>`;
  assert.equal(extractHtmlArticle(page('Pier closes: what happens next - Ellery Courier'), { url: 'https://www.ellerycourier.example/a' }).title, 'Pier closes: what happens next');
  assert.equal(extractHtmlArticle(page('Harbour authority votes on the pier: what next'), { url: 'https://news.example/a' }).title, 'Harbour authority votes on the pier: what next');
});
