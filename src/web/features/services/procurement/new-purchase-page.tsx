import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CreatePurchaseInput,
  PROCUREMENT_LIMITS,
  type PurchaseDetail,
} from '../../../../shared/contracts/services-procurement.ts';
import { isApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { type FieldChecks, useFormErrors } from '../../../ui/use-form-errors.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useAlliances } from '../../alliances/queries.ts';
import { berlinLocalToIso } from './berlin-time.ts';
import { centsFromEuros } from './money.ts';
import { PROCUREMENT_KEY } from './queries.ts';
import './procurement.css';

const FIELDS = [
  'subject',
  'description',
  'cpvCodes',
  'lots',
  'estimatedValueCents',
  'contractKind',
  'authorityKind',
  'needsDeadline',
  'periodStart',
  'periodEnd',
  'visibility',
  'allianceId',
];

interface Values {
  subject: string;
  description: string;
  cpvCodes: string;
  lots: { title: string; unit: string }[];
  estimatedValue: string;
  contractKind: CreatePurchaseInput['contractKind'];
  authorityKind: NonNullable<CreatePurchaseInput['authorityKind']>;
  needsDeadline: string;
  periodStart: string;
  periodEnd: string;
  visibility: CreatePurchaseInput['visibility'];
  allianceId: string;
}

/** /services/procurement/new: an organisation's admin opens a joint purchase as lead buyer. */
export function NewPurchasePage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageTitle lead={t('procurement.new.lead')}>{t('procurement.new.title')}</PageTitle>
      <RequireSignIn>
        {(me) =>
          me.organisation?.status === 'confirmed' && me.organisation.role === 'admin' ? (
            <NewPurchaseForm />
          ) : (
            <Alert variant="info" title={t('procurement.new.adminsOnly')} />
          )
        }
      </RequireSignIn>
    </div>
  );
}

const CPV = /^[0-9]{8}-[0-9]$/;

function NewPurchaseForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const alliances = useAlliances({ mine: true });
  const myAlliances = (alliances.data?.items ?? []).filter((a) => a.myStatus === 'member');
  const [values, setValues] = useState<Values>({
    subject: '',
    description: '',
    cpvCodes: '',
    lots: [{ title: '', unit: '' }],
    estimatedValue: '',
    contractKind: 'supplies',
    authorityKind: 'sub-central',
    needsDeadline: '',
    periodStart: '',
    periodEnd: '',
    visibility: 'platform',
    allianceId: '',
  });
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const form = useFormErrors('purchase');
  const codes = values.cpvCodes.split(/[\s,;]+/).filter(Boolean);

  function check(): FieldChecks {
    const required = t('procurement.new.required');
    return {
      subject: values.subject.trim() ? undefined : required,
      cpvCodes: codes.length > 0 && codes.every((c) => CPV.test(c)) ? undefined : t('procurement.new.cpvFormat'),
      lots: values.lots.every((l) => l.title.trim() && l.unit.trim()) ? undefined : t('procurement.new.lotsRequired'),
      estimatedValueCents:
        centsFromEuros(values.estimatedValue, i18n.language) === null ? t('procurement.new.moneyFormat') : undefined,
      needsDeadline: berlinLocalToIso(values.needsDeadline) ? undefined : required,
      periodStart: values.periodStart ? undefined : required,
      periodEnd: !values.periodEnd
        ? required
        : values.periodEnd < values.periodStart
          ? t('procurement.new.periodOrder')
          : undefined,
      allianceId:
        values.visibility === 'alliance' && !values.allianceId ? t('procurement.new.allianceRequired') : undefined,
    };
  }

  const create = useMutation({
    mutationFn: () =>
      api.post<PurchaseDetail>('/services/procurement/purchases', {
        subject: values.subject.trim(),
        description: values.description.trim(),
        cpvCodes: codes,
        lots: values.lots.map((l) => ({ title: l.title.trim(), unit: l.unit.trim() })),
        estimatedValueCents: centsFromEuros(values.estimatedValue, i18n.language) ?? 0,
        contractKind: values.contractKind,
        authorityKind: values.authorityKind,
        needsDeadline: berlinLocalToIso(values.needsDeadline) ?? '',
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        visibility: values.visibility,
        allianceId: values.visibility === 'alliance' ? values.allianceId : null,
      } satisfies CreatePurchaseInput),
    onSuccess: async (purchase) => {
      await client.invalidateQueries({ queryKey: PROCUREMENT_KEY });
      await navigate({ to: '/services/procurement/$id', params: { id: purchase.id } });
    },
    onError: (error) =>
      form.failFromServer(error, FIELDS, {
        cpvCodes:
          isApiError(error) && error.fields.some((f) => f.field.startsWith('cpvCodes.'))
            ? t('procurement.new.cpvUnknown')
            : undefined,
      }),
  });

  return (
    <Form
      form={form}
      check={check}
      onValid={() => create.mutate()}
      busy={create.isPending}
      error={create.error}
      submit={t('procurement.new.submit')}
    >
      <TextField
        id={form.id('subject')}
        label={t('procurement.fields.subject')}
        value={values.subject}
        onChange={(subject) => set({ subject })}
        error={form.errors.subject}
        maxLength={PROCUREMENT_LIMITS.subject}
      />
      <TextArea
        id={form.id('description')}
        label={t('procurement.fields.description')}
        value={values.description}
        onChange={(description) => set({ description })}
        error={form.errors.description}
        maxLength={PROCUREMENT_LIMITS.description}
        optional
      />
      <TextField
        id={form.id('cpvCodes')}
        label={t('procurement.fields.cpvCodes')}
        hint={t('procurement.new.cpvHint')}
        value={values.cpvCodes}
        onChange={(cpvCodes) => set({ cpvCodes })}
        error={form.errors.cpvCodes}
        maxLength={120}
      />
      <fieldset className="kern-fieldset" id={form.id('lots')}>
        <legend className="kern-label">{t('procurement.fields.lots')}</legend>
        <div className="kern-fieldset__body">
          {form.errors.lots ? <p className="kern-error">{form.errors.lots}</p> : null}
          <ol className="procurement-lot-inputs">
            {values.lots.map((lot, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lots have no identity before they are saved
              <li key={index} className="procurement-lot-inputs__row">
                <TextField
                  id={form.id(`lot-${index}-title`)}
                  label={t('procurement.new.lotTitle', { number: index + 1 })}
                  value={lot.title}
                  onChange={(title) => set({ lots: values.lots.map((l, i) => (i === index ? { ...l, title } : l)) })}
                  maxLength={PROCUREMENT_LIMITS.lotTitle}
                />
                <TextField
                  id={form.id(`lot-${index}-unit`)}
                  label={t('procurement.new.lotUnit', { number: index + 1 })}
                  hint={t('procurement.new.unitHint')}
                  value={lot.unit}
                  onChange={(unit) => set({ lots: values.lots.map((l, i) => (i === index ? { ...l, unit } : l)) })}
                  maxLength={PROCUREMENT_LIMITS.unit}
                />
                {values.lots.length > 1 ? (
                  <Button
                    variant="tertiary"
                    small
                    onClick={() => set({ lots: values.lots.filter((_, i) => i !== index) })}
                  >
                    {t('procurement.new.removeLot', { number: index + 1 })}
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
          {values.lots.length < PROCUREMENT_LIMITS.maxLots ? (
            <Button
              variant="secondary"
              icon="add"
              onClick={() => set({ lots: [...values.lots, { title: '', unit: '' }] })}
            >
              {t('procurement.new.addLot')}
            </Button>
          ) : null}
        </div>
      </fieldset>
      <SelectField
        id={form.id('contractKind')}
        label={t('procurement.fields.contractKind')}
        value={values.contractKind}
        onChange={(v) => set({ contractKind: v as Values['contractKind'] })}
        options={(['supplies', 'services', 'works'] as const).map((k) => ({
          value: k,
          label: t(`procurement.contractKinds.${k}`),
        }))}
      />
      <SelectField
        id={form.id('authorityKind')}
        label={t('procurement.fields.authorityKind')}
        value={values.authorityKind}
        onChange={(v) => set({ authorityKind: v as Values['authorityKind'] })}
        options={(['sub-central', 'central'] as const).map((k) => ({
          value: k,
          label: t(`procurement.authorityKinds.${k}`),
        }))}
      />
      <TextField
        id={form.id('estimatedValueCents')}
        label={t('procurement.fields.estimatedValue')}
        hint={t('procurement.new.valueHint')}
        value={values.estimatedValue}
        onChange={(estimatedValue) => set({ estimatedValue })}
        error={form.errors.estimatedValueCents}
        inputMode="decimal"
        maxLength={20}
      />
      <TextField
        id={form.id('needsDeadline')}
        type="datetime-local"
        label={t('procurement.fields.needsDeadline')}
        hint={t('procurement.new.deadlineHint')}
        value={values.needsDeadline}
        onChange={(needsDeadline) => set({ needsDeadline })}
        error={form.errors.needsDeadline}
      />
      <TextField
        id={form.id('periodStart')}
        type="date"
        label={t('procurement.fields.periodStart')}
        hint={t('procurement.new.periodHint')}
        value={values.periodStart}
        onChange={(periodStart) => set({ periodStart })}
        error={form.errors.periodStart}
      />
      <TextField
        id={form.id('periodEnd')}
        type="date"
        label={t('procurement.fields.periodEnd')}
        value={values.periodEnd}
        onChange={(periodEnd) => set({ periodEnd })}
        error={form.errors.periodEnd}
      />
      <SelectField
        id={form.id('visibility')}
        label={t('procurement.fields.visibility')}
        value={values.visibility}
        onChange={(v) => set({ visibility: v as Values['visibility'] })}
        options={(['platform', 'alliance', 'organisation'] as const).map((k) => ({
          value: k,
          label: t(`procurement.visibilityChoice.${k}`),
        }))}
      />
      {values.visibility === 'alliance' ? (
        <SelectField
          id={form.id('allianceId')}
          label={t('procurement.fields.alliance')}
          value={values.allianceId}
          onChange={(allianceId) => set({ allianceId })}
          error={form.errors.allianceId}
          options={[
            { value: '', label: t('procurement.new.chooseAlliance') },
            ...myAlliances.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      ) : null}
    </Form>
  );
}
