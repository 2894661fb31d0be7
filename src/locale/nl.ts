/** Every word customers read, in Dutch; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural as pluralIn } from './plural.ts';

const plural = (count: number, one: string, many: string) => pluralIn('nl', count, { one: `# ${one}`, other: `# ${many}` });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: 'Operationeel',
  under_maintenance: 'In onderhoud',
  degraded_performance: 'Verminderde prestaties',
  partial_outage: 'Gedeeltelijke storing',
  major_outage: 'Ernstige storing',
  investigating: 'Wordt onderzocht',
  identified: 'Oorzaak gevonden',
  monitoring: 'Wordt gevolgd',
  resolved: 'Opgelost',
  scheduled: 'Gepland',
  in_progress: 'Bezig',
  verifying: 'Wordt gecontroleerd',
  completed: 'Voltooid',
  cancelled: 'Geannuleerd',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: 'Gepland',
  in_progress: 'Bezig',
  verifying: 'Wordt gecontroleerd',
  completed: 'Voltooid',
  cancelled: 'Geannuleerd',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'Alle systemen operationeel',
  maintenance: 'Dienst in onderhoud',
  minor: 'Kleine storing',
  major: 'Gedeeltelijke systeemstoring',
  critical: 'Ernstige systeemstoring',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'Status van de dienst',
  incident: 'Lopende storing',
  maintenance: 'Onderhoud bezig',
  more: 'en nog {count}',
  link: 'Naar de statuspagina',
  dismiss: 'Sluiten',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `Tijden staan in uw tijdzone, ${zone}.`,
  full: { by: 'Volgende update uiterlijk', wasDue: 'Volgende update werd verwacht' },
  short: { by: 'uiterlijk', wasDue: 'werd verwacht' },
  overrunning: 'Loopt uit',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'Vul uw e-mailadres in.',
  emailInvalid: 'Vul een e-mailadres in zoals naam@example.com.',
  chooseOne: 'Kies ‘Alles’ of ten minste één onderdeel.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `${status}: ${title}`,
    updated: (title: string, status: string) => `${status}: ${title}`,
    resolved: (title: string) => `Opgelost: ${title}`,
    scheduled: (title: string) => `Gepland onderhoud: ${title}`,
    started: (title: string) => `Onderhoud bezig: ${title}`,
    verifying: (title: string) => `Onderhoud wordt gecontroleerd: ${title}`,
    completed: (title: string) => `Onderhoud voltooid: ${title}`,
    cancelled: (title: string) => `Onderhoud geannuleerd: ${title}`,
    rescheduled: (title: string) => `Onderhoud verplaatst: ${title}`,
    postmortem: (title: string) => `Evaluatie: ${title}`,
  },
  windowBody: {
    rescheduled: 'Het onderhoudsvenster is verplaatst; het nieuwe venster staat hieronder.',
    cancelled: 'Dit onderhoud is geannuleerd. Er verandert niets.',
    started: 'Het onderhoud is volgens plan begonnen.',
    completed: 'Het onderhoudsvenster is volgens plan afgelopen.',
  },
  postmortemLead: (title: string) => `We hebben gepubliceerd wat er gebeurde tijdens ‘${title}’ en wat we gaan veranderen.`,
  impact: 'Impact',
  affected: 'Getroffen',
  components: 'Onderdelen',
  started: 'Begonnen',
  duration: 'Duur',
  window: 'Venster',
  nextUpdate: 'Volgende update uiterlijk',
  eta: 'Verwachte oplossing',
  workaround: 'Wat u intussen kunt doen',
  compensation: 'Compensatie',
  view: 'Bekijken op de statuspagina',
  viewPostmortem: 'De evaluatie lezen',
  emailReason: (site: string, scope: string) => `U ontvangt dit omdat u zich hebt aangemeld voor meldingen van ${site}${scope}.`,
  emailScope: (components: string) => ` over ${components}`,
  unsubscribe: 'Deze e-mails niet meer ontvangen',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `Onderhoud verplaatst. Nieuw tijdvak: ${span} (eerder gepland: ${was}).`,
  cancelled: 'Geannuleerd: dit onderhoud gaat niet door en er verandert niets voor u. Als het later nodig is, kondigen we een nieuw tijdvak aan.',
  completed: 'Het onderhoud is voltooid.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `We onderzoeken een probleem met ${components}. De volgende update volgt uiterlijk ${next}.`,
  affected: (components: string, next: string) => `We zien nu ook problemen met ${components}. We onderzoeken het; de volgende update volgt uiterlijk ${next}.`,
  monitoring: (components: string, next: string) =>
    `Onze monitoring laat weer normale werking zien voor ${components}. We houden het nauwlettend in de gaten; de volgende update volgt uiterlijk ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: 'Samenvatting',
  lasted: (title: string, duration: string, start: string) => `${title}: ${duration} vanaf ${start}.`,
  stillOpen: (title: string) => `${title}: nog niet opgelost.`,
  impact: 'Impact',
  impactPrompt: 'Wie werd getroffen, hoe en hoe lang.',
  timeline: 'Tijdlijn',
  time: 'Tijd',
  whatHappened: 'Wat er gebeurde',
  rootCause: 'Hoofdoorzaak',
  resolution: 'Oplossing',
  compensation: 'Compensatie',
  compensationPrompt: 'Wat getroffen klanten ontvangen en of ze iets moeten doen, of dat er geen geldt en waarom.',
  changes: 'Wat er verandert',
  changesPrompt: 'Elke actie, met de eigenaar en wanneer die klaar is.',
  placeholder: '(schrijf dit deel)',
};

/** The Dutch interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  badgeWord: (words: string) => words.toLocaleLowerCase('nl'),
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'Geen', minor: 'Klein', major: 'Groot', critical: 'Kritiek' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'Naar de inhoud',
    siteNav: 'Website',
    footerNav: 'Meer van ons',
    contactSupport: 'Contact met support',
    nav: { history: 'Geschiedenis', uptime: 'Beschikbaarheid', maintenance: 'Onderhoud', subscribe: 'Updates ontvangen' },
    defaultDescription: (site: string) => `Actuele status, storingen en onderhoud van ${site}.`,
    generated: 'Pagina gemaakt op',
    zoneNote: (zone: string) => `Tijden in ${zone}.`,
    poweredBy: 'Gepubliceerd vanuit een git-repository met Upfront.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'Storing',
    maintenance: 'Gepland onderhoud',
    maintenanceShort: 'Onderhoud',
    impact: 'Impact',
    affects: 'Treft',
    started: 'Begonnen',
    firstPosted: 'eerst gemeld',
    scheduled: 'Gepland',
    window: 'Venster',
    status: 'Status',
    ongoingFor: 'Gaande sinds',
    lasted: 'duurde',
    ongoingForLower: 'gaande sinds',
    resolved: 'Opgelost',
    completed: 'Voltooid',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'Wat u intussen kunt doen',
    workaroundHistory: 'Zolang het duurde: wat u kon doen',
    compensation: 'Compensatie',
    overdue: '(te laat)',
    nextUpdate: 'Volgende update',
    eta: 'Verwachte oplossing',
    postmortem: 'Evaluatie',
    readPostmortem: 'Lees wat er gebeurde en wat er verandert',
    affectedComponents: 'Getroffen onderdelen',
    updates: 'Updates',
    fileHistory: 'Elke wijziging van deze pagina in de repository bekijken',
    summary: (kind: string, title: string, status: string) => `${kind}: ${title}. ${status}.`,
    duration: 'Duur',
    components: 'Onderdelen',
  },

  postmortem: {
    title: (incident: string) => `Evaluatie: ${incident}`,
    description: (incident: string) => `Wat er gebeurde tijdens ‘${incident}’ en wat er verandert.`,
    backToIncident: '← Terug naar de storing',
    published: 'Gepubliceerd',
    by: 'door',
    facts: 'De storing',
    timeline: 'Tijdlijn zoals gemeld',
  },

  home: {
    ongoing: 'Lopende storingen',
    maintenance: 'Onderhoud',
    components: 'Onderdelen',
    recent: (days: number) => `Afgelopen ${days} dagen`,
    nothingRecent: (days: number) => `Geen storingen of onderhoud in de afgelopen ${days} dagen.`,
    nothingEver: 'Geen storingen gemeld. Als er iets misgaat, staat het hier als eerste, met regelmatige updates tot het is opgelost.',
    moreHistory: 'Alle storingen en onderhoud',
    moreOngoing: (count: number) => `Nog ${plural(count, 'lopende storing', 'lopende storingen')}: alle lopende storingen bekijken`,
    moreMaintenance: (count: number) => `Nog ${plural(count, 'gepland onderhoudsvenster', 'geplande onderhoudsvensters')}: zie Onderhoud`,
    moreRecent: (count: number) => `Nog ${plural(count, 'storing of onderhoud', 'storingen en onderhoudsvensters')} in deze dagen: zie de geschiedenis`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `${days} dagen geleden`,
    uptime: (percent: string) => `${percent} beschikbaar`,
    uptimeSince: (percent: string, date: string) => `${percent} beschikbaar sinds ${date}`,
    noDataLegend: (date: string) => `Geen gegevens: de bewaking begon op ${date}`,
    over: (days: number) => `in de afgelopen ${days} dagen.`,
    today: 'Vandaag',
    of: (label: string) => `, ${label}`,
    troubledDays: (count: number) => `${plural(count, 'dag', 'dagen')} met storingen of onderhoud`,
    andMore: (count: number) => `en nog ${count}`,
    moreDays: (count: number, label: string) => `${plural(count, 'eerdere dag', 'eerdere dagen')}: zie ${label}`,
    order: 'Eén balk per dag, de oudste eerst.',
    // The durations hold commas, so the statuses are set apart by semicolons.
    day: (date: string, percent: string, statuses: string[]) => `${date}: ${percent} (${statuses.join('; ')})`,
    statusFor: (status: string, duration: string) => `${status.toLocaleLowerCase('nl')} ${duration}`,
  },

  history: {
    title: 'Geschiedenis',
    description: (site: string) => `Elke storing en elk onderhoud van ${site}, maand voor maand.`,
    intro: 'Elke storing en elk onderhoud, de nieuwste eerst. Kies een maand:',
    nothingEver: 'Tot nu toe geen storingen gemeld en geen onderhoud.',
    ongoing: 'Storingen die nog niet zijn opgelost',
    month: 'Maand',
    incidents: 'Storingen',
    maintenance: 'Onderhoud',
    monthTitle: (month: string) => `Geschiedenis: ${month}`,
    nothing: 'Geen storingen of onderhoud deze maand.',
    newer: 'Nieuwere maand',
    older: 'Oudere maand',
    allMonths: 'Alle maanden',
    pagination: 'Maanden',
  },

  component: {
    description: (name: string) => `Status, beschikbaarheid en storingsgeschiedenis van ${name}.`,
    group: 'Groep',
    currentStatus: 'Huidige status',
    last90: (days: number) => `Afgelopen ${days} dagen`,
    byMonth: 'Beschikbaarheid per maand',
    recent: (days: number) => `Storingen en onderhoud, afgelopen ${days} dagen`,
    none: 'Geen storing of onderhoud heeft dit onderdeel getroffen.',
    noneRecent: (days: number) => `Niets heeft dit onderdeel getroffen in de afgelopen ${days} dagen.`,
    byYear: 'Alle storingen en onderhoud, per jaar',
    yearLink: (year: string, count: number) => `${year}: ${plural(count, 'storing of onderhoud', 'storingen en onderhoudsvensters')}`,
    yearTitle: (name: string, year: string) => `${name}: storingen en onderhoud in ${year}`,
    yearDescription: (name: string, year: string) => `Elke storing en elk onderhoud dat ${name} trof in ${year}.`,
    yearPagination: 'Jaren',
    newerYear: 'Nieuwer jaar',
    olderYear: 'Ouder jaar',
    backTo: (name: string) => `${name}: status en beschikbaarheid`,
    website: 'Openen',
  },

  uptimeReport: {
    title: 'Beschikbaarheidsrapport',
    description: (site: string) => `Maandelijkse beschikbaarheid van elk onderdeel van ${site}, met de storingsminuten erachter.`,
    intro: (months: number, counted: string, up: string) =>
      `Beschikbaarheid per kalendermaand over de afgelopen ${months} maanden, in de getoonde tijdzone. Elk cijfer telt ${counted}; tijd in ${up} telt als beschikbaar.`,
    minuteAs: (status: string, share: string) => `een minuut ‘${status}’ voor ${share}`,
    quoted: (status: string) => `‘${status}’`,
    formula: (terms: string) => `Beschikbaarheid = 1 − (${terms}) ÷ minuten in de maand`,
    minutesOf: (status: string) => `minuten ‘${status}’`,
    soFar: '(tot nu toe)',
    componentColumn: 'Onderdeel',
    uptimeColumn: 'Beschikbaarheid',
    minutesColumn: (status: string) => `${status} (min)`,
    targetNote: (target: string, own: boolean) =>
      `Elke maand wordt gemeten aan een beschikbaarheidsdoel van ${target}${own ? ' (sommige onderdelen hebben een eigen doel)' : ''}; een maand onder het doel is gemarkeerd, met de incidenten erachter.`,
    policy: 'Lees het SLA-beleid',
    belowTarget: (target: string) => `onder het doel van ${target}`,
    missedTitle: 'Onder het doel',
    missed: (name: string, uptime: string, target: string, downtime: string) =>
      `${name}: ${uptime} bij een doel van ${target}; ${downtime} uitval, veroorzaakt door`,
    groupNote: 'Een groep toont het gemiddelde van haar onderdelen.',
    noData: 'Geen gegevens',
    watchedSince: (date: string) => `sinds ${date}`,
    watchNote: 'Tijd vóór het begin van de bewaking heeft geen gegevens en telt niet mee: een maand waarin die begon, telt vanaf die dag.',
  },

  maintenancePage: {
    title: 'Onderhoud',
    description: (site: string) => `Komende en eerdere onderhoudsvensters van ${site}.`,
    current: 'Bezig en gepland',
    noCurrent: 'Er is geen onderhoud bezig of gepland.',
    past: (days: number) => `Eerder onderhoud, afgelopen ${days} dagen`,
    noPast: (days: number) => `Geen onderhoud in de afgelopen ${days} dagen.`,
    older: (count: number) => `${plural(count, 'eerder onderhoudsvenster', 'eerdere onderhoudsvensters')}: zie de geschiedenis`,
  },

  subscribeForm: {
    title: 'Updates per e-mail',
    intro: 'Ontvang een e-mail wanneer een storing of onderhoud raakt wat u kiest, en bij elke update.',
    email: 'E-mailadres',
    choose: 'Mail mij over',
    everything: 'Alles',
    only: 'of alleen deze onderdelen:',
    consent: 'We gebruiken uw adres alleen om deze e-mails te sturen.',
    privacy: 'Privacybeleid',
    submit: 'Aanmelden',
    next: 'Daarna sturen we u een e-mail om uw adres te bevestigen. De updates beginnen zodra u bevestigt, en elke e-mail bevat een link om u af te melden.',
    incidentTitle: 'Updates over deze storing ontvangen',
    incidentIntro: 'Een e-mail bij elke update, en over latere storingen die dit raken:',
  },

  subscribe: {
    title: 'Volgen',
    description: (site: string) => `Manieren om de status van ${site} te volgen.`,
    feedDescription: (name: string) => `Elke update over storingen, onderhoud en evaluaties van ${name}.`,
    pageTitle: 'Deze pagina',
    page: (url: string) =>
      `Zet ${url} bij uw bladwijzers. Het is een statische site, los gepubliceerd van de diensten waarover hij bericht, dus hij blijft bereikbaar als die uitvallen.`,
    feedsTitle: 'Feeds',
    feeds: 'Elke update van een storing of onderhoud, en elke evaluatie, is een eigen item, zodat uw feedlezer u over elk ervan inlicht.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'Onderhoudsagenda',
    calendar: 'Abonneer u op dit adres in uw agenda-app om gepland onderhoud te zien, bijgewerkt wanneer vensters verschuiven of worden geannuleerd:',
    calendarShort: 'Agenda',
    componentsTitle: 'Eén onderdeel',
    components: 'Elk onderdeel heeft een eigen pagina, feeds, agenda en badge:',
    badge: 'Badge',
    shields: 'shields.io-JSON',
    apiTitle: 'JSON-API',
    api: 'Dezelfde bestanden, in dezelfde vorm, als de openbare API v2 van Atlassian Statuspage, zodat bestaande clients, monitors en integraties ongewijzigd werken:',
    badgesTitle: 'Statusbadge',
    badges: 'Een afbeelding die altijd de huidige status toont, voor README’s en dashboards:',
    badgeAlt: (name: string) => `Status van ${name}`,
    shieldsHint: 'of, via shields.io, voor elk onderdeel:',
    bannerTitle: 'Een melding in uw eigen product',
    banner:
      'Voeg dit script toe aan uw pagina’s; zolang er een storing of onderhoud actief is, toont het bovenaan een melding die lezers kunnen sluiten, met een link hierheen.',
    repositoryTitle: 'Elke wijziging, zodra die gebeurt',
    repository: 'Deze pagina wordt gepubliceerd vanuit een git-repository; elke update is een commit die u kunt volgen.',
    repositoryLink: 'De bronrepository',
    commitsFeed: 'Atom-feed van elke wijziging',
    supportTitle: 'Vragen',
    support: 'Staat uw vraag hier niet bij?',
  },

  ongoingPage: {
    title: 'Lopende storingen',
    description: (site: string) => `Elke storing van ${site} die nog niet is opgelost, de nieuwste eerst.`,
    intro: (count: number) => `${plural(count, 'storing is', 'storingen zijn')} nog niet opgelost, de nieuwste eerst.`,
    none: 'Er is geen lopende storing.',
  },

  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Op dit adres staat geen pagina. Misschien is hij verplaatst, of is de link verkeerd getypt.',
    home: 'Naar de huidige status',
    history: 'Alle storingen bekijken',
  },
};
