import type { Mail } from '../../platform/mail/mailer.ts';

export interface DigestItem {
  kind: string;
  data: Record<string, unknown>;
  link: string | null;
  createdAt: Date;
}

export interface DigestMailInput {
  to: { email: string; name: string; locale: string };
  items: DigestItem[];
  publicUrl: string;
  delayMinutes: number;
}

const EXCERPT_MAX = 280;

/** A data field as one line of text: other types and line breaks from stored data must not shape the mail. */
function field(data: Record<string, unknown>, key: string, max = 120): string {
  const value = data[key];
  if (typeof value !== 'string') return '';
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const TEXTS = {
  de: {
    subject: (n: number) =>
      n === 1 ? 'Eine ungelesene Nachricht auf Allmende' : `${n} ungelesene Nachrichten auf Allmende`,
    greeting: (name: string) => `Guten Tag ${name},`,
    intro: (minutes: number) =>
      `auf Allmende warten Nachrichten auf Sie, die Sie seit mehr als ${minutes} Minuten nicht gelesen haben:`,
    mention: (actor: string, place: string) =>
      place ? `${actor} hat Sie in ${place} erwähnt` : `${actor} hat Sie erwähnt`,
    direct: (actor: string) => `Direktnachricht von ${actor}`,
    other: 'Neue Benachrichtigung',
    someone: 'Jemand',
    open: 'Zur Nachricht',
    all: 'Alle Benachrichtigungen',
    footer:
      'Diese E-Mail fasst Erwähnungen und Direktnachrichten zusammen, die Sie nicht gelesen haben. Was Sie inzwischen gelesen haben, erhalten Sie nicht per E-Mail.',
    locale: 'de-DE',
    clock: (time: string) => `${time} Uhr`,
    quote: (text: string) => `„${text}“`,
  },
  en: {
    subject: (n: number) => (n === 1 ? '1 unread message on Allmende' : `${n} unread messages on Allmende`),
    greeting: (name: string) => `Hello ${name},`,
    intro: (minutes: number) =>
      `messages have been waiting for you on Allmende, unread for more than ${minutes} minutes:`,
    mention: (actor: string, place: string) =>
      place ? `${actor} mentioned you in ${place}` : `${actor} mentioned you`,
    direct: (actor: string) => `Direct message from ${actor}`,
    other: 'New notification',
    someone: 'Someone',
    open: 'Open the message',
    all: 'All notifications',
    footer:
      'This mail collects mentions and direct messages you have not read. What you have read in the meantime is not mailed.',
    locale: 'en-GB',
    clock: (time: string) => time,
    quote: (text: string) => `“${text}”`,
  },
};

type Texts = (typeof TEXTS)['de'];

function headline(texts: Texts, item: DigestItem): string {
  const actor = field(item.data, 'actorName') || texts.someone;
  if (item.kind === 'direct-message') return texts.direct(actor);
  if (item.kind === 'mention') {
    const channel = field(item.data, 'channelName');
    const workspace = field(item.data, 'workspaceName');
    const place = channel ? (workspace ? `#${channel} (${workspace})` : `#${channel}`) : workspace;
    return texts.mention(actor, place);
  }
  return texts.other;
}

/**
 * The one mail that bundles a person's unread mentions and direct messages: plain text and a simple
 * HTML alternative, each item with its sender, an excerpt and a link into the platform.
 */
export function digestMail(input: DigestMailInput): Mail {
  const texts: Texts = input.to.locale === 'en' ? TEXTS.en : TEXTS.de;
  const time = new Intl.DateTimeFormat(texts.locale, { timeZone: 'Europe/Berlin', timeStyle: 'short' });
  const allLink = `${input.publicUrl}/notifications`;
  const items = input.items.map((item) => ({
    headline: `${headline(texts, item)}, ${texts.clock(time.format(item.createdAt))}`,
    excerpt: field(item.data, 'excerpt', EXCERPT_MAX),
    link: item.link ? `${input.publicUrl}${item.link}` : null,
  }));
  const name = field({ name: input.to.name }, 'name');

  const text = [
    texts.greeting(name),
    '',
    texts.intro(input.delayMinutes),
    '',
    ...items.flatMap((item) => [
      `– ${item.headline}:`,
      ...(item.excerpt ? [`  ${texts.quote(item.excerpt)}`] : []),
      ...(item.link ? [`  ${item.link}`] : []),
      '',
    ]),
    `${texts.all}: ${allLink}`,
    '',
    texts.footer,
  ].join('\n');

  const html = [
    `<!doctype html><html lang="${input.to.locale === 'en' ? 'en' : 'de'}"><body style="font-family: 'Fira Sans', Arial, sans-serif; line-height: 1.5; color: #131525">`,
    `<p>${escapeHtml(texts.greeting(name))}</p>`,
    `<p>${escapeHtml(texts.intro(input.delayMinutes))}</p>`,
    '<ul>',
    ...items.map(
      (item) =>
        `<li style="margin-bottom: 1em"><strong>${escapeHtml(item.headline)}</strong>` +
        (item.excerpt ? `<br>${escapeHtml(texts.quote(item.excerpt))}` : '') +
        (item.link ? `<br><a href="${escapeHtml(item.link)}">${escapeHtml(texts.open)}</a>` : '') +
        '</li>',
    ),
    '</ul>',
    `<p><a href="${escapeHtml(allLink)}">${escapeHtml(texts.all)}</a></p>`,
    `<p style="color: #404565; font-size: 0.875em">${escapeHtml(texts.footer)}</p>`,
    '</body></html>',
  ].join('\n');

  return { to: input.to.email, subject: texts.subject(items.length), text, html };
}
