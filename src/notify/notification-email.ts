/**
 * The email of a notification: plain text and HTML with the same content, addressed to one
 * subscriber (never a shared list, so no subscriber sees another's address), with headers that
 * thread an incident's mails together and offer one-click unsubscribing.
 */
import { escapeHtml, markdownToHtml, markdownToPlainText } from '../content/markdown-html.ts';
import { MESSAGE_COLOURS, type MessageContent } from './notification-messages.ts';

/** Who the mail is for and how it is identified. */
export interface EmailAddressing {
  siteName: string;
  from: string;
  replyTo?: string;
  to: string;
  /** The unsubscribe link, `{email}` already filled in. */
  unsubscribe: string;
  /** Names of the components the subscriber follows, when they follow only some. */
  scope?: string[];
  /** `<…@host>`: the same for the same news to the same recipient, so re-sending is recognisable. */
  messageId: string;
  /** The message id of the event's first notification to this recipient, for threading. */
  threadId: string;
  /** `List-Id`, naming the page. */
  listId: string;
}

/** A message in the shape nodemailer sends. */
export interface EmailMessage {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  references?: string;
  inReplyTo?: string;
  headers: Record<string, string>;
}

/**
 * A header value on one line. The settings refuse line breaks in addresses already; this is the
 * writer's own guard, so that no value, however it got here, can add a header (`Bcc:`, say).
 */
export function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F]+/g, ' ');
}

/** What the foot of a mail says: why the reader gets it, and where to stop (a provider may add its own link instead). */
export interface EmailFooter {
  reason: string;
  unsubscribe?: { href: string; text: string };
}

/**
 * The plain-text and HTML bodies of `content`, the same words in both, under the site's name: the
 * HTML as a whole document, and as the fragment a mailing-list service puts in its own template.
 */
export function emailBodies(content: MessageContent, siteName: string, footer: EmailFooter): { text: string; html: string; fragment: string } {
  const { UI, lang } = content.locale;
  // Email clients know physical sides better than logical ones.
  const start = UI.dir === 'rtl' ? 'right' : 'left';
  const end = UI.dir === 'rtl' ? 'left' : 'right';
  const { reason, unsubscribe } = footer;
  const text = [
    content.subject,
    markdownToPlainText(content.body),
    content.facts.map(([label, value]) => `${label}: ${value}`).join('\n'),
    `${content.linkText}: ${content.url}`,
    `-- \n${reason}${unsubscribe ? `\n${unsubscribe.text}: ${unsubscribe.href}` : ''}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const rows = content.facts
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:${start};padding:4px 0;padding-${end}:16px;vertical-align:top;white-space:nowrap">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const fragment = `<div style="max-width:600px;margin:0 auto">
<p style="margin:0 0 4px;color:#475467;font-size:14px">${escapeHtml(siteName)}</p>
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;border-${start}:4px solid ${MESSAGE_COLOURS[content.tone]};padding-${start}:10px">${escapeHtml(content.subject)}</h1>
${markdownToHtml(content.body)}
${rows ? `<table style="border-collapse:collapse;margin:16px 0">${rows}</table>` : ''}
<p><a href="${escapeHtml(content.url)}" style="color:#175cd3">${escapeHtml(content.linkText)}</a></p>
<hr style="border:none;border-top:1px solid #d0d5dd;margin:24px 0 12px">
<p style="color:#475467;font-size:14px">${escapeHtml(reason)}${unsubscribe ? ` <a href="${escapeHtml(unsubscribe.href)}" style="color:#175cd3">${escapeHtml(unsubscribe.text)}</a>` : ''}</p>
</div>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${UI.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:16px;background:#ffffff;color:#101828;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5">
${fragment}
</body></html>
`;
  return { text, html, fragment };
}

/** The email of `content` for one recipient. */
export function emailMessage(content: MessageContent, addressing: EmailAddressing): EmailMessage {
  const words = content.locale.NOTIFY_WORDS;
  const reason = words.emailReason(addressing.siteName, addressing.scope ? words.emailScope(addressing.scope.join(', ')) : '');
  const { text, html } = emailBodies(content, addressing.siteName, { reason, unsubscribe: { href: addressing.unsubscribe, text: words.unsubscribe } });
  const threaded = addressing.threadId !== addressing.messageId;
  return {
    from: oneLine(addressing.from),
    to: oneLine(addressing.to),
    ...(addressing.replyTo ? { replyTo: oneLine(addressing.replyTo) } : {}),
    subject: oneLine(`[${addressing.siteName}] ${content.subject}`),
    text,
    html,
    messageId: addressing.messageId,
    ...(threaded ? { references: addressing.threadId, inReplyTo: addressing.threadId } : {}),
    headers: {
      'List-Id': oneLine(addressing.listId),
      'List-Unsubscribe': oneLine(`<${addressing.unsubscribe}>`),
      // RFC 8058 one-click unsubscribing: the mail client POSTs to the https link; a mailto link cannot take a POST.
      ...(/^https:/i.test(addressing.unsubscribe) ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      // Out-of-office replies to an outage notice help nobody.
      'Auto-Submitted': 'auto-generated',
    },
  };
}
