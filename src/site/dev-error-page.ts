/**
 * The page `upfront dev` shows instead of the site while the content has errors: each problem
 * with its file, line and fix, and Vite's client so that the page reloads on the next save.
 */
import { formatDiagnostic, hasErrors, summarize, type Diagnostic } from '../core/diagnostics.ts';
import { escapeHtml } from '../content/markdown-html.ts';

/** The HTML of the error page for a site served under `base`. */
export function devErrorPage(diagnostics: readonly Diagnostic[], fileCount: number, base: string): string {
  const items = diagnostics.map((d) => `<li><code>${escapeHtml(formatDiagnostic(d))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Content errors · Upfront</title>
<script type="module" src="${escapeHtml(base)}@vite/client"></script>
<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.5}li{margin:.5rem 0}code{white-space:pre-wrap}</style></head>
<body><h1>${hasErrors(diagnostics) ? 'The content has errors' : 'The content is valid'}</h1>
<p>${escapeHtml(summarize(diagnostics, fileCount))}. Nothing would be published like this; fix ${diagnostics.length === 1 ? 'it' : 'them'} and save: this page reloads by itself.</p>
<ul>
${items}
</ul></body></html>
`;
}
