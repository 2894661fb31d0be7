// @ts-check
/**
 * Upfront's embeddable status banner: a product includes this one file from its status site
 * with an async script tag (the subscribe page and README show it), and, while an incident or maintenance is active, a dismissible notice appears at the top of
 * its pages, linking to the status page. No dependencies; it reads the site's summary.json
 * (served with CORS, see README), builds its notice from text nodes only, and keeps its styles
 * in a shadow root so that neither page affects the other. The build fills in WORDS, in the
 * status site's language (with its tag and direction, which the host page may not share).
 */
(() => {
  /** @type {{ lang: string, dir: string, region: string, incident: string, maintenance: string, more: string, link: string, dismiss: string }} */
  const WORDS = JSON.parse('__WORDS__');
  const COLOURS = JSON.parse('__COLOURS__');
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  const summaryUrl = new URL('../api/v2/summary.json', script.src).href;
  const STORAGE_KEY = 'upfront-status-banner-dismissed';

  /** @param {any} summary */
  function show(summary) {
    const incidents = summary.incidents ?? [];
    const maintenances = (summary.scheduled_maintenances ?? []).filter((/** @type {any} */ m) => m.status === 'in_progress' || m.status === 'verifying');
    const active = [...incidents, ...maintenances];
    if (active.length === 0) return;
    // A new or updated event brings the notice back after it was dismissed.
    const signature = active.map((event) => `${event.id}@${event.updated_at}`).join(' ');
    try {
      if (localStorage.getItem(STORAGE_KEY) === signature) return;
    } catch {
      // Storage can be blocked; the notice then simply shows again on the next page.
    }
    const first = active[0];
    const host = document.createElement('div');
    host.setAttribute('data-upfront-status-banner', '');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `
      .bar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1rem;
        font: 15px/1.4 system-ui, sans-serif; color: #fff; background: ${incidents.length > 0 ? COLOURS.major : COLOURS.maintenance}; }
      a, button { color: inherit; font: inherit; }
      .text { flex: 1 1 16rem; }
      button { background: none; border: 1px solid currentColor; border-radius: 4px; padding: .15rem .6rem; cursor: pointer; }
      a:focus-visible, button:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }`;
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.lang = WORDS.lang;
    bar.dir = WORDS.dir;
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', WORDS.region);
    const text = document.createElement('span');
    text.className = 'text';
    const kind = incidents.length > 0 ? WORDS.incident : WORDS.maintenance;
    text.textContent = `${kind}: ${first.name}${active.length > 1 ? ` ${WORDS.more.replace('{count}', String(active.length - 1))}` : ''}`;
    const link = document.createElement('a');
    link.href = active.length === 1 && first.shortlink ? first.shortlink : summary.page.url;
    link.textContent = WORDS.link;
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = WORDS.dismiss;
    dismiss.addEventListener('click', () => {
      try {
        localStorage.setItem(STORAGE_KEY, signature);
      } catch {
        // See above.
      }
      host.remove();
    });
    bar.append(text, link, dismiss);
    root.append(style, bar);
    document.body.prepend(host);
  }

  fetch(summaryUrl, { mode: 'cors', credentials: 'omit' })
    .then((response) => (response.ok ? response.json() : null))
    .then((summary) => summary && show(summary))
    // A status site that cannot be reached must never break the host page.
    .catch(() => {});
})();
