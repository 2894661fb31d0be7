/** The default icon of every page; a site replaces it with a `public/favicon.svg` of its own. */
import icon from '../assets/favicon.svg?raw';

export const GET = () => new Response(icon, { headers: { 'content-type': 'image/svg+xml' } });
