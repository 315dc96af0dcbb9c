import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { SsoProvidersSection } from '../sso/sso-providers-section.tsx';
import { AdminPage } from './admin-layout.tsx';
import { RETENTION_KEY, RetentionForm, retentionApi } from './retention-form.tsx';
import {
  TWO_FACTOR_REQUIREMENT_KEY,
  TwoFactorRequirementForm,
  twoFactorRequirementApi,
} from './two-factor-requirement-form.tsx';

/** /admin/settings: what applies to the whole platform: who must sign in with two factors, how long it keeps what it no longer needs. */
export function AdminSettingsPage() {
  const { t } = useTranslation();
  const periods = useQuery({ queryKey: RETENTION_KEY, queryFn: retentionApi.get });
  const requirement = useQuery({ queryKey: TWO_FACTOR_REQUIREMENT_KEY, queryFn: twoFactorRequirementApi.get });
  return (
    <AdminPage title={t('admin.settings.title')} lead={t('admin.settings.lead')}>
      <Section title={t('admin.twoFactor.title')}>
        {requirement.isPending ? (
          <Loading />
        ) : requirement.data ? (
          <TwoFactorRequirementForm requirement={requirement.data} />
        ) : (
          <ProblemAlert error={requirement.error} />
        )}
      </Section>
      <SsoProvidersSection />
      <Section title={t('admin.retention.title')}>
        <p className="kern-body">{t('admin.retention.lead')}</p>
        {periods.isPending ? (
          <Loading />
        ) : periods.data ? (
          <RetentionForm periods={periods.data} />
        ) : (
          <ProblemAlert error={periods.error} />
        )}
      </Section>
    </AdminPage>
  );
}
