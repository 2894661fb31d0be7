/**
 * Characters that no published text may hold: C0 and C1 control characters other than tab and
 * line breaks, DEL, halves of surrogate pairs, and the noncharacters U+FFFE and U+FFFF. XML 1.0
 * forbids most of them (a feed holding one is no longer XML); all are invisible, and they only
 * ever arrive by accident (pasted from a terminal) or malice.
 */
export const FORBIDDEN_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN_CHARACTER.source, 'g');

/** How a forbidden character is named in a message: `the invisible control character U+0001`. */
export function describeForbidden(character: string): string {
  const code = character.charCodeAt(0);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `the broken character ${name} (half of a surrogate pair)`;
  if (code >= 0xfffe) return `the noncharacter ${name}`;
  return `the invisible control character ${name}`;
}

/**
 * `text` with every forbidden character replaced by U+FFFD: the last guard of the XML and
 * calendar writers, so that no input (a Markdown character reference such as `&#1;`, say) can
 * make an output that its readers refuse.
 */
export function replaceForbidden(text: string): string {
  return text.replace(FORBIDDEN_CHARACTERS, '\uFFFD');
}
