import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button.tsx';
import { Section } from '../../ui/section.tsx';
import { CooperationList } from './cooperation-list.tsx';
import { usePartnerCooperations } from './record-queries.ts';

/** "Kooperationen": the atlas records an organisation or an alliance takes part in, for their pages. */
export function PartnerCooperations({
  kind,
  id,
  canCreate = false,
}: {
  kind: 'organisations' | 'alliances';
  id: string;
  /** Offers "describe a cooperation" to the organisation's own members. */
  canCreate?: boolean;
}) {
  const { t } = useTranslation();
  const cooperations = usePartnerCooperations(kind, id);
  const items = cooperations.data ?? [];
  return (
    <Section
      title={t('atlas.record.cooperationsTitle')}
      actions={
        canCreate ? (
          <ButtonLink to="/atlas/new" variant="secondary" small icon="add">
            {t('atlas.workbench.new')}
          </ButtonLink>
        ) : undefined
      }
    >
      {cooperations.isPending ? null : cooperations.error ? (
        <p className="kern-body">{t('atlas.record.cooperationsFailed')}</p>
      ) : (
        <CooperationList
          items={items}
          empty={
            kind === 'organisations'
              ? t('atlas.record.noCooperationsOrganisation')
              : t('atlas.record.noCooperationsAlliance')
          }
        />
      )}
    </Section>
  );
}
