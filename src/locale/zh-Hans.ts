/** Every word customers read, in Simplified Chinese; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural } from './plural.ts';

// Chinese has one plural form; the helper still writes the number in the language's digits.
const count = (amount: number) => plural('zh-Hans', amount, { other: '#' });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: '正常',
  under_maintenance: '维护中',
  degraded_performance: '性能下降',
  partial_outage: '部分中断',
  major_outage: '严重中断',
  investigating: '调查中',
  identified: '已查明原因',
  monitoring: '观察中',
  resolved: '已解决',
  scheduled: '已计划',
  in_progress: '进行中',
  verifying: '验证中',
  completed: '已完成',
  cancelled: '已取消',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: '已计划',
  in_progress: '进行中',
  verifying: '验证中',
  completed: '已完成',
  cancelled: '已取消',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: '所有系统运行正常',
  maintenance: '服务维护中',
  minor: '服务出现轻微中断',
  major: '系统部分中断',
  critical: '系统严重中断',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: '服务状态',
  incident: '故障处理中',
  maintenance: '维护进行中',
  more: '另有 {count} 项',
  link: '查看状态页面',
  dismiss: '关闭',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `时间按您所在的时区（${zone}）显示。`,
  full: { by: '下次更新不晚于', wasDue: '下次更新原定于' },
  short: { by: '不晚于', wasDue: '原定于' },
  overrunning: '已超出计划时间',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: '请输入您的电子邮件地址。',
  emailInvalid: '请输入类似 name@example.com 的电子邮件地址。',
  chooseOne: '请选择“全部”或至少一个组件。',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `【${status}】${title}`,
    updated: (title: string, status: string) => `【${status}】${title}`,
    resolved: (title: string) => `【已解决】${title}`,
    scheduled: (title: string) => `【计划维护】${title}`,
    started: (title: string) => `【维护进行中】${title}`,
    verifying: (title: string) => `【维护验证中】${title}`,
    completed: (title: string) => `【维护已完成】${title}`,
    cancelled: (title: string) => `【维护已取消】${title}`,
    rescheduled: (title: string) => `【维护时间已变更】${title}`,
    postmortem: (title: string) => `【事后复盘】${title}`,
  },
  windowBody: {
    rescheduled: '维护时间已变更，新的时间见下方。',
    cancelled: '本次维护已取消，不会有任何变化。',
    started: '维护已按计划开始。',
    completed: '维护已按计划结束。',
  },
  postmortemLead: (title: string) => `我们已公布“${title}”期间发生了什么，以及我们将做出的改进。`,
  impact: '影响程度',
  affected: '受影响',
  components: '组件',
  started: '开始于',
  duration: '持续时间',
  window: '维护时间',
  nextUpdate: '下次更新不晚于',
  eta: '预计解决时间',
  workaround: '在此期间您可以',
  compensation: '补偿',
  view: '在状态页面查看',
  viewPostmortem: '阅读事后复盘',
  emailReason: (site: string, scope: string) => `您收到此邮件，是因为您订阅了 ${site}${scope}的通知。`,
  emailScope: (components: string) => `关于 ${components} `,
  unsubscribe: '不再接收此类邮件',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `已改期：维护的新时间为 ${span}（原定时间：${was}）。`,
  cancelled: '已取消：本次维护不会进行，您不会受到任何影响。如日后需要，我们将另行公布新的时间。',
  completed: '维护已完成。',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `我们正在调查影响${components}的问题。我们将在${next}之前发布下一次更新。`,
  affected: (components: string, next: string) => `问题现在也影响到${components}。我们正在继续调查，并将在${next}之前发布下一次更新。`,
  monitoring: (components: string, next: string) => `监控显示${components}已恢复正常运行。我们将继续密切观察，并在${next}之前发布下一次更新。`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: '概述',
  lasted: (title: string, duration: string, start: string) => `${title}：自 ${start} 起，持续 ${duration}。`,
  stillOpen: (title: string) => `${title}：尚未解决。`,
  impact: '影响',
  impactPrompt: '谁受到了影响、如何受影响、持续多久。',
  timeline: '时间线',
  time: '时间',
  whatHappened: '经过',
  rootCause: '根本原因',
  resolution: '解决方式',
  compensation: '补偿',
  compensationPrompt: '受影响的客户将获得什么、是否需要做任何操作；如不适用，请说明原因。',
  changes: '改进措施',
  changesPrompt: '每项措施及其负责人和完成时间。',
  placeholder: '（请撰写本节）',
};

/** The Simplified Chinese interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  badgeWord: (words: string) => words,
  feedTitle: (prefix: string, title: string) => `【${prefix}】${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: '无', minor: '轻微', major: '严重', critical: '紧急' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: '跳到正文',
    siteNav: '网站',
    footerNav: '更多链接',
    contactSupport: '联系支持',
    nav: { history: '历史记录', uptime: '可用性', maintenance: '维护', subscribe: '订阅更新' },
    defaultDescription: (site: string) => `${site}的当前状态、故障和维护。`,
    generated: '页面生成于',
    zoneNote: (zone: string) => `时间为 ${zone}。`,
    poweredBy: '由 Upfront 从 git 仓库发布。',
    rssTitle: (name: string) => `${name}（RSS）`,
    atomTitle: (name: string) => `${name}（Atom）`,
  },

  event: {
    incident: '故障',
    maintenance: '计划维护',
    maintenanceShort: '维护',
    impact: '影响程度',
    affects: '影响范围',
    started: '开始于',
    firstPosted: '首次发布',
    scheduled: '计划时间',
    window: '维护时间',
    status: '状态',
    ongoingFor: '已持续',
    lasted: '持续',
    ongoingForLower: '已持续',
    resolved: '解决于',
    completed: '完成于',
    overrunning: LIVE_WORDS.overrunning,
    workaround: '在此期间您可以',
    workaroundHistory: '持续期间您可以',
    compensation: '补偿',
    overdue: '（已逾期）',
    nextUpdate: '下次更新',
    eta: '预计解决时间',
    postmortem: '事后复盘',
    readPostmortem: '了解发生了什么以及将如何改进',
    affectedComponents: '受影响的组件',
    updates: '更新记录',
    fileHistory: '在仓库中查看本页面的每次修改',
    summary: (kind: string, title: string, status: string) => `${kind}：${title}。${status}。`,
    duration: '持续时间',
    components: '组件',
  },

  postmortem: {
    title: (incident: string) => `事后复盘：${incident}`,
    description: (incident: string) => `“${incident}”期间发生了什么，以及将如何改进。`,
    backToIncident: '← 返回故障详情',
    published: '发布于',
    by: '作者',
    facts: '故障概况',
    timeline: '已发布的时间线',
  },

  home: {
    ongoing: '进行中的故障',
    maintenance: '维护',
    components: '组件',
    recent: (days: number) => `过去 ${days} 天`,
    nothingRecent: (days: number) => `过去 ${days} 天内没有故障或维护。`,
    nothingEver: '暂无故障报告。一旦出现问题，我们会首先在这里发布，并定期更新，直到问题解决。',
    moreHistory: '所有故障和维护',
    moreOngoing: (amount: number) => `另有 ${count(amount)} 个进行中的故障：查看所有进行中的故障`,
    moreMaintenance: (amount: number) => `另有 ${count(amount)} 个已计划的维护：查看维护`,
    moreRecent: (amount: number) => `这段时间另有 ${count(amount)} 个故障和维护：查看历史记录`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `${days} 天前`,
    uptime: (percent: string) => `可用性 ${percent}`,
    uptimeSince: (percent: string, date: string) => `自 ${date} 起可用性 ${percent}`,
    noDataLegend: (date: string) => `无数据：监控始于 ${date}`,
    over: (days: number) => `（过去 ${days} 天）。`,
    today: '今天',
    of: (label: string) => `（${label}）`,
    troubledDays: (amount: number) => `${count(amount)} 天有故障或维护`,
    andMore: (amount: number) => `另有 ${amount} 个`,
    moreDays: (amount: number, label: string) => `更早的 ${count(amount)} 天：查看${label}`,
    order: '每天一条，最早的在前。',
    day: (date: string, percent: string, statuses: string[]) => `${date}：${percent}（${statuses.join('，')}）`,
    statusFor: (status: string, duration: string) => `${status} ${duration}`,
  },

  history: {
    title: '历史记录',
    description: (site: string) => `${site}的所有故障和维护，按月排列。`,
    intro: '所有故障和维护，最新的在前。请选择月份：',
    nothingEver: '迄今没有故障报告，也没有维护。',
    ongoing: '尚未解决的故障',
    month: '月份',
    incidents: '故障',
    maintenance: '维护',
    monthTitle: (month: string) => `历史记录：${month}`,
    nothing: '本月没有故障或维护。',
    newer: '下一个月',
    older: '上一个月',
    allMonths: '所有月份',
    pagination: '月份',
  },

  component: {
    description: (name: string) => `${name}的状态、可用性和故障历史。`,
    group: '分组',
    currentStatus: '当前状态',
    last90: (days: number) => `过去 ${days} 天`,
    byMonth: '每月可用性',
    recent: (days: number) => `故障和维护（过去 ${days} 天）`,
    none: '没有故障或维护影响过此组件。',
    noneRecent: (days: number) => `过去 ${days} 天内没有任何事件影响此组件。`,
    byYear: '所有故障和维护，按年排列',
    yearLink: (year: string, amount: number) => `${year} 年：${count(amount)} 个故障和维护`,
    yearTitle: (name: string, year: string) => `${name}：${year} 年的故障和维护`,
    yearDescription: (name: string, year: string) => `${year} 年影响 ${name} 的所有故障和维护。`,
    yearPagination: '年份',
    newerYear: '下一年',
    olderYear: '上一年',
    backTo: (name: string) => `${name}：状态和可用性`,
    website: '打开',
  },

  uptimeReport: {
    title: '可用性报告',
    description: (site: string) => `${site}每个组件的月度可用性，以及背后的中断分钟数。`,
    intro: (months: number, counted: string, up: string) => `过去 ${months} 个自然月的可用性，按所显示的时区计算。${counted}；${up}的时间视为可用。`,
    minuteAs: (status: string, share: string) => `“${status}”每分钟按 ${share} 计入`,
    quoted: (status: string) => `“${status}”`,
    formula: (terms: string) => `可用性 = 1 − (${terms}) ÷ 当月分钟数`,
    minutesOf: (status: string) => `“${status}”分钟数`,
    soFar: '（截至目前）',
    componentColumn: '组件',
    uptimeColumn: '可用性',
    minutesColumn: (status: string) => `${status}（分钟）`,
    targetNote: (target: string, own: boolean) =>
      `每个月以 ${target} 的可用性目标衡量${own ? '（部分组件有各自的目标）' : ''}；低于目标的月份会被标出，并列出造成的事件。`,
    policy: '阅读 SLA 政策',
    belowTarget: (target: string) => `低于 ${target} 目标`,
    missedTitle: '未达目标',
    missed: (name: string, uptime: string, target: string, downtime: string) => `${name}：${uptime}（目标 ${target}）；停机 ${downtime}，原因：`,
    groupNote: '分组显示其组件的平均值。',
    noData: '无数据',
    watchedSince: (date: string) => `自 ${date} 起`,
    watchNote: '监控开始之前的时间没有数据，不计入统计；监控开始的当月从该日起计算。',
  },

  maintenancePage: {
    title: '维护',
    description: (site: string) => `${site}即将进行和过去的维护。`,
    current: '进行中和即将进行',
    noCurrent: '目前没有进行中或已计划的维护。',
    past: (days: number) => `过去的维护（过去 ${days} 天）`,
    noPast: (days: number) => `过去 ${days} 天内没有维护。`,
    older: (amount: number) => `更早的 ${count(amount)} 个维护：查看历史记录`,
  },

  subscribeForm: {
    title: '电子邮件更新',
    intro: '当事件或维护影响您所选的内容时，以及每次更新时，我们都会给您发送电子邮件。',
    email: '电子邮件地址',
    choose: '通知我以下内容',
    everything: '全部',
    only: '或仅以下组件：',
    consent: '我们仅使用您的地址发送这些电子邮件。',
    privacy: '隐私政策',
    submit: '订阅',
    next: '接下来，我们会发送一封电子邮件以确认您的地址。确认后开始发送更新，每封邮件都附有退订链接。',
    incidentTitle: '获取此事件的更新',
    incidentIntro: '每次更新时发送电子邮件，以及今后影响以下内容的事件：',
  },

  subscribe: {
    title: '订阅',
    description: (site: string) => `关注${site}状态的方式。`,
    feedDescription: (name: string) => `${name}关于故障、维护和事后复盘的每一条更新。`,
    pageTitle: '本页面',
    page: (url: string) => `请将 ${url} 加入书签。这是一个与其所报告的服务分开发布的静态网站，因此即使这些服务停止运行，它也能访问。`,
    feedsTitle: '订阅源',
    feeds: '故障或维护的每一条更新，以及每一篇事后复盘，都是单独的条目，您的阅读器会逐条通知您。',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: '维护日历',
    calendar: '在日历应用中订阅此地址，即可查看计划中的维护；维护时间变更或取消时会自动更新：',
    calendarShort: '日历',
    componentsTitle: '单个组件',
    components: '每个组件都有自己的页面、订阅源、日历和徽章：',
    badge: '徽章',
    shields: 'shields.io JSON',
    apiTitle: 'JSON API',
    api: '与 Atlassian Statuspage 公开 API v2 相同的文件和格式，现有的客户端、监控工具和集成无需修改即可使用：',
    badgesTitle: '状态徽章',
    badges: '始终显示当前状态的图片，适用于 README 和仪表板：',
    badgeAlt: (name: string) => `${name}的状态`,
    shieldsHint: '或通过 shields.io，用于任意组件：',
    bannerTitle: '在您自己的产品中显示横幅',
    banner: '将此脚本添加到您的页面；当有故障或维护进行时，它会在页面顶部显示一条可关闭的通知，并链接到这里。',
    repositoryTitle: '每一次修改，即时可见',
    repository: '本页面从 git 仓库发布；每一条更新都是一次可以关注的提交。',
    repositoryLink: '源代码仓库',
    commitsFeed: '所有修改的 Atom 订阅源',
    supportTitle: '问题',
    support: '这里没有您要找的内容？',
  },

  ongoingPage: {
    title: '进行中的故障',
    description: (site: string) => `${site}所有尚未解决的故障，最新的在前。`,
    intro: (amount: number) => `有 ${count(amount)} 个故障尚未解决，最新的在前。`,
    none: '目前没有进行中的故障。',
  },

  notFound: {
    title: '找不到页面',
    body: '此地址没有页面。它可能已被移动，或者链接有误。',
    home: '查看当前状态',
    history: '浏览所有故障',
  },
};
