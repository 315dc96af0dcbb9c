import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LegalStatus } from '../../../shared/contracts/legal.ts';
import { Badge } from '../../ui/badge.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { AdminPage } from '../admin/admin-layout.tsx';
import { LEGAL_PATHS } from './legal-paths.ts';
import { useLegalStatus } from './use-legal.ts';

type Row = LegalStatus['pages'][number];

/** `/admin/legal`: the three pages the operator writes, whether each is filled in, and where to edit it. */
export function AdminLegalPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useLegalStatus();
  const title = (row: Row) => t(`legal.pages.${row.page}.title`);
  return (
    <AdminPage title={t('legal.admin.title')} lead={t('legal.admin.lead')}>
      <ProblemAlert error={status.error} />
      {status.isPending ? (
        <Loading />
      ) : (
        <DataTable<Row>
          caption={t('legal.admin.caption')}
          rows={status.data?.pages ?? []}
          rowKey={(row) => row.page}
          columns={[
            {
              key: 'page',
              header: t('legal.admin.columns.page'),
              render: (row) => (
                <Link className="kern-link" to={LEGAL_PATHS[row.page]}>
                  {title(row)}
                </Link>
              ),
            },
            {
              key: 'state',
              header: t('legal.admin.columns.state'),
              render: (row) =>
                row.filled ? (
                  <Badge variant="success">{t('legal.admin.filled')}</Badge>
                ) : (
                  <Badge variant="warning">{t('legal.admin.missing')}</Badge>
                ),
            },
            {
              key: 'languages',
              header: t('legal.admin.columns.languages'),
              render: (row) =>
                row.languages.length > 0
                  ? row.languages.map((language) => t(`legal.admin.languageNames.${language}`)).join(', ')
                  : t('legal.admin.none'),
            },
            {
              key: 'updated',
              header: t('legal.admin.columns.updated'),
              render: (row) => format.dateTime(row.updatedAt),
            },
            {
              key: 'actions',
              header: t('legal.admin.columns.actions'),
              action: true,
              render: (row) => (
                <Link className="kern-link" to="/admin/legal/$page" params={{ page: row.page }}>
                  {t('legal.edit')}
                  <span className="visually-hidden"> ({title(row)})</span>
                </Link>
              ),
            },
          ]}
        />
      )}
      <p className="kern-body">
        {t('legal.admin.easyRead')}{' '}
        <Link className="kern-link" to="/leichte-sprache">
          {t('legal.footer.leichteSprache')}
        </Link>
      </p>
    </AdminPage>
  );
}
