/** The embeddable status banner script, with its words filled in from the locale module. */
import source from '../../client/status-banner.js?raw';
import { BANNER_WORDS } from '../../locale/en.ts';

const WORDS_PLACEHOLDER = "JSON.parse('__WORDS__')";

export const GET = () =>
  new Response(source.replace(WORDS_PLACEHOLDER, JSON.stringify(BANNER_WORDS).replace(/</g, '\\u003c')), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
