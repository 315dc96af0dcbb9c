/** The shapes of the notifications API as the web app reads them (see src/server/features/notifications). */

import type { DigestFrequency, NotificationGroup, NotificationKind } from '../notification-kinds.ts';

/**
 * Kinds in use: see src/shared/notification-kinds.ts. Others may appear later and are shown generically.
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

/** One kind of notification in my settings: where it reaches me. */
export interface NotificationKindSetting {
  kind: NotificationKind;
  group: NotificationGroup;
  inApp: boolean;
  mail: boolean;
}

/** GET and PUT /api/me/notification-settings. */
export interface NotificationSettings {
  digestFrequency: DigestFrequency;
  kinds: NotificationKindSetting[];
}

/** PUT /api/me/notification-settings; kinds left out keep their current choice. */
export interface NotificationSettingsInput {
  digestFrequency?: DigestFrequency;
  kinds?: { kind: NotificationKind; inApp: boolean; mail: boolean }[];
}

/** GET /api/network/start: what is new in the network for me (the start page's section). */
export interface NetworkStart {
  questions: {
    id: string;
    title: string;
    community: { slug: string; name: string } | null;
    answerCount: number;
    createdAt: string;
  }[];
  answers: {
    id: string;
    questionId: string;
    questionTitle: string;
    author: { id: string; name: string };
    createdAt: string;
  }[];
  endorsements: {
    endorser: { id: string; name: string };
    tagName: string;
    createdAt: string;
  }[];
}
