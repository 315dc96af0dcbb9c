import { useQuery } from '@tanstack/react-query';
import { Link, Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwoFactorStatus } from '../../../shared/contracts/two-factor.ts';
import { TWO_FACTOR_ENROL_PATH } from '../../../shared/contracts/two-factor-requirement.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { LegalReminder } from '../legal/legal-reminder.tsx';
import { NotFoundContent } from '../shell/not-found-page.tsx';

/** `/admin/*`: only platform administrators see it; to everyone else it does not exist. */
export function AdminLayout() {
  return (
    <RequireSignIn>
      {(me) =>
        me.isPlatformAdmin ? (
          <SecondFactorGate>
            <Outlet />
          </SecondFactorGate>
        ) : (
          <NotFoundContent />
        )
      }
    </RequireSignIn>
  );
}

/**
 * While the platform requires a second factor of admins and this admin has none, a notice with the way
 * to the account page stands in place of every admin page (whose requests the server refuses anyway).
 */
function SecondFactorGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const status = useQuery({ queryKey: ['two-factor'], queryFn: () => api.get<TwoFactorStatus>('/me/two-factor') });
  if (status.isPending) return <Loading />;
  if (!status.data) return <ProblemAlert error={status.error} />;
  if (!status.data.requiredForAdmin || status.data.active) return <>{children}</>;
  return (
    <>
      <PageTitle
        preline={t('admin.preline')}
        documentTitle={`${t('admin.twoFactorGate.title')} – ${t('admin.preline')}`}
      >
        {t('admin.twoFactorGate.title')}
      </PageTitle>
      <Alert variant="warning" title={t('admin.twoFactorGate.lead')}>
        <p className="kern-body">{t('admin.twoFactorGate.body')}</p>
        <p className="kern-body">
          <Link className="kern-link" to={TWO_FACTOR_ENROL_PATH}>
            {t('admin.twoFactorGate.link')}
          </Link>
        </p>
      </Alert>
    </>
  );
}

const TABS = [
  { to: '/admin/organisations', key: 'organisations' },
  { to: '/admin/people', key: 'people' },
  { to: '/admin/alliances', key: 'alliances' },
  { to: '/admin/reviews', key: 'reviews' },
  { to: '/admin/audit', key: 'audit' },
  { to: '/admin/atlas-import', key: 'atlasImport' },
  { to: '/admin/directory', key: 'directory' },
  { to: '/admin/legal', key: 'legal' },
  { to: '/admin/documents', key: 'documents' },
  { to: '/admin/settings', key: 'settings' },
] as const;

/** One admin page: title, the tabs to the other admin pages, content. */
export function AdminPage({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle preline={t('admin.preline')} lead={lead} documentTitle={`${title} – ${t('admin.preline')}`}>
        {title}
      </PageTitle>
      <nav className="tabs" aria-label={t('admin.tabsLabel')}>
        <ul className="tabs__list">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link className="tabs__tab" to={tab.to} activeProps={{ 'aria-current': 'page' }}>
                {tab.key === 'legal'
                  ? t('legal.admin.tab')
                  : tab.key === 'documents'
                    ? t('documents.admin.tab')
                    : t(`admin.tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <LegalReminder />
      <div className="stack-xl">{children}</div>
    </>
  );
}
