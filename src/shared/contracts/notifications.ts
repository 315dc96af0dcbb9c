/** The shapes of the notifications API as the web app reads them (see src/server/features/notifications). */

/**
 * Kinds in use: mention, direct-message, workspace-invitation, join-request, cooperation-contact,
 * cooperation-review, cooperation-published, cooperation-returned. Others may appear later and are
 * shown generically.
 */
export interface NotificationItem {
  id: string;
  kind: string;
  /** Short text parts to format per language: actorName, title, excerpt, channelName, workspaceName, … */
  data: Record<string, unknown>;
  /** App path the notification opens, e.g. /atlas/<slug>. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationItem[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

export interface NotificationCount {
  unread: number;
}
