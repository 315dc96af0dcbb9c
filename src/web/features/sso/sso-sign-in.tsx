import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SSO_FAILURE_REASONS, type SsoFailureReason, type SsoProvider } from '../../../shared/contracts/sso.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';

function failureOf(search: string): SsoFailureReason | null {
  const reason = new URLSearchParams(search).get('sso-error');
  return (SSO_FAILURE_REASONS as readonly string[]).includes(reason ?? '') ? (reason as SsoFailureReason) : null;
}

/**
 * The sign-in page's part for single sign-on: why the last sign-in by a provider did not work (the server
 * sends the browser back with `?sso-error=<reason>`), and a "Sign in with <provider>" link per provider.
 * The links are plain navigations: the server redirects to the provider.
 */
export function SsoSignIn({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const [failure] = useState(() => failureOf(window.location.search));
  const { data } = useQuery({
    queryKey: ['sso-providers'],
    queryFn: () => api.get<SsoProvider[]>('/auth/sso/providers'),
    staleTime: Infinity,
  });
  const providers = data ?? [];
  const query = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  return (
    <>
      {failure ? (
        <Alert variant="warning" role="alert" title={t('sso.failed.title')}>
          <p className="kern-body">{t(`sso.failed.${failure}`)}</p>
        </Alert>
      ) : null}
      {providers.length > 0 ? (
        <ul className="plain-list stack-sm" aria-label={t('sso.providers')}>
          {providers.map((provider) => (
            <li key={provider.id}>
              <a className="kern-btn kern-btn--secondary" href={`${provider.startUrl}${query}`}>
                <span className="kern-label">{t('sso.signInWith', { provider: provider.name })}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
