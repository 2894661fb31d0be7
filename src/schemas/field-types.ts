/** Field types shared by every Upfront schema. */
import { z } from 'astro/zod';
import { parseTimestamp } from './timestamps.ts';
import { markdownShapeProblem } from './markdown-limits.ts';

/** The longest id: it names folders and URLs (`/components/<id>/`), which file systems and people must take. */
export const MAX_ID_CHARS = 64;

/** A stable kebab-case identifier such as `api` or `eu-west-storage`. */
export const kebabId = z
  .string({ error: 'should be a kebab-case id such as `api` or `eu-west-storage`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'should be kebab-case: lower-case letters, digits and single hyphens, such as `eu-west-storage`')
  .max(MAX_ID_CHARS, `is longer than ${MAX_ID_CHARS} characters; an id names a page address, so keep it short, such as \`eu-west-storage\``);

// Text made only of invisible characters (zero-width spaces and joiners, the byte-order mark:
// Unicode's format characters) and spaces says nothing, however it was typed.
const INVISIBLE = /[\p{Cf}\s]/gu;
const isBlank = (text: string) => text.replace(INVISIBLE, '') === '';

/** Non-empty single-line text, trimmed. */
export const shortText = z
  .string({ error: 'should be text' })
  .trim()
  .refine((text) => !isBlank(text), 'is empty; write a short text')
  .max(200, 'is longer than 200 characters; keep it short and put the details in the update')
  .refine((text) => !text.includes('\n'), 'should fit on one line');

/** Markdown text (may span several lines), trimmed, not empty, within the shape limits Markdown bodies have. */
export const markdownText = z
  .string({ error: 'should be Markdown text' })
  .trim()
  .refine((text) => !isBlank(text), 'is empty; write some text or remove the field')
  .superRefine((text, context) => {
    const shape = markdownShapeProblem(text);
    if (shape) context.addIssue({ code: 'custom', message: `at line ${shape.line} of the text: ${shape.message}` });
  });

/** A timestamp with an explicit zone, turned into a Date. */
export const timestamp = z.string({ error: 'should be a timestamp with a zone, such as `2026-11-20 14:32 UTC`' }).transform((text, context) => {
  const result = parseTimestamp(text);
  if (result.ok) return result.date;
  context.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});

/** A calendar day written `YYYY-MM-DD`, kept as written (the site's time zone says when it begins). */
export const calendarDate = z
  .string({ error: 'should be a date such as `2026-12-05`' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'should be a date written `YYYY-MM-DD`, such as `2026-12-05`')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'is not a day of the calendar; check the month and the day')
  .refine((text) => text >= '1990-01-01', 'is before 1990; check the year');

const PUBLISHED_CREDENTIALS =
  'contains a user name or password, which would be published wherever the link appears; remove `user:password@` (secrets belong in environment variables)';

/**
 * What is wrong with a URL as written, if anything: one that does not parse (a bad port, say),
 * or one that carries a user name or password (`credentials` says why that is wrong where it is
 * written; by default, that the URL is published in pages, feeds and API files).
 */
export function urlProblem(text: string, credentials = PUBLISHED_CREDENTIALS): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a valid URL (check the host name and the port, which runs from 1 to 65535)';
  }
  if (url.username || url.password) return credentials;
  return undefined;
}

/** An absolute http(s) or mailto URL, without credentials. */
export const linkUrl = z
  .string({ error: 'should be a URL' })
  .trim()
  .refine((text) => /^(https?:\/\/[^\s/]+[^\s]*|mailto:[^\s@]+@[^\s@]+)$/i.test(text), 'should be an absolute `https://…` or `mailto:…` link')
  .superRefine((text, context) => {
    const problem = /^https?:/i.test(text) ? urlProblem(text) : undefined;
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** `quiet: true`: published on the site, but `upfront notify` announces it nowhere. */
export const quietField = z.boolean({ error: 'should be `true` (publish without notifying anyone) or `false`' }).default(false);
