import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DemoAccount } from '../../../shared/contracts/accounts.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Section } from '../../ui/section.tsx';

async function fetchDemoAccounts(): Promise<DemoAccount[] | null> {
  try {
    return await api.get<DemoAccount[]>('/demo/accounts');
  } catch (error) {
    // 404 simply means: this platform does not run in demo mode.
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

/** In demo mode: the demo people, each with a button that fills the sign-in form. */
export function DemoAccounts({ onUse }: { onUse: (account: DemoAccount) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['demo-accounts'], queryFn: fetchDemoAccounts, staleTime: Infinity });
  if (!data || data.length === 0) return null;
  return (
    <Section title={t('signIn.demo.title')}>
      <p className="kern-body">{t('signIn.demo.intro')}</p>
      <DataTable
        caption={t('signIn.demo.caption')}
        captionHidden
        rows={data}
        rowKey={(account) => account.email}
        columns={[
          { key: 'name', header: t('signIn.demo.name'), render: (a) => a.name },
          { key: 'organisation', header: t('signIn.demo.organisation'), render: (a) => a.organisation ?? '–' },
          {
            key: 'roles',
            header: t('signIn.demo.roles'),
            render: (a) => a.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ') || '–',
          },
          { key: 'email', header: t('signIn.demo.email'), render: (a) => <span className="break-all">{a.email}</span> },
          {
            key: 'use',
            header: <span className="visually-hidden">{t('common.actions')}</span>,
            action: true,
            render: (a) => (
              <Button variant="secondary" small onClick={() => onUse(a)}>
                {t('signIn.demo.use')}
                <span className="visually-hidden"> ({a.name})</span>
              </Button>
            ),
          },
        ]}
      />
    </Section>
  );
}
