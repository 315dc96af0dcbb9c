import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SsoIdentities } from '../../../shared/contracts/sso.ts';
import { api } from '../../api/client.ts';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';

const KEY = ['sso-identities'] as const;

/**
 * The account page's sign-in providers: those linked (with an unlink while a password or another provider
 * remains) and a "Link with <provider>" link for each other one. Linking is a plain navigation: the server
 * redirects to the provider and back to this page.
 */
export function LinkedIdentitiesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const data = useQuery({ queryKey: KEY, queryFn: () => api.get<SsoIdentities>('/me/sso-identities') });
  const unlink = useMutation({
    mutationFn: (id: string) => api.delete(`/me/sso-identities/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const value = data.data;
  if (value && value.identities.length === 0 && value.linkable.length === 0) return null;
  const lastWay = value ? value.identities.length === 1 && !value.hasPassword : false;
  return (
    <Section title={t('sso.account.title')}>
      <p className="kern-body">{t('sso.account.lead')}</p>
      <ProblemAlert error={data.error ?? unlink.error} />
      {data.isPending ? (
        <Loading />
      ) : value ? (
        <>
          {value.identities.length > 0 ? (
            <ul className="plain-list stack-sm" aria-label={t('sso.account.linked')}>
              {value.identities.map((identity) => (
                <li key={identity.id} className="stack-sm">
                  <p className="kern-body">
                    <strong>{identity.providerName}</strong>{' '}
                    {t('sso.account.since', {
                      date: format.date(identity.createdAt),
                      last: format.dateTime(identity.lastSignInAt),
                    })}
                  </p>
                  {lastWay ? (
                    <p className="kern-body">{t('sso.account.onlyWay')}</p>
                  ) : (
                    <ConfirmButton
                      small
                      question={t('sso.account.unlinkQuestion', { provider: identity.providerName })}
                      confirmLabel={t('sso.account.unlinkConfirm')}
                      busy={unlink.isPending}
                      onConfirm={() => unlink.mutate(identity.id)}
                    >
                      {t('sso.account.unlink', { provider: identity.providerName })}
                    </ConfirmButton>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body">{t('sso.account.none')}</p>
          )}
          {value.linkable.length > 0 ? (
            <ul className="plain-list stack-sm" aria-label={t('sso.account.linkable')}>
              {value.linkable.map((provider) => (
                <li key={provider.id}>
                  <a className="kern-btn kern-btn--secondary" href={provider.linkUrl}>
                    <span className="kern-label">{t('sso.account.linkWith', { provider: provider.name })}</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
