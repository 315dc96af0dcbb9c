import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../ui/alert.tsx';

/** The sign-in page's answer to `sso-required`: this person must sign in by the named provider. */
export function SsoRequiredAlert({ error, returnTo }: { error: ApiError; returnTo: string }) {
  const { t } = useTranslation();
  const name = typeof error.extensions.providerName === 'string' ? error.extensions.providerName : '';
  const start = typeof error.extensions.startUrl === 'string' ? error.extensions.startUrl : '';
  // Only the platform's own start addresses are followed.
  const href = /^\/api\/auth\/sso\/[a-z0-9-]+\/start$/.test(start)
    ? `${start}${returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`
    : null;
  return (
    <Alert variant="warning" role="alert" title={t('sso.required.title')}>
      <p className="kern-body">{t('sso.required.text', { provider: name || t('sso.required.yourProvider') })}</p>
      {href ? (
        <p>
          <a className="kern-btn kern-btn--primary" href={href}>
            <span className="kern-label">{t('sso.signInWith', { provider: name })}</span>
          </a>
        </p>
      ) : null}
    </Alert>
  );
}
