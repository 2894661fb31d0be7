/**
 * The `_headers` file that Netlify and Cloudflare Pages read: CORS for the outputs the registry
 * lets other sites read (the API, for the embeddable banner and other browser clients), the pages'
 * Content-Security-Policy, and a year-long
 * cache lifetime for hashed assets. Everything else keeps the host's default (revalidate on
 * each request): both hosts join the values of a header set by several matching rules, so a
 * short Cache-Control on `/*` would spoil the long one on `/_astro/*`.
 */

import { headerContentSecurityPolicy } from './content-security.ts';
import { crossOriginPaths } from './output-registry.ts';

/** The `_headers` text for a site served under `base`, whose subscription form posts to `formAction` (if it has one). */
export function hostHeaders(base: string, formAction: string | undefined): string {
  const rules: Array<[path: string, headers: string[]]> = [
    [
      `${base}*`,
      [
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
        `Content-Security-Policy: ${headerContentSecurityPolicy(formAction)}`,
      ],
    ],
    ...crossOriginPaths().map((path): [string, string[]] => [`${base}${path}`, ['Access-Control-Allow-Origin: *']]),
    [`${base}_astro/*`, ['Cache-Control: public, max-age=31536000, immutable']],
  ];
  return `${rules.map(([path, headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n')}\n`;
}
