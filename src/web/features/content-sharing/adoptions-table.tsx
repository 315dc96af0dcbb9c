import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import type { Adoption } from './sharing-types.ts';

/** The organisations that adopted the page: as copy or as link, which version, when. */
export function AdoptionsTable({
  query,
}: {
  query: { isPending: boolean; error: unknown; data: Adoption[] | undefined };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t('contentSharing.adoptions.title')}>
      {query.data ? (
        <DataTable
          caption={t('contentSharing.adoptions.caption', { count: query.data.length })}
          captionHidden
          rows={query.data}
          rowKey={(row) => row.pageId}
          empty={t('contentSharing.adoptions.empty')}
          columns={[
            {
              key: 'organisation',
              header: t('contentSharing.adoptions.organisation'),
              render: (row) => row.organisationName,
            },
            {
              key: 'mode',
              header: t('contentSharing.adoptions.mode'),
              render: (row) =>
                row.mode === 'link' ? t('contentSharing.adoptions.modeLink') : t('contentSharing.adoptions.modeCopy'),
            },
            {
              key: 'version',
              header: t('contentSharing.adoptions.version'),
              numeric: true,
              render: (row) => format.number(row.version),
            },
            {
              key: 'date',
              header: t('contentSharing.adoptions.date'),
              render: (row) => format.date(row.adoptedAt),
            },
          ]}
        />
      ) : query.isPending ? (
        <Loading label={t('contentSharing.adoptions.loading')} />
      ) : (
        <ProblemAlert error={query.error} />
      )}
    </Section>
  );
}
