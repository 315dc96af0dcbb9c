import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type LotView,
  type NeedView,
  PROCUREMENT_LIMITS,
  PURCHASE_STAGES,
  type PurchaseDetail,
  type UpdatePurchaseInput,
} from '../../../../shared/contracts/services-procurement.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { Form } from '../../../ui/form.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { type FieldChecks, useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { centsFromEuros, formatEuros } from './money.ts';
import { purchaseKey, purchasePath, useLeadNeeds } from './queries.ts';

/** The lead's part: the sum per lot with the CSV export, and the timeline, tender and award. */
export function LeadSection({ purchase }: { purchase: PurchaseDetail }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (
    <>
      <Section title={t('procurement.lead.sums')}>
        <DataTable<LotView>
          caption={t('procurement.lead.sumsCaption')}
          captionHidden
          rows={purchase.lotList}
          rowKey={(lot) => lot.id}
          columns={[
            { key: 'lot', header: t('procurement.lead.lot'), render: (lot) => `${lot.position}. ${lot.title}` },
            {
              key: 'organisations',
              header: t('procurement.lead.organisations'),
              numeric: true,
              render: (lot) => number(lot.totals?.organisations ?? 0),
            },
            {
              key: 'quantity',
              header: t('procurement.lead.quantity'),
              numeric: true,
              render: (lot) => `${number(lot.totals?.quantity ?? 0)} ${lot.unit}`,
            },
            {
              key: 'budget',
              header: t('procurement.lead.budget'),
              numeric: true,
              render: (lot) => formatEuros(lot.totals?.budgetCents ?? 0, i18n.language),
            },
          ]}
        />
        <ul className="kern-list">
          <li>
            <a className="kern-link" href={`/api${purchasePath(purchase.id, `/needs.xlsx?lang=${language}`)}`} download>
              {t('procurement.lead.exportXlsx')}
            </a>
          </li>
          <li>
            <a className="kern-link" href={`/api${purchasePath(purchase.id, `/needs.csv?lang=${language}`)}`} download>
              {t('procurement.lead.export')}
            </a>
          </li>
        </ul>
        <p className="kern-body kern-body--small">{t('procurement.lead.exportNote')}</p>
      </Section>
      <Section title={t('procurement.lead.declared')}>
        <DeclaredNeeds purchase={purchase} />
      </Section>
      <Section title={t('procurement.lead.progress')}>
        <ProgressForm purchase={purchase} />
      </Section>
    </>
  );
}

/** Each organisation's declared need, lot by lot (the lead alone sees them). */
function DeclaredNeeds({ purchase }: { purchase: PurchaseDetail }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormat();
  const needs = useLeadNeeds(purchase.id, true);
  const lotOf = new Map(purchase.lotList.map((lot) => [lot.id, lot]));
  return (
    <QueryState query={needs} notFound={null}>
      {(data) => (
        <DataTable<NeedView>
          caption={t('procurement.lead.declared')}
          captionHidden
          rows={data.needs}
          rowKey={(n) => `${n.lotId}-${n.organisation.id}`}
          empty={t('procurement.lead.noneDeclared')}
          columns={[
            {
              key: 'lot',
              header: t('procurement.lead.lot'),
              render: (n) => `${lotOf.get(n.lotId)?.position ?? ''}. ${lotOf.get(n.lotId)?.title ?? ''}`,
            },
            { key: 'organisation', header: t('procurement.lead.organisation'), render: (n) => n.organisation.name },
            {
              key: 'quantity',
              header: t('procurement.lead.quantity'),
              numeric: true,
              render: (n) => `${number(n.quantity)} ${lotOf.get(n.lotId)?.unit ?? ''}`,
            },
            {
              key: 'budget',
              header: t('procurement.lead.budget'),
              numeric: true,
              render: (n) => formatEuros(n.budgetCents, i18n.language),
            },
            {
              key: 'contact',
              header: t('procurement.lead.contact'),
              render: (n) => (
                <>
                  {n.contactName},{' '}
                  <a className="kern-link" href={`mailto:${n.contactEmail}`}>
                    {n.contactEmail}
                  </a>
                </>
              ),
            },
          ]}
        />
      )}
    </QueryState>
  );
}

const PROGRESS_FIELDS = ['stage', 'tenderReference', 'awardedTo', 'awardedValueCents'];

function ProgressForm({ purchase }: { purchase: PurchaseDetail }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors('progress');
  const [stage, setStage] = useState(purchase.stage);
  const [tenderReference, setTenderReference] = useState(purchase.tenderReference ?? '');
  const [awardedTo, setAwardedTo] = useState(purchase.awardedTo ?? '');
  const [awardedValue, setAwardedValue] = useState(
    purchase.awardedValueCents === null ? '' : String(purchase.awardedValueCents / 100),
  );
  const [saved, setSaved] = useState(false);
  const current = PURCHASE_STAGES.indexOf(purchase.stage);

  function check(): FieldChecks {
    return {
      tenderReference:
        tenderReference.trim() === '' || /^[0-9]{8}-[0-9]{4}$/.test(tenderReference.trim())
          ? undefined
          : t('procurement.lead.noticeFormat'),
      awardedValueCents:
        awardedValue.trim() === '' || centsFromEuros(awardedValue, i18n.language) !== null
          ? undefined
          : t('procurement.new.moneyFormat'),
      awardedTo:
        awardedTo.trim() && PURCHASE_STAGES.indexOf(stage) < PURCHASE_STAGES.indexOf('award')
          ? t('procurement.lead.awardStage')
          : undefined,
    };
  }

  const save = useMutation({
    mutationFn: () =>
      api.patch<PurchaseDetail>(purchasePath(purchase.id), {
        stage,
        tenderReference: tenderReference.trim() || null,
        awardedTo: awardedTo.trim() || null,
        awardedValueCents: awardedValue.trim() ? centsFromEuros(awardedValue, i18n.language) : null,
      } satisfies UpdatePurchaseInput),
    onSuccess: async (updated) => {
      setSaved(true);
      client.setQueryData(purchaseKey(purchase.id), updated);
    },
    onError: (error) => {
      setSaved(false);
      form.failFromServer(error, PROGRESS_FIELDS);
    },
  });

  return (
    <>
      {saved ? <Alert variant="success" role="status" title={t('procurement.lead.saved')} /> : null}
      <Form
        form={form}
        check={check}
        onValid={() => save.mutate()}
        busy={save.isPending}
        error={save.error}
        submit={t('procurement.lead.save')}
      >
        <SelectField
          id={form.id('stage')}
          label={t('procurement.fields.stage')}
          value={stage}
          onChange={(v) => setStage(v as PurchaseDetail['stage'])}
          error={form.errors.stage}
          options={PURCHASE_STAGES.slice(current).map((s) => ({ value: s, label: t(`procurement.stages.${s}`) }))}
        />
        <TextField
          id={form.id('tenderReference')}
          label={t('procurement.fields.tenderReference')}
          hint={t('procurement.lead.noticeHint')}
          value={tenderReference}
          onChange={setTenderReference}
          error={form.errors.tenderReference}
          optional
          maxLength={PROCUREMENT_LIMITS.reference}
        />
        <TextField
          id={form.id('awardedTo')}
          label={t('procurement.lead.awardedTo')}
          value={awardedTo}
          onChange={setAwardedTo}
          error={form.errors.awardedTo}
          optional
          maxLength={PROCUREMENT_LIMITS.contact}
        />
        <TextField
          id={form.id('awardedValueCents')}
          label={t('procurement.lead.awardedValue')}
          value={awardedValue}
          onChange={setAwardedValue}
          error={form.errors.awardedValueCents}
          optional
          inputMode="decimal"
          maxLength={20}
        />
      </Form>
    </>
  );
}
