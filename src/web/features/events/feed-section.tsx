import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventFeed } from '../../../shared/contracts/events.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { FEED_KEY, useEventFeed } from './queries.ts';

/**
 * "Mein Kalender-Abonnement": the secret address of the events I registered for, for Outlook or
 * Thunderbird. It is shown once when made; a new one replaces it, and it can be revoked.
 */
export function FeedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const feed = useEventFeed(true);
  const [made, setMade] = useState<string | null>(null);
  const make = useMutation({
    mutationFn: () => api.post<EventFeed>('/me/event-feed'),
    onSuccess: async (answer) => {
      setMade(answer.url);
      await client.invalidateQueries({ queryKey: FEED_KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: () => api.delete('/me/event-feed'),
    onSuccess: async () => {
      setMade(null);
      await client.invalidateQueries({ queryKey: FEED_KEY });
    },
  });
  const since = feed.data?.createdAt;
  return (
    <Section title={t('events.feed.title')}>
      <p className="kern-body">{t('events.feed.lead')}</p>
      {made ? (
        <Alert variant="success" title={t('events.feed.made')}>
          <p className="kern-body event-feed-url" data-testid="event-feed-url">
            {made}
          </p>
          <p className="kern-body kern-body--small">{t('events.feed.once')}</p>
        </Alert>
      ) : since ? (
        <p className="kern-body">{t('events.feed.since', { date: format.dateTime(since) })}</p>
      ) : null}
      <ProblemAlert error={make.error ?? revoke.error} />
      <div className="kern-btn-wrapper">
        <Button variant="secondary" busy={make.isPending} onClick={() => make.mutate()}>
          {since ? t('events.feed.renew') : t('events.feed.make')}
        </Button>
        {since ? (
          <ConfirmButton
            question={t('events.feed.revokeQuestion')}
            confirmLabel={t('events.feed.revokeConfirm')}
            onConfirm={() => revoke.mutate()}
            busy={revoke.isPending}
            icon="delete"
          >
            {t('events.feed.revoke')}
          </ConfirmButton>
        ) : null}
      </div>
      <p className="kern-body kern-body--small">{t('events.feed.hint')}</p>
    </Section>
  );
}
