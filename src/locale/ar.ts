/** Every word customers read, in Arabic (written right to left); the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural, type PluralForms } from './plural.ts';

// Arabic has six plural forms (zero, one, two, few, many, other); each counted noun gives all of them.
const counted = (count: number, forms: PluralForms) => plural('ar', count, forms);
const DAYS: PluralForms = { zero: 'لا أيام', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };
const INCIDENTS: PluralForms = { zero: 'لا حوادث', one: 'حادث واحد', two: 'حادثان', few: '# حوادث', many: '# حادثًا', other: '# حادث' };
const EVENTS: PluralForms = { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثًا', other: '# حدث' };
const WINDOWS: PluralForms = {
  zero: 'لا أعمال صيانة',
  one: 'صيانة واحدة',
  two: 'صيانتان',
  few: '# عمليات صيانة',
  many: '# عملية صيانة',
  other: '# عملية صيانة',
};

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: 'يعمل بشكل طبيعي',
  under_maintenance: 'قيد الصيانة',
  degraded_performance: 'أداء منخفض',
  partial_outage: 'انقطاع جزئي',
  major_outage: 'انقطاع كبير',
  investigating: 'قيد التحقيق',
  identified: 'تم تحديد السبب',
  monitoring: 'قيد المراقبة',
  resolved: 'تم الحل',
  scheduled: 'مجدولة',
  in_progress: 'جارية',
  verifying: 'قيد التحقق',
  completed: 'مكتملة',
  cancelled: 'ملغاة',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: 'مجدولة',
  in_progress: 'جارية',
  verifying: 'قيد التحقق',
  completed: 'مكتملة',
  cancelled: 'ملغاة',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'جميع الأنظمة تعمل بشكل طبيعي',
  maintenance: 'الخدمة قيد الصيانة',
  minor: 'انقطاع طفيف في الخدمة',
  major: 'انقطاع جزئي في النظام',
  critical: 'انقطاع كبير في النظام',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'حالة الخدمة',
  incident: 'حادث جارٍ',
  maintenance: 'صيانة جارية',
  more: 'وغيره ({count})',
  link: 'عرض صفحة الحالة',
  dismiss: 'إغلاق',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `تظهر الأوقات بمنطقتك الزمنية، ${zone}.`,
  full: { by: 'التحديث التالي قبل', wasDue: 'كان التحديث التالي مستحقًا في' },
  short: { by: 'قبل', wasDue: 'كان مستحقًا في' },
  overrunning: 'تجاوزت الموعد المحدد',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'أدخل عنوان بريدك الإلكتروني.',
  emailInvalid: 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
  chooseOne: 'اختر «كل شيء» أو مكوّنًا واحدًا على الأقل.',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `${status}: ${title}`,
    updated: (title: string, status: string) => `${status}: ${title}`,
    resolved: (title: string) => `تم الحل: ${title}`,
    scheduled: (title: string) => `صيانة مجدولة: ${title}`,
    started: (title: string) => `صيانة جارية: ${title}`,
    verifying: (title: string) => `صيانة قيد التحقق: ${title}`,
    completed: (title: string) => `اكتملت الصيانة: ${title}`,
    cancelled: (title: string) => `أُلغيت الصيانة: ${title}`,
    rescheduled: (title: string) => `تغيّر موعد الصيانة: ${title}`,
    postmortem: (title: string) => `تقرير ما بعد الحادث: ${title}`,
  },
  windowBody: {
    rescheduled: 'تغيّر موعد الصيانة؛ الموعد الجديد أدناه.',
    cancelled: 'أُلغيت هذه الصيانة. لن يتغير شيء.',
    started: 'بدأت الصيانة في موعدها.',
    completed: 'انتهت الصيانة في موعدها.',
  },
  postmortemLead: (title: string) => `نشرنا ما حدث خلال «${title}» وما سنغيّره.`,
  impact: 'التأثير',
  affected: 'المتأثر',
  components: 'المكونات',
  started: 'البداية',
  duration: 'المدة',
  window: 'الموعد',
  nextUpdate: 'التحديث التالي قبل',
  eta: 'الحل المتوقع',
  workaround: 'ما يمكنك فعله في الأثناء',
  compensation: 'التعويض',
  view: 'العرض على صفحة الحالة',
  viewPostmortem: 'قراءة تقرير ما بعد الحادث',
  emailReason: (site: string, scope: string) => `تصلك هذه الرسالة لأنك اشتركت في إشعارات ${site}${scope}.`,
  emailScope: (components: string) => ` بشأن ${components}`,
  unsubscribe: 'إيقاف تلقي هذه الرسائل',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `أُعيدت الجدولة: موعد الصيانة الجديد ${span} (كان مقررًا ${was}).`,
  cancelled: 'أُلغيت: لن تُجرى هذه الصيانة، ولن يتغير شيء بالنسبة إليك. إذا احتجنا إليها لاحقًا فسنعلن عن موعد جديد.',
  completed: 'اكتملت الصيانة.',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `نحقق في مشكلة تؤثر على ${components}. سننشر التحديث التالي بحلول ${next}.`,
  affected: (components: string, next: string) => `أصبحت المشكلة تؤثر أيضًا على ${components}. نواصل التحقيق وسننشر التحديث التالي بحلول ${next}.`,
  monitoring: (components: string, next: string) =>
    `تُظهر المراقبة أن ${components} يعمل بشكل طبيعي مرة أخرى. نواصل المتابعة عن كثب وسننشر التحديث التالي بحلول ${next}.`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: 'الملخص',
  lasted: (title: string, duration: string, start: string) => `${title}: ${duration} ابتداءً من ${start}.`,
  stillOpen: (title: string) => `${title}: لم يُحل بعد.`,
  impact: 'التأثير',
  impactPrompt: 'من تأثر، وكيف، ولأي مدة.',
  timeline: 'التسلسل الزمني',
  time: 'الوقت',
  whatHappened: 'ما حدث',
  rootCause: 'السبب الجذري',
  resolution: 'الحل',
  compensation: 'التعويض',
  compensationPrompt: 'ما يحصل عليه العملاء المتأثرون وهل عليهم فعل شيء، أو أنه لا ينطبق أي تعويض ولماذا.',
  changes: 'ما الذي سيتغير',
  changesPrompt: 'كل إجراء، مع المسؤول عنه وموعد إنجازه.',
  placeholder: '(اكتب هذا القسم)',
};

/** The Arabic interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'rtl',
  badgeWord: (words: string) => words,
  feedTitle: (prefix: string, title: string) => `[${prefix}] ${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'لا يوجد', minor: 'طفيف', major: 'كبير', critical: 'حرج' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: 'انتقل إلى المحتوى',
    siteNav: 'الموقع',
    footerNav: 'المزيد منا',
    contactSupport: 'تواصل مع الدعم',
    nav: { history: 'السجل', uptime: 'التوفر', maintenance: 'الصيانة', subscribe: 'الاشتراك في التحديثات' },
    defaultDescription: (site: string) => `الحالة الحالية والحوادث والصيانة لـ ${site}.`,
    generated: 'أُنشئت الصفحة في',
    zoneNote: (zone: string) => `الأوقات بتوقيت ${zone}.`,
    poweredBy: 'منشورة من مستودع git باستخدام Upfront.',
    rssTitle: (name: string) => `${name} (RSS)`,
    atomTitle: (name: string) => `${name} (Atom)`,
  },

  event: {
    incident: 'حادث',
    maintenance: 'صيانة مجدولة',
    maintenanceShort: 'صيانة',
    impact: 'التأثير',
    affects: 'يؤثر في',
    started: 'البداية',
    firstPosted: 'أول نشر',
    scheduled: 'الموعد المجدول',
    window: 'الموعد',
    status: 'الحالة',
    ongoingFor: 'مستمر منذ',
    lasted: 'استمر',
    ongoingForLower: 'مستمر منذ',
    resolved: 'وقت الحل',
    completed: 'وقت الاكتمال',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'ما يمكنك فعله في الأثناء',
    workaroundHistory: 'أثناء استمراره: ما كان يمكنك فعله',
    compensation: 'التعويض',
    overdue: '(متأخر)',
    nextUpdate: 'التحديث التالي',
    eta: 'الحل المتوقع',
    postmortem: 'تقرير ما بعد الحادث',
    readPostmortem: 'اقرأ ما حدث وما الذي سيتغير',
    affectedComponents: 'المكونات المتأثرة',
    updates: 'التحديثات',
    fileHistory: 'عرض كل تعديل على هذه الصفحة في المستودع',
    summary: (kind: string, title: string, status: string) => `${kind}: ${title}. ${status}.`,
    duration: 'المدة',
    components: 'المكونات',
  },

  postmortem: {
    title: (incident: string) => `تقرير ما بعد الحادث: ${incident}`,
    description: (incident: string) => `ما حدث خلال «${incident}» وما الذي سيتغير.`,
    // The arrow points back in reading order, to the right.
    backToIncident: '→ العودة إلى الحادث',
    published: 'نُشر في',
    by: 'بقلم',
    facts: 'الحادث',
    timeline: 'التسلسل الزمني كما نُشر',
  },

  home: {
    ongoing: 'الحوادث الجارية',
    maintenance: 'الصيانة',
    components: 'المكونات',
    recent: (days: number) => `آخر ${counted(days, DAYS)}`,
    nothingRecent: (days: number) => `لا حوادث ولا صيانة خلال آخر ${counted(days, DAYS)}.`,
    nothingEver: 'لم يُبلَّغ عن أي حادث. عندما يحدث خلل، يُنشر هنا أولًا، مع تحديثات منتظمة حتى يُحل.',
    moreHistory: 'جميع الحوادث وأعمال الصيانة',
    moreOngoing: (count: number) => `حوادث جارية أخرى (${counted(count, INCIDENTS)}): عرض كل الحوادث الجارية`,
    moreMaintenance: (count: number) => `صيانة مجدولة أخرى (${counted(count, WINDOWS)}): انظر الصيانة`,
    moreRecent: (count: number) => `أحداث أخرى في هذه الأيام (${counted(count, EVENTS)}): انظر السجل`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `قبل ${counted(days, DAYS)}`,
    uptime: (percent: string) => `نسبة التوفر ${percent}`,
    uptimeSince: (percent: string, date: string) => `نسبة التوفر ${percent} منذ ${date}`,
    noDataLegend: (date: string) => `لا توجد بيانات: بدأت المراقبة في ${date}`,
    over: (days: number) => `خلال آخر ${counted(days, DAYS)}.`,
    today: 'اليوم',
    of: (label: string) => `، ${label}`,
    troubledDays: (count: number) => `أيام فيها حوادث أو صيانة: ${counted(count, DAYS)}`,
    andMore: (count: number) => `و${counted(count, EVENTS)} غيرها`,
    moreDays: (count: number, label: string) => `أيام سابقة (${counted(count, DAYS)}): انظر ${label}`,
    order: 'شريط لكل يوم، يبدأ الأقدم من اليمين.',
    day: (date: string, percent: string, statuses: string[]) => `${date}: ${percent} (${statuses.join('، ')})`,
    statusFor: (status: string, duration: string) => `${status} ${duration}`,
  },

  history: {
    title: 'السجل',
    description: (site: string) => `كل حادث وكل صيانة لـ ${site}، شهرًا بشهر.`,
    intro: 'كل حادث وكل صيانة، الأحدث أولًا. اختر شهرًا:',
    nothingEver: 'لم يُبلَّغ عن أي حادث، ولا صيانة حتى الآن.',
    ongoing: 'حوادث لم تُحل بعد',
    month: 'الشهر',
    incidents: 'الحوادث',
    maintenance: 'الصيانة',
    monthTitle: (month: string) => `السجل: ${month}`,
    nothing: 'لا حوادث ولا صيانة في هذا الشهر.',
    newer: 'الشهر الأحدث',
    older: 'الشهر الأقدم',
    allMonths: 'كل الأشهر',
    pagination: 'الأشهر',
  },

  component: {
    description: (name: string) => `الحالة والتوفر وسجل الحوادث لـ ${name}.`,
    group: 'المجموعة',
    currentStatus: 'الحالة الحالية',
    last90: (days: number) => `آخر ${counted(days, DAYS)}`,
    byMonth: 'التوفر حسب الشهر',
    recent: (days: number) => `الحوادث والصيانة، آخر ${counted(days, DAYS)}`,
    none: 'لم يؤثر أي حادث أو صيانة في هذا المكوّن.',
    noneRecent: (days: number) => `لم يؤثر شيء في هذا المكوّن خلال آخر ${counted(days, DAYS)}.`,
    byYear: 'كل الحوادث والصيانة، حسب السنة',
    yearLink: (year: string, count: number) => `${year}: ${counted(count, EVENTS)}`,
    yearTitle: (name: string, year: string) => `${name}: الحوادث والصيانة في ${year}`,
    yearDescription: (name: string, year: string) => `كل حادث وكل صيانة أثّرا في ${name} خلال ${year}.`,
    yearPagination: 'السنوات',
    newerYear: 'السنة الأحدث',
    olderYear: 'السنة الأقدم',
    backTo: (name: string) => `${name}: الحالة والتوفر`,
    website: 'فتح',
  },

  uptimeReport: {
    title: 'تقرير التوفر',
    description: (site: string) => `التوفر الشهري لكل مكوّن من مكونات ${site}، مع دقائق الانقطاع التي تفسّره.`,
    intro: (months: number, counted: string, up: string) =>
      `التوفر لكل شهر تقويمي خلال آخر ${months} شهرًا، بالمنطقة الزمنية المعروضة. تُحسب ${counted}؛ ويُعد الوقت في ${up} وقتَ توفر.`,
    minuteAs: (status: string, share: string) => `كل دقيقة في «${status}» بنسبة ${share}`,
    quoted: (status: string) => `«${status}»`,
    formula: (terms: string) => `التوفر = 1 − (${terms}) ÷ دقائق الشهر`,
    minutesOf: (status: string) => `دقائق «${status}»`,
    soFar: '(حتى الآن)',
    componentColumn: 'المكوّن',
    uptimeColumn: 'التوفر',
    minutesColumn: (status: string) => `${status} (دقيقة)`,
    targetNote: (target: string, own: boolean) =>
      `يُقاس كل شهر بهدف توفر قدره ${target}${own ? ' (لبعض المكونات أهداف خاصة بها)' : ''}؛ ويُميَّز الشهر الذي يقل عن هدفه مع الحوادث التي تسببت في ذلك.`,
    policy: 'اقرأ سياسة اتفاقية مستوى الخدمة',
    belowTarget: (target: string) => `أقل من الهدف ${target}`,
    missedTitle: 'أقل من الهدف',
    missed: (name: string, uptime: string, target: string, downtime: string) => `${name}: ${uptime} مقابل هدف ${target}؛ ${downtime} من التوقف، بسبب`,
    groupNote: 'تعرض المجموعة متوسط مكوناتها.',
    noData: 'لا توجد بيانات',
    watchedSince: (date: string) => `منذ ${date}`,
    watchNote: 'لا توجد بيانات للفترة السابقة لبدء المراقبة ولا تُحتسب: يُحتسب الشهر الذي بدأت فيه من ذلك اليوم.',
  },

  maintenancePage: {
    title: 'الصيانة',
    description: (site: string) => `أعمال الصيانة القادمة والسابقة لـ ${site}.`,
    current: 'الجارية والقادمة',
    noCurrent: 'لا توجد صيانة جارية أو مجدولة.',
    past: (days: number) => `الصيانة السابقة، آخر ${counted(days, DAYS)}`,
    noPast: (days: number) => `لا صيانة خلال آخر ${counted(days, DAYS)}.`,
    older: (count: number) => `صيانة سابقة (${counted(count, WINDOWS)}): انظر السجل`,
  },

  subscribeForm: {
    title: 'التحديثات بالبريد الإلكتروني',
    intro: 'تصلك رسالة عندما يؤثر حادث أو صيانة على ما تختاره، ومع كل تحديث.',
    email: 'عنوان البريد الإلكتروني',
    choose: 'راسلني بشأن',
    everything: 'كل شيء',
    only: 'أو هذه المكوّنات فقط:',
    consent: 'نستخدم عنوانك لإرسال هذه الرسائل فقط.',
    privacy: 'سياسة الخصوصية',
    submit: 'اشترك',
    next: 'بعد ذلك نرسل إليك رسالة لتأكيد عنوانك. تبدأ التحديثات بعد التأكيد، وفي كل رسالة رابط لإلغاء الاشتراك.',
    incidentTitle: 'تابع تحديثات هذا الحادث',
    incidentIntro: 'رسالة مع كل تحديث، وعن الحوادث اللاحقة التي تؤثر على:',
  },

  subscribe: {
    title: 'الاشتراك',
    description: (site: string) => `طرق متابعة حالة ${site}.`,
    feedDescription: (name: string) => `كل تحديث عن الحوادث والصيانة وتقارير ما بعد الحوادث لـ ${name}.`,
    pageTitle: 'هذه الصفحة',
    page: (url: string) => `احفظ ${url} في المفضلة. إنه موقع ثابت يُنشر بمعزل عن الخدمات التي يتحدث عنها، لذا يبقى متاحًا عندما تتعطل.`,
    feedsTitle: 'الخلاصات',
    feeds: 'كل تحديث لحادث أو صيانة، وكل تقرير ما بعد حادث، مُدخل مستقل، فيُعلمك قارئ الخلاصات بكل واحد منها.',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'تقويم الصيانة',
    calendar: 'اشترك في هذا العنوان في تطبيق التقويم لترى الصيانة المخططة، محدّثة عندما تتغير مواعيدها أو تُلغى:',
    calendarShort: 'التقويم',
    componentsTitle: 'مكوّن واحد',
    components: 'لكل مكوّن صفحته وخلاصاته وتقويمه وشارته:',
    badge: 'الشارة',
    shields: 'JSON لـ shields.io',
    apiTitle: 'واجهة JSON البرمجية',
    api: 'الملفات نفسها، بالأشكال نفسها، التي تقدمها الواجهة البرمجية العامة v2 لـ Atlassian Statuspage، فتعمل العملاء وأدوات المراقبة والتكاملات الحالية دون تغيير:',
    badgesTitle: 'شارة الحالة',
    badges: 'صورة تعرض الحالة الحالية دائمًا، لملفات README ولوحات المتابعة:',
    badgeAlt: (name: string) => `حالة ${name}`,
    shieldsHint: 'أو عبر shields.io، لأي مكوّن:',
    bannerTitle: 'شريط تنبيه في منتجك',
    banner: 'أضف هذا السكربت إلى صفحاتك؛ ما دام هناك حادث أو صيانة جارية، يعرض في الأعلى تنبيهًا يمكن للقراء إغلاقه، مع رابط إلى هنا.',
    repositoryTitle: 'كل تغيير، لحظة حدوثه',
    repository: 'تُنشر هذه الصفحة من مستودع git؛ كل تحديث هو commit يمكنك متابعته.',
    repositoryLink: 'المستودع المصدر',
    commitsFeed: 'خلاصة Atom لكل تغيير',
    supportTitle: 'أسئلة',
    support: 'شيء لم يُذكر هنا؟',
  },

  ongoingPage: {
    title: 'الحوادث الجارية',
    description: (site: string) => `كل حادث لـ ${site} لم يُحل بعد، الأحدث أولًا.`,
    intro: (count: number) => `حوادث لم تُحل بعد: ${counted(count, INCIDENTS)}، الأحدث أولًا.`,
    none: 'لا يوجد حادث جارٍ.',
  },

  notFound: {
    title: 'الصفحة غير موجودة',
    body: 'لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط بشكل خاطئ.',
    home: 'عرض الحالة الحالية',
    history: 'تصفح كل الحوادث',
  },
};
