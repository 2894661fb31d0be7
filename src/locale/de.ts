/** Every word customers read, in German; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural as pluralIn } from './plural.ts';

const plural = (count: number, one: string, many: string) => pluralIn('de', count, { one: `# ${one}`, other: `# ${many}` });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: 'Betriebsbereit',
  under_maintenance: 'In Wartung',
  degraded_performance: 'Eingeschränkte Leistung',
  partial_outage: 'Teilausfall',
  major_outage: 'Schwerer Ausfall',
  investigating: 'Wird untersucht',
  identified: 'Ursache gefunden',
  monitoring: 'Unter Beobachtung',
  resolved: 'Behoben',
  scheduled: 'Geplant',
  in_progress: 'Läuft',
  verifying: 'Wird geprüft',
  completed: 'Abgeschlossen',
  cancelled: 'Abgesagt',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: 'Geplant',
  in_progress: 'Läuft',
  verifying: 'Wird geprüft',
  completed: 'Abgeschlossen',
  cancelled: 'Abgesagt',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'Alle Systeme betriebsbereit',
  maintenance: 'Wartungsarbeiten laufen',
  minor: 'Geringfügige Störung',
  major: 'Teilweiser Systemausfall',
  critical: 'Schwerer Systemausfall',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'Dienststatus',
  incident: 'Laufende Störung',
  maintenance: 'Wartung läuft',
  more: 'und {count} weitere',
  link: 'Zur Statusseite',
  dismiss: 'Ausblenden',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `Zeiten werden in Ihrer Zeitzone angezeigt, ${zone}.`,
  full: { by: 'Nächste Meldung bis', wasDue: 'Nächste Meldung war fällig' },
  short: { by: 'bis', wasDue: 'war fällig' },
  overrunning: 'Dauert länger als geplant',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'Geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  chooseOne: 'Wählen Sie „Alles“ oder mindestens eine Komponente.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `${status}: ${title}`,
    updated: (title: string, status: string) => `${status}: ${title}`,
    resolved: (title: string) => `Behoben: ${title}`,
    scheduled: (title: string) => `Geplante Wartung: ${title}`,
    started: (title: string) => `Wartung läuft: ${title}`,
    verifying: (title: string) => `Wartung wird geprüft: ${title}`,
    completed: (title: string) => `Wartung abgeschlossen: ${title}`,
    cancelled: (title: string) => `Wartung abgesagt: ${title}`,
    rescheduled: (title: string) => `Wartung verschoben: ${title}`,
    postmortem: (title: string) => `Nachbetrachtung: ${title}`,
  },
  windowBody: {
    rescheduled: 'Das Wartungsfenster wurde verschoben; das neue Fenster steht unten.',
    cancelled: 'Diese Wartung ist abgesagt. Es ändert sich nichts.',
    started: 'Die Wartung hat wie geplant begonnen.',
    completed: 'Das Wartungsfenster ist wie geplant zu Ende.',
  },
  postmortemLead: (title: string) => `Wir haben veröffentlicht, was bei „${title}“ geschehen ist und was wir ändern werden.`,
  impact: 'Auswirkung',
  affected: 'Betroffen',
  components: 'Komponenten',
  started: 'Begonnen',
  duration: 'Dauer',
  window: 'Zeitfenster',
  nextUpdate: 'Nächste Meldung bis',
  eta: 'Voraussichtlich behoben',
  workaround: 'Was Sie in der Zwischenzeit tun können',
  compensation: 'Ausgleich',
  view: 'Auf der Statusseite ansehen',
  viewPostmortem: 'Nachbetrachtung lesen',
  emailReason: (site: string, scope: string) => `Sie erhalten diese E-Mail, weil Sie Meldungen von ${site}${scope} abonniert haben.`,
  emailScope: (components: string) => ` zu ${components}`,
  unsubscribe: 'Keine solchen E-Mails mehr erhalten',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `Verschoben: Die Wartung findet jetzt ${span} statt (geplant war ${was}).`,
  cancelled: 'Abgesagt: Diese Wartung findet nicht statt, und für Sie ändert sich nichts. Falls sie später nötig wird, kündigen wir ein neues Zeitfenster an.',
  completed: 'Die Wartung ist abgeschlossen.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `Wir untersuchen ein Problem, das ${components} betrifft. Das nächste Update folgt spätestens ${next}.`,
  affected: (components: string, next: string) =>
    `Jetzt sehen wir auch Probleme bei ${components}. Wir untersuchen sie; das nächste Update folgt spätestens ${next}.`,
  monitoring: (components: string, next: string) =>
    `Unsere Überwachung zeigt wieder den Normalbetrieb für ${components}. Wir beobachten die Lage genau; das nächste Update folgt spätestens ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: 'Zusammenfassung',
  lasted: (title: string, duration: string, start: string) => `${title}: ${duration} ab ${start}.`,
  stillOpen: (title: string) => `${title}: noch nicht behoben.`,
  impact: 'Auswirkung',
  impactPrompt: 'Wer war betroffen, wie und wie lange?',
  timeline: 'Zeitlicher Ablauf',
  time: 'Zeit',
  whatHappened: 'Was geschah',
  rootCause: 'Ursache',
  resolution: 'Behebung',
  compensation: 'Ausgleich',
  compensationPrompt: 'Was betroffene Kunden erhalten und ob sie etwas tun müssen, oder dass keiner gewährt wird und warum.',
  changes: 'Was sich ändert',
  changesPrompt: 'Jede Maßnahme, mit verantwortlicher Person und Termin.',
  placeholder: '(diesen Abschnitt schreiben)',
};

/** The German interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  // German nouns keep their capitals, on a badge too.
  badgeWord: (words: string) => words,
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'Keine', minor: 'Gering', major: 'Erheblich', critical: 'Kritisch' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'Zum Inhalt springen',
    siteNav: 'Website',
    footerNav: 'Mehr von uns',
    contactSupport: 'Support kontaktieren',
    nav: { history: 'Verlauf', uptime: 'Verfügbarkeit', maintenance: 'Wartung', subscribe: 'Updates abonnieren' },
    defaultDescription: (site: string) => `Aktueller Status, Störungen und Wartungen von ${site}.`,
    generated: 'Seite erstellt',
    zoneNote: (zone: string) => `Zeiten in ${zone}.`,
    poweredBy: 'Mit Upfront aus einem Git-Repository veröffentlicht.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'Störung',
    maintenance: 'Geplante Wartung',
    maintenanceShort: 'Wartung',
    impact: 'Auswirkung',
    affects: 'Betrifft',
    started: 'Begonnen',
    firstPosted: 'zuerst gemeldet',
    scheduled: 'Geplant',
    window: 'Zeitfenster',
    status: 'Status',
    ongoingFor: 'Andauernd seit',
    lasted: 'Dauer',
    ongoingForLower: 'andauernd seit',
    resolved: 'Behoben',
    completed: 'Abgeschlossen',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'Was Sie in der Zwischenzeit tun können',
    workaroundHistory: 'Solange es andauerte: was Sie tun konnten',
    compensation: 'Ausgleich',
    overdue: '(überfällig)',
    nextUpdate: 'Nächste Meldung',
    eta: 'Voraussichtlich behoben',
    postmortem: 'Nachbetrachtung',
    readPostmortem: 'Lesen, was geschah und was sich ändert',
    affectedComponents: 'Betroffene Komponenten',
    updates: 'Meldungen',
    fileHistory: 'Jede Änderung dieser Seite im Repository ansehen',
    summary: (kind: string, title: string, status: string) => `${kind}: ${title}. ${status}.`,
    duration: 'Dauer',
    components: 'Komponenten',
  },

  postmortem: {
    title: (incident: string) => `Nachbetrachtung: ${incident}`,
    description: (incident: string) => `Was bei „${incident}“ geschah und was sich ändert.`,
    backToIncident: '← Zurück zur Störung',
    published: 'Veröffentlicht',
    by: 'von',
    facts: 'Die Störung',
    timeline: 'Ablauf, wie gemeldet',
  },

  home: {
    ongoing: 'Laufende Störungen',
    maintenance: 'Wartung',
    components: 'Komponenten',
    recent: (days: number) => `Letzte ${days} Tage`,
    nothingRecent: (days: number) => `Keine Störungen oder Wartungen in den letzten ${days} Tagen.`,
    nothingEver: 'Keine Störungen gemeldet. Wenn etwas schiefgeht, steht es zuerst hier, mit regelmäßigen Meldungen, bis es behoben ist.',
    moreHistory: 'Alle Störungen und Wartungen',
    moreOngoing: (count: number) => `${plural(count, 'weitere laufende Störung', 'weitere laufende Störungen')}: alle laufenden Störungen ansehen`,
    moreMaintenance: (count: number) => `${plural(count, 'weiteres Wartungsfenster', 'weitere Wartungsfenster')} geplant: siehe Wartung`,
    moreRecent: (count: number) => `${plural(count, 'weitere Störung oder Wartung', 'weitere Störungen und Wartungen')} in diesen Tagen: siehe Verlauf`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `vor ${days} Tagen`,
    uptime: (percent: string) => `${percent} Verfügbarkeit`,
    uptimeSince: (percent: string, date: string) => `${percent} Verfügbarkeit seit ${date}`,
    noDataLegend: (date: string) => `Keine Daten: Die Überwachung begann am ${date}`,
    over: (days: number) => `in den letzten ${days} Tagen.`,
    today: 'Heute',
    of: (label: string) => `, ${label}`,
    troubledDays: (count: number) => `${plural(count, 'Tag', 'Tage')} mit Störungen oder Wartungen`,
    andMore: (count: number) => `und ${count} weitere`,
    moreDays: (count: number, label: string) => `${plural(count, 'früherer Tag', 'frühere Tage')}: siehe ${label}`,
    order: 'Ein Balken je Tag, der älteste zuerst.',
    // The durations hold commas, so the statuses are set apart by semicolons.
    day: (date: string, percent: string, statuses: string[]) => `${date}: ${percent} (${statuses.join('; ')})`,
    statusFor: (status: string, duration: string) => `${status} ${duration}`,
  },

  history: {
    title: 'Verlauf',
    description: (site: string) => `Jede Störung und jede Wartung von ${site}, Monat für Monat.`,
    intro: 'Jede Störung und jede Wartung, die neuesten zuerst. Wählen Sie einen Monat:',
    nothingEver: 'Bisher keine Störungen gemeldet und keine Wartungen.',
    ongoing: 'Noch nicht behobene Störungen',
    month: 'Monat',
    incidents: 'Störungen',
    maintenance: 'Wartungen',
    monthTitle: (month: string) => `Verlauf: ${month}`,
    nothing: 'Keine Störungen oder Wartungen in diesem Monat.',
    newer: 'Neuerer Monat',
    older: 'Älterer Monat',
    allMonths: 'Alle Monate',
    pagination: 'Monate',
  },

  component: {
    description: (name: string) => `Status, Verfügbarkeit und Störungsverlauf von ${name}.`,
    group: 'Gruppe',
    currentStatus: 'Aktueller Status',
    last90: (days: number) => `Letzte ${days} Tage`,
    byMonth: 'Verfügbarkeit nach Monat',
    recent: (days: number) => `Störungen und Wartungen, letzte ${days} Tage`,
    none: 'Keine Störung oder Wartung hat diese Komponente betroffen.',
    noneRecent: (days: number) => `In den letzten ${days} Tagen hat nichts diese Komponente betroffen.`,
    byYear: 'Alle Störungen und Wartungen, nach Jahr',
    yearLink: (year: string, count: number) => `${year}: ${plural(count, 'Störung oder Wartung', 'Störungen und Wartungen')}`,
    yearTitle: (name: string, year: string) => `${name}: Störungen und Wartungen ${year}`,
    yearDescription: (name: string, year: string) => `Jede Störung und jede Wartung, die ${name} im Jahr ${year} betroffen hat.`,
    yearPagination: 'Jahre',
    newerYear: 'Neueres Jahr',
    olderYear: 'Älteres Jahr',
    backTo: (name: string) => `${name}: Status und Verfügbarkeit`,
    website: 'Öffnen',
  },

  uptimeReport: {
    title: 'Verfügbarkeitsbericht',
    description: (site: string) => `Monatliche Verfügbarkeit jeder Komponente von ${site}, mit den Ausfallminuten dahinter.`,
    intro: (months: number, counted: string, up: string) =>
      `Verfügbarkeit je Kalendermonat für die letzten ${months} Monate, in der angezeigten Zeitzone. Jeder Wert zählt ${counted}; Zeit in ${up} gilt als verfügbar.`,
    minuteAs: (status: string, share: string) => `eine Minute „${status}“ zu ${share}`,
    quoted: (status: string) => `„${status}“`,
    formula: (terms: string) => `Verfügbarkeit = 1 − (${terms}) ÷ Minuten im Monat`,
    minutesOf: (status: string) => `Minuten „${status}“`,
    soFar: '(bisher)',
    componentColumn: 'Komponente',
    uptimeColumn: 'Verfügbarkeit',
    minutesColumn: (status: string) => `${status} (Min.)`,
    targetNote: (target: string, own: boolean) =>
      `Jeder Monat wird an einem Verfügbarkeitsziel von ${target} gemessen${own ? ' (einige Komponenten haben ein eigenes)' : ''}; ein Monat unter seinem Ziel ist markiert, mit den Vorfällen dahinter.`,
    policy: 'SLA-Richtlinie lesen',
    belowTarget: (target: string) => `unter dem Ziel von ${target}`,
    missedTitle: 'Unter dem Ziel',
    missed: (name: string, uptime: string, target: string, downtime: string) =>
      `${name}: ${uptime} bei einem Ziel von ${target}; ${downtime} Ausfallzeit, verursacht durch`,
    groupNote: 'Eine Gruppe zeigt den Mittelwert ihrer Komponenten.',
    noData: 'Keine Daten',
    watchedSince: (date: string) => `seit ${date}`,
    watchNote: 'Die Zeit vor Beginn der Überwachung hat keine Daten und zählt nicht: Ein Monat, in dem sie begann, zählt ab diesem Tag.',
  },

  maintenancePage: {
    title: 'Wartung',
    description: (site: string) => `Anstehende und vergangene Wartungsfenster von ${site}.`,
    current: 'Laufend und anstehend',
    noCurrent: 'Es läuft keine Wartung, und keine ist geplant.',
    past: (days: number) => `Vergangene Wartungen, letzte ${days} Tage`,
    noPast: (days: number) => `Keine Wartungen in den letzten ${days} Tagen.`,
    older: (count: number) => `${plural(count, 'früheres Wartungsfenster', 'frühere Wartungsfenster')}: siehe Verlauf`,
  },

  subscribeForm: {
    title: 'Updates per E-Mail',
    intro: 'Sie erhalten eine E-Mail, wenn eine Störung oder Wartung das Gewählte betrifft, und bei jedem Update dazu.',
    email: 'E-Mail-Adresse',
    choose: 'E-Mails erhalten zu',
    everything: 'Alles',
    only: 'oder nur diesen Komponenten:',
    consent: 'Wir verwenden Ihre Adresse nur für diese E-Mails.',
    privacy: 'Datenschutzerklärung',
    submit: 'Abonnieren',
    next: 'Danach senden wir Ihnen eine E-Mail, um Ihre Adresse zu bestätigen. Die Updates beginnen nach der Bestätigung, und jede E-Mail enthält einen Link zum Abbestellen.',
    incidentTitle: 'Updates zu dieser Störung erhalten',
    incidentIntro: 'Eine E-Mail zu jedem Update und zu späteren Störungen, die Folgendes betreffen:',
  },

  subscribe: {
    title: 'Abonnieren',
    description: (site: string) => `Wege, den Status von ${site} zu verfolgen.`,
    feedDescription: (name: string) => `Jede Meldung zu Störungen, Wartungen und Nachbetrachtungen von ${name}.`,
    pageTitle: 'Diese Seite',
    page: (url: string) =>
      `Setzen Sie ein Lesezeichen auf ${url}. Die Seite ist statisch und wird getrennt von den Diensten veröffentlicht, über die sie berichtet, also bleibt sie erreichbar, wenn diese ausfallen.`,
    feedsTitle: 'Feeds',
    feeds:
      'Jede Meldung zu einer Störung oder Wartung und jede Nachbetrachtung ist ein eigener Eintrag, damit Ihr Feedreader Sie über jede einzelne informiert.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'Wartungskalender',
    calendar:
      'Abonnieren Sie diese Adresse in Ihrer Kalender-App, um geplante Wartungen zu sehen, aktuell gehalten, wenn Fenster verschoben oder abgesagt werden:',
    calendarShort: 'Kalender',
    componentsTitle: 'Eine Komponente',
    components: 'Jede Komponente hat ihre eigene Seite, Feeds, Kalender und Badge:',
    badge: 'Badge',
    shields: 'shields.io-JSON',
    apiTitle: 'JSON-API',
    api: 'Dieselben Dateien in denselben Formaten wie die öffentliche API v2 von Atlassian Statuspage, sodass vorhandene Clients, Monitore und Integrationen unverändert funktionieren:',
    badgesTitle: 'Status-Badge',
    badges: 'Ein Bild, das immer den aktuellen Status zeigt, für READMEs und Dashboards:',
    badgeAlt: (name: string) => `Status von ${name}`,
    shieldsHint: 'oder, über shields.io, für jede Komponente:',
    bannerTitle: 'Ein Hinweisbanner in Ihrem eigenen Produkt',
    banner:
      'Binden Sie dieses Skript in Ihre Seiten ein; solange eine Störung oder Wartung aktiv ist, zeigt es oben einen ausblendbaren Hinweis mit einem Link hierher.',
    repositoryTitle: 'Jede Änderung, sobald sie geschieht',
    repository: 'Diese Seite wird aus einem Git-Repository veröffentlicht; jede Meldung ist ein Commit, den Sie verfolgen können.',
    repositoryLink: 'Das Quell-Repository',
    commitsFeed: 'Atom-Feed jeder Änderung',
    supportTitle: 'Fragen',
    support: 'Etwas, das hier nicht beantwortet wird?',
  },

  ongoingPage: {
    title: 'Laufende Störungen',
    description: (site: string) => `Jede noch nicht behobene Störung von ${site}, die neueste zuerst.`,
    intro: (count: number) => `${plural(count, 'Störung ist', 'Störungen sind')} noch nicht behoben, die neueste zuerst.`,
    none: 'Derzeit läuft keine Störung.',
  },

  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link ist falsch geschrieben.',
    home: 'Zum aktuellen Status',
    history: 'Alle Störungen ansehen',
  },
};
