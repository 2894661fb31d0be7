/**
 * The Content-Security-Policy of every page: only the site's own scripts, styles and images, and
 * forms that post only to the mailing-list service's origin (none without one). Content is
 * escaped and sanitized before it reaches a page; the policy is what still blocks anything that
 * slipped through (an inline script, an event handler, a foreign resource, a form elsewhere).
 */

/** The directives for a site whose subscription form posts to `formAction` (an absolute URL), if it has one. */
function directives(formAction: string | undefined): string[] {
  // connect-src 'self' lets tools on the page (Lighthouse, for one) fetch the site's own files, such as robots.txt.
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    `form-action ${formAction ? new URL(formAction).origin : "'none'"}`,
  ];
}

/** The policy for a `<meta http-equiv>` element, which cannot carry `frame-ancestors`. */
export function metaContentSecurityPolicy(formAction: string | undefined): string {
  return directives(formAction).join('; ');
}

/** The policy for an HTTP header, which also forbids framing the pages. */
export function headerContentSecurityPolicy(formAction: string | undefined): string {
  return [...directives(formAction), "frame-ancestors 'none'"].join('; ');
}
