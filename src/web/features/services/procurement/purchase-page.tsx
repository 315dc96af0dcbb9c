import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PURCHASE_STAGES, type PurchaseDetail } from '../../../../shared/contracts/services-procurement.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { ButtonLink } from '../../../ui/button.tsx';
import { DescriptionList } from '../../../ui/description-list.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { berlinDateTime, dayLabel } from './berlin-time.ts';
import { LeadSection } from './lead-section.tsx';
import { formatEuros } from './money.ts';
import { NeedsSection } from './needs-section.tsx';
import { usePurchase } from './queries.ts';
import './procurement.css';

/** /services/procurement/$id: a joint purchase, its timeline and lots, my organisation's needs and (lead) the sums. */
export function PurchasePage() {
  const { id } = useParams({ from: '/services/procurement/$id' });
  return <RequireSignIn>{() => <PurchaseView id={id} />}</RequireSignIn>;
}

function PurchaseView({ id }: { id: string }) {
  const { t } = useTranslation();
  const purchase = usePurchase(id);
  return (
    <QueryState
      query={purchase}
      notFound={
        <>
          <PageTitle>{t('procurement.detail.notFound')}</PageTitle>
          <ButtonLink to="/services/procurement" variant="secondary">
            {t('procurement.detail.back')}
          </ButtonLink>
        </>
      }
    >
      {(data) => <PurchaseContent purchase={data} />}
    </QueryState>
  );
}

function PurchaseContent({ purchase }: { purchase: PurchaseDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const threshold = purchase.threshold;
  return (
    <div className="stack-xl">
      <PageTitle preline={t('procurement.detail.preline')} lead={purchase.owner.name} contentLang={undefined}>
        {purchase.subject}
      </PageTitle>
      <Timeline stage={purchase.stage} />
      <Section title={t('procurement.detail.facts')}>
        {purchase.description ? <p className="kern-body procurement-prose">{purchase.description}</p> : null}
        <DescriptionList
          items={[
            { key: 'lead', label: t('procurement.fields.lead'), value: purchase.owner.name },
            { key: 'cpv', label: t('procurement.fields.cpvCodes'), value: purchase.cpvCodes.join(', ') },
            {
              key: 'kind',
              label: t('procurement.fields.contractKind'),
              value: `${t(`procurement.contractKinds.${purchase.contractKind}`)} · ${t(`procurement.authorityKinds.${purchase.authorityKind}`)}`,
            },
            {
              key: 'value',
              label: t('procurement.fields.estimatedValue'),
              value: formatEuros(purchase.estimatedValueCents, language),
            },
            {
              key: 'deadline',
              label: t('procurement.fields.needsDeadline'),
              value: (
                <>
                  {berlinDateTime(purchase.needsDeadline, language)}{' '}
                  {purchase.viewer.deadlinePassed ? (
                    <Badge variant="warning">{t('procurement.detail.closed')}</Badge>
                  ) : null}
                </>
              ),
            },
            {
              key: 'period',
              label: t('procurement.fields.period'),
              value: `${dayLabel(purchase.periodStart, language)} – ${dayLabel(purchase.periodEnd, language)}`,
            },
            {
              key: 'visibility',
              label: t('procurement.fields.visibility'),
              value: purchase.alliance
                ? `${t(`procurement.visibility.${purchase.visibility}`)}: ${purchase.alliance.name}`
                : t(`procurement.visibility.${purchase.visibility}`),
            },
            {
              key: 'tender',
              label: t('procurement.fields.tenderReference'),
              value: purchase.tenderReference ?? '–',
            },
            {
              key: 'award',
              label: t('procurement.fields.award'),
              value: purchase.awardedTo
                ? `${purchase.awardedTo}${purchase.awardedValueCents !== null ? ` (${formatEuros(purchase.awardedValueCents, language)})` : ''}${purchase.awardedAt ? `, ${berlinDateTime(purchase.awardedAt, language)}` : ''}`
                : '–',
            },
          ]}
        />
        <Alert
          variant={threshold.above ? 'warning' : 'info'}
          title={t(threshold.above ? 'procurement.threshold.above' : 'procurement.threshold.below')}
        >
          <p className="kern-body">
            {t('procurement.threshold.text', {
              threshold: formatEuros(threshold.thresholdCents, language),
              from: dayLabel(threshold.validFrom, language),
              to: dayLabel(threshold.validTo, language),
              source: threshold.source,
            })}
          </p>
        </Alert>
      </Section>
      <NeedsSection purchase={purchase} />
      {purchase.viewer.isLead ? <LeadSection purchase={purchase} /> : null}
    </div>
  );
}

/** The stages as an ordered list, the current one marked for eyes and screen readers. */
function Timeline({ stage }: { stage: PurchaseDetail['stage'] }) {
  const { t } = useTranslation();
  const current = PURCHASE_STAGES.indexOf(stage);
  return (
    <ol className="procurement-timeline" aria-label={t('procurement.detail.timeline')}>
      {PURCHASE_STAGES.map((s, index) => (
        <li
          key={s}
          className={`procurement-timeline__step${index < current ? ' is-done' : ''}${index === current ? ' is-current' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="procurement-timeline__number">{index + 1}</span> {t(`procurement.stages.${s}`)}
        </li>
      ))}
    </ol>
  );
}
