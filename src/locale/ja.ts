/** Every word customers read, in Japanese; the shape is `en.ts`'s (see docs/translations.md). */
import type * as English from './en.ts';
import type { Partly } from './translation-shape.ts';
import { plural } from './plural.ts';

// Japanese has one plural form; the helper still writes the number in the language's digits.
const count = (amount: number, counted: string) => plural('ja', amount, { other: counted });

/** Every status of components and updates, in words. */
export const STATUS_WORDS: Partly<typeof English.STATUS_WORDS> = {
  operational: '正常',
  under_maintenance: 'メンテナンス中',
  degraded_performance: 'パフォーマンス低下',
  partial_outage: '部分的な障害',
  major_outage: '重大な障害',
  investigating: '調査中',
  identified: '原因特定',
  monitoring: '経過観察中',
  resolved: '解決済み',
  scheduled: '予定',
  in_progress: '実施中',
  verifying: '確認中',
  completed: '完了',
  cancelled: '中止',
};

/** The phases of a maintenance window, in words. */
export const PHASE_WORDS: Partly<typeof English.PHASE_WORDS> = {
  upcoming: '予定',
  in_progress: '実施中',
  verifying: '確認中',
  completed: '完了',
  cancelled: '中止',
};

/** The banner, by its tone. */
export const OVERALL_WORDS: Partly<typeof English.OVERALL_WORDS> = {
  none: 'すべてのシステムが正常に稼働しています',
  maintenance: 'メンテナンスを実施しています',
  minor: '一部のサービスに軽微な障害が発生しています',
  major: 'システムの一部に障害が発生しています',
  critical: 'システムに重大な障害が発生しています',
};

/** Words of the embeddable banner (`{count}` is filled in by the banner). */
export const BANNER_WORDS: Partly<typeof English.BANNER_WORDS> = {
  region: 'サービスの状況',
  incident: '障害が発生しています',
  maintenance: 'メンテナンス実施中',
  more: 'ほか {count} 件',
  link: 'ステータスページを見る',
  dismiss: '閉じる',
};

/** Words the browser script writes into a page when time has moved on since the build. */
export const LIVE_WORDS: Partly<typeof English.LIVE_WORDS> = {
  readerZoneNote: (zone: string) => `時刻はお使いのタイムゾーン（${zone}）で表示しています。`,
  full: { by: '次回の更新予定', wasDue: '次回の更新予定（超過）' },
  short: { by: '予定', wasDue: '予定（超過）' },
  overrunning: '予定時間を超過しています',
};

/** What the subscription form says, in the browser script, when an answer needs fixing. */
export const FORM_WORDS: Partly<typeof English.FORM_WORDS> = {
  emailMissing: 'メールアドレスを入力してください。',
  emailInvalid: 'name@example.com のような形式でメールアドレスを入力してください。',
  chooseOne: '「すべて」または 1 つ以上のコンポーネントを選んでください。',
};

/** Words of the notifications `upfront notify` sends: subjects by change, facts and footers. */
export const NOTIFY_WORDS: Partly<typeof English.NOTIFY_WORDS> = {
  subject: {
    opened: (title: string, status: string) => `【${status}】${title}`,
    updated: (title: string, status: string) => `【${status}】${title}`,
    resolved: (title: string) => `【解決済み】${title}`,
    scheduled: (title: string) => `【メンテナンス予定】${title}`,
    started: (title: string) => `【メンテナンス実施中】${title}`,
    verifying: (title: string) => `【メンテナンス確認中】${title}`,
    completed: (title: string) => `【メンテナンス完了】${title}`,
    cancelled: (title: string) => `【メンテナンス中止】${title}`,
    rescheduled: (title: string) => `【メンテナンス日程変更】${title}`,
    postmortem: (title: string) => `【事後報告】${title}`,
  },
  windowBody: {
    rescheduled: 'メンテナンスの日程が変更されました。新しい日程は以下のとおりです。',
    cancelled: 'このメンテナンスは中止になりました。変更はありません。',
    started: 'メンテナンスを予定どおり開始しました。',
    completed: 'メンテナンスは予定どおり終了しました。',
  },
  postmortemLead: (title: string) => `「${title}」で何が起きたか、今後何を改善するかを公開しました。`,
  impact: '影響度',
  affected: '影響範囲',
  components: 'コンポーネント',
  started: '発生',
  duration: '継続時間',
  window: '実施期間',
  nextUpdate: '次回の更新予定',
  eta: '復旧見込み',
  workaround: 'その間にできること',
  compensation: '補償',
  view: 'ステータスページで見る',
  viewPostmortem: '事後報告を読む',
  emailReason: (site: string, scope: string) => `${site}の${scope}通知を購読しているため、このメールをお送りしています。`,
  emailScope: (components: string) => `${components}に関する`,
  unsubscribe: 'このメールの配信を停止する',
};

export const MAINTENANCE_NOTES: Partly<typeof English.MAINTENANCE_NOTES> = {
  rescheduled: (span: string, was: string) => `日程変更：メンテナンスの新しい日時は ${span} です（変更前：${was}）。`,
  cancelled: '中止：このメンテナンスは実施されず、お客様への影響はありません。今後必要になった場合は、新しい日時をお知らせします。',
  completed: 'メンテナンスは完了しました。',
};

/** What `upfront alert` proposes for customers to read, once a person has reviewed and merged it. */
export const ALERT_NOTES: Partly<typeof English.ALERT_NOTES> = {
  investigating: (components: string, next: string) => `${components}に影響する問題を調査しています。次回の更新は${next}までにお知らせします。`,
  affected: (components: string, next: string) => `${components}にも問題が発生しています。引き続き調査しており、次回の更新は${next}までにお知らせします。`,
  monitoring: (components: string, next: string) =>
    `監視で${components}が正常に動作していることを確認しました。引き続き注視し、次回の更新は${next}までにお知らせします。`,
};

/** The headings and prompts of a new postmortem (`upfront postmortem`); `placeholder` marks a section still to write. */
export const POSTMORTEM_TEMPLATE: Partly<typeof English.POSTMORTEM_TEMPLATE> = {
  summary: '概要',
  lasted: (title: string, duration: string, start: string) => `${title}：${start}から${duration}。`,
  stillOpen: (title: string) => `${title}：未解決。`,
  impact: '影響',
  impactPrompt: '誰が、どのように、どのくらいの時間影響を受けたか。',
  timeline: '経緯',
  time: '時刻',
  whatHappened: '出来事',
  rootCause: '根本原因',
  resolution: '対応',
  compensation: '補償',
  compensationPrompt: '影響を受けたお客様が受け取るものと、お客様側で必要な手続きの有無。対象外の場合はその理由。',
  changes: '今後の対策',
  changesPrompt: '各対策と、その担当者および完了予定日。',
  placeholder: '（この節を書いてください）',
};

/** The Japanese interface text. */
export const UI: Partly<typeof English.UI> = {
  dir: 'ltr',
  badgeWord: (words: string) => words,
  feedTitle: (prefix: string, title: string) => `【${prefix}】${title}`,

  statuses: STATUS_WORDS,
  impacts: { none: 'なし', minor: '軽微', major: '重大', critical: '深刻' },
  phases: PHASE_WORDS,
  overall: OVERALL_WORDS,

  layout: {
    skipLink: '本文へ移動',
    siteNav: 'サイト',
    footerNav: 'その他のリンク',
    contactSupport: 'サポートに問い合わせる',
    nav: { history: '履歴', uptime: '稼働率', maintenance: 'メンテナンス', subscribe: '更新情報を受け取る' },
    defaultDescription: (site: string) => `${site}の現在の状況、障害、メンテナンス。`,
    generated: 'ページ生成日時',
    zoneNote: (zone: string) => `時刻は${zone}です。`,
    poweredBy: 'Upfront により git リポジトリから公開しています。',
    rssTitle: (name: string) => `${name}（RSS）`,
    atomTitle: (name: string) => `${name}（Atom）`,
  },

  event: {
    incident: '障害',
    maintenance: '計画メンテナンス',
    maintenanceShort: 'メンテナンス',
    impact: '影響度',
    affects: '影響範囲',
    started: '発生',
    firstPosted: '初回投稿',
    scheduled: '予定',
    window: '実施期間',
    status: '状況',
    ongoingFor: '継続時間',
    lasted: '継続時間',
    ongoingForLower: '継続中',
    resolved: '解決',
    completed: '完了',
    overrunning: LIVE_WORDS.overrunning,
    workaround: 'その間にできること',
    workaroundHistory: '発生中にできたこと',
    compensation: '補償',
    overdue: '（超過）',
    nextUpdate: '次回の更新',
    eta: '復旧見込み',
    postmortem: '事後報告',
    readPostmortem: '何が起きたか、何を改善するかを読む',
    affectedComponents: '影響を受けたコンポーネント',
    updates: '更新履歴',
    fileHistory: 'このページの変更履歴をリポジトリで見る',
    summary: (kind: string, title: string, status: string) => `${kind}：${title}。${status}。`,
    duration: '継続時間',
    components: 'コンポーネント',
  },

  postmortem: {
    title: (incident: string) => `事後報告：${incident}`,
    description: (incident: string) => `「${incident}」で何が起きたか、今後何を改善するか。`,
    backToIncident: '← 障害の詳細に戻る',
    published: '公開日時',
    by: '作成者',
    facts: '障害の概要',
    timeline: '投稿された経緯',
  },

  home: {
    ongoing: '発生中の障害',
    maintenance: 'メンテナンス',
    components: 'コンポーネント',
    recent: (days: number) => `過去 ${days} 日間`,
    nothingRecent: (days: number) => `過去 ${days} 日間に障害やメンテナンスはありません。`,
    nothingEver: '障害の報告はありません。問題が起きたときは、まずここでお知らせし、解決するまで定期的に更新します。',
    moreHistory: 'すべての障害とメンテナンス',
    moreOngoing: (amount: number) => `ほかに発生中の障害が ${count(amount, '#')} 件あります：発生中の障害をすべて見る`,
    moreMaintenance: (amount: number) => `ほかに予定されたメンテナンスが ${count(amount, '#')} 件あります：メンテナンスを見る`,
    moreRecent: (amount: number) => `この期間にほかに ${count(amount, '#')} 件の障害・メンテナンスがあります：履歴を見る`,
  },

  uptimeBar: {
    daysAgo: (days: number) => `${days} 日前`,
    uptime: (percent: string) => `稼働率 ${percent}`,
    uptimeSince: (percent: string, date: string) => `${date}以降の稼働率 ${percent}`,
    noDataLegend: (date: string) => `データなし: 監視の開始は${date}`,
    over: (days: number) => `（過去 ${days} 日間）。`,
    today: '今日',
    of: (label: string) => `（${label}）`,
    troubledDays: (amount: number) => `障害・メンテナンスのあった日：${count(amount, '#')} 日`,
    andMore: (amount: number) => `ほか ${amount} 件`,
    moreDays: (amount: number, label: string) => `それ以前の ${count(amount, '#')} 日：${label}を見る`,
    order: '1 日 1 本のバーで、古い日から順に並んでいます。',
    day: (date: string, percent: string, statuses: string[]) => `${date}：${percent}（${statuses.join('、')}）`,
    statusFor: (status: string, duration: string) => `${status} ${duration}`,
  },

  history: {
    title: '履歴',
    description: (site: string) => `${site}のすべての障害とメンテナンス（月別）。`,
    intro: 'すべての障害とメンテナンスを新しい順に掲載しています。月を選んでください：',
    nothingEver: 'これまでに障害の報告もメンテナンスもありません。',
    ongoing: '未解決の障害',
    month: '月',
    incidents: '障害',
    maintenance: 'メンテナンス',
    monthTitle: (month: string) => `履歴：${month}`,
    nothing: 'この月に障害やメンテナンスはありません。',
    newer: '次の月',
    older: '前の月',
    allMonths: 'すべての月',
    pagination: '月',
  },

  component: {
    description: (name: string) => `${name}の状況、稼働率、障害履歴。`,
    group: 'グループ',
    currentStatus: '現在の状況',
    last90: (days: number) => `過去 ${days} 日間`,
    byMonth: '月別の稼働率',
    recent: (days: number) => `障害とメンテナンス（過去 ${days} 日間）`,
    none: 'このコンポーネントに影響した障害やメンテナンスはありません。',
    noneRecent: (days: number) => `過去 ${days} 日間、このコンポーネントに影響したものはありません。`,
    byYear: 'すべての障害とメンテナンス（年別）',
    yearLink: (year: string, amount: number) => `${year}年：障害・メンテナンス ${count(amount, '#')} 件`,
    yearTitle: (name: string, year: string) => `${name}：${year}年の障害とメンテナンス`,
    yearDescription: (name: string, year: string) => `${year}年に${name}に影響したすべての障害とメンテナンス。`,
    yearPagination: '年',
    newerYear: '次の年',
    olderYear: '前の年',
    backTo: (name: string) => `${name}：状況と稼働率`,
    website: '開く',
  },

  uptimeReport: {
    title: '稼働率レポート',
    description: (site: string) => `${site}の各コンポーネントの月別稼働率と、その根拠となる障害時間（分）。`,
    intro: (months: number, counted: string, up: string) =>
      `過去 ${months} か月の暦月ごとの稼働率です（表示タイムゾーン基準）。${counted}として数えます。${up}の時間は稼働として扱います。`,
    minuteAs: (status: string, share: string) => `「${status}」の 1 分を ${share}`,
    quoted: (status: string) => `「${status}」`,
    formula: (terms: string) => `稼働率 = 1 − (${terms}) ÷ その月の分数`,
    minutesOf: (status: string) => `「${status}」の分数`,
    soFar: '（途中経過）',
    componentColumn: 'コンポーネント',
    uptimeColumn: '稼働率',
    minutesColumn: (status: string) => `${status}（分）`,
    targetNote: (target: string, own: boolean) =>
      `各月は稼働率目標 ${target} を基準にしています${own ? '（一部のコンポーネントには個別の目標があります）' : ''}。目標を下回った月には印を付け、原因となったインシデントを示します。`,
    policy: 'SLA ポリシーを読む',
    belowTarget: (target: string) => `目標 ${target} 未達`,
    missedTitle: '目標未達',
    missed: (name: string, uptime: string, target: string, downtime: string) => `${name}：${uptime}（目標 ${target}）。ダウンタイム ${downtime}。原因：`,
    groupNote: 'グループには所属コンポーネントの平均を表示しています。',
    noData: 'データなし',
    watchedSince: (date: string) => `${date}以降`,
    watchNote: '監視開始前の期間にはデータがなく、計算に含めません。監視を開始した月はその日から計算します。',
  },

  maintenancePage: {
    title: 'メンテナンス',
    description: (site: string) => `${site}の今後と過去のメンテナンス。`,
    current: '実施中・予定',
    noCurrent: '実施中または予定されているメンテナンスはありません。',
    past: (days: number) => `過去のメンテナンス（過去 ${days} 日間）`,
    noPast: (days: number) => `過去 ${days} 日間にメンテナンスはありません。`,
    older: (amount: number) => `それ以前のメンテナンス ${count(amount, '#')} 件：履歴を見る`,
  },

  subscribeForm: {
    title: 'メールで更新情報を受け取る',
    intro: '選んだ対象に影響する障害やメンテナンスがあったとき、また更新されるたびにメールでお知らせします。',
    email: 'メールアドレス',
    choose: '通知の対象',
    everything: 'すべて',
    only: 'または次のコンポーネントのみ:',
    consent: 'メールアドレスはこのお知らせの送信にのみ使用します。',
    privacy: 'プライバシーポリシー',
    submit: '登録する',
    next: 'このあと、アドレス確認のメールをお送りします。確認後にお知らせが始まります。すべてのメールに配信停止のリンクがあります。',
    incidentTitle: 'この障害の更新情報を受け取る',
    incidentIntro: '更新のたびに、また今後次の対象に影響する障害についてメールでお知らせします:',
  },

  subscribe: {
    title: '購読',
    description: (site: string) => `${site}の状況を確認する方法。`,
    feedDescription: (name: string) => `${name}の障害、メンテナンス、事後報告のすべての更新。`,
    pageTitle: 'このページ',
    page: (url: string) =>
      `${url} をブックマークしてください。報告対象のサービスとは別に公開している静的サイトなので、それらが停止しているときも表示できます。`,
    feedsTitle: 'フィード',
    feeds: '障害やメンテナンスの更新、事後報告は、それぞれが 1 件のエントリーになるので、フィードリーダーがそのつど知らせてくれます。',
    rss: 'RSS',
    atom: 'Atom',
    calendarTitle: 'メンテナンスカレンダー',
    calendar: 'このアドレスをカレンダーアプリで購読すると、予定されたメンテナンスが表示され、日程の変更や中止も反映されます：',
    calendarShort: 'カレンダー',
    componentsTitle: 'コンポーネントごと',
    components: '各コンポーネントには専用のページ、フィード、カレンダー、バッジがあります：',
    badge: 'バッジ',
    shields: 'shields.io 用 JSON',
    apiTitle: 'JSON API',
    api: 'Atlassian Statuspage の公開 API v2 と同じファイルを同じ形式で提供しているので、既存のクライアント、監視ツール、連携機能をそのまま使えます：',
    badgesTitle: 'ステータスバッジ',
    badges: '常に現在の状況を表示する画像です。README やダッシュボードにどうぞ：',
    badgeAlt: (name: string) => `${name}の状況`,
    shieldsHint: 'または shields.io 経由で、任意のコンポーネントについて：',
    bannerTitle: '自社製品に表示するお知らせバナー',
    banner: 'このスクリプトをページに追加すると、障害やメンテナンスの発生中に、閉じることのできるお知らせがページ上部に表示され、このページへリンクします。',
    repositoryTitle: 'すべての変更をその場で',
    repository: 'このページは git リポジトリから公開しており、すべての更新はコミットとして確認できます。',
    repositoryLink: 'ソースリポジトリ',
    commitsFeed: 'すべての変更の Atom フィード',
    supportTitle: 'お問い合わせ',
    support: 'ここで解決しない場合は：',
  },

  ongoingPage: {
    title: '発生中の障害',
    description: (site: string) => `${site}の未解決の障害（新しい順）。`,
    intro: (amount: number) => `未解決の障害が ${count(amount, '#')} 件あります（新しい順）。`,
    none: '発生中の障害はありません。',
  },

  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスにページはありません。移動したか、リンクが間違っている可能性があります。',
    home: '現在の状況を見る',
    history: 'すべての障害を見る',
  },
};
