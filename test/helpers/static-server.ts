/**
 * A tiny static file server on 127.0.0.1 for browser tests of a built site. Like Netlify and
 * Cloudflare Pages it answers unknown paths with 404.html and applies the site's `_headers`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ics': 'text/calendar',
};

/** The rules of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
function headerRules(dist: string): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    if (!line.startsWith(' ')) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name, value.join(':').trim()]);
    }
  }
  return rules;
}

/** Serves `dist` under `base`; `applyHeaders: false` ignores `_headers`. Resolves with the server and its origin. */
export async function serveStatic(dist: string, base = '/', applyHeaders = true): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const rules = applyHeaders ? headerRules(dist) : [];
  const server = createServer(async (req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    requests.push(url);
    for (const rule of rules) if (rule.pattern.test(url)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    if (!url.startsWith(base)) return void res.writeHead(404).end();
    let path = normalize(join(dist, url.slice(base.length)));
    if (url.endsWith('/')) path = join(path, 'index.html');
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const notFound = await readFile(join(dist, '404.html')).catch(() => 'not found');
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}`, requests };
}
