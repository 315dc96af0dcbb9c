import type { HealthReason } from '../../../shared/contracts/projects.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { reasonText } from '../projects/portfolio/reason-words.ts';

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
    subject: (n: number, chat: boolean) =>
      chat
        ? n === 1
          ? 'Eine ungelesene Nachricht auf Allmende'
          : `${n} ungelesene Nachrichten auf Allmende`
        : n === 1
          ? 'Eine ungelesene Benachrichtigung auf Allmende'
          : `${n} ungelesene Benachrichtigungen auf Allmende`,
    greeting: (name: string) => `Guten Tag ${name},`,
    intro: (minutes: number, chat: boolean) =>
      `auf Allmende warten ${chat ? 'Nachrichten' : 'Benachrichtigungen'} auf Sie, die Sie seit mehr als ${minutes} Minuten nicht gelesen haben:`,
    mention: (actor: string, place: string) =>
      place ? `${actor} hat Sie in ${place} erwähnt` : `${actor} hat Sie erwähnt`,
    direct: (actor: string) => `Direktnachricht von ${actor}`,
    taskMention: (actor: string, task: string, project: string) =>
      project
        ? `${actor} hat Sie in der Aufgabe „${task}“ (${project}) erwähnt`
        : `${actor} hat Sie in der Aufgabe „${task}“ erwähnt`,
    projectHealth: (project: string, level: 'amber' | 'red', reason: string) =>
      `Projekt „${project}“ ist jetzt ${level === 'red' ? 'rot' : 'gelb'}${reason ? `: ${reason}` : ''}`,
    approval: (actor: string, title: string) => `${actor} bittet Sie um Freigabe von „${title}“`,
    approvalDecided: (actor: string, title: string, rejected: boolean) =>
      rejected ? `${actor} hat die Freigabe von „${title}“ abgelehnt` : `„${title}“ ist freigegeben`,
    other: 'Neue Benachrichtigung',
    someone: 'Jemand',
    open: 'Zur Nachricht',
    openTask: 'Zur Aufgabe',
    openProject: 'Zum Projekt',
    openDocument: 'Zum Dokument',
    all: 'Alle Benachrichtigungen',
    footer:
      'Diese E-Mail fasst Erwähnungen, Direktnachrichten, Freigaben und Warnungen zu Ihren Projekten zusammen, die Sie nicht gelesen haben. Was Sie inzwischen gelesen haben, erhalten Sie nicht per E-Mail.',
    locale: 'de-DE',
    clock: (time: string) => `${time} Uhr`,
    quote: (text: string) => `„${text}“`,
  },
  en: {
    subject: (n: number, chat: boolean) => {
      const what = chat ? 'message' : 'notification';
      return n === 1 ? `1 unread ${what} on Allmende` : `${n} unread ${what}s on Allmende`;
    },
    greeting: (name: string) => `Hello ${name},`,
    intro: (minutes: number, chat: boolean) =>
      `${chat ? 'messages' : 'notifications'} have been waiting for you on Allmende, unread for more than ${minutes} minutes:`,
    mention: (actor: string, place: string) =>
      place ? `${actor} mentioned you in ${place}` : `${actor} mentioned you`,
    direct: (actor: string) => `Direct message from ${actor}`,
    taskMention: (actor: string, task: string, project: string) =>
      project
        ? `${actor} mentioned you in the task “${task}” (${project})`
        : `${actor} mentioned you in the task “${task}”`,
    projectHealth: (project: string, level: 'amber' | 'red', reason: string) =>
      `Project “${project}” is now ${level}${reason ? `: ${reason}` : ''}`,
    approval: (actor: string, title: string) => `${actor} asks you to approve “${title}”`,
    approvalDecided: (actor: string, title: string, rejected: boolean) =>
      rejected ? `${actor} rejected the approval of “${title}”` : `“${title}” is approved`,
    other: 'New notification',
    someone: 'Someone',
    open: 'Open the message',
    openTask: 'Open the task',
    openProject: 'Open the project',
    openDocument: 'Open the document',
    all: 'All notifications',
    footer:
      'This mail collects mentions, direct messages, approvals and warnings about your projects that you have not read. What you have read in the meantime is not mailed.',
    locale: 'en-GB',
    clock: (time: string) => time,
    quote: (text: string) => `“${text}”`,
  },
};

type Texts = (typeof TEXTS)['de'];

/** The health reason a `project-health` notification carries, if it has the shape the projects store. */
function reasonOf(data: Record<string, unknown>): HealthReason | null {
  const reason = data.reason as Partial<HealthReason> | null | undefined;
  if (!reason || typeof reason !== 'object') return null;
  const { signal, level, value, threshold, unit } = reason;
  if (typeof signal !== 'string' || (level !== 'amber' && level !== 'red')) return null;
  if (typeof value !== 'number' || typeof threshold !== 'number' || typeof unit !== 'string') return null;
  return reason as HealthReason;
}

/** An item's line: who did what where, or what became of a project (with the first reason, worded). */
function headline(texts: Texts, item: DigestItem, language: 'de' | 'en'): { line: string; timed: boolean } {
  const actor = field(item.data, 'actorName') || texts.someone;
  if (item.kind === 'direct-message') return { line: texts.direct(actor), timed: true };
  if (item.kind === 'mention') {
    const channel = field(item.data, 'channelName');
    const workspace = field(item.data, 'workspaceName');
    const place = channel ? (workspace ? `#${channel} (${workspace})` : `#${channel}`) : workspace;
    return { line: texts.mention(actor, place), timed: true };
  }
  if (item.kind === 'task-mention') {
    return { line: texts.taskMention(actor, field(item.data, 'title'), field(item.data, 'projectName')), timed: true };
  }
  if (item.kind === 'project-health') {
    const reason = reasonOf(item.data);
    const level = item.data.level === 'red' ? 'red' : 'amber';
    const worded = reason ? field({ reason: reasonText(reason, language) }, 'reason', EXCERPT_MAX) : '';
    return { line: texts.projectHealth(field(item.data, 'projectName'), level, worded), timed: false };
  }
  if (item.kind === 'document-approval') return { line: texts.approval(actor, field(item.data, 'title')), timed: true };
  if (item.kind === 'document-approval-decided') {
    const rejected = item.data.state === 'rejected';
    return { line: texts.approvalDecided(actor, field(item.data, 'title'), rejected), timed: true };
  }
  return { line: texts.other, timed: true };
}

function linkText(texts: Texts, kind: string): string {
  if (kind === 'task-mention') return texts.openTask;
  if (kind === 'project-health') return texts.openProject;
  if (kind.startsWith('document-')) return texts.openDocument;
  return texts.open;
}

/**
 * The one mail that bundles a person's unread mentions (in chat and in task comments), direct messages
 * and projects turning amber or red: plain text and a simple HTML alternative, each item with its
 * sender and an excerpt, or the project's first reason, and a link into the platform.
 */
export function digestMail(input: DigestMailInput): Mail {
  const language = input.to.locale === 'en' ? 'en' : 'de';
  const texts: Texts = TEXTS[language];
  const time = new Intl.DateTimeFormat(texts.locale, { timeZone: 'Europe/Berlin', timeStyle: 'short' });
  const allLink = `${input.publicUrl}/notifications`;
  // Mentions and direct messages only are "Nachrichten"; with task mentions or project warnings, "Benachrichtigungen".
  const chat = input.items.every((item) => item.kind === 'mention' || item.kind === 'direct-message');
  const items = input.items.map((item) => {
    const { line, timed } = headline(texts, item, language);
    return {
      headline: timed ? `${line}, ${texts.clock(time.format(item.createdAt))}` : line,
      excerpt: field(item.data, 'excerpt', EXCERPT_MAX),
      link: item.link ? `${input.publicUrl}${item.link}` : null,
      linkText: linkText(texts, item.kind),
      timed,
    };
  });
  const name = field({ name: input.to.name }, 'name');

  const text = [
    texts.greeting(name),
    '',
    texts.intro(input.delayMinutes, chat),
    '',
    ...items.flatMap((item) => [
      item.timed ? `– ${item.headline}:` : `– ${item.headline}`,
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
    `<p>${escapeHtml(texts.intro(input.delayMinutes, chat))}</p>`,
    '<ul>',
    ...items.map(
      (item) =>
        `<li style="margin-bottom: 1em"><strong>${escapeHtml(item.headline)}</strong>` +
        (item.excerpt ? `<br>${escapeHtml(texts.quote(item.excerpt))}` : '') +
        (item.link ? `<br><a href="${escapeHtml(item.link)}">${escapeHtml(item.linkText)}</a>` : '') +
        '</li>',
    ),
    '</ul>',
    `<p><a href="${escapeHtml(allLink)}">${escapeHtml(texts.all)}</a></p>`,
    `<p style="color: #404565; font-size: 0.875em">${escapeHtml(texts.footer)}</p>`,
    '</body></html>',
  ].join('\n');

  return { to: input.to.email, subject: texts.subject(items.length, chat), text, html };
}
