import type { HealthReason } from '../../../shared/contracts/projects.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { reasonText } from '../projects/portfolio/reason-words.ts';
import { servicesLine } from './digest-services-lines.ts';

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
  /** How often the person gets the digest; words the mail's opening. */
  frequency?: 'soon' | 'daily' | 'weekly';
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
    introDaily:
      'hier ist Ihre tägliche Zusammenfassung der Benachrichtigungen auf Allmende, die Sie noch nicht gelesen haben:',
    introWeekly:
      'hier ist Ihre wöchentliche Zusammenfassung der Benachrichtigungen auf Allmende, die Sie noch nicht gelesen haben:',
    question: (actor: string, title: string, community: string) =>
      community ? `${actor} fragt in „${community}“: „${title}“` : `${actor} fragt: „${title}“`,
    answer: (actor: string, title: string) => `${actor} hat auf „${title}“ geantwortet`,
    comment: (actor: string, title: string) => `${actor} hat bei „${title}“ kommentiert`,
    accepted: (actor: string, title: string) => `${actor} hat Ihre Antwort auf „${title}“ angenommen`,
    endorsement: (actor: string, tag: string) => `${actor} bestätigt Ihre Expertise „${tag}“`,
    communityJoin: (actor: string, community: string) => `${actor} möchte der Fachgruppe „${community}“ beitreten`,
    communityAnswered: (community: string, accepted: boolean) =>
      `Ihre Anfrage an die Fachgruppe „${community}“ wurde ${accepted ? 'angenommen' : 'abgelehnt'}`,
    postPending: (actor: string, title: string, community: string) =>
      community
        ? `Ein Beitrag von ${actor} in „${community}“ wartet auf Ihre Freigabe: „${title}“`
        : `Ein Beitrag von ${actor} wartet auf Ihre Freigabe: „${title}“`,
    postDecided: (title: string, approved: boolean) =>
      approved ? `Ihr Beitrag „${title}“ wurde freigegeben` : `Ihr Beitrag „${title}“ wurde nicht freigegeben`,
    postHidden: (title: string) => `Die Moderation hat Ihren Beitrag „${title}“ ausgeblendet`,
    report: (actor: string, title: string, community: string) =>
      community
        ? `${actor} hat in „${community}“ einen Beitrag gemeldet: „${title}“`
        : `${actor} hat einen Beitrag gemeldet: „${title}“`,
    wikiCheckDue: (title: string) => `Die Wiki-Seite „${title}“ sollte geprüft werden`,
    openNetwork: 'Im Netzwerk öffnen',
    openWiki: 'Zur Wiki-Seite',
    settings: 'Einstellungen der Benachrichtigungen',
    other: 'Neue Benachrichtigung',
    someone: 'Jemand',
    open: 'Zur Nachricht',
    openTask: 'Zur Aufgabe',
    openProject: 'Zum Projekt',
    openDocument: 'Zum Dokument',
    all: 'Alle Benachrichtigungen',
    footer:
      'Diese E-Mail fasst Benachrichtigungen zusammen, die Sie nicht gelesen haben. Was Sie inzwischen gelesen haben, erhalten Sie nicht per E-Mail. Welche Benachrichtigungen Sie per E-Mail erhalten und wie oft, legen Sie in den Einstellungen der Benachrichtigungen fest.',
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
    introDaily: 'here is your daily summary of the notifications on Allmende you have not read yet:',
    introWeekly: 'here is your weekly summary of the notifications on Allmende you have not read yet:',
    question: (actor: string, title: string, community: string) =>
      community ? `${actor} asked in “${community}”: “${title}”` : `${actor} asked: “${title}”`,
    answer: (actor: string, title: string) => `${actor} answered “${title}”`,
    comment: (actor: string, title: string) => `${actor} commented on “${title}”`,
    accepted: (actor: string, title: string) => `${actor} accepted your answer to “${title}”`,
    endorsement: (actor: string, tag: string) => `${actor} endorsed your expertise “${tag}”`,
    communityJoin: (actor: string, community: string) => `${actor} asks to join the community “${community}”`,
    communityAnswered: (community: string, accepted: boolean) =>
      `Your request to join the community “${community}” was ${accepted ? 'accepted' : 'declined'}`,
    postPending: (actor: string, title: string, community: string) =>
      community
        ? `A post by ${actor} in “${community}” awaits your approval: “${title}”`
        : `A post by ${actor} awaits your approval: “${title}”`,
    postDecided: (title: string, approved: boolean) =>
      approved ? `Your post “${title}” was approved` : `Your post “${title}” was not approved`,
    postHidden: (title: string) => `A moderator hid your post “${title}”`,
    report: (actor: string, title: string, community: string) =>
      community ? `${actor} reported a post in “${community}”: “${title}”` : `${actor} reported a post: “${title}”`,
    wikiCheckDue: (title: string) => `The wiki page “${title}” is due for a check`,
    openNetwork: 'Open in the network',
    openWiki: 'Open the wiki page',
    settings: 'Notification settings',
    other: 'New notification',
    someone: 'Someone',
    open: 'Open the message',
    openTask: 'Open the task',
    openProject: 'Open the project',
    openDocument: 'Open the document',
    all: 'All notifications',
    footer:
      'This mail collects notifications you have not read. What you have read in the meantime is not mailed. Which notifications reach you by mail, and how often, you choose in the notification settings.',
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

/** The line of a notification of the network (src/shared/network-notification-kinds.ts), or null. */
function networkLine(texts: Texts, item: DigestItem, actor: string): string | null {
  const title = field(item.data, 'title');
  const community = field(item.data, 'communityName');
  switch (item.kind) {
    case 'network-question':
      return texts.question(actor, title, community);
    case 'network-answer':
      return texts.answer(actor, title);
    case 'network-comment':
      return texts.comment(actor, title);
    case 'network-accepted':
      return texts.accepted(actor, title);
    case 'network-endorsement':
      return texts.endorsement(actor, field(item.data, 'tagName'));
    case 'network-join-request':
      return texts.communityJoin(actor, community);
    case 'network-join-answered':
      return texts.communityAnswered(community, item.data.accepted === true);
    case 'network-post-pending':
      return texts.postPending(actor, title, community);
    case 'network-post-decided':
      return texts.postDecided(title, item.data.approved === true);
    case 'network-post-hidden':
      return texts.postHidden(title);
    case 'network-report':
      return texts.report(actor, title, community);
    case 'wiki-check-due':
      return texts.wikiCheckDue(title);
    default:
      return null;
  }
}

/** An item's line: who did what where, or what became of a project (with the first reason, worded). */
function headline(texts: Texts, item: DigestItem, language: 'de' | 'en'): { line: string; timed: boolean } {
  const actor = field(item.data, 'actorName') || texts.someone;
  const network = networkLine(texts, item, actor) ?? servicesLine(language, item, actor);
  if (network !== null) return { line: network, timed: true };
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
  if (kind === 'wiki-check-due') return texts.openWiki;
  if (kind.startsWith('network-')) return texts.openNetwork;
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
  const settingsLink = `${input.publicUrl}/account/notifications`;
  // Mentions and direct messages only are "Nachrichten"; with task mentions or project warnings, "Benachrichtigungen".
  const chat = input.items.every((item) => item.kind === 'mention' || item.kind === 'direct-message');
  const intro =
    input.frequency === 'daily'
      ? texts.introDaily
      : input.frequency === 'weekly'
        ? texts.introWeekly
        : texts.intro(input.delayMinutes, chat);
  const items = input.items.map((item) => {
    const { line, timed } = headline(texts, item, language);
    return {
      headline: timed ? `${line}, ${texts.clock(time.format(item.createdAt))}` : line,
      // A moderator's reason stands where others have an excerpt.
      excerpt: field(item.data, 'excerpt', EXCERPT_MAX) || field(item.data, 'reason', EXCERPT_MAX),
      link: item.link ? `${input.publicUrl}${item.link}` : null,
      linkText: linkText(texts, item.kind),
      timed,
    };
  });
  const name = field({ name: input.to.name }, 'name');

  const text = [
    texts.greeting(name),
    '',
    intro,
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
    `${texts.settings}: ${settingsLink}`,
  ].join('\n');

  const html = [
    `<!doctype html><html lang="${input.to.locale === 'en' ? 'en' : 'de'}"><body style="font-family: 'Fira Sans', Arial, sans-serif; line-height: 1.5; color: #131525">`,
    `<p>${escapeHtml(texts.greeting(name))}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
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
    `<p style="color: #404565; font-size: 0.875em">${escapeHtml(texts.footer)} <a href="${escapeHtml(settingsLink)}">${escapeHtml(texts.settings)}</a></p>`,
    '</body></html>',
  ].join('\n');

  return { to: input.to.email, subject: texts.subject(items.length, chat), text, html };
}
