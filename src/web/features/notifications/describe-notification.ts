import type { TFunction } from 'i18next';
import type { NotificationItem } from '../../../shared/contracts/notifications.ts';
import type { HealthReason } from '../../../shared/contracts/projects.ts';
import { reasonWords } from '../projects/health/reason-words.ts';
import { describeServicesOrEventsNotification } from './describe-services-events.ts';

export interface NotificationText {
  /** One sentence saying what happened, e.g. "Max Muster hat Sie in #allgemein erwähnt". */
  sentence: string;
  /** A quoted excerpt or a note, if the notification carries one. */
  detail: string | null;
}

/** A data field as short text; anything else (or nothing) counts as missing. */
function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * The sentence for a notification in the interface language. Each kind has its own wording; kinds this
 * version does not know yet get a general one, so a newer server never breaks the list.
 */
export function describeNotification(t: TFunction, notification: NotificationItem): NotificationText {
  const { data } = notification;
  const actorName = text(data, 'actorName') || t('notifications.someone');
  const title = text(data, 'title') || t('notifications.untitled');
  const workspaceName = text(data, 'workspaceName');
  const channelName = text(data, 'channelName');
  const excerpt = text(data, 'excerpt');
  const quoted = excerpt ? t('notifications.quoted', { text: excerpt }) : null;

  switch (notification.kind) {
    case 'mention':
      return {
        sentence:
          channelName && workspaceName
            ? t('notifications.kinds.mentionInWorkspace', { actorName, channelName, workspaceName })
            : channelName
              ? t('notifications.kinds.mentionIn', { actorName, channelName })
              : t('notifications.kinds.mention', { actorName }),
        detail: quoted,
      };
    case 'direct-message':
      return { sentence: t('notifications.kinds.directMessage', { actorName }), detail: quoted };
    case 'workspace-invitation':
      return { sentence: t('notifications.kinds.workspaceInvitation', { actorName, workspaceName }), detail: null };
    case 'join-request':
      return { sentence: t('notifications.kinds.joinRequest', { actorName, workspaceName }), detail: null };
    case 'join-request-answered':
      return {
        sentence: t(
          data.accepted === true
            ? 'notifications.kinds.joinRequestAccepted'
            : 'notifications.kinds.joinRequestDeclined',
          { workspaceName },
        ),
        detail: null,
      };
    case 'cooperation-contact': {
      const organisationName = text(data, 'organisationName');
      const who = organisationName ? t('notifications.actorOf', { actorName, organisationName }) : actorName;
      const key = text(data, 'kind') === 'reuse' ? 'cooperationReuse' : 'cooperationContact';
      return { sentence: t(`notifications.kinds.${key}`, { who, title }), detail: quoted };
    }
    case 'cooperation-review':
      return { sentence: t('notifications.kinds.cooperationReview', { title }), detail: null };
    case 'cooperation-published':
      return { sentence: t('notifications.kinds.cooperationPublished', { title }), detail: null };
    case 'cooperation-returned': {
      const note = text(data, 'note');
      return {
        sentence: t('notifications.kinds.cooperationReturned', { title }),
        detail: note ? t('notifications.note', { note }) : null,
      };
    }
    case 'content-adopted': {
      const organisationName = text(data, 'organisationName') || t('notifications.someOrganisation');
      const key = data.mode === 'link' ? 'contentAdoptedLink' : 'contentAdoptedCopy';
      return { sentence: t(`notifications.kinds.${key}`, { organisationName, title }), detail: null };
    }
    case 'content-source-changed': {
      const organisationName = text(data, 'organisationName') || t('notifications.someOrganisation');
      const tag = text(data, 'language');
      const language = tag ? t(`content.languages.${tag}`, { defaultValue: tag }) : '';
      return {
        sentence: t(
          language ? 'notifications.kinds.contentSourceChangedIn' : 'notifications.kinds.contentSourceChanged',
          {
            organisationName,
            title,
            language,
          },
        ),
        detail: null,
      };
    }
    case 'content-link-ended': {
      const organisationName = text(data, 'organisationName') || t('notifications.someOrganisation');
      return {
        sentence: t('notifications.kinds.contentLinkEnded', { organisationName, slug: text(data, 'slug') }),
        detail: null,
      };
    }
    case 'task-mention': {
      const projectName = text(data, 'projectName');
      return {
        sentence: t('notifications.kinds.taskMention', { actorName, title, projectName }),
        detail: quoted,
      };
    }
    case 'project-health': {
      const projectName = text(data, 'projectName');
      const level = data.level === 'red' ? 'red' : 'amber';
      const reason = data.reason as HealthReason | null | undefined;
      return {
        sentence: t(`notifications.kinds.projectHealth_${level}`, { projectName }),
        detail:
          reason && typeof reason === 'object' && typeof reason.signal === 'string'
            ? reasonWords(t, reason).text
            : null,
      };
    }
    case 'document-approval':
      return {
        sentence: t('notifications.kinds.documentApproval', { actorName, title }),
        detail: text(data, 'message') || null,
      };
    case 'document-approval-decided':
      return {
        sentence: t(
          data.state === 'rejected'
            ? 'notifications.kinds.documentApprovalRejected'
            : 'notifications.kinds.documentApprovalApproved',
          { actorName, title },
        ),
        detail: null,
      };
    case 'my-data-ready':
      return { sentence: t('myData.notificationReady'), detail: null };
    case 'account-deleted':
      return {
        sentence: t('accountDeletion.notification', {
          personName: text(data, 'personName'),
          organisationName: text(data, 'organisationName'),
        }),
        detail: null,
      };
    default:
      return (
        describeNetworkNotification(t, notification, actorName, quoted) ??
        describeServicesOrEventsNotification(t, notification, actorName) ?? {
          sentence: t('notifications.kinds.other'),
          detail: quoted ?? (text(data, 'title') || null),
        }
      );
  }
}

/**
 * The network's notifications, with the data fields src/shared/network-notification-kinds.ts lists;
 * null for any other kind.
 */
function describeNetworkNotification(
  t: TFunction,
  notification: NotificationItem,
  actorName: string,
  quoted: string | null,
): NotificationText | null {
  const { data } = notification;
  const title = text(data, 'title');
  const communityName = text(data, 'communityName');
  const reason = text(data, 'reason');
  const because = reason ? t('notifications.note', { note: reason }) : null;
  const k = (key: string, values: Record<string, unknown> = {}) =>
    t(`notifications.kinds.${key}`, { actorName, title, communityName, ...values });
  switch (notification.kind) {
    case 'network-question':
      return { sentence: k(communityName ? 'networkQuestionIn' : 'networkQuestion'), detail: null };
    case 'network-answer':
      return { sentence: k('networkAnswer'), detail: null };
    case 'network-comment':
      return { sentence: k('networkComment'), detail: quoted };
    case 'network-accepted':
      return { sentence: k('networkAccepted'), detail: null };
    case 'network-endorsement':
      return { sentence: k('networkEndorsement', { tagName: text(data, 'tagName') }), detail: quoted };
    case 'network-join-request':
      return { sentence: k('networkJoinRequest'), detail: null };
    case 'network-join-answered':
      return { sentence: k(data.accepted === true ? 'networkJoinAccepted' : 'networkJoinDeclined'), detail: null };
    case 'network-post-pending':
      return { sentence: k(communityName ? 'networkPostPendingIn' : 'networkPostPending'), detail: null };
    case 'network-post-decided':
      return {
        sentence: k(data.approved === true ? 'networkPostApproved' : 'networkPostRefused'),
        detail: because,
      };
    case 'network-post-hidden':
      return { sentence: k('networkPostHidden'), detail: because };
    case 'network-report':
      return { sentence: k(communityName ? 'networkReportIn' : 'networkReport'), detail: quoted };
    case 'wiki-check-due':
      return { sentence: k('wikiCheckDue'), detail: null };
    default:
      return null;
  }
}

/** A path inside this app that a notification may open; anything else is not followed. */
export function appPath(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}
