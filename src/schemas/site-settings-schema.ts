/** Schema of `site.yml`, the site settings. */
import { z } from 'astro/zod';
import { zoneNameProblem } from './time-zones.ts';
import { calendarDate, kebabId, linkUrl, urlProblem, shortText } from './field-types.ts';
import { accentProblem, type ColorScheme } from './site-theme.ts';
import { canonicalTag, CLOCKS, languageProblem } from './languages.ts';

/** An accent colour for one colour scheme, refused when links drawn in it would fail WCAG AA. */
const accentColor = (scheme: ColorScheme) =>
  z
    .string({ error: 'should be a colour written as `#rrggbb`, such as `#0b57b0`' })
    .trim()
    .superRefine((text, context) => {
      const problem = accentProblem(text, scheme);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });

/** A file of the site's `public/` folder, named relative to it, such as `logo.svg`. */
const publicFile = (what: string, extensions: string[]) =>
  z
    .string({ error: `should be the name of ${what} in the site's \`public/\` folder` })
    .trim()
    .transform((text) => text.replace(/^\/+/, ''))
    .refine(
      (text) => /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/.test(text) && !text.split('/').includes('..'),
      `should be a path inside \`public/\` such as \`${extensions[0] === 'css' ? 'site.css' : 'logo.svg'}\`, without \`..\``,
    )
    .refine(
      (text) => extensions.some((ext) => text.toLowerCase().endsWith(`.${ext}`)),
      `should be ${what} ending in ${extensions.map((e) => `\`.${e}\``).join(', ')}`,
    );

/** A link in the footer of every page. */
const footerLink = z.strictObject({
  /** The words of the link, such as "Privacy". */
  label: shortText,
  /** Where it goes: an https or mailto link. */
  url: linkUrl,
});

const TARGET_HINT = 'should be a monthly availability target in per cent, such as `99.9`';

/** `99.9`, `99.9%` or `99.9 %`: a percentage written as text. */
const PERCENT_TEXT = /^\s*\d+(?:\.\d+)?\s*%?\s*$/;

/** A monthly availability target in per cent: `99.9`, also written `99.9 %`. */
const slaTarget = z.preprocess(
  (value) => (typeof value === 'string' && PERCENT_TEXT.test(value) ? Number(value.replace('%', '')) : value),
  z.number({ error: TARGET_HINT }).gt(0, TARGET_HINT).max(100, 'should be at most 100 (per cent)'),
);

/** The availability promised each calendar month: one target for every component, and any component or group's own. */
const slaSettings = z.preprocess(
  // `sla: 99.9` is short for `sla: { target: 99.9 }`.
  (value) => (typeof value === 'number' || (typeof value === 'string' && PERCENT_TEXT.test(value)) ? { target: value } : value),
  z.strictObject(
    {
      /** The target of every component and group that has none of its own. */
      target: slaTarget,
      /** Targets of particular components or groups, by id. */
      components: z.record(kebabId, slaTarget, { error: 'should map component or group ids to targets, such as `api: 99.95`' }).default({}),
    },
    { error: 'should be a monthly target such as `99.9`, or `target: 99.9` with `components:` holding the targets of particular components' },
  ),
);

/** Site settings: what the page is called, where it lives and how it shows time. */
export const siteSettingsSchema = z.strictObject({
  /** Page name, such as "Acme Cloud Status". */
  name: shortText,
  /** Public origin of the site, such as `https://status.example.com`. */
  url: z
    .string({ error: 'should be the public URL of the site, such as `https://status.example.com`' })
    .trim()
    .refine(
      (text) => /^https?:\/\/[^\s/?#]+\/?$/i.test(text),
      'should be an origin such as `https://status.example.com`, with no path, `?…` or `#…` (put any path in `base`)',
    )
    .superRefine((text, context) => {
      const problem = urlProblem(text);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .transform((text) => text.replace(/\/$/, '')),
  /** Path the site is served under: `/` at the domain root, `/status/` under a sub-path. */
  base: z
    .string({ error: 'should be a path such as `/` or `/status/`' })
    .trim()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'should start and end with `/`, such as `/` or `/status/`')
    .refine(
      (text) => !text.split('/').some((segment) => segment === '.' || segment === '..'),
      'should name real folders: `.` and `..` are not allowed, such as `/status/`',
    )
    .default('/'),
  /** IANA time zone in which pages show times and cut days, such as `Europe/Berlin`. */
  time_zone: z.string({ error: 'should be an IANA time zone such as `Europe/Berlin` or `UTC`' }).superRefine((zone, context) => {
    const problem = zoneNameProblem(zone);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  /** The language every page, feed and notification is written in: a BCP 47 tag such as `en`, `de` or `en-US`. */
  language: z
    .string({ error: 'should be a language tag such as `en`, `de`, `en-US` or `pt-BR`' })
    .superRefine((tag, context) => {
      const problem = languageProblem(tag);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .transform((tag) => canonicalTag(tag)!)
    .default('en'),
  /** `12h` or `24h`; by default the language's convention (12-hour for `en-US`). */
  clock: z.enum(CLOCKS, { error: "should be `12h` or `24h` (or left out for the language's own convention)" }).optional(),
  /**
   * The day monitoring began, in `time_zone`: uptime counts only time since then, and earlier
   * days are drawn as "no data". `upfront init` writes the day it ran.
   */
  tracking_since: calendarDate.optional(),
  /** Where customers get help: an https or mailto link. */
  support_url: linkUrl,
  /** The privacy policy, linked beside the email subscription form (which a mailing-list channel in notifications.yml adds). */
  privacy_url: linkUrl.optional(),
  /** A logo in the site's `public/` folder, shown in the header in place of the name (the name is its alt text). */
  logo: publicFile('an image', ['svg', 'png', 'webp', 'avif', 'jpg', 'jpeg']).optional(),
  /** The colour of links and focus rings on the light background, such as `#0b57b0`. */
  accent_color: accentColor('light').optional(),
  /** The same on the dark background; derived from `accent_color` when not given. */
  accent_color_dark: accentColor('dark').optional(),
  /** Links in the footer of every page, such as a privacy policy or the company's home page. */
  footer_links: z.array(footerLink, { error: 'should be a list of `- label: …` / `url: …` entries' }).max(10, 'should have at most 10 links').default([]),
  /** A stylesheet of the site's own in `public/`, loaded after Upfront's on every page. */
  stylesheet: publicFile('a stylesheet', ['css']).optional(),
  /** The monthly availability targets the uptime pages hold each month to (`sla: 99.9`). */
  sla: slaSettings.optional(),
  /** The policy behind those targets: what customers receive when a month falls below, and how to claim it. */
  sla_url: linkUrl.optional(),
  /** Optional web address of the source repository, for links to each page's edit history. */
  repository_url: linkUrl
    .refine((text) => /^https?:/i.test(text), 'should be the web address of the repository, such as `https://github.com/acme/status`')
    .optional(),
  /** The branch the site is published from, for those links. */
  repository_branch: z
    .string({ error: 'should be a branch name such as `main`' })
    .trim()
    .regex(/^[\w./-]+$/, 'should be a branch name such as `main`')
    .default('main'),
  /** How many of the most recent entries the feeds carry. */
  feed_entries: z
    .number({ error: 'should be a whole number of feed entries, such as `50`' })
    .int('should be a whole number of feed entries, such as `50`')
    .min(1, 'should be at least 1')
    .max(1000, 'should be at most 1000; older entries stay on the history pages')
    .default(50),
  /** Thresholds of the communication checks of `upfront check`. */
  checks: z
    .strictObject({
      /** An open incident should be updated at least this often. */
      update_interval_minutes: z.number().int().min(1).default(60),
      /** A major or critical incident should have a postmortem within this many days of its resolution. */
      postmortem_within_days: z.number().int().min(0).default(7),
      /** Maintenance should be announced at least this long before it starts. */
      maintenance_notice_hours: z.number().int().min(0).default(72),
      /** A resolved update should explain what happened in at least this many words. */
      resolution_min_words: z.number().int().min(0).default(5),
      /** A major or critical incident that lasted longer than this should say what customers receive for it (`compensation`). */
      compensation_hint_after_minutes: z.number().int().min(0).default(60),
    })
    .prefault({}),
});

/** Validated site settings. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;
/** The availability targets of `site.yml`. */
export type SlaSettings = NonNullable<SiteSettings['sla']>;
