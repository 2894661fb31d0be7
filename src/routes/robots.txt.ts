/** The default robots.txt (everything may be indexed); a site replaces it with a `public/robots.txt` of its own. */
import text from '../assets/robots.txt?raw';

export const GET = () => new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
