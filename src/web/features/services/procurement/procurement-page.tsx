import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PurchaseSummary } from '../../../../shared/contracts/services-procurement.ts';
import { ButtonLink, ButtonRow } from '../../../ui/button.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { berlinDateTime } from './berlin-time.ts';
import { formatEuros } from './money.ts';
import { usePurchases } from './queries.ts';
import './procurement.css';

/** /services/procurement: the joint purchases I may see, with the ways to open one and to the radar. */
export function ProcurementPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('procurement.list.lead')}>{t('procurement.list.title')}</PageTitle>
      <RequireSignIn>
        {(me) => (
          <div className="stack-xl">
            <ButtonRow>
              {me.organisation?.status === 'confirmed' && me.organisation.role === 'admin' ? (
                <ButtonLink to="/services/procurement/new" icon="add">
                  {t('procurement.list.open')}
                </ButtonLink>
              ) : null}
              <ButtonLink to="/services/procurement/radar" variant="secondary">
                {t('procurement.list.radar')}
              </ButtonLink>
            </ButtonRow>
            <PurchaseTable />
          </div>
        )}
      </RequireSignIn>
    </>
  );
}

function PurchaseTable() {
  const { t, i18n } = useTranslation();
  const purchases = usePurchases();
  return (
    <QueryState query={purchases} notFound={null}>
      {(data) => (
        <DataTable<PurchaseSummary>
          caption={t('procurement.list.caption')}
          rows={data.purchases}
          rowKey={(p) => p.id}
          empty={t('procurement.list.empty')}
          columns={[
            {
              key: 'subject',
              header: t('procurement.fields.subject'),
              render: (p) => (
                <Link to="/services/procurement/$id" params={{ id: p.id }} className="kern-link">
                  {p.subject}
                </Link>
              ),
            },
            { key: 'owner', header: t('procurement.fields.lead'), render: (p) => p.owner.name },
            { key: 'stage', header: t('procurement.fields.stage'), render: (p) => t(`procurement.stages.${p.stage}`) },
            {
              key: 'deadline',
              header: t('procurement.fields.needsDeadline'),
              render: (p) => berlinDateTime(p.needsDeadline, i18n.language),
            },
            {
              key: 'value',
              header: t('procurement.fields.estimatedValue'),
              numeric: true,
              render: (p) => formatEuros(p.estimatedValueCents, i18n.language),
            },
            {
              key: 'visibility',
              header: t('procurement.fields.visibility'),
              render: (p) =>
                p.alliance
                  ? `${t(`procurement.visibility.${p.visibility}`)}: ${p.alliance.name}`
                  : t(`procurement.visibility.${p.visibility}`),
            },
          ]}
        />
      )}
    </QueryState>
  );
}
