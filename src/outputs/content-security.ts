/**
 * The Content-Security-Policy of every page: only the site's own scripts, styles and images.
 * Content is escaped and sanitized before it reaches a page; the policy is what still blocks
 * anything that slipped through (an inline script, an event handler, a foreign resource).
 */

// connect-src 'self' lets tools on the page (Lighthouse, for one) fetch the site's own files, such as robots.txt.
const DIRECTIVES = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'none'"];

/** The policy for a `<meta http-equiv>` element, which cannot carry `frame-ancestors`. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy for an HTTP header, which also forbids framing the pages. */
export const HEADER_CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
