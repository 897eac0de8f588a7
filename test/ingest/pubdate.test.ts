import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHtmlDocument } from '../../src/ingest/html/dom.ts';
import { findPublicationDate } from '../../src/ingest/html/pubdate/index.ts';
import { findDatesInText, formatYmd, parseMachineDate } from '../../src/ingest/html/pubdate/parseDate.ts';
import { urlDate } from '../../src/ingest/html/pubdate/urlDate.ts';
import { DEFAULT_BOUNDS } from '../../src/ingest/html/pubdate/parseDate.ts';

// All pages below are written for these tests.
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Council approves new bridge</title>${head}</head><body>${body}</body></html>`;

const find = (html: string, opts: { url?: string; today?: string } = {}) =>
  findPublicationDate(parseHtmlDocument(html), { html, ...opts });

describe('pubdate: signals', () => {
  test('meta article:published_time, date part as written (no UTC conversion)', () => {
    const html = page('<meta property="article:published_time" content="2021-03-04T23:30:00-05:00">', '<h1>Council approves new bridge</h1>');
    assert.deepEqual(find(html), { date: '2021-03-04', source: 'meta:article:published_time' });
  });

  test('JSON-LD datePublished inside @graph, next to a WebPage', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', datePublished: '2019-01-01T00:00:00+00:00' },
        { '@type': 'NewsArticle', headline: 'Council approves new bridge', datePublished: '2021-03-05T08:00:00+01:00', dateModified: '2021-03-09T10:00:00+01:00' },
      ],
    };
    const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Council approves new bridge</h1>');
    assert.deepEqual(find(html), { date: '2021-03-05', source: 'json-ld:datePublished' });
  });

  test('JSON-LD as an array, with raw newlines inside strings', () => {
    const html = page(
      `<script type="application/ld+json">[{"@type":"BlogPosting","description":"line one
line two","datePublished":"2018-11-20"}]</script>`,
      '<h1>Council approves new bridge</h1>',
    );
    assert.equal(find(html)?.date, '2018-11-20');
  });

  test('<time datetime> next to the headline beats dates in a related-stories list', () => {
    const html = page(
      '',
      `<aside class="related"><ul>
         <li><a href="/a">Other story</a> <time datetime="2021-02-01">1 Feb</time></li>
         <li><a href="/b">Another story</a> <time datetime="2021-02-02">2 Feb</time></li>
       </ul></aside>
       <article><h1>Council approves new bridge</h1>
         <p class="byline">By A. Writer <time datetime="2021-03-06T09:15:00+02:00">6 March 2021</time></p>
         <p>The vote was held on Friday.</p></article>`,
    );
    assert.deepEqual(find(html), { date: '2021-03-06', source: 'time[datetime]' });
  });

  test('WordPress entry meta: time.published wins over time.updated and a recent-posts widget', () => {
    const html = page(
      '',
      `<div class="top-bar"><span class="today-date">Tuesday, March 16, 2021</span></div>
       <div class="widget widget_recent_entries"><ul>
         <li><a href="/x">Budget talks resume</a><span class="post-date">March 15, 2021</span></li>
         <li><a href="/y">Library reopens</a><span class="post-date">March 12, 2021</span></li>
       </ul></div>
       <article class="post category-latest-news"><header class="entry-header">
         <h1 class="entry-title">Council approves new bridge</h1>
         <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2021-03-09T18:00:00+00:00">March 9, 2021</time>
         <time class="updated" datetime="2021-03-11T08:00:00+00:00">March 11, 2021</time></span></div>
       </header><div class="entry-content"><p>Works start in May.</p></div></article>`,
    );
    assert.equal(find(html)?.date, '2021-03-09');
  });

  test('a story list whose items repeat one date class: the headline\'s own date', () => {
    const items = ['12', '13', '14']
      .map((d) => `<li class="story"><a href="/s${d}">Story ${d}</a><span class="story-date">${d}.03.2021</span></li>`)
      .join('');
    const html = page(
      '',
      `<h1>Council approves new bridge</h1><div class="article-author">Anna Writer, 09.03.2021</div>
       <p>Works start in May.</p><ul class="list">${items}</ul>`,
    );
    assert.equal(find(html)?.date, '2021-03-09');
  });

  test('URL only: /yyyy/mm/dd/ in the path', () => {
    const html = page('', '<h1>Council approves new bridge</h1><p>No dates in this text.</p>');
    assert.deepEqual(find(html, { url: 'https://news.example.org/local/2020/07/14/council-approves-bridge/' }), {
      date: '2020-07-14',
      source: 'url',
    });
  });

  test('German month names in the byline text', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Stadtrat beschließt neue Brücke</title></head><body>
      <h1>Stadtrat beschließt neue Brücke</h1>
      <p>Von Anna Schreiber | Veröffentlicht am 7. März 2021, 10:12 Uhr</p>
      <p>Die Sitzung dauerte bis in den Abend.</p></body></html>`;
    assert.equal(find(html)?.date, '2021-03-07');
  });

  test('German byline without a keyword: the date next to the headline', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Stadtrat beschließt neue Brücke</title></head><body>
      <h1>Stadtrat beschließt neue Brücke</h1><p>Anna Schreiber, 7. März 2021</p>
      <p>Die Sitzung dauerte bis in den Abend. Der Bau soll am 1. Juni 2022 beginnen.</p></body></html>`;
    assert.deepEqual(find(html), { date: '2021-03-07', source: 'text:headline' });
  });

  test('a date announced as the publication date, away from the headline', () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>El concejo aprueba un puente</title></head><body>
      <h1>El concejo aprueba un puente</h1><p>Las obras empiezan el 3 de mayo de 2021.</p><p>Más texto.</p>
      <div><p>Publicado el <span>9 de marzo de 2021</span> por Redacción</p></div></body></html>`;
    assert.deepEqual(find(html), { date: '2021-03-09', source: 'text:published' });
    const ru = `<html lang="ru"><head><title>Горсовет одобрил мост</title></head><body><h1>Горсовет одобрил мост</h1>
      <p>Работы начнутся 3 мая 2021 года.</p><p>Ещё текст.</p><p>Опубликовано: 09.03.2021</p></body></html>`;
    assert.deepEqual(find(ru), { date: '2021-03-09', source: 'text:published' });
  });

  test('published date preferred over modified date', () => {
    const html = page(
      `<meta property="article:modified_time" content="2021-03-10T12:00:00Z">
       <meta property="article:published_time" content="2021-03-08T07:00:00+01:00">`,
      `<h1>Council approves new bridge</h1>
       <div class="post-meta"><span class="updated">Updated 10 March 2021</span> <span class="published">8 March 2021</span></div>`,
    );
    assert.equal(find(html)?.date, '2021-03-08');
  });

  test('"Updated … Published …" in one element: the published one', () => {
    const html = page('', '<h1>Council approves new bridge</h1><div class="date">Updated: March 10, 2021 · Published: March 8, 2021</div>');
    assert.equal(find(html)?.date, '2021-03-08');
  });

  test('modified date used only when nothing else dates the page', () => {
    const html = page('<meta property="article:modified_time" content="2021-03-10T12:00:00+01:00">', '<h1>Council approves new bridge</h1>');
    assert.deepEqual(find(html), { date: '2021-03-10', source: 'meta:article:modified_time' });
  });

  test('implausible dates are rejected: before 1995, after today, impossible days', () => {
    const html = page(
      `<meta property="article:published_time" content="1970-01-01T00:00:00Z">
       <meta name="date" content="2031-05-05">`,
      '<h1>Council approves new bridge</h1><p class="date">31/02/2021</p><p>Seen in 1989.</p>',
    );
    assert.equal(find(html, { today: '2021-06-01' }), null);
  });

  test('nothing found → null', () => {
    assert.equal(find(page('', '<h1>Council approves new bridge</h1><p>No date anywhere here.</p>')), null);
    assert.equal(find('<p>fragment without dates</p>'), null);
  });

  test('a UTC timestamp loses to the local day the page shows', () => {
    const html = page(
      '<meta property="article:published_time" content="2021-03-06T23:30:00Z">',
      '<h1>Council approves new bridge</h1><p class="date">7 March 2021</p>',
    );
    assert.equal(find(html)?.date, '2021-03-07');
  });

  test('US page: 03/04/2021 is March 4; elsewhere April 3', () => {
    const body = '<h1>Council approves new bridge</h1><span class="date">03/04/2021</span>';
    const us = `<!DOCTYPE html><html lang="en-US"><head><title>Council approves new bridge</title></head><body>${body}</body></html>`;
    assert.equal(find(us)?.date, '2021-03-04');
    assert.equal(find(page('', body))?.date, '2021-04-03');
  });

  test('the document is not modified', () => {
    const html = page('<meta property="article:published_time" content="2021-03-04">', '<h1>Council approves new bridge</h1><p class="date">4 March 2021</p>');
    const doc = parseHtmlDocument(html);
    const before = doc.documentElement.outerHTML;
    findPublicationDate(doc, { html });
    assert.equal(doc.documentElement.outerHTML, before);
  });
});

describe('pubdate: date parsing', () => {
  const first = (s: string) => {
    const d = findDatesInText(s)[0];
    return d ? formatYmd(d.ymd) : null;
  };
  const cases: [string, string][] = [
    ['15 January 2020', '2020-01-15'],
    ['Jan. 15, 2020', '2020-01-15'],
    ['Wednesday, January 15th, 2020', '2020-01-15'],
    ['15 de enero de 2020', '2020-01-15'],
    ['1er janvier 2020', '2020-01-01'],
    ['15 января 2020 г.', '2020-01-15'],
    ['2 września 2020', '2020-09-02'],
    ['2020. január 15.', '2020-01-15'],
    ['2020年1月15日', '2020-01-15'],
    ['2020년 1월 15일', '2020-01-15'],
    ['15.01.2020', '2020-01-15'],
    ['۱۵/۰۱/۲۰۲۰', '2020-01-15'],
    ['10 dicembre 2020', '2020-12-10'],
    ['3 maart 2021', '2021-03-03'],
    ['15 ม.ค. 2563', '2020-01-15'],
    ['Publicado el 05/03/2021 a las 10:00', '2021-03-05'],
  ];
  for (const [text, want] of cases) test(text, () => assert.equal(first(text), want));

  test('machine values', () => {
    assert.equal(formatYmd(parseMachineDate('2020-01-15T23:00:00-05:00')!), '2020-01-15');
    assert.equal(formatYmd(parseMachineDate('20200115')!), '2020-01-15');
    assert.equal(formatYmd(parseMachineDate('Wed, 15 Jan 2020 10:00:00 GMT')!), '2020-01-15');
    assert.equal(formatYmd(parseMachineDate('1579046400')!), '2020-01-15');
    assert.equal(parseMachineDate('2020-02-30'), null);
    assert.equal(parseMachineDate('not a date'), null);
  });

  test('URL patterns', () => {
    const full = (u: string) => {
      const r = urlDate(u, DEFAULT_BOUNDS);
      return r.ymd ? formatYmd(r.ymd) : null;
    };
    assert.equal(full('https://x.example/2020/1/5/story'), '2020-01-05');
    assert.equal(full('https://x.example/news/2020-06-03-1.3874341'), '2020-06-03');
    assert.equal(full('https://x.example/article/20200121/34046328.html'), '2020-01-21');
    assert.equal(full('https://x.example/story/1281836879789404160'), null);
    assert.equal(full('https://x.example/a/b?date=2020-01-05'), null);
    assert.deepEqual(urlDate('https://x.example/2020/10/slug', DEFAULT_BOUNDS), { ymd: null, year: 2020, month: 10 });
  });
});
