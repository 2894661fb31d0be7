/** Every word customers read, in Italian; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural as pluralIn } from './plural.ts';

// `many` is for round millions, written with `di` as the language writes them: 1.000.000 di giorni.
const plural = (count: number, one: string, many: string) => pluralIn('it', count, { one: `# ${one}`, many: `# di ${many}`, other: `# ${many}` });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: 'Operativo',
  under_maintenance: 'In manutenzione',
  degraded_performance: 'Prestazioni ridotte',
  partial_outage: 'Interruzione parziale',
  major_outage: 'Interruzione grave',
  investigating: 'In analisi',
  identified: 'Causa individuata',
  monitoring: 'Sotto osservazione',
  resolved: 'Risolto',
  scheduled: 'Pianificata',
  in_progress: 'In corso',
  verifying: 'In verifica',
  completed: 'Completata',
  cancelled: 'Annullata',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: 'Pianificata',
  in_progress: 'In corso',
  verifying: 'In verifica',
  completed: 'Completata',
  cancelled: 'Annullata',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'Tutti i sistemi operativi',
  maintenance: 'Servizio in manutenzione',
  minor: 'Disservizio lieve',
  major: 'Interruzione parziale del sistema',
  critical: 'Interruzione grave del sistema',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'Stato del servizio',
  incident: 'Incidente in corso',
  maintenance: 'Manutenzione in corso',
  more: 'e altri {count}',
  link: 'Vai alla pagina di stato',
  dismiss: 'Chiudi',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `Gli orari sono nel tuo fuso orario, ${zone}.`,
  full: { by: 'Prossimo aggiornamento entro', wasDue: 'Il prossimo aggiornamento era previsto' },
  short: { by: 'entro', wasDue: 'era previsto' },
  overrunning: 'Oltre l’orario previsto',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'Inserisci il tuo indirizzo email.',
  emailInvalid: 'Inserisci un indirizzo email come nome@example.com.',
  chooseOne: 'Scegli «Tutto» o almeno un componente.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `${status}: ${title}`,
    updated: (title: string, status: string) => `${status}: ${title}`,
    resolved: (title: string) => `Risolto: ${title}`,
    scheduled: (title: string) => `Manutenzione pianificata: ${title}`,
    started: (title: string) => `Manutenzione in corso: ${title}`,
    verifying: (title: string) => `Manutenzione in verifica: ${title}`,
    completed: (title: string) => `Manutenzione completata: ${title}`,
    cancelled: (title: string) => `Manutenzione annullata: ${title}`,
    rescheduled: (title: string) => `Manutenzione riprogrammata: ${title}`,
    postmortem: (title: string) => `Analisi post-incidente: ${title}`,
  },
  windowBody: {
    rescheduled: 'La finestra di manutenzione è cambiata; la nuova finestra è indicata sotto.',
    cancelled: 'Questa manutenzione è annullata. Non cambierà nulla.',
    started: 'La manutenzione è iniziata, come previsto.',
    completed: 'La finestra di manutenzione è terminata, come previsto.',
  },
  postmortemLead: (title: string) => `Abbiamo pubblicato cosa è successo durante «${title}» e cosa cambieremo.`,
  impact: 'Impatto',
  affected: 'Interessati',
  components: 'Componenti',
  started: 'Inizio',
  duration: 'Durata',
  window: 'Finestra',
  nextUpdate: 'Prossimo aggiornamento entro',
  eta: 'Risoluzione stimata',
  workaround: 'Cosa puoi fare nel frattempo',
  compensation: 'Indennizzo',
  view: 'Vedi nella pagina di stato',
  viewPostmortem: 'Leggi l’analisi',
  emailReason: (site: string, scope: string) => `Ricevi questo messaggio perché sei iscritto alle notifiche di ${site}${scope}.`,
  emailScope: (components: string) => ` su ${components}`,
  unsubscribe: 'Non ricevere più queste email',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `Manutenzione riprogrammata. Nuova finestra: ${span} (finestra precedente: ${was}).`,
  cancelled: 'Annullata: questa manutenzione non avrà luogo e per te non cambierà nulla. Se sarà necessaria in futuro, annunceremo una nuova finestra.',
  completed: 'La manutenzione è terminata.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `Stiamo analizzando un problema che interessa ${components}. Prossimo aggiornamento entro ${next}.`,
  affected: (components: string, next: string) =>
    `Il problema ora interessa anche ${components}. Continuiamo ad analizzarlo. Prossimo aggiornamento entro ${next}.`,
  monitoring: (components: string, next: string) =>
    `Il nostro monitoraggio mostra di nuovo un funzionamento normale di ${components}. Continuiamo a osservare. Prossimo aggiornamento entro ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: 'Riepilogo',
  lasted: (title: string, duration: string, start: string) => `${title}: ${duration} a partire dal ${start}.`,
  stillOpen: (title: string) => `${title}: ancora aperto.`,
  impact: 'Impatto',
  impactPrompt: 'Chi è stato colpito, come e per quanto tempo.',
  timeline: 'Cronologia',
  time: 'Ora',
  whatHappened: 'Cosa è successo',
  rootCause: 'Causa principale',
  resolution: 'Risoluzione',
  compensation: 'Indennizzo',
  compensationPrompt: 'Che cosa ricevono i clienti coinvolti e se devono fare qualcosa, oppure che non ne spetta nessuno e perché.',
  changes: 'Cosa cambierà',
  changesPrompt: 'Ogni azione, con il responsabile e la scadenza.',
  placeholder: '(scrivi questa sezione)',
};

/** The Italian interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  badgeWord: (words: string) => words.toLocaleLowerCase('it'),
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'Nessuno', minor: 'Lieve', major: 'Grave', critical: 'Critico' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'Vai al contenuto',
    siteNav: 'Sito',
    footerNav: 'Altro da noi',
    contactSupport: 'Contatta l’assistenza',
    nav: { history: 'Cronologia', uptime: 'Disponibilità', maintenance: 'Manutenzione', subscribe: 'Ricevi gli aggiornamenti' },
    defaultDescription: (site: string) => `Stato attuale, incidenti e manutenzioni di ${site}.`,
    generated: 'Pagina generata il',
    zoneNote: (zone: string) => `Orari in ${zone}.`,
    poweredBy: 'Pubblicata da un repository git con Upfront.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'Incidente',
    maintenance: 'Manutenzione pianificata',
    maintenanceShort: 'Manutenzione',
    impact: 'Impatto',
    affects: 'Riguarda',
    started: 'Inizio',
    firstPosted: 'primo avviso',
    scheduled: 'Pianificata',
    window: 'Finestra',
    status: 'Stato',
    ongoingFor: 'In corso da',
    lasted: 'durata',
    ongoingForLower: 'in corso da',
    resolved: 'Risolto',
    completed: 'Completata',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'Cosa puoi fare nel frattempo',
    workaroundHistory: 'Finché è durato: cosa potevi fare',
    compensation: 'Indennizzo',
    overdue: '(in ritardo)',
    nextUpdate: 'Prossimo aggiornamento',
    eta: 'Risoluzione stimata',
    postmortem: 'Analisi post-incidente',
    readPostmortem: 'Leggi cosa è successo e cosa cambierà',
    affectedComponents: 'Componenti interessati',
    updates: 'Aggiornamenti',
    fileHistory: 'Vedi ogni modifica di questa pagina nel repository',
    summary: (kind: string, title: string, status: string) => `${kind}: ${title}. ${status}.`,
    duration: 'Durata',
    components: 'Componenti',
  },

  postmortem: {
    title: (incident: string) => `Analisi post-incidente: ${incident}`,
    description: (incident: string) => `Cosa è successo durante «${incident}» e cosa cambierà.`,
    backToIncident: '← Torna all’incidente',
    published: 'Pubblicata il',
    by: 'da',
    facts: 'L’incidente',
    timeline: 'Cronologia come pubblicata',
  },

  home: {
    ongoing: 'Incidenti in corso',
    maintenance: 'Manutenzione',
    components: 'Componenti',
    recent: (days: number) => `Ultimi ${days} giorni`,
    nothingRecent: (days: number) => `Nessun incidente o manutenzione negli ultimi ${days} giorni.`,
    nothingEver: 'Nessun incidente segnalato. Quando qualcosa va storto, lo pubblichiamo prima qui, con aggiornamenti regolari fino alla risoluzione.',
    moreHistory: 'Tutti gli incidenti e le manutenzioni',
    moreOngoing: (count: number) => `Altri ${plural(count, 'incidente in corso', 'incidenti in corso')}: vedi tutti gli incidenti in corso`,
    moreMaintenance: (count: number) =>
      `Altre ${plural(count, 'finestra di manutenzione pianificata', 'finestre di manutenzione pianificate')}: vedi Manutenzione`,
    moreRecent: (count: number) => `Altri ${plural(count, 'incidente o manutenzione', 'incidenti e manutenzioni')} in questi giorni: vedi la cronologia`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `${days} giorni fa`,
    uptime: (percent: string) => `${percent} di disponibilità`,
    uptimeSince: (percent: string, date: string) => `${percent} di disponibilità dal ${date}`,
    noDataLegend: (date: string) => `Nessun dato: il monitoraggio è iniziato il ${date}`,
    over: (days: number) => `negli ultimi ${days} giorni.`,
    today: 'Oggi',
    of: (label: string) => `, ${label}`,
    troubledDays: (count: number) => `${plural(count, 'giorno', 'giorni')} con incidenti o manutenzione`,
    andMore: (count: number) => `e altri ${count}`,
    moreDays: (count: number, label: string) => `${plural(count, 'giorno precedente', 'giorni precedenti')}: vedi ${label}`,
    order: 'Una barra per giorno, la più vecchia per prima.',
    day: (date: string, percent: string, statuses: string[]) => `${date}: ${percent} (${statuses.join(', ')})`,
    statusFor: (status: string, duration: string) => `${status.toLocaleLowerCase('it')} ${duration}`,
  },

  history: {
    title: 'Cronologia',
    description: (site: string) => `Ogni incidente e manutenzione di ${site}, mese per mese.`,
    intro: 'Ogni incidente e manutenzione, i più recenti per primi. Scegli un mese:',
    nothingEver: 'Finora nessun incidente segnalato e nessuna manutenzione.',
    ongoing: 'Incidenti non ancora risolti',
    month: 'Mese',
    incidents: 'Incidenti',
    maintenance: 'Manutenzioni',
    monthTitle: (month: string) => `Cronologia: ${month}`,
    nothing: 'Nessun incidente o manutenzione questo mese.',
    newer: 'Mese successivo',
    older: 'Mese precedente',
    allMonths: 'Tutti i mesi',
    pagination: 'Mesi',
  },

  component: {
    description: (name: string) => `Stato, disponibilità e cronologia degli incidenti di ${name}.`,
    group: 'Gruppo',
    currentStatus: 'Stato attuale',
    last90: (days: number) => `Ultimi ${days} giorni`,
    byMonth: 'Disponibilità per mese',
    recent: (days: number) => `Incidenti e manutenzioni, ultimi ${days} giorni`,
    none: 'Nessun incidente o manutenzione ha interessato questo componente.',
    noneRecent: (days: number) => `Nulla ha interessato questo componente negli ultimi ${days} giorni.`,
    byYear: 'Tutti gli incidenti e le manutenzioni, per anno',
    yearLink: (year: string, count: number) => `${year}: ${plural(count, 'incidente o manutenzione', 'incidenti e manutenzioni')}`,
    yearTitle: (name: string, year: string) => `${name}: incidenti e manutenzioni nel ${year}`,
    yearDescription: (name: string, year: string) => `Ogni incidente e manutenzione che ha interessato ${name} nel ${year}.`,
    yearPagination: 'Anni',
    newerYear: 'Anno successivo',
    olderYear: 'Anno precedente',
    backTo: (name: string) => `${name}: stato e disponibilità`,
    website: 'Apri',
  },

  uptimeReport: {
    title: 'Rapporto di disponibilità',
    description: (site: string) => `Disponibilità mensile di ogni componente di ${site}, con i minuti di interruzione che la determinano.`,
    intro: (months: number, counted: string, up: string) =>
      `Disponibilità per mese di calendario negli ultimi ${months} mesi, nel fuso orario mostrato. Ogni valore conta ${counted}; il tempo in ${up} conta come disponibile.`,
    minuteAs: (status: string, share: string) => `un minuto di «${status}» al ${share}`,
    quoted: (status: string) => `«${status}»`,
    formula: (terms: string) => `Disponibilità = 1 − (${terms}) ÷ minuti del mese`,
    minutesOf: (status: string) => `minuti di «${status}»`,
    soFar: '(finora)',
    componentColumn: 'Componente',
    uptimeColumn: 'Disponibilità',
    minutesColumn: (status: string) => `${status} (min)`,
    targetNote: (target: string, own: boolean) =>
      `Ogni mese è misurato rispetto a un obiettivo di disponibilità del ${target}${own ? ' (alcuni componenti hanno il proprio)' : ''}; un mese sotto il suo obiettivo è segnalato, con gli incidenti che lo hanno causato.`,
    policy: 'Leggi la politica SLA',
    belowTarget: (target: string) => `sotto l’obiettivo del ${target}`,
    missedTitle: 'Sotto l’obiettivo',
    missed: (name: string, uptime: string, target: string, downtime: string) =>
      `${name}: ${uptime} rispetto a un obiettivo del ${target}; ${downtime} di disservizio, causato da`,
    groupNote: 'Un gruppo mostra la media dei suoi componenti.',
    noData: 'Nessun dato',
    watchedSince: (date: string) => `dal ${date}`,
    watchNote: 'Il tempo prima dell’inizio del monitoraggio non ha dati e non conta: un mese in cui è iniziato conta da quel giorno.',
  },

  maintenancePage: {
    title: 'Manutenzione',
    description: (site: string) => `Finestre di manutenzione future e passate di ${site}.`,
    current: 'In corso e in programma',
    noCurrent: 'Nessuna manutenzione in corso o pianificata.',
    past: (days: number) => `Manutenzioni passate, ultimi ${days} giorni`,
    noPast: (days: number) => `Nessuna manutenzione negli ultimi ${days} giorni.`,
    older: (count: number) => `${plural(count, 'finestra di manutenzione precedente', 'finestre di manutenzione precedenti')}: vedi la cronologia`,
  },

  subscribeForm: {
    title: 'Aggiornamenti via email',
    intro: 'Ricevi un’email quando un incidente o una manutenzione riguarda ciò che scegli, e a ogni aggiornamento.',
    email: 'Indirizzo email',
    choose: 'Scrivimi riguardo a',
    everything: 'Tutto',
    only: 'o solo questi componenti:',
    consent: 'Usiamo il tuo indirizzo solo per inviare queste email.',
    privacy: 'Informativa sulla privacy',
    submit: 'Iscriviti',
    next: 'Poi ti inviamo un’email per confermare l’indirizzo. Gli aggiornamenti iniziano dopo la conferma, e ogni email contiene un link per annullare l’iscrizione.',
    incidentTitle: 'Ricevi aggiornamenti su questo incidente',
    incidentIntro: 'Un’email a ogni aggiornamento, e per i prossimi incidenti che riguardano:',
  },

  subscribe: {
    title: 'Iscriviti',
    description: (site: string) => `Modi per seguire lo stato di ${site}.`,
    feedDescription: (name: string) => `Ogni aggiornamento su incidenti, manutenzioni e analisi di ${name}.`,
    pageTitle: 'Questa pagina',
    page: (url: string) =>
      `Aggiungi ${url} ai preferiti. È un sito statico pubblicato separatamente dai servizi di cui riferisce, quindi resta raggiungibile quando questi non funzionano.`,
    feedsTitle: 'Feed',
    feeds: 'Ogni aggiornamento di un incidente o di una manutenzione, e ogni analisi, è una voce a sé, così il tuo lettore di feed ti avvisa di ciascuno.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'Calendario delle manutenzioni',
    calendar:
      'Iscriviti a questo indirizzo nella tua app di calendario per vedere le manutenzioni previste, aggiornate quando le finestre si spostano o vengono annullate:',
    calendarShort: 'Calendario',
    componentsTitle: 'Un singolo componente',
    components: 'Ogni componente ha la propria pagina, feed, calendario e badge:',
    badge: 'Badge',
    shields: 'JSON di shields.io',
    apiTitle: 'API JSON',
    api: 'Gli stessi file, nelle stesse forme, dell’API pubblica v2 di Atlassian Statuspage, così client, monitor e integrazioni esistenti funzionano senza modifiche:',
    badgesTitle: 'Badge di stato',
    badges: 'Un’immagine che mostra sempre lo stato attuale, per README e dashboard:',
    badgeAlt: (name: string) => `Stato di ${name}`,
    shieldsHint: 'oppure, tramite shields.io, per qualsiasi componente:',
    bannerTitle: 'Un avviso nel tuo prodotto',
    banner:
      'Aggiungi questo script alle tue pagine: finché un incidente o una manutenzione è attivo, mostra in alto un avviso chiudibile con un link a questa pagina.',
    repositoryTitle: 'Ogni modifica, appena viene fatta',
    repository: 'Questa pagina è pubblicata da un repository git; ogni aggiornamento è un commit che puoi seguire.',
    repositoryLink: 'Il repository sorgente',
    commitsFeed: 'Feed Atom di ogni modifica',
    supportTitle: 'Domande',
    support: 'Qualcosa che non trovi qui?',
  },

  ongoingPage: {
    title: 'Incidenti in corso',
    description: (site: string) => `Ogni incidente di ${site} non ancora risolto, il più recente per primo.`,
    intro: (count: number) => `${plural(count, 'incidente non è ancora risolto', 'incidenti non sono ancora risolti')}, il più recente per primo.`,
    none: 'Nessun incidente in corso.',
  },

  notFound: {
    title: 'Pagina non trovata',
    body: 'Non c’è nessuna pagina a questo indirizzo. Potrebbe essere stata spostata, oppure il link è scritto male.',
    home: 'Vai allo stato attuale',
    history: 'Sfoglia tutti gli incidenti',
  },
};
