import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { landLabel } from './laender.ts';
import { organisationTypeLabel } from './organisation-types.ts';

/** Organisations as a table: name (linked to the profile), kind, Kreis, Land, AGS. */
export function OrganisationsTable({ caption, rows }: { caption: string; rows: OrganisationSummary[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(o) => o.id}
      empty={t('directory.none')}
      columns={[
        {
          key: 'name',
          header: t('organisation.name'),
          render: (o) => (
            <Link className="kern-link" to="/organisations/$id" params={{ id: o.id }}>
              {o.name}
            </Link>
          ),
        },
        { key: 'type', header: t('organisation.type'), render: (o) => organisationTypeLabel(t, o.type) },
        { key: 'kreis', header: t('organisation.kreis'), render: (o) => o.kreisName ?? '–' },
        { key: 'land', header: t('organisation.land'), render: (o) => landLabel(t, o.landCode, o.landName) || '–' },
        { key: 'ags', header: t('organisation.ags'), render: (o) => o.ags ?? '–' },
      ]}
    />
  );
}
