import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/contracts/accounts.ts';
import { api } from '../../api/client.ts';
import { Badge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { describeUserAgent } from './describe-user-agent.ts';
import { useSignOut } from './use-sign-out.ts';

/** A session's coarse place in the interface language: a country's name, a local network, or a dash. */
function usePlaceName() {
  const { t, i18n } = useTranslation();
  return (place: Session['place']) => {
    if (place === null) return '–';
    if (place.kind === 'local') return t('account.sessions.localNetwork');
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'region' }).of(place.code) ?? place.code;
    } catch {
      return place.code;
    }
  };
}

export function SessionsSection() {
  const { t } = useTranslation();
  const placeName = usePlaceName();
  const format = useFormat();
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: () => api.get<Session[]>('/auth/sessions') });
  const end = useMutation({
    mutationFn: (id: string) => api.delete(`/auth/sessions/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
  const signOutEverywhere = useSignOut(true);

  function device(session: Session) {
    const described = describeUserAgent(session.userAgent);
    if (!described) return t('account.sessions.unknownDevice');
    if (described.browser && described.system)
      return t('account.sessions.device', { browser: described.browser, system: described.system });
    return described.browser || described.system;
  }

  return (
    <Section title={t('account.sessions.title')}>
      <p className="kern-body">{t('account.sessions.lead')}</p>
      <ProblemAlert error={sessions.error ?? end.error} />
      {sessions.isPending ? (
        <Loading />
      ) : (
        <DataTable
          caption={t('account.sessions.caption')}
          captionHidden
          rows={sessions.data ?? []}
          rowKey={(s) => s.id}
          columns={[
            {
              key: 'device',
              header: t('account.sessions.deviceColumn'),
              render: (s) => (
                <>
                  {device(s)} {s.current ? <Badge variant="info">{t('account.sessions.current')}</Badge> : null}
                </>
              ),
            },
            { key: 'place', header: t('account.sessions.place'), render: (s) => placeName(s.place) },
            { key: 'ip', header: t('account.sessions.ip'), render: (s) => s.ip ?? '–' },
            { key: 'created', header: t('account.sessions.created'), render: (s) => format.dateTime(s.createdAt) },
            { key: 'seen', header: t('account.sessions.lastSeen'), render: (s) => format.dateTime(s.lastSeenAt) },
            {
              key: 'end',
              header: <span className="visually-hidden">{t('common.actions')}</span>,
              action: true,
              render: (s) =>
                s.current ? null : (
                  <Button
                    variant="secondary"
                    small
                    busy={end.isPending && end.variables === s.id}
                    onClick={() => end.mutate(s.id)}
                  >
                    {t('account.sessions.end')}
                    <span className="visually-hidden"> ({device(s)})</span>
                  </Button>
                ),
            },
          ]}
        />
      )}
      <div className="kern-btn-wrapper spaced">
        <Button
          variant="secondary"
          icon="logout"
          busy={signOutEverywhere.isPending}
          onClick={() => signOutEverywhere.mutate()}
        >
          {t('account.sessions.signOutEverywhere')}
        </Button>
      </div>
    </Section>
  );
}
