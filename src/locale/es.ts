/** Every word customers read, in Spanish; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural as pluralIn } from './plural.ts';

// `many` is for round millions, written with `de` as the language writes them: 1 000 000 de días.
const plural = (count: number, one: string, many: string) => pluralIn('es', count, { one: `# ${one}`, many: `# de ${many}`, other: `# ${many}` });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: 'Operativo',
  under_maintenance: 'En mantenimiento',
  degraded_performance: 'Rendimiento degradado',
  partial_outage: 'Interrupción parcial',
  major_outage: 'Interrupción grave',
  investigating: 'Investigando',
  identified: 'Causa identificada',
  monitoring: 'En observación',
  resolved: 'Resuelto',
  scheduled: 'Programado',
  in_progress: 'En curso',
  verifying: 'Verificando',
  completed: 'Completado',
  cancelled: 'Cancelado',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: 'Programado',
  in_progress: 'En curso',
  verifying: 'Verificando',
  completed: 'Completado',
  cancelled: 'Cancelado',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'Todos los sistemas operativos',
  maintenance: 'Servicio en mantenimiento',
  minor: 'Interrupción menor del servicio',
  major: 'Interrupción parcial del sistema',
  critical: 'Interrupción grave del sistema',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'Estado del servicio',
  incident: 'Incidente en curso',
  maintenance: 'Mantenimiento en curso',
  more: 'y {count} más',
  link: 'Ver la página de estado',
  dismiss: 'Cerrar',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `Las horas se muestran en su zona horaria, ${zone}.`,
  full: { by: 'Próxima actualización antes de', wasDue: 'La próxima actualización vencía' },
  short: { by: 'antes de', wasDue: 'vencía' },
  overrunning: 'Se está alargando más de lo previsto',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'Escriba su dirección de correo electrónico.',
  emailInvalid: 'Escriba una dirección de correo como nombre@example.com.',
  chooseOne: 'Elija «Todo» o al menos un componente.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `${status}: ${title}`,
    updated: (title: string, status: string) => `${status}: ${title}`,
    resolved: (title: string) => `Resuelto: ${title}`,
    scheduled: (title: string) => `Mantenimiento programado: ${title}`,
    started: (title: string) => `Mantenimiento en curso: ${title}`,
    verifying: (title: string) => `Mantenimiento en verificación: ${title}`,
    completed: (title: string) => `Mantenimiento completado: ${title}`,
    cancelled: (title: string) => `Mantenimiento cancelado: ${title}`,
    rescheduled: (title: string) => `Mantenimiento reprogramado: ${title}`,
    postmortem: (title: string) => `Informe posterior al incidente: ${title}`,
  },
  windowBody: {
    rescheduled: 'La ventana de mantenimiento ha cambiado; la nueva ventana figura abajo.',
    cancelled: 'Este mantenimiento se ha cancelado. No cambiará nada.',
    started: 'El mantenimiento ha comenzado, según lo previsto.',
    completed: 'La ventana de mantenimiento ha terminado, según lo previsto.',
  },
  postmortemLead: (title: string) => `Hemos publicado qué ocurrió durante «${title}» y qué vamos a cambiar.`,
  impact: 'Impacto',
  affected: 'Afectado',
  components: 'Componentes',
  started: 'Inicio',
  duration: 'Duración',
  window: 'Ventana',
  nextUpdate: 'Próxima actualización antes de',
  eta: 'Resolución estimada',
  workaround: 'Qué puede hacer mientras tanto',
  compensation: 'Compensación',
  view: 'Ver en la página de estado',
  viewPostmortem: 'Leer el informe',
  emailReason: (site: string, scope: string) => `Recibe este mensaje porque se suscribió a las notificaciones de ${site}${scope}.`,
  emailScope: (components: string) => ` sobre ${components}`,
  unsubscribe: 'Dejar de recibir estos correos',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `Mantenimiento reprogramado. Nuevo horario: ${span} (horario anterior: ${was}).`,
  cancelled: 'Cancelado: este mantenimiento no se realizará y no cambiará nada para usted. Si más adelante fuera necesario, anunciaremos un nuevo horario.',
  completed: 'El mantenimiento ha finalizado.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) =>
    `Estamos investigando un problema que afecta a ${components}. Próxima actualización, a más tardar: ${next}.`,
  affected: (components: string, next: string) =>
    `El problema ahora también afecta a ${components}. Seguimos investigando. Próxima actualización, a más tardar: ${next}.`,
  monitoring: (components: string, next: string) =>
    `Nuestra monitorización muestra de nuevo un funcionamiento normal de ${components}. Seguimos vigilando. Próxima actualización, a más tardar: ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: 'Resumen',
  lasted: (title: string, duration: string, start: string) => `${title}: ${duration} desde el ${start}.`,
  stillOpen: (title: string) => `${title}: aún sin resolver.`,
  impact: 'Impacto',
  impactPrompt: 'A quién afectó, cómo y durante cuánto tiempo.',
  timeline: 'Cronología',
  time: 'Hora',
  whatHappened: 'Qué ocurrió',
  rootCause: 'Causa raíz',
  resolution: 'Resolución',
  compensation: 'Compensación',
  compensationPrompt: 'Qué reciben los clientes afectados y si deben hacer algo, o que no corresponde ninguna y por qué.',
  changes: 'Qué va a cambiar',
  changesPrompt: 'Cada acción, con su responsable y su fecha.',
  placeholder: '(escriba esta sección)',
};

/** The Spanish interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  badgeWord: (words: string) => words.toLocaleLowerCase('es'),
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'Ninguno', minor: 'Menor', major: 'Grave', critical: 'Crítico' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'Saltar al contenido',
    siteNav: 'Sitio',
    footerNav: 'Más de nosotros',
    contactSupport: 'Contactar con soporte',
    nav: { history: 'Historial', uptime: 'Disponibilidad', maintenance: 'Mantenimiento', subscribe: 'Suscribirse a las novedades' },
    defaultDescription: (site: string) => `Estado actual, incidentes y mantenimientos de ${site}.`,
    generated: 'Página generada',
    zoneNote: (zone: string) => `Horas en ${zone}.`,
    poweredBy: 'Publicada desde un repositorio git con Upfront.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'Incidente',
    maintenance: 'Mantenimiento programado',
    maintenanceShort: 'Mantenimiento',
    impact: 'Impacto',
    affects: 'Afecta a',
    started: 'Inicio',
    firstPosted: 'primer aviso',
    scheduled: 'Programado',
    window: 'Ventana',
    status: 'Estado',
    ongoingFor: 'En curso desde hace',
    lasted: 'duró',
    ongoingForLower: 'en curso desde hace',
    resolved: 'Resuelto',
    completed: 'Completado',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'Qué puede hacer mientras tanto',
    workaroundHistory: 'Mientras duró: lo que podía hacer',
    compensation: 'Compensación',
    overdue: '(con retraso)',
    nextUpdate: 'Próxima actualización',
    eta: 'Resolución estimada',
    postmortem: 'Informe posterior',
    readPostmortem: 'Leer qué ocurrió y qué va a cambiar',
    affectedComponents: 'Componentes afectados',
    updates: 'Actualizaciones',
    fileHistory: 'Ver cada cambio de esta página en el repositorio',
    summary: (kind: string, title: string, status: string) => `${kind}: ${title}. ${status}.`,
    duration: 'Duración',
    components: 'Componentes',
  },

  postmortem: {
    title: (incident: string) => `Informe posterior: ${incident}`,
    description: (incident: string) => `Qué ocurrió durante «${incident}» y qué va a cambiar.`,
    backToIncident: '← Volver al incidente',
    published: 'Publicado',
    by: 'por',
    facts: 'El incidente',
    timeline: 'Cronología tal como se publicó',
  },

  home: {
    ongoing: 'Incidentes en curso',
    maintenance: 'Mantenimiento',
    components: 'Componentes',
    recent: (days: number) => `Últimos ${days} días`,
    nothingRecent: (days: number) => `Ningún incidente ni mantenimiento en los últimos ${days} días.`,
    nothingEver: 'No se ha informado de incidentes. Cuando algo falla, se publica aquí primero, con actualizaciones periódicas hasta que se soluciona.',
    moreHistory: 'Todos los incidentes y mantenimientos',
    moreOngoing: (count: number) => `${plural(count, 'incidente más en curso', 'incidentes más en curso')}: ver todos los incidentes en curso`,
    moreMaintenance: (count: number) =>
      `${plural(count, 'ventana de mantenimiento más programada', 'ventanas de mantenimiento más programadas')}: ver Mantenimiento`,
    moreRecent: (count: number) => `${plural(count, 'incidente o mantenimiento más', 'incidentes y mantenimientos más')} en estos días: ver el historial`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `hace ${days} días`,
    uptime: (percent: string) => `${percent} de disponibilidad`,
    uptimeSince: (percent: string, date: string) => `${percent} de disponibilidad desde el ${date}`,
    noDataLegend: (date: string) => `Sin datos: la supervisión empezó el ${date}`,
    over: (days: number) => `en los últimos ${days} días.`,
    today: 'Hoy',
    of: (label: string) => `, ${label}`,
    troubledDays: (count: number) => `${plural(count, 'día', 'días')} con incidentes o mantenimiento`,
    andMore: (count: number) => `y ${count} más`,
    moreDays: (count: number, label: string) => `${plural(count, 'día anterior', 'días anteriores')}: ver ${label}`,
    order: 'Una barra por día, la más antigua primero.',
    day: (date: string, percent: string, statuses: string[]) => `${date}: ${percent} (${statuses.join(', ')})`,
    statusFor: (status: string, duration: string) => `${status.toLocaleLowerCase('es')} ${duration}`,
  },

  history: {
    title: 'Historial',
    description: (site: string) => `Cada incidente y mantenimiento de ${site}, mes a mes.`,
    intro: 'Cada incidente y mantenimiento, los más recientes primero. Elija un mes:',
    nothingEver: 'No se ha informado de incidentes ni de mantenimientos hasta ahora.',
    ongoing: 'Incidentes aún sin resolver',
    month: 'Mes',
    incidents: 'Incidentes',
    maintenance: 'Mantenimientos',
    monthTitle: (month: string) => `Historial: ${month}`,
    nothing: 'Ningún incidente ni mantenimiento este mes.',
    newer: 'Mes siguiente',
    older: 'Mes anterior',
    allMonths: 'Todos los meses',
    pagination: 'Meses',
  },

  component: {
    description: (name: string) => `Estado, disponibilidad e historial de incidentes de ${name}.`,
    group: 'Grupo',
    currentStatus: 'Estado actual',
    last90: (days: number) => `Últimos ${days} días`,
    byMonth: 'Disponibilidad por mes',
    recent: (days: number) => `Incidentes y mantenimientos, últimos ${days} días`,
    none: 'Ningún incidente ni mantenimiento ha afectado a este componente.',
    noneRecent: (days: number) => `Nada ha afectado a este componente en los últimos ${days} días.`,
    byYear: 'Todos los incidentes y mantenimientos, por año',
    yearLink: (year: string, count: number) => `${year}: ${plural(count, 'incidente o mantenimiento', 'incidentes y mantenimientos')}`,
    yearTitle: (name: string, year: string) => `${name}: incidentes y mantenimientos en ${year}`,
    yearDescription: (name: string, year: string) => `Cada incidente y mantenimiento que afectó a ${name} en ${year}.`,
    yearPagination: 'Años',
    newerYear: 'Año siguiente',
    olderYear: 'Año anterior',
    backTo: (name: string) => `${name}: estado y disponibilidad`,
    website: 'Abrir',
  },

  uptimeReport: {
    title: 'Informe de disponibilidad',
    description: (site: string) => `Disponibilidad mensual de cada componente de ${site}, con los minutos de interrupción que la explican.`,
    intro: (months: number, counted: string, up: string) =>
      `Disponibilidad por mes natural de los últimos ${months} meses, en la zona horaria mostrada. Cada cifra cuenta ${counted}; el tiempo en ${up} cuenta como disponible.`,
    minuteAs: (status: string, share: string) => `un minuto de «${status}» al ${share}`,
    quoted: (status: string) => `«${status}»`,
    formula: (terms: string) => `Disponibilidad = 1 − (${terms}) ÷ minutos del mes`,
    minutesOf: (status: string) => `minutos de «${status}»`,
    soFar: '(hasta ahora)',
    componentColumn: 'Componente',
    uptimeColumn: 'Disponibilidad',
    minutesColumn: (status: string) => `${status} (min)`,
    targetNote: (target: string, own: boolean) =>
      `Cada mes se mide contra un objetivo de disponibilidad del ${target}${own ? ' (algunos componentes tienen el suyo)' : ''}; un mes por debajo de su objetivo se marca, con los incidentes que lo causaron.`,
    policy: 'Leer la política de SLA',
    belowTarget: (target: string) => `por debajo del objetivo del ${target}`,
    missedTitle: 'Por debajo del objetivo',
    missed: (name: string, uptime: string, target: string, downtime: string) =>
      `${name}: ${uptime} frente a un objetivo del ${target}; ${downtime} de inactividad, causada por`,
    groupNote: 'Un grupo muestra la media de sus componentes.',
    noData: 'Sin datos',
    watchedSince: (date: string) => `desde el ${date}`,
    watchNote: 'El tiempo anterior al inicio de la supervisión no tiene datos y no cuenta: un mes en el que empezó cuenta desde ese día.',
  },

  maintenancePage: {
    title: 'Mantenimiento',
    description: (site: string) => `Ventanas de mantenimiento próximas y pasadas de ${site}.`,
    current: 'En curso y próximos',
    noCurrent: 'No hay ningún mantenimiento en curso ni programado.',
    past: (days: number) => `Mantenimientos pasados, últimos ${days} días`,
    noPast: (days: number) => `Ningún mantenimiento en los últimos ${days} días.`,
    older: (count: number) => `${plural(count, 'ventana de mantenimiento anterior', 'ventanas de mantenimiento anteriores')}: ver el historial`,
  },

  subscribeForm: {
    title: 'Novedades por correo electrónico',
    intro: 'Reciba un correo cuando un incidente o un mantenimiento afecte a lo que elija, y con cada actualización.',
    email: 'Correo electrónico',
    choose: 'Escribirme sobre',
    everything: 'Todo',
    only: 'o solo estos componentes:',
    consent: 'Usamos su dirección solo para enviar estos correos.',
    privacy: 'Política de privacidad',
    submit: 'Suscribirse',
    next: 'A continuación le enviamos un correo para confirmar su dirección. Las novedades empiezan cuando la confirme, y cada correo incluye un enlace para darse de baja.',
    incidentTitle: 'Recibir novedades de este incidente',
    incidentIntro: 'Un correo con cada actualización, y sobre futuros incidentes que afecten a:',
  },

  subscribe: {
    title: 'Suscribirse',
    description: (site: string) => `Formas de seguir el estado de ${site}.`,
    feedDescription: (name: string) => `Cada actualización sobre incidentes, mantenimientos e informes de ${name}.`,
    pageTitle: 'Esta página',
    page: (url: string) =>
      `Guarde ${url} en marcadores. Es un sitio estático publicado aparte de los servicios de los que informa, así que sigue disponible cuando ellos fallan.`,
    feedsTitle: 'Canales',
    feeds: 'Cada actualización de un incidente o mantenimiento, y cada informe, es una entrada propia, para que su lector de canales le avise de cada una.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'Calendario de mantenimiento',
    calendar:
      'Suscríbase a esta dirección en su aplicación de calendario para ver el mantenimiento previsto, actualizado cuando las ventanas cambian o se cancelan:',
    calendarShort: 'Calendario',
    componentsTitle: 'Un solo componente',
    components: 'Cada componente tiene su propia página, canales, calendario e insignia:',
    badge: 'Insignia',
    shields: 'JSON de shields.io',
    apiTitle: 'API JSON',
    api: 'Los mismos archivos, con la misma forma, que la API pública v2 de Atlassian Statuspage, para que los clientes, monitores e integraciones existentes funcionen sin cambios:',
    badgesTitle: 'Insignia de estado',
    badges: 'Una imagen que siempre muestra el estado actual, para archivos README y paneles:',
    badgeAlt: (name: string) => `Estado de ${name}`,
    shieldsHint: 'o, a través de shields.io, para cualquier componente:',
    bannerTitle: 'Un aviso en su propio producto',
    banner:
      'Añada este script a sus páginas; mientras haya un incidente o un mantenimiento activo, muestra arriba un aviso que se puede cerrar, con un enlace a esta página.',
    repositoryTitle: 'Cada cambio, en cuanto se hace',
    repository: 'Esta página se publica desde un repositorio git; cada actualización es un commit que puede seguir.',
    repositoryLink: 'El repositorio de origen',
    commitsFeed: 'Canal Atom de cada cambio',
    supportTitle: 'Preguntas',
    support: '¿Algo que no se trata aquí?',
  },

  ongoingPage: {
    title: 'Incidentes en curso',
    description: (site: string) => `Cada incidente de ${site} aún sin resolver, el más reciente primero.`,
    intro: (count: number) => `${plural(count, 'incidente sigue', 'incidentes siguen')} sin resolver, el más reciente primero.`,
    none: 'No hay ningún incidente en curso.',
  },

  notFound: {
    title: 'Página no encontrada',
    body: 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.',
    home: 'Ver el estado actual',
    history: 'Ver todos los incidentes',
  },
};
