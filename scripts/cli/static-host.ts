/**
 * The built site served as a static host serves it (GitHub Pages, Netlify, Cloudflare Pages):
 * files under `base`, a folder's index.html, a 301 to the trailing slash for a folder asked for
 * without it, 404.html for anything else, and the rules of the site's `_headers` file. `upfront
 * preview` and the browser tests both use it, so what is tested is what a person previews.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** The rules of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
function headerRules(dist: string): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    if (!line.startsWith(' ')) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name, value.join(':').trim()]);
    }
  }
  return rules;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** A request handler serving `dist` under `base`; `applyHeaders: false` ignores `_headers`. */
export function staticHost(dist: string, base = '/', applyHeaders = true): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const root = resolve(dist);
  const rules = applyHeaders ? headerRules(root) : [];
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '';
    }
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    const file = path.startsWith(base) ? resolve(root, `.${path.slice(base.length - 1)}`) : undefined;
    // Nothing outside the site is served, whatever the address says.
    const inside = file !== undefined && (file === root || file.startsWith(root + sep));
    if (inside && !path.endsWith('/') && (await isFile(join(file, 'index.html')))) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const target = inside && (path.endsWith('/') ? join(file, 'index.html') : file);
    if (target && (await isFile(target))) {
      response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' }).end(await readFile(target));
      return;
    }
    const notFound = await readFile(join(root, '404.html')).catch(() => 'Not found');
    response.writeHead(404, { 'content-type': TYPES['.html'] }).end(notFound);
  };
}
