import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AllianceSummary } from '../../../shared/contracts/alliances.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { useAlliances } from '../alliances/queries.ts';
import { AdminPage } from './admin-layout.tsx';

export function AdminAlliancesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const alliances = useAlliances({});
  const items = alliances.data?.items ?? [];
  return (
    <AdminPage title={t('admin.alliances.title')} lead={t('admin.alliances.lead')}>
      <Section title={t('admin.alliances.listTitle')}>
        <p className="kern-body" role="status">
          {alliances.data ? t('admin.alliances.count', { count: items.length }) : ''}
        </p>
        <ProblemAlert error={alliances.error} />
        {alliances.isPending ? (
          <Loading />
        ) : (
          <DataTable<AllianceSummary>
            caption={t('admin.alliances.listTitle')}
            captionHidden
            rows={items}
            rowKey={(a) => a.id}
            columns={[
              {
                key: 'name',
                header: t('admin.alliances.name'),
                render: (a) => (
                  <Link className="kern-link" to="/alliances/$id" params={{ id: a.id }}>
                    {a.name}
                  </Link>
                ),
              },
              { key: 'slug', header: t('admin.alliances.slug'), render: (a) => <code>{a.slug}</code> },
              {
                key: 'members',
                header: t('admin.alliances.members'),
                numeric: true,
                render: (a) => format.number(a.memberCount),
              },
            ]}
          />
        )}
      </Section>
    </AdminPage>
  );
}
