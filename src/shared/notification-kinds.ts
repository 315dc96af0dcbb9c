// Every kind of notification the platform writes, with the group the settings page shows it under and
// whether the digest mails it unless the person chose otherwise. In the app (the bell) every kind is on
// by default. The server's digest and notify() and the web app's settings page read this list; a new
// kind written with notify() belongs here.

import { networkNotificationKinds } from './network-notification-kinds.ts';

export const NOTIFICATION_GROUPS = [
  'chat',
  'projects',
  'documents',
  'atlas',
  'content',
  'workspaces',
  'network',
  'services',
  'events',
] as const;
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

export interface NotificationKindInfo {
  kind: string;
  group: NotificationGroup;
  /** Mailed in the digest unless the person turned it off. */
  mailByDefault: boolean;
}

const n = networkNotificationKinds;

export const NOTIFICATION_KINDS = [
  { kind: 'mention', group: 'chat', mailByDefault: true },
  { kind: 'direct-message', group: 'chat', mailByDefault: true },
  { kind: 'task-mention', group: 'projects', mailByDefault: true },
  { kind: 'project-health', group: 'projects', mailByDefault: true },
  { kind: 'document-approval', group: 'documents', mailByDefault: true },
  { kind: 'document-approval-decided', group: 'documents', mailByDefault: true },
  { kind: 'cooperation-contact', group: 'atlas', mailByDefault: false },
  { kind: 'cooperation-review', group: 'atlas', mailByDefault: false },
  { kind: 'cooperation-published', group: 'atlas', mailByDefault: false },
  { kind: 'cooperation-returned', group: 'atlas', mailByDefault: false },
  { kind: 'content-adopted', group: 'content', mailByDefault: false },
  { kind: 'content-source-changed', group: 'content', mailByDefault: false },
  { kind: 'content-link-ended', group: 'content', mailByDefault: false },
  { kind: 'workspace-invitation', group: 'workspaces', mailByDefault: false },
  { kind: 'join-request', group: 'workspaces', mailByDefault: false },
  { kind: 'join-request-answered', group: 'workspaces', mailByDefault: false },
  { kind: n.question, group: 'network', mailByDefault: true },
  { kind: n.answer, group: 'network', mailByDefault: true },
  { kind: n.comment, group: 'network', mailByDefault: true },
  { kind: n.accepted, group: 'network', mailByDefault: true },
  { kind: n.endorsement, group: 'network', mailByDefault: true },
  { kind: n.joinRequest, group: 'network', mailByDefault: true },
  { kind: n.joinAnswered, group: 'network', mailByDefault: true },
  { kind: n.postPending, group: 'network', mailByDefault: true },
  { kind: n.postDecided, group: 'network', mailByDefault: true },
  { kind: n.postHidden, group: 'network', mailByDefault: true },
  { kind: n.report, group: 'network', mailByDefault: true },
  { kind: n.wikiCheckDue, group: 'network', mailByDefault: true },
  { kind: 'service-offer-request', group: 'services', mailByDefault: true },
  { kind: 'service-offer-answered', group: 'services', mailByDefault: true },
  { kind: 'procurement-purchase-opened', group: 'services', mailByDefault: true },
  { kind: 'procurement-radar-match', group: 'services', mailByDefault: true },
  // The events send their own mails (moving up, cancellation): the digest does not repeat them.
  { kind: 'event-moved-up', group: 'events', mailByDefault: false },
  { kind: 'event-cancelled', group: 'events', mailByDefault: false },
] as const satisfies readonly NotificationKindInfo[];

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['kind'];

export const NOTIFICATION_KIND_NAMES: readonly NotificationKind[] = NOTIFICATION_KINDS.map((k) => k.kind);

/** The kinds the digest mails to people who left their settings as they were. */
export const MAILED_BY_DEFAULT: readonly NotificationKind[] = NOTIFICATION_KINDS.filter((k) => k.mailByDefault).map(
  (k) => k.kind,
);

/** How often the digest mail comes: soon after a notification stays unread, once a day, on Mondays, never. */
export const DIGEST_FREQUENCIES = ['soon', 'daily', 'weekly', 'never'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
