/** The embeddable status banner script, with its words (in the site's language) and colours filled in from their one source each. */
import source from '../../client/status-banner.js?raw';
import { TONE_COLOURS } from '../../core/status-colours.ts';
import { siteData } from '../../site/site-data.ts';

/** `JSON.parse('__NAME__')` in the script becomes `value` as a literal (`<` escaped, so no `</script>` can end an inline copy). */
const fill = (text: string, name: string, value: unknown) => text.replace(`JSON.parse('__${name}__')`, () => JSON.stringify(value).replace(/</g, '\\u003c'));

export const GET = async () => {
  const { BANNER_WORDS, UI, lang } = (await siteData()).view.locale;
  return new Response(fill(fill(source, 'WORDS', { lang, dir: UI.dir, ...BANNER_WORDS }), 'COLOURS', TONE_COLOURS), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
