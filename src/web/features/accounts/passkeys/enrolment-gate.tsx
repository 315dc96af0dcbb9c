import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwoFactorStatus } from '../../../../shared/contracts/two-factor.ts';
import { TWO_FACTOR_ENROL_PATH } from '../../../../shared/contracts/two-factor-requirement.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Loading } from '../../../ui/loading.tsx';

/**
 * Whether this session reaches nothing but the enrolment (its organisation requires a second factor); null
 * while unknown. Asked only when `signedIn` (signed out there is nothing to ask).
 */
export function useEnrolmentRequired(signedIn = true): boolean | null {
  const status = useQuery({
    queryKey: ['two-factor'],
    queryFn: () => api.get<TwoFactorStatus>('/me/two-factor'),
    enabled: signedIn,
  });
  if (!signedIn || status.isPending) return null;
  return status.data?.enrolmentRequired === true;
}

/** The notice that the organisation requires a second factor; with a link to the account page unless on it. */
export function EnrolmentNotice({ withLink }: { withLink: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert variant="warning" title={t('orgTwoFactor.gate.title')}>
      <p className="kern-body">{t('orgTwoFactor.gate.body')}</p>
      {withLink ? (
        <p className="kern-body">
          <Link className="kern-link" to={TWO_FACTOR_ENROL_PATH}>
            {t('orgTwoFactor.gate.link')}
          </Link>
        </p>
      ) : null}
    </Alert>
  );
}

/**
 * While the person's organisation requires a second factor and they have none, the server answers
 * everything but the enrolment with 403: the notice stands in place of the page, with the way to the
 * account page (which shows only its two-factor sections then).
 */
export function EnrolmentGate({ children }: { children: ReactNode }) {
  const required = useEnrolmentRequired();
  if (required === null) return <Loading />;
  if (!required) return <>{children}</>;
  return <EnrolmentNotice withLink />;
}
