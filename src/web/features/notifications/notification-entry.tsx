import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItem } from '../../../shared/contracts/notifications.ts';
import { Badge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { appPath, describeNotification } from './describe-notification.ts';
import { useMarkRead } from './queries.ts';
import { useRelativeTime } from './use-relative-time.ts';

/**
 * One notification: its sentence (a link when it leads somewhere), the time, and for unread ones a
 * "Ungelesen" badge and a stronger frame, so unread is told by words and shape, not colour alone.
 * Opening it marks it read.
 */
export function NotificationEntry({ notification }: { notification: NotificationItem }) {
  const { t } = useTranslation();
  const time = useRelativeTime();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const { sentence, detail } = describeNotification(t, notification);
  const unread = notification.readAt === null;
  const link = appPath(notification.link);

  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (unread) markRead.mutate(notification.id);
    // A new tab or window is the browser's business; only a plain click stays in the app.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !link) return;
    event.preventDefault();
    void navigate({ href: link });
  }

  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`}>
      <p className="kern-body kern-body--small notification__meta">
        {unread ? (
          // With a link, the link itself says "Ungelesen" to people who move from link to link.
          <span aria-hidden={link ? true : undefined}>
            <Badge variant="info">{t('notifications.unread')}</Badge>
          </span>
        ) : null}
        <time dateTime={notification.createdAt} title={time.absolute(notification.createdAt)}>
          {time.relative(notification.createdAt)}
        </time>
      </p>
      <p className="kern-body notification__sentence">
        {link ? (
          <a className="kern-link" href={link} onClick={open}>
            {unread ? <span className="visually-hidden">{t('notifications.unread')}: </span> : null}
            {sentence}
          </a>
        ) : (
          sentence
        )}
      </p>
      {detail ? <p className="kern-body notification__detail">{detail}</p> : null}
      {unread && !link ? (
        <Button
          small
          variant="secondary"
          icon="check"
          busy={markRead.isPending}
          onClick={() => markRead.mutate(notification.id)}
        >
          {t('notifications.markRead')}
          <span className="visually-hidden"> ({sentence})</span>
        </Button>
      ) : null}
    </li>
  );
}
