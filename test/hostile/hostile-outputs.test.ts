/**
 * The hostile fixture, whose every text field carries an injection attempt, built for real:
 * every output shows the text as text and carries nothing that could run.
 */
import { describe, expect, inject, test } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parseFeed } from '@rowanmanning/feed-parser';
import ical from 'node-ical';
import { listFiles } from '../helpers/run-build.ts';
import { read } from '../helpers/html-text.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const { hostile } = inject('fixtureBuilds');
const TITLE = '</script><script>window.__pwned=1</script> "><img src=x onerror=window.__pwned=1> ]]>';
const SITE_NAME = 'Evil </title><script>window.__pwned=1</script> Status';

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = node.nodeName === 'template' ? [(node as DefaultTreeAdapterMap['template']).content] : [];
  return [...(('tagName' in node ? [node as Element] : []) as Element[]), ...[...children, ...content].flatMap(elements)];
}
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
/**
 * The HTML of each feed entry exactly as a conforming reader gets it: Atom content from its CDATA
 * sections, RSS content with XML's own escapes undone (and nothing more, unlike some parsers).
 */
function feedHtml(xml: string): string[] {
  const atom = [...xml.matchAll(/<content type="html">([\s\S]*?)<\/content>/g)].map((m) =>
    [...m[1].matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((c) => c[1]).join(''),
  );
  const xmlEscapes: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
  const rss = [...xml.matchAll(/<content:encoded>([\s\S]*?)<\/content:encoded>/g)].map((m) => m[1].replace(/&(?:lt|gt|amp|quot|apos);/g, (e) => xmlEscapes[e]));
  return [...atom, ...rss];
}

/** What in a parsed document could run script or load something foreign. */
function dangers(html: string, fragment = false): string[] {
  const all = elements(parse(fragment ? `<body>${html}` : html));
  return all.flatMap((el) => [
    ...(['script', 'iframe', 'object', 'embed', 'style', 'frame', 'base', 'form'].includes(el.tagName) ? [`<${el.tagName}>`] : []),
    ...el.attrs.filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
    ...el.attrs
      .filter((a) => ['href', 'src', 'action', 'xlink:href', 'formaction'].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value))
      .map((a) => `${el.tagName}[${a.name}=${a.value}]`),
  ]);
}

test('the hostile site builds', () => {
  expect([hostile.run.status, hostile.run.stderr]).toEqual([0, '']);
});

describe('pages', () => {
  const pages = () => listFiles(hostile.dist).filter((f) => f.endsWith('.html'));

  test('hold no script but the page data and the site script, no event handler, no script URL, no frame or style', () => {
    expect(pages().length).toBe(16);
    for (const page of pages()) {
      const html = read(hostile.dist, page);
      const scripts = elements(parse(html))
        .filter((el) => el.tagName === 'script')
        .map((el) =>
          el.attrs
            .map((a) => `${a.name}=${a.value}`)
            .join(' ')
            .replace(/live-page\.[\w-]+\.js/, 'live-page.js'),
        );
      expect([page, scripts]).toEqual([page, ['type=application/json id=live-data', 'type=module src=/_astro/live-page.js']]);
      const found = dangers(html).filter((d) => d !== '<script>');
      expect([page, found]).toEqual([page, []]);
    }
  });

  test('every page sends a Content-Security-Policy allowing only its own scripts and styles', () => {
    for (const page of pages()) {
      expect([page, read(hostile.dist, page)]).toEqual([
        page,
        expect.stringContaining(
          `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'">`,
        ),
      ]);
    }
    expect(read(hostile.dist, '_headers')).toContain(
      "  Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\n",
    );
  });

  test('titles, names and head show the text as written', () => {
    const doc = parse(read(hostile.dist, 'incidents/2026-03-10-xss/index.html'));
    const all = elements(doc);
    expect(textOf(all.find((el) => el.tagName === 'h1')!)).toBe(TITLE);
    expect(textOf(all.find((el) => el.tagName === 'title')!)).toBe(`${TITLE} · ${SITE_NAME}`);
    expect(all.find((el) => el.tagName === 'meta' && el.attrs.some((a) => a.value === 'description'))!.attrs.find((a) => a.name === 'content')!.value).toBe(
      `Incident: ${TITLE}. Identified.`,
    );
    const home = elements(parse(read(hostile.dist, 'index.html')));
    expect(home.filter((el) => el.tagName === 'a' && el.attrs.some((a) => a.value === 'name')).map(textOf)).toEqual([
      SITE_NAME,
      'API <script>window.__pwned=1</script>',
      'Web ]]> & <b>bold</b> 障害 مرحبا 🚨',
    ]);
    const support = home.find((el) => el.tagName === 'a' && textOf(el) === 'Contact support')!;
    expect(support.attrs).toEqual([{ name: 'href', value: 'https://hostile.example/support?a=1&b="><script>window.__pwned=1</script>' }]);
  });

  test('raw HTML shows as the text it is (nothing dropped); Markdown links lose unsafe URLs', () => {
    const page = read(hostile.dist, 'incidents/2026-03-10-xss/index.html');
    const timeline = textOf(parse(`<body>${page.split('<ol class="timeline" reversed>')[1].split('</ol>')[0]}`));
    expect(timeline).toContain(
      '<script>window.__pwned=1</script>\n<img src=x onerror="window.__pwned=1">\n<a href="javascript:window.__pwned=1" onclick="window.__pwned=1">a link</a>\nText with ]]> and </script> and <!-- a comment --> in it, **bold** kept.',
    );
    expect(timeline).toContain('<details open ontoggle="window.__pwned=1">x</details> [ok link](https://example.com/safe)');
    expect(page).toContain('<p>Plain Markdown: <a>click me</a> and <a>data</a> and <img alt="img"> and <a href="https://example.com/ok">ok</a>.</p>');
    expect(read(hostile.dist, 'incidents/2026-03-09-unicode/index.html')).toContain('<p>Looking.</p>');
  });

  test('Unicode in any script shows as written, in pages and feeds', () => {
    const title = '障害: サインインできない — خطأ في تسجيل الدخول 🚨 e\u0301';
    expect(textOf(elements(parse(read(hostile.dist, 'incidents/2026-03-09-unicode/index.html'))).find((el) => el.tagName === 'h1')!)).toBe(title);
    expect(parseFeed(read(hostile.dist, 'feed.xml')).items.map((i) => i.title)).toContain(`[Resolved] ${title}`);
    expect(read(hostile.dist, 'incidents/2026-03-09-unicode/index.html')).toContain(
      '日本語のメッセージ、العربية من اليمين إلى اليسار، emoji 🚨👩🏽‍💻, combining é and ñ.',
    );
  });
});

describe('feeds, API, calendar and badges', () => {
  test.each(['feed.xml', 'atom.xml', 'components/api/feed.xml', 'components/api/atom.xml'])('%s: titles are text, content is sanitized HTML', (file) => {
    const feed = parseFeed(read(hostile.dist, file));
    expect(feed.title).toBe(file.startsWith('components') ? `API <script>window.__pwned=1</script> · ${SITE_NAME}` : SITE_NAME);
    expect(feed.items.map((i) => i.title)).toContain(`[Identified] ${TITLE}`);
    const contents = feedHtml(read(hostile.dist, file));
    expect(contents).toHaveLength(feed.items.length);
    for (const html of contents) expect([html, dangers(html, true)]).toEqual([html, []]);
    expect(contents.map((html) => textOf(parse(`<body>${html}`))).join('\n')).toContain(
      'Text with ]]> and </script> and <!-- a comment --> in it, **bold** kept.',
    );
  });

  test('the JSON API carries the text as JSON strings', () => {
    const summary = JSON.parse(read(hostile.dist, 'api/v2/summary.json'));
    expect(summary.page.name).toBe(SITE_NAME);
    expect(summary.incidents[0].name).toBe(TITLE);
    expect(summary.components[1].name).toBe('API <script>window.__pwned=1</script>');
  });

  test('the calendar escapes text as iCalendar requires', () => {
    const events = Object.values(ical.sync.parseICS(read(hostile.dist, 'maintenance.ics'))).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events.map((e) => e.summary)).toEqual(['Maintenance: Maintenance <svg onload=window.__pwned=1>; with, commas']);
    expect(events[0].description).toBe(
      '<script>window.__pwned=1</script> Planned; with, special\\characters.\n\nhttps://status.hostile.example/incidents/2026-03-11-xss-maintenance/',
    );
    expect(read(hostile.dist, 'maintenance.ics').replace(/\r\n /g, '')).toContain(
      'SUMMARY:Maintenance: Maintenance <svg onload=window.__pwned=1>\\; with\\, commas\r\n',
    );
  });

  test('badges escape their text and hold nothing that runs', () => {
    const badge = read(hostile.dist, 'components/api/badge.svg');
    expect(badge).toContain('<title>API &lt;script&gt;window.__pwned=1&lt;/script&gt;: major outage</title>');
    expect(dangers(badge, true)).toEqual([]);
    expect(JSON.parse(read(hostile.dist, 'components/api/shields.json')).label).toBe('API <script>window.__pwned=1</script>');
  });

  test('the data embedded in pages cannot close its element', () => {
    const live = read(hostile.dist, 'index.html').split('<script type="application/json" id="live-data">')[1].split('</script>')[0];
    expect(live).not.toContain('<');
    // Open incidents are folded into one record; no text of theirs is embedded at all.
    const { status, windows } = JSON.parse(live);
    expect([Object.keys(status.incidents), status.windows.length]).toEqual([['impact', 'components'], 1]);
    expect(windows.map((e: { id: string }) => e.id)).toEqual(['2026-03-11-xss-maintenance']);
    expect(live).not.toMatch(/script|alert|onerror/i);
  });
});
