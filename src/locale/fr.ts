/** Every word customers read, in French; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural as pluralIn } from './plural.ts';

// French counts 0 and 1 as singular (Intl.PluralRules says so).
// `many` is for round millions, written with `de` as the language writes them: 1 000 000 de jours.
const plural = (count: number, one: string, many: string) =>
  pluralIn('fr', count, { one: `# ${one}`, many: `# ${/^[aeiouhéè]/i.test(many) ? 'd’' : 'de '}${many}`, other: `# ${many}` });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: 'Opérationnel',
  under_maintenance: 'En maintenance',
  degraded_performance: 'Performances dégradées',
  partial_outage: 'Panne partielle',
  major_outage: 'Panne majeure',
  investigating: 'Analyse en cours',
  identified: 'Cause identifiée',
  monitoring: 'Sous surveillance',
  resolved: 'Résolu',
  scheduled: 'Planifiée',
  in_progress: 'En cours',
  verifying: 'Vérification',
  completed: 'Terminée',
  cancelled: 'Annulée',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: 'Planifiée',
  in_progress: 'En cours',
  verifying: 'Vérification',
  completed: 'Terminée',
  cancelled: 'Annulée',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'Tous les systèmes sont opérationnels',
  maintenance: 'Service en maintenance',
  minor: 'Perturbation mineure du service',
  major: 'Panne partielle du système',
  critical: 'Panne majeure du système',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'État du service',
  incident: 'Incident en cours',
  maintenance: 'Maintenance en cours',
  more: 'et {count} de plus',
  link: 'Voir la page d’état',
  dismiss: 'Masquer',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `Les heures sont affichées dans votre fuseau horaire, ${zone}.`,
  full: { by: 'Prochaine mise à jour avant', wasDue: 'Prochaine mise à jour attendue' },
  short: { by: 'avant', wasDue: 'attendue' },
  overrunning: 'Dépasse l’horaire prévu',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail comme nom@example.com.',
  chooseOne: 'Choisissez « Tout » ou au moins un composant.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `${status} : ${title}`,
    updated: (title: string, status: string) => `${status} : ${title}`,
    resolved: (title: string) => `Résolu : ${title}`,
    scheduled: (title: string) => `Maintenance planifiée : ${title}`,
    started: (title: string) => `Maintenance en cours : ${title}`,
    verifying: (title: string) => `Maintenance en vérification : ${title}`,
    completed: (title: string) => `Maintenance terminée : ${title}`,
    cancelled: (title: string) => `Maintenance annulée : ${title}`,
    rescheduled: (title: string) => `Maintenance reprogrammée : ${title}`,
    postmortem: (title: string) => `Rapport d’incident : ${title}`,
  },
  windowBody: {
    rescheduled: 'La fenêtre de maintenance a changé ; la nouvelle fenêtre figure ci-dessous.',
    cancelled: 'Cette maintenance est annulée. Rien ne changera.',
    started: 'La maintenance a commencé, comme prévu.',
    completed: 'La fenêtre de maintenance est terminée, comme prévu.',
  },
  postmortemLead: (title: string) => `Nous avons publié ce qui s’est passé lors de « ${title} » et ce que nous allons changer.`,
  impact: 'Impact',
  affected: 'Concerné',
  components: 'Composants',
  started: 'Début',
  duration: 'Durée',
  window: 'Fenêtre',
  nextUpdate: 'Prochaine mise à jour avant',
  eta: 'Résolution estimée',
  workaround: 'Ce que vous pouvez faire en attendant',
  compensation: 'Dédommagement',
  view: 'Voir sur la page d’état',
  viewPostmortem: 'Lire le rapport d’incident',
  emailReason: (site: string, scope: string) => `Vous recevez ce message car vous êtes abonné aux notifications de ${site}${scope}.`,
  emailScope: (components: string) => ` concernant ${components}`,
  unsubscribe: 'Ne plus recevoir ces e-mails',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `Maintenance reprogrammée. Nouveau créneau : ${span} (créneau initial : ${was}).`,
  cancelled:
    'Annulée : cette maintenance n’aura pas lieu et rien ne changera pour vous. Si elle devient nécessaire plus tard, nous annoncerons un nouveau créneau.',
  completed: 'La maintenance est terminée.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `Nous analysons un problème qui touche ${components}. Prochaine mise à jour au plus tard : ${next}.`,
  affected: (components: string, next: string) =>
    `Le problème touche désormais aussi ${components}. Nous poursuivons l’analyse. Prochaine mise à jour au plus tard : ${next}.`,
  monitoring: (components: string, next: string) =>
    `Notre supervision montre à nouveau un fonctionnement normal pour ${components}. Nous restons attentifs. Prochaine mise à jour au plus tard : ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: 'Résumé',
  lasted: (title: string, duration: string, start: string) => `${title} : ${duration} à partir du ${start}.`,
  stillOpen: (title: string) => `${title} : toujours en cours.`,
  impact: 'Impact',
  impactPrompt: 'Qui a été touché, comment et pendant combien de temps.',
  timeline: 'Chronologie',
  time: 'Heure',
  whatHappened: 'Ce qui s’est passé',
  rootCause: 'Cause première',
  resolution: 'Résolution',
  compensation: 'Dédommagement',
  compensationPrompt: 'Ce que reçoivent les clients touchés et s’ils doivent faire quelque chose, ou qu’aucun ne s’applique et pourquoi.',
  changes: 'Ce qui va changer',
  changesPrompt: 'Chaque action, avec son responsable et son échéance.',
  placeholder: '(rédigez cette section)',
};

/** The French interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  badgeWord: (words: string) => words.toLocaleLowerCase('fr'),
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'Aucun', minor: 'Mineur', major: 'Majeur', critical: 'Critique' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'Aller au contenu',
    siteNav: 'Site',
    footerNav: 'Plus de notre part',
    contactSupport: 'Contacter le support',
    nav: { history: 'Historique', uptime: 'Disponibilité', maintenance: 'Maintenance', subscribe: 'S’abonner aux mises à jour' },
    defaultDescription: (site: string) => `État actuel, incidents et maintenances de ${site}.`,
    generated: 'Page générée le',
    zoneNote: (zone: string) => `Heures en ${zone}.`,
    poweredBy: 'Publiée depuis un dépôt git avec Upfront.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'Incident',
    maintenance: 'Maintenance planifiée',
    maintenanceShort: 'Maintenance',
    impact: 'Impact',
    affects: 'Concerne',
    started: 'Début',
    firstPosted: 'premier message',
    scheduled: 'Planifiée',
    window: 'Fenêtre',
    status: 'État',
    ongoingFor: 'En cours depuis',
    lasted: 'durée',
    ongoingForLower: 'en cours depuis',
    resolved: 'Résolu',
    completed: 'Terminée',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'Ce que vous pouvez faire en attendant',
    workaroundHistory: 'Tant que cela a duré : ce que vous pouviez faire',
    compensation: 'Dédommagement',
    overdue: '(en retard)',
    nextUpdate: 'Prochaine mise à jour',
    eta: 'Résolution estimée',
    postmortem: 'Rapport d’incident',
    readPostmortem: 'Lire ce qui s’est passé et ce qui va changer',
    affectedComponents: 'Composants concernés',
    updates: 'Mises à jour',
    fileHistory: 'Voir chaque modification de cette page dans le dépôt',
    summary: (kind: string, title: string, status: string) => `${kind} : ${title}. ${status}.`,
    duration: 'Durée',
    components: 'Composants',
  },

  postmortem: {
    title: (incident: string) => `Rapport d’incident : ${incident}`,
    description: (incident: string) => `Ce qui s’est passé lors de « ${incident} » et ce qui va changer.`,
    backToIncident: '← Retour à l’incident',
    published: 'Publié le',
    by: 'par',
    facts: 'L’incident',
    timeline: 'Chronologie telle que publiée',
  },

  home: {
    ongoing: 'Incidents en cours',
    maintenance: 'Maintenance',
    components: 'Composants',
    recent: (days: number) => `${days} derniers jours`,
    nothingRecent: (days: number) => `Aucun incident ni maintenance ces ${days} derniers jours.`,
    nothingEver: 'Aucun incident signalé. En cas de problème, il est annoncé ici en premier, avec des mises à jour régulières jusqu’à sa résolution.',
    moreHistory: 'Tous les incidents et maintenances',
    moreOngoing: (count: number) => `${plural(count, 'autre incident en cours', 'autres incidents en cours')} : voir tous les incidents en cours`,
    moreMaintenance: (count: number) =>
      `${plural(count, 'autre fenêtre de maintenance planifiée', 'autres fenêtres de maintenance planifiées')} : voir Maintenance`,
    moreRecent: (count: number) =>
      `${plural(count, 'autre incident ou maintenance', 'autres incidents et maintenances')} sur cette période : voir l’historique`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `il y a ${days} jours`,
    uptime: (percent: string) => `${percent} de disponibilité`,
    uptimeSince: (percent: string, date: string) => `${percent} de disponibilité depuis le ${date}`,
    noDataLegend: (date: string) => `Pas de données : la surveillance a commencé le ${date}`,
    over: (days: number) => `sur les ${days} derniers jours.`,
    today: 'Aujourd’hui',
    of: (label: string) => `, ${label}`,
    troubledDays: (count: number) => `${plural(count, 'jour', 'jours')} avec incidents ou maintenance`,
    andMore: (count: number) => `et ${count} de plus`,
    moreDays: (count: number, label: string) => `${plural(count, 'jour antérieur', 'jours antérieurs')} : voir ${label}`,
    order: 'Une barre par jour, la plus ancienne d’abord.',
    day: (date: string, percent: string, statuses: string[]) => `${date} : ${percent} (${statuses.join(', ')})`,
    statusFor: (status: string, duration: string) => `${status.toLocaleLowerCase('fr')} ${duration}`,
  },

  history: {
    title: 'Historique',
    description: (site: string) => `Chaque incident et chaque maintenance de ${site}, mois par mois.`,
    intro: 'Chaque incident et chaque maintenance, les plus récents d’abord. Choisissez un mois :',
    nothingEver: 'Aucun incident signalé ni aucune maintenance à ce jour.',
    ongoing: 'Incidents pas encore résolus',
    month: 'Mois',
    incidents: 'Incidents',
    maintenance: 'Maintenances',
    monthTitle: (month: string) => `Historique : ${month}`,
    nothing: 'Aucun incident ni maintenance ce mois-ci.',
    newer: 'Mois suivant',
    older: 'Mois précédent',
    allMonths: 'Tous les mois',
    pagination: 'Mois',
  },

  component: {
    description: (name: string) => `État, disponibilité et historique des incidents de ${name}.`,
    group: 'Groupe',
    currentStatus: 'État actuel',
    last90: (days: number) => `${days} derniers jours`,
    byMonth: 'Disponibilité par mois',
    recent: (days: number) => `Incidents et maintenances, ${days} derniers jours`,
    none: 'Aucun incident ni maintenance n’a concerné ce composant.',
    noneRecent: (days: number) => `Rien n’a concerné ce composant ces ${days} derniers jours.`,
    byYear: 'Tous les incidents et maintenances, par année',
    yearLink: (year: string, count: number) => `${year} : ${plural(count, 'incident ou maintenance', 'incidents et maintenances')}`,
    yearTitle: (name: string, year: string) => `${name} : incidents et maintenances en ${year}`,
    yearDescription: (name: string, year: string) => `Chaque incident et chaque maintenance ayant concerné ${name} en ${year}.`,
    yearPagination: 'Années',
    newerYear: 'Année suivante',
    olderYear: 'Année précédente',
    backTo: (name: string) => `${name} : état et disponibilité`,
    website: 'Ouvrir',
  },

  uptimeReport: {
    title: 'Rapport de disponibilité',
    description: (site: string) => `Disponibilité mensuelle de chaque composant de ${site}, avec les minutes de panne correspondantes.`,
    intro: (months: number, counted: string, up: string) =>
      `Disponibilité par mois civil sur les ${months} derniers mois, dans le fuseau horaire affiché. Chaque chiffre compte ${counted} ; le temps passé en ${up} compte comme disponible.`,
    minuteAs: (status: string, share: string) => `une minute en «\u00a0${status}\u00a0» à ${share}`,
    quoted: (status: string) => `«\u00a0${status}\u00a0»`,
    formula: (terms: string) => `Disponibilité = 1 − (${terms}) ÷ minutes du mois`,
    minutesOf: (status: string) => `minutes en «\u00a0${status}\u00a0»`,
    soFar: '(jusqu’ici)',
    componentColumn: 'Composant',
    uptimeColumn: 'Disponibilité',
    minutesColumn: (status: string) => `${status} (min)`,
    targetNote: (target: string, own: boolean) =>
      `Chaque mois est comparé à un objectif de disponibilité de ${target}${own ? ' (certains composants ont le leur)' : ''} ; un mois sous son objectif est signalé, avec les incidents en cause.`,
    policy: 'Lire la politique de SLA',
    belowTarget: (target: string) => `sous l’objectif de ${target}`,
    missedTitle: 'Sous l’objectif',
    missed: (name: string, uptime: string, target: string, downtime: string) =>
      `${name} : ${uptime} pour un objectif de ${target} ; ${downtime} d’indisponibilité, causée par`,
    groupNote: 'Un groupe indique la moyenne de ses composants.',
    noData: 'Pas de données',
    watchedSince: (date: string) => `depuis le ${date}`,
    watchNote: 'Le temps avant le début de la surveillance n’a pas de données et ne compte pas : un mois où elle a commencé compte à partir de ce jour.',
  },

  maintenancePage: {
    title: 'Maintenance',
    description: (site: string) => `Fenêtres de maintenance à venir et passées de ${site}.`,
    current: 'En cours et à venir',
    noCurrent: 'Aucune maintenance n’est en cours ni planifiée.',
    past: (days: number) => `Maintenances passées, ${days} derniers jours`,
    noPast: (days: number) => `Aucune maintenance ces ${days} derniers jours.`,
    older: (count: number) => `${plural(count, 'fenêtre de maintenance antérieure', 'fenêtres de maintenance antérieures')} : voir l’historique`,
  },

  subscribeForm: {
    title: 'Mises à jour par e-mail',
    intro: 'Recevez un e-mail quand un incident ou une maintenance touche ce que vous choisissez, et à chaque mise à jour.',
    email: 'Adresse e-mail',
    choose: 'M’écrire au sujet de',
    everything: 'Tout',
    only: 'ou seulement ces composants :',
    consent: 'Nous utilisons votre adresse uniquement pour envoyer ces e-mails.',
    privacy: 'Politique de confidentialité',
    submit: 'S’abonner',
    next: 'Nous vous envoyons ensuite un e-mail pour confirmer votre adresse. Les mises à jour commencent après la confirmation, et chaque e-mail contient un lien de désabonnement.',
    incidentTitle: 'Suivre cet incident',
    incidentIntro: 'Un e-mail à chaque mise à jour, et pour les prochains incidents qui touchent :',
  },

  subscribe: {
    title: 'S’abonner',
    description: (site: string) => `Comment suivre l’état de ${site}.`,
    feedDescription: (name: string) => `Chaque mise à jour sur les incidents, maintenances et rapports d’incident de ${name}.`,
    pageTitle: 'Cette page',
    page: (url: string) =>
      `Ajoutez ${url} à vos favoris. C’est un site statique publié séparément des services qu’il décrit, il reste donc en ligne quand ils sont en panne.`,
    feedsTitle: 'Flux',
    feeds:
      'Chaque mise à jour d’un incident ou d’une maintenance, et chaque rapport d’incident, est une entrée à part, pour que votre lecteur de flux vous prévienne de chacune.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'Calendrier des maintenances',
    calendar:
      'Abonnez-vous à cette adresse dans votre application de calendrier pour voir les maintenances prévues, tenues à jour quand elles sont déplacées ou annulées :',
    calendarShort: 'Calendrier',
    componentsTitle: 'Un seul composant',
    components: 'Chaque composant a sa propre page, ses flux, son calendrier et son badge :',
    badge: 'Badge',
    shields: 'JSON shields.io',
    apiTitle: 'API JSON',
    api: 'Les mêmes fichiers, dans les mêmes formats, que l’API publique v2 d’Atlassian Statuspage, pour que les clients, sondes et intégrations existants fonctionnent tels quels :',
    badgesTitle: 'Badge d’état',
    badges: 'Une image qui montre toujours l’état actuel, pour les README et les tableaux de bord :',
    badgeAlt: (name: string) => `État de ${name}`,
    shieldsHint: 'ou, via shields.io, pour n’importe quel composant :',
    bannerTitle: 'Un bandeau dans votre propre produit',
    banner:
      'Ajoutez ce script à vos pages : tant qu’un incident ou une maintenance est en cours, il affiche en haut un avis que les lecteurs peuvent masquer, avec un lien vers cette page.',
    repositoryTitle: 'Chaque modification, au moment où elle est faite',
    repository: 'Cette page est publiée depuis un dépôt git ; chaque mise à jour est un commit que vous pouvez suivre.',
    repositoryLink: 'Le dépôt source',
    commitsFeed: 'Flux Atom de chaque modification',
    supportTitle: 'Questions',
    support: 'Une question qui n’est pas traitée ici ?',
  },

  ongoingPage: {
    title: 'Incidents en cours',
    description: (site: string) => `Chaque incident de ${site} pas encore résolu, le plus récent d’abord.`,
    intro: (count: number) => `${plural(count, 'incident n’est pas encore résolu', 'incidents ne sont pas encore résolus')}, le plus récent d’abord.`,
    none: 'Aucun incident en cours.',
  },

  notFound: {
    title: 'Page introuvable',
    body: 'Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal saisi.',
    home: 'Voir l’état actuel',
    history: 'Parcourir tous les incidents',
  },
};
