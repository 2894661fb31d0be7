/** The built site on 127.0.0.1 for browser tests, served as `upfront preview` serves it (a static host's rules, `_headers` included). */
import { createServer, type Server } from 'node:http';
import { staticHost } from '../../scripts/cli/static-host.ts';

/** Serves `dist` under `base`; `applyHeaders: false` ignores `_headers`. Resolves with the server, its origin and the paths asked for. */
export async function serveStatic(dist: string, base = '/', applyHeaders = true): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const handle = staticHost(dist, base, applyHeaders);
  const server = createServer((request, response) => {
    requests.push(decodeURIComponent((request.url ?? '/').split('?')[0]));
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}`, requests };
}
