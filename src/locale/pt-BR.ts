/** Every word customers read, in Brazilian Portuguese; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural as pluralIn } from './plural.ts';

// `many` is for round millions, written with `de` as the language writes them: 1.000.000 de dias.
const plural = (count: number, one: string, many: string) => pluralIn('pt-BR', count, { one: `# ${one}`, many: `# de ${many}`, other: `# ${many}` });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: 'Operacional',
  under_maintenance: 'Em manutenção',
  degraded_performance: 'Desempenho degradado',
  partial_outage: 'Interrupção parcial',
  major_outage: 'Interrupção grave',
  investigating: 'Investigando',
  identified: 'Causa identificada',
  monitoring: 'Monitorando',
  resolved: 'Resolvido',
  scheduled: 'Agendada',
  in_progress: 'Em andamento',
  verifying: 'Verificando',
  completed: 'Concluída',
  cancelled: 'Cancelada',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: 'Agendada',
  in_progress: 'Em andamento',
  verifying: 'Verificando',
  completed: 'Concluída',
  cancelled: 'Cancelada',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'Todos os sistemas operacionais',
  maintenance: 'Serviço em manutenção',
  minor: 'Interrupção menor do serviço',
  major: 'Interrupção parcial do sistema',
  critical: 'Interrupção grave do sistema',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'Status do serviço',
  incident: 'Incidente em andamento',
  maintenance: 'Manutenção em andamento',
  more: 'e mais {count}',
  link: 'Ver a página de status',
  dismiss: 'Fechar',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `Os horários estão no seu fuso horário, ${zone}.`,
  full: { by: 'Próxima atualização até', wasDue: 'A próxima atualização era esperada' },
  short: { by: 'até', wasDue: 'era esperada' },
  overrunning: 'Passando do horário previsto',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'Informe seu endereço de e-mail.',
  emailInvalid: 'Informe um endereço de e-mail como nome@example.com.',
  chooseOne: 'Escolha “Tudo” ou pelo menos um componente.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `${status}: ${title}`,
    updated: (title: string, status: string) => `${status}: ${title}`,
    resolved: (title: string) => `Resolvido: ${title}`,
    scheduled: (title: string) => `Manutenção agendada: ${title}`,
    started: (title: string) => `Manutenção em andamento: ${title}`,
    verifying: (title: string) => `Manutenção em verificação: ${title}`,
    completed: (title: string) => `Manutenção concluída: ${title}`,
    cancelled: (title: string) => `Manutenção cancelada: ${title}`,
    rescheduled: (title: string) => `Manutenção reagendada: ${title}`,
    postmortem: (title: string) => `Relatório pós-incidente: ${title}`,
  },
  windowBody: {
    rescheduled: 'A janela de manutenção mudou; a nova janela está abaixo.',
    cancelled: 'Esta manutenção foi cancelada. Nada vai mudar.',
    started: 'A manutenção começou, conforme o previsto.',
    completed: 'A janela de manutenção terminou, conforme o previsto.',
  },
  postmortemLead: (title: string) => `Publicamos o que aconteceu durante “${title}” e o que vamos mudar.`,
  impact: 'Impacto',
  affected: 'Afetado',
  components: 'Componentes',
  started: 'Início',
  duration: 'Duração',
  window: 'Janela',
  nextUpdate: 'Próxima atualização até',
  eta: 'Resolução estimada',
  workaround: 'O que você pode fazer enquanto isso',
  compensation: 'Compensação',
  view: 'Ver na página de status',
  viewPostmortem: 'Ler o relatório',
  emailReason: (site: string, scope: string) => `Você recebe este e-mail porque assinou as notificações de ${site}${scope}.`,
  emailScope: (components: string) => ` sobre ${components}`,
  unsubscribe: 'Parar de receber estes e-mails',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `Manutenção reagendada. Novo horário: ${span} (horário anterior: ${was}).`,
  cancelled: 'Cancelada: esta manutenção não será realizada e nada mudará para você. Se for necessária mais tarde, anunciaremos um novo horário.',
  completed: 'A manutenção foi concluída.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `Estamos investigando um problema que afeta ${components}. Próxima atualização até ${next}.`,
  affected: (components: string, next: string) => `O problema agora também afeta ${components}. Continuamos investigando. Próxima atualização até ${next}.`,
  monitoring: (components: string, next: string) =>
    `Nosso monitoramento mostra de novo o funcionamento normal de ${components}. Seguimos acompanhando. Próxima atualização até ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: 'Resumo',
  lasted: (title: string, duration: string, start: string) => `${title}: ${duration} a partir de ${start}.`,
  stillOpen: (title: string) => `${title}: ainda não resolvido.`,
  impact: 'Impacto',
  impactPrompt: 'Quem foi afetado, como e por quanto tempo.',
  timeline: 'Linha do tempo',
  time: 'Horário',
  whatHappened: 'O que aconteceu',
  rootCause: 'Causa raiz',
  resolution: 'Resolução',
  compensation: 'Compensação',
  compensationPrompt: 'O que os clientes afetados recebem e se precisam fazer algo, ou que nenhuma se aplica e por quê.',
  changes: 'O que vai mudar',
  changesPrompt: 'Cada ação, com o responsável e o prazo.',
  placeholder: '(escreva esta seção)',
};

/** The Brazilian Portuguese interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  badgeWord: (words: string) => words.toLocaleLowerCase('pt-BR'),
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'Nenhum', minor: 'Menor', major: 'Grave', critical: 'Crítico' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'Pular para o conteúdo',
    siteNav: 'Site',
    footerNav: 'Mais de nós',
    contactSupport: 'Falar com o suporte',
    nav: { history: 'Histórico', uptime: 'Disponibilidade', maintenance: 'Manutenção', subscribe: 'Receber atualizações' },
    defaultDescription: (site: string) => `Status atual, incidentes e manutenções de ${site}.`,
    generated: 'Página gerada em',
    zoneNote: (zone: string) => `Horários em ${zone}.`,
    poweredBy: 'Publicada a partir de um repositório git com o Upfront.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'Incidente',
    maintenance: 'Manutenção agendada',
    maintenanceShort: 'Manutenção',
    impact: 'Impacto',
    affects: 'Afeta',
    started: 'Início',
    firstPosted: 'primeiro aviso',
    scheduled: 'Agendada',
    window: 'Janela',
    status: 'Status',
    ongoingFor: 'Em andamento há',
    lasted: 'durou',
    ongoingForLower: 'em andamento há',
    resolved: 'Resolvido',
    completed: 'Concluída',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'O que você pode fazer enquanto isso',
    workaroundHistory: 'Enquanto durou: o que você podia fazer',
    compensation: 'Compensação',
    overdue: '(atrasada)',
    nextUpdate: 'Próxima atualização',
    eta: 'Resolução estimada',
    postmortem: 'Relatório pós-incidente',
    readPostmortem: 'Ler o que aconteceu e o que vai mudar',
    affectedComponents: 'Componentes afetados',
    updates: 'Atualizações',
    fileHistory: 'Ver cada alteração desta página no repositório',
    summary: (kind: string, title: string, status: string) => `${kind}: ${title}. ${status}.`,
    duration: 'Duração',
    components: 'Componentes',
  },

  postmortem: {
    title: (incident: string) => `Relatório pós-incidente: ${incident}`,
    description: (incident: string) => `O que aconteceu durante “${incident}” e o que vai mudar.`,
    backToIncident: '← Voltar ao incidente',
    published: 'Publicado em',
    by: 'por',
    facts: 'O incidente',
    timeline: 'Linha do tempo como publicada',
  },

  home: {
    ongoing: 'Incidentes em andamento',
    maintenance: 'Manutenção',
    components: 'Componentes',
    recent: (days: number) => `Últimos ${days} dias`,
    nothingRecent: (days: number) => `Nenhum incidente ou manutenção nos últimos ${days} dias.`,
    nothingEver: 'Nenhum incidente registrado. Quando algo der errado, será publicado aqui primeiro, com atualizações regulares até ser resolvido.',
    moreHistory: 'Todos os incidentes e manutenções',
    moreOngoing: (count: number) => `Mais ${plural(count, 'incidente em andamento', 'incidentes em andamento')}: ver todos os incidentes em andamento`,
    moreMaintenance: (count: number) => `Mais ${plural(count, 'janela de manutenção agendada', 'janelas de manutenção agendadas')}: ver Manutenção`,
    moreRecent: (count: number) => `Mais ${plural(count, 'incidente ou manutenção', 'incidentes e manutenções')} nestes dias: ver o histórico`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `há ${days} dias`,
    uptime: (percent: string) => `${percent} de disponibilidade`,
    uptimeSince: (percent: string, date: string) => `${percent} de disponibilidade desde ${date}`,
    noDataLegend: (date: string) => `Sem dados: o monitoramento começou em ${date}`,
    over: (days: number) => `nos últimos ${days} dias.`,
    today: 'Hoje',
    of: (label: string) => `, ${label}`,
    troubledDays: (count: number) => `${plural(count, 'dia', 'dias')} com incidentes ou manutenção`,
    andMore: (count: number) => `e mais ${count}`,
    moreDays: (count: number, label: string) => `${plural(count, 'dia anterior', 'dias anteriores')}: ver ${label}`,
    order: 'Uma barra por dia, a mais antiga primeiro.',
    day: (date: string, percent: string, statuses: string[]) => `${date}: ${percent} (${statuses.join(', ')})`,
    statusFor: (status: string, duration: string) => `${status.toLocaleLowerCase('pt-BR')} ${duration}`,
  },

  history: {
    title: 'Histórico',
    description: (site: string) => `Cada incidente e manutenção de ${site}, mês a mês.`,
    intro: 'Cada incidente e manutenção, os mais recentes primeiro. Escolha um mês:',
    nothingEver: 'Nenhum incidente registrado e nenhuma manutenção até agora.',
    ongoing: 'Incidentes ainda não resolvidos',
    month: 'Mês',
    incidents: 'Incidentes',
    maintenance: 'Manutenções',
    monthTitle: (month: string) => `Histórico: ${month}`,
    nothing: 'Nenhum incidente ou manutenção neste mês.',
    newer: 'Mês seguinte',
    older: 'Mês anterior',
    allMonths: 'Todos os meses',
    pagination: 'Meses',
  },

  component: {
    description: (name: string) => `Status, disponibilidade e histórico de incidentes de ${name}.`,
    group: 'Grupo',
    currentStatus: 'Status atual',
    last90: (days: number) => `Últimos ${days} dias`,
    byMonth: 'Disponibilidade por mês',
    recent: (days: number) => `Incidentes e manutenções, últimos ${days} dias`,
    none: 'Nenhum incidente ou manutenção afetou este componente.',
    noneRecent: (days: number) => `Nada afetou este componente nos últimos ${days} dias.`,
    byYear: 'Todos os incidentes e manutenções, por ano',
    yearLink: (year: string, count: number) => `${year}: ${plural(count, 'incidente ou manutenção', 'incidentes e manutenções')}`,
    yearTitle: (name: string, year: string) => `${name}: incidentes e manutenções em ${year}`,
    yearDescription: (name: string, year: string) => `Cada incidente e manutenção que afetou ${name} em ${year}.`,
    yearPagination: 'Anos',
    newerYear: 'Ano seguinte',
    olderYear: 'Ano anterior',
    backTo: (name: string) => `${name}: status e disponibilidade`,
    website: 'Abrir',
  },

  uptimeReport: {
    title: 'Relatório de disponibilidade',
    description: (site: string) => `Disponibilidade mensal de cada componente de ${site}, com os minutos de interrupção por trás dela.`,
    intro: (months: number, counted: string, up: string) =>
      `Disponibilidade por mês do calendário nos últimos ${months} meses, no fuso horário exibido. Cada número conta ${counted}; o tempo em ${up} conta como disponível.`,
    minuteAs: (status: string, share: string) => `um minuto de “${status}” como ${share}`,
    quoted: (status: string) => `“${status}”`,
    formula: (terms: string) => `Disponibilidade = 1 − (${terms}) ÷ minutos do mês`,
    minutesOf: (status: string) => `minutos de “${status}”`,
    soFar: '(até agora)',
    componentColumn: 'Componente',
    uptimeColumn: 'Disponibilidade',
    minutesColumn: (status: string) => `${status} (min)`,
    targetNote: (target: string, own: boolean) =>
      `Cada mês é medido contra uma meta de disponibilidade de ${target}${own ? ' (alguns componentes têm a sua)' : ''}; um mês abaixo da meta é marcado, com os incidentes que o causaram.`,
    policy: 'Ler a política de SLA',
    belowTarget: (target: string) => `abaixo da meta de ${target}`,
    missedTitle: 'Abaixo da meta',
    missed: (name: string, uptime: string, target: string, downtime: string) =>
      `${name}: ${uptime} para uma meta de ${target}; ${downtime} de indisponibilidade, causada por`,
    groupNote: 'Um grupo mostra a média dos seus componentes.',
    noData: 'Sem dados',
    watchedSince: (date: string) => `desde ${date}`,
    watchNote: 'O tempo anterior ao início do monitoramento não tem dados e não conta: um mês em que ele começou conta a partir desse dia.',
  },

  maintenancePage: {
    title: 'Manutenção',
    description: (site: string) => `Janelas de manutenção futuras e passadas de ${site}.`,
    current: 'Em andamento e futuras',
    noCurrent: 'Nenhuma manutenção em andamento ou agendada.',
    past: (days: number) => `Manutenções passadas, últimos ${days} dias`,
    noPast: (days: number) => `Nenhuma manutenção nos últimos ${days} dias.`,
    older: (count: number) => `${plural(count, 'janela de manutenção anterior', 'janelas de manutenção anteriores')}: ver o histórico`,
  },

  subscribeForm: {
    title: 'Atualizações por e-mail',
    intro: 'Receba um e-mail quando um incidente ou manutenção afetar o que você escolher, e a cada atualização.',
    email: 'Endereço de e-mail',
    choose: 'Enviar e-mails sobre',
    everything: 'Tudo',
    only: 'ou apenas estes componentes:',
    consent: 'Usamos seu endereço apenas para enviar estes e-mails.',
    privacy: 'Política de privacidade',
    submit: 'Assinar',
    next: 'Em seguida, enviamos um e-mail para confirmar seu endereço. As atualizações começam depois da confirmação, e todo e-mail tem um link para cancelar a assinatura.',
    incidentTitle: 'Receber atualizações deste incidente',
    incidentIntro: 'Um e-mail a cada atualização, e sobre futuros incidentes que afetem:',
  },

  subscribe: {
    title: 'Assinar',
    description: (site: string) => `Formas de acompanhar o status de ${site}.`,
    feedDescription: (name: string) => `Cada atualização sobre incidentes, manutenções e relatórios de ${name}.`,
    pageTitle: 'Esta página',
    page: (url: string) =>
      `Adicione ${url} aos favoritos. É um site estático publicado separadamente dos serviços sobre os quais informa, então continua no ar quando eles caem.`,
    feedsTitle: 'Feeds',
    feeds: 'Cada atualização de um incidente ou manutenção, e cada relatório, é uma entrada própria, para que o seu leitor de feeds avise sobre cada uma.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'Calendário de manutenção',
    calendar: 'Assine este endereço no seu aplicativo de calendário para ver as manutenções planejadas, atualizadas quando as janelas mudam ou são canceladas:',
    calendarShort: 'Calendário',
    componentsTitle: 'Um componente',
    components: 'Cada componente tem a sua própria página, feeds, calendário e selo:',
    badge: 'Selo',
    shields: 'JSON do shields.io',
    apiTitle: 'API JSON',
    api: 'Os mesmos arquivos, nos mesmos formatos, da API pública v2 do Atlassian Statuspage, para que clientes, monitores e integrações existentes funcionem sem mudanças:',
    badgesTitle: 'Selo de status',
    badges: 'Uma imagem que sempre mostra o status atual, para READMEs e painéis:',
    badgeAlt: (name: string) => `Status de ${name}`,
    shieldsHint: 'ou, pelo shields.io, para qualquer componente:',
    bannerTitle: 'Um aviso no seu próprio produto',
    banner:
      'Adicione este script às suas páginas; enquanto houver um incidente ou manutenção ativa, ele mostra no topo um aviso que os leitores podem fechar, com um link para cá.',
    repositoryTitle: 'Cada mudança, assim que é feita',
    repository: 'Esta página é publicada a partir de um repositório git; cada atualização é um commit que você pode acompanhar.',
    repositoryLink: 'O repositório de origem',
    commitsFeed: 'Feed Atom de cada mudança',
    supportTitle: 'Dúvidas',
    support: 'Algo que não está respondido aqui?',
  },

  ongoingPage: {
    title: 'Incidentes em andamento',
    description: (site: string) => `Cada incidente de ${site} ainda não resolvido, o mais recente primeiro.`,
    intro: (count: number) => `${plural(count, 'incidente ainda não foi resolvido', 'incidentes ainda não foram resolvidos')}, o mais recente primeiro.`,
    none: 'Nenhum incidente em andamento.',
  },

  notFound: {
    title: 'Página não encontrada',
    body: 'Não há nenhuma página neste endereço. Ela pode ter sido movida, ou o link pode estar digitado errado.',
    home: 'Ver o status atual',
    history: 'Ver todos os incidentes',
  },
};
