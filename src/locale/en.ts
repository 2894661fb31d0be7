/**
 * Every word customers read, in English: the model every translation follows, and the text of
 * any string a translation lacks. A translation is another module of this folder with the same
 * exports, each typed as a part of this module's, so that a key English lacks fails the type check
 * (docs/translations.md). The browser script imports
 * only the small word lists it needs, so the page text stays out of it. Dates, times, durations
 * and numbers are not words: `Intl` writes them (src/core/format-time.ts).
 */
import type { ComponentStatus, Impact, IncidentUpdateStatus, MaintenancePhase, MaintenanceUpdateStatus } from '../schemas/status-vocabulary.ts';
import { plural as pluralIn } from './plural.ts';

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Record<ComponentStatus | IncidentUpdateStatus | MaintenanceUpdateStatus | 'cancelled', string> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Record<MaintenancePhase, string> = {
  upcoming: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Record<Impact | 'maintenance', string> = {
  none: 'All Systems Operational',
  maintenance: 'Service Under Maintenance',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS = {
  region: 'Service status',
  incident: 'Ongoing incident',
  maintenance: 'Maintenance in progress',
  more: 'and {count} more',
  link: 'View the status page',
  dismiss: 'Dismiss',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS = {
  readerZoneNote: (zone: string) => `Times are shown in your time zone, ${zone}.`,
  full: { by: 'Next update by', wasDue: 'Next update was due' },
  short: { by: 'by', wasDue: 'was due' },
  overrunning: 'Running over schedule',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS = {
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter an email address such as name@example.com.',
  chooseOne: 'Choose everything, or at least one component.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS = {
  subject: {
    opened: (title: string, status: string) => `${status}: ${title}`,
    updated: (title: string, status: string) => `${status}: ${title}`,
    resolved: (title: string) => `Resolved: ${title}`,
    scheduled: (title: string) => `Scheduled maintenance: ${title}`,
    started: (title: string) => `Maintenance in progress: ${title}`,
    verifying: (title: string) => `Maintenance verifying: ${title}`,
    completed: (title: string) => `Maintenance completed: ${title}`,
    cancelled: (title: string) => `Maintenance cancelled: ${title}`,
    rescheduled: (title: string) => `Maintenance rescheduled: ${title}`,
    postmortem: (title: string) => `Postmortem: ${title}`,
  },
  /** The text of maintenance news that no update carries. */
  windowBody: {
    rescheduled: 'The maintenance window has moved; the new window is below.',
    cancelled: 'This maintenance is cancelled. Nothing will change.',
    started: 'The maintenance has begun, as scheduled.',
    completed: 'The maintenance window has ended, as scheduled.',
  },
  postmortemLead: (title: string) => `We have published what happened during “${title}” and what we will change.`,
  impact: 'Impact',
  affected: 'Affected',
  components: 'Components',
  started: 'Started',
  duration: 'Duration',
  window: 'Window',
  nextUpdate: 'Next update by',
  eta: 'Estimated resolution',
  workaround: 'What you can do meanwhile',
  compensation: 'Compensation',
  view: 'View on the status page',
  viewPostmortem: 'Read the postmortem',
  emailReason: (site: string, scope: string) => `You receive this because you subscribed to ${site} notifications${scope}.`,
  emailScope: (components: string) => ` about ${components}`,
  unsubscribe: 'Stop receiving these emails',
};

/** What `upfront reschedule`, `cancel` and `complete` write for customers when no message is given. */
export const MAINTENANCE_NOTES = {
  rescheduled: (span: string, was: string) => `Rescheduled: the maintenance now runs ${span} (it was planned for ${was}).`,
  cancelled: 'Cancelled: this maintenance will not take place, and nothing will change for you. If it is needed later, we will announce a new window.',
  completed: 'The maintenance is complete.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES = {
  investigating: (components: string, next: string) => `We are investigating a problem affecting ${components}. We will post the next update by ${next}.`,
  affected: (components: string, next: string) => `We now also see problems with ${components}. We are investigating and will post the next update by ${next}.`,
  monitoring: (components: string, next: string) =>
    `Our monitoring shows ${components} working normally again. We are watching closely and will post the next update by ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE = {
  summary: 'Summary',
  lasted: (title: string, duration: string, start: string) => `${title}: ${duration} from ${start}.`,
  stillOpen: (title: string) => `${title}: still open.`,
  impact: 'Impact',
  impactPrompt: 'Who was affected, how, and for how long.',
  timeline: 'Timeline',
  time: 'Time',
  whatHappened: 'What happened',
  rootCause: 'Root cause',
  resolution: 'Resolution',
  compensation: 'Compensation',
  compensationPrompt: 'What affected customers receive and whether they need to do anything, or that none applies and why.',
  changes: 'What will change',
  changesPrompt: 'Each action, with its owner and when it will be done.',
  placeholder: '(write this section)',
};

const plural = (count: number, one: string, many: string) => pluralIn('en', count, { one: `# ${one}`, other: `# ${many}` });

/** The English interface text. */
export const UI = {
  /** The direction the language is written in. */
  dir: 'ltr' as 'ltr' | 'rtl',
  /** A status as a badge says it (badges speak in lower case in English). */
  badgeWord: (words: string) => words.toLowerCase(),
  /** A feed entry's title: `[Identified] Elevated API error rates`. */
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'None', minor: 'Minor', major: 'Major', critical: 'Critical' } satisfies Record<Impact, string>,
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'Skip to content',
    siteNav: 'Site',
    footerNav: 'More from us',
    contactSupport: 'Contact support',
    nav: { history: 'History', uptime: 'Uptime', maintenance: 'Maintenance', subscribe: 'Subscribe to updates' },
    defaultDescription: (site: string) => `Current status, incidents and maintenance of ${site}.`,
    generated: 'Page generated',
    zoneNote: (zone: string) => `Times are in ${zone}.`,
    poweredBy: 'Published from a git repository with Upfront.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'Incident',
    maintenance: 'Scheduled maintenance',
    maintenanceShort: 'Maintenance',
    impact: 'Impact',
    affects: 'Affects',
    started: 'Started',
    firstPosted: 'first posted',
    scheduled: 'Scheduled',
    window: 'Window',
    status: 'Status',
    ongoingFor: 'Ongoing for',
    lasted: 'lasted',
    ongoingForLower: 'ongoing for',
    resolved: 'Resolved',
    completed: 'Completed',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'What you can do meanwhile',
    workaroundHistory: 'While it lasted: what you could do',
    compensation: 'Compensation',
    overdue: '(overdue)',
    nextUpdate: 'Next update',
    eta: 'Estimated resolution',
    postmortem: 'Postmortem',
    readPostmortem: 'Read what happened and what will change',
    affectedComponents: 'Affected components',
    updates: 'Updates',
    fileHistory: 'View every edit of this page in the repository',
    summary: (kind: string, title: string, status: string) => `${kind}: ${title}. ${status}.`,
    duration: 'Duration',
    components: 'Components',
  },

  postmortem: {
    title: (incident: string) => `Postmortem: ${incident}`,
    description: (incident: string) => `What happened during “${incident}” and what will change.`,
    backToIncident: '← Back to the incident',
    published: 'Published',
    by: 'by',
    facts: 'The incident',
    timeline: 'Timeline as posted',
  },

  home: {
    ongoing: 'Ongoing incidents',
    maintenance: 'Maintenance',
    components: 'Components',
    recent: (days: number) => `Past ${days} days`,
    nothingRecent: (days: number) => `No incidents or maintenance in the past ${days} days.`,
    nothingEver: 'No incidents reported. When something goes wrong, it is posted here first, with regular updates until it is fixed.',
    moreHistory: 'All incidents and maintenance',
    moreOngoing: (count: number) => `${plural(count, 'more ongoing incident', 'more ongoing incidents')}: see all ongoing incidents`,
    moreMaintenance: (count: number) => `${plural(count, 'more maintenance window', 'more maintenance windows')} scheduled: see Maintenance`,
    moreRecent: (count: number) =>
      `${plural(count, 'more incident or maintenance window', 'more incidents and maintenance windows')} in these days: see the history`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `${days} days ago`,
    uptime: (percent: string) => `${percent} uptime`,
    uptimeSince: (percent: string, date: string) => `${percent} uptime since ${date}`,
    noDataLegend: (date: string) => `No data: monitoring began on ${date}`,
    /** After the uptime figure, ending its sentence. */
    over: (days: number) => `over the last ${days} days.`,
    today: 'Today',
    of: (label: string) => `, ${label}`,
    troubledDays: (count: number) => `${plural(count, 'day', 'days')} with incidents or maintenance`,
    andMore: (count: number) => `and ${count} more`,
    moreDays: (count: number, label: string) => `${plural(count, 'earlier day', 'earlier days')}: see ${label}`,
    /** Said beside each bar, for the direction: the days run in reading order. */
    order: 'One bar per day, the oldest first.',
    /** `10 Mar 2026: 92.30% (major outage 1 hr, …)`. */
    day: (date: string, percent: string, statuses: string[]) => `${date}: ${percent} (${statuses.join(', ')})`,
    statusFor: (status: string, duration: string) => `${status.toLowerCase()} ${duration}`,
  },

  history: {
    title: 'History',
    description: (site: string) => `Every incident and maintenance window of ${site}, month by month.`,
    intro: 'Every incident and maintenance window, newest first. Choose a month:',
    nothingEver: 'No incidents reported, and no maintenance so far.',
    ongoing: 'Incidents not resolved yet',
    month: 'Month',
    incidents: 'Incidents',
    maintenance: 'Maintenance',
    monthTitle: (month: string) => `History: ${month}`,
    nothing: 'No incidents or maintenance this month.',
    newer: 'Newer month',
    older: 'Older month',
    allMonths: 'All months',
    pagination: 'Months',
  },

  component: {
    description: (name: string) => `Status, uptime and incident history of ${name}.`,
    group: 'Group',
    currentStatus: 'Current status',
    last90: (days: number) => `Last ${days} days`,
    byMonth: 'Uptime by month',
    recent: (days: number) => `Incidents and maintenance, last ${days} days`,
    none: 'No incidents or maintenance have affected this component.',
    noneRecent: (days: number) => `Nothing has affected this component in the last ${days} days.`,
    byYear: 'All incidents and maintenance, by year',
    yearLink: (year: string, count: number) => `${year}: ${plural(count, 'incident or maintenance window', 'incidents and maintenance windows')}`,
    yearTitle: (name: string, year: string) => `${name}: incidents and maintenance in ${year}`,
    yearDescription: (name: string, year: string) => `Every incident and maintenance window that affected ${name} in ${year}.`,
    yearPagination: 'Years',
    newerYear: 'Newer year',
    olderYear: 'Older year',
    backTo: (name: string) => `${name}: status and uptime`,
    website: 'Open',
  },

  uptimeReport: {
    title: 'Uptime report',
    description: (site: string) => `Monthly uptime of every component of ${site}, with the outage minutes behind it.`,
    intro: (months: number, counted: string, up: string) =>
      `Uptime per calendar month for the last ${months} months, in the display time zone. Each figure counts ${counted}; time in ${up} counts as up.`,
    minuteAs: (status: string, share: string) => `a minute of “${status}” as ${share}`,
    quoted: (status: string) => `“${status}”`,
    formula: (terms: string) => `Uptime = 1 − (${terms}) ÷ minutes in the month`,
    minutesOf: (status: string) => `minutes of “${status}”`,
    soFar: '(so far)',
    componentColumn: 'Component',
    uptimeColumn: 'Uptime',
    minutesColumn: (status: string) => `${status} (min)`,
    targetNote: (target: string, own: boolean) =>
      `Each month is held to an availability target of ${target}${own ? ' (some components have their own)' : ''}; a month below its target is marked, with the incidents behind it.`,
    policy: 'Read the SLA policy',
    belowTarget: (target: string) => `below its ${target} target`,
    missedTitle: 'Below target',
    missed: (name: string, uptime: string, target: string, downtime: string) =>
      `${name}: ${uptime} against a target of ${target}; ${downtime} of downtime, caused by`,
    groupNote: 'A group shows the mean of its components.',
    noData: 'No data',
    watchedSince: (date: string) => `since ${date}`,
    watchNote: 'Time before monitoring began has no data and counts for nothing: a month in which it began counts from that day.',
  },

  maintenancePage: {
    title: 'Maintenance',
    description: (site: string) => `Upcoming and past maintenance windows of ${site}.`,
    current: 'In progress and upcoming',
    noCurrent: 'No maintenance is in progress or scheduled.',
    past: (days: number) => `Past maintenance, last ${days} days`,
    noPast: (days: number) => `No maintenance in the last ${days} days.`,
    older: (count: number) => `${plural(count, 'earlier maintenance window', 'earlier maintenance windows')}: see the history`,
  },

  subscribeForm: {
    title: 'Email updates',
    intro: 'Get an email when an incident or maintenance affects what you choose, and each time it is updated.',
    email: 'Email address',
    choose: 'Email me about',
    everything: 'Everything',
    only: 'or only these components:',
    consent: 'We use your address only to send these emails.',
    privacy: 'Privacy policy',
    submit: 'Subscribe',
    next: 'Next, we send you an email to confirm your address. Updates start once you confirm, and every email has a link to unsubscribe.',
    incidentTitle: 'Get updates on this incident',
    incidentIntro: 'An email with each update, and about later incidents that affect:',
  },

  subscribe: {
    title: 'Subscribe',
    description: (site: string) => `Ways to follow the status of ${site}.`,
    feedDescription: (name: string) => `Every update on incidents, maintenance and postmortems of ${name}.`,
    pageTitle: 'This page',
    page: (url: string) => `Bookmark ${url}. It is a static site published separately from the services it reports on, so it stays up when they are down.`,
    feedsTitle: 'Feeds',
    feeds: 'Every update to an incident or maintenance window, and every postmortem, is its own entry, so your feed reader tells you about each one.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'Maintenance calendar',
    calendar: 'Subscribe to this address in your calendar app to see planned maintenance, kept up to date when windows move or are cancelled:',
    calendarShort: 'Calendar',
    componentsTitle: 'One component',
    components: 'Each component has its own page, feeds, calendar and badge:',
    badge: 'Badge',
    shields: 'shields.io JSON',
    apiTitle: 'JSON API',
    api: 'The same files, in the same shapes, as the public API v2 of Atlassian Statuspage, so existing clients, monitors and integrations work unchanged:',
    badgesTitle: 'Status badge',
    badges: 'An image that always shows the current status, for READMEs and dashboards:',
    badgeAlt: (name: string) => `Status of ${name}`,
    shieldsHint: 'or, through shields.io, for any component:',
    bannerTitle: 'A banner in your own product',
    banner: 'Add this script to your pages; while an incident or maintenance is active it shows a notice at the top that readers can dismiss, linking here.',
    repositoryTitle: 'Every change, as it is made',
    repository: 'This page is published from a git repository; every update is a commit you can watch.',
    repositoryLink: 'The source repository',
    commitsFeed: 'Atom feed of every change',
    supportTitle: 'Questions',
    support: 'Something not covered here?',
  },

  ongoingPage: {
    title: 'Ongoing incidents',
    description: (site: string) => `Every incident of ${site} that is not resolved yet, newest first.`,
    intro: (count: number) => `${plural(count, 'incident is', 'incidents are')} not resolved yet, newest first.`,
    none: 'No incident is ongoing.',
  },

  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Go to the current status',
    history: 'Browse all incidents',
  },
};
