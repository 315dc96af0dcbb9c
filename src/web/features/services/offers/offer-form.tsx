import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TASK_FIELDS } from '../../../../shared/atlas/task-fields.ts';
import {
  LEGAL_BASES,
  type LegalBasis,
  OFFER_AUDIENCES,
  OFFER_LIMITS,
  type OfferAudience,
  type OfferDetail,
  type OfferInput,
  PRICE_MODELS,
  type PriceModel,
} from '../../../../shared/contracts/services-offers.ts';
import { LAENDER_LIST } from '../../../../shared/laender.ts';
import { FieldError } from '../../../ui/field-parts.tsx';
import { RadioGroup } from '../../../ui/radio-group.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import type { FieldChecks, FormErrors } from '../../../ui/use-form-errors.ts';
import { useMembers, useOrganisation } from '../../organisations/queries.ts';
import { centsOf, centsText, taskFieldLabel } from './offer-labels.ts';

/** The form's values: as typed (the price in euros as text), sent by `offerBody`. */
export interface OfferValues {
  organisationId: string;
  title: string;
  description: string;
  leikaKey: string;
  taskField: string;
  expertIds: string[];
  capacity: string;
  serviceLevel: string;
  priceModel: PriceModel;
  price: string;
  priceNote: string;
  legalBasis: LegalBasis;
  audience: OfferAudience;
  allianceId: string;
  landCode: string;
  validFrom: string;
  validUntil: string;
  commonGoals: boolean;
  publicInterestOnly: boolean;
  marketShareBelow20: boolean;
  exemptionNote: string;
}

/** The fields the server may find fault with, shown at the field (the price as `priceCents`). */
export const OFFER_FIELDS = [
  'title',
  'description',
  'leikaKey',
  'taskField',
  'expertIds',
  'capacity',
  'serviceLevel',
  'priceModel',
  'priceCents',
  'priceNote',
  'legalBasis',
  'audience',
  'allianceId',
  'landCode',
  'validFrom',
  'validUntil',
];

export function emptyOffer(organisationId: string): OfferValues {
  return {
    organisationId,
    title: '',
    description: '',
    leikaKey: '',
    taskField: '',
    expertIds: [],
    capacity: '',
    serviceLevel: '',
    priceModel: 'cost-recovery',
    price: '',
    priceNote: '',
    legalBasis: 'zweckvereinbarung',
    audience: 'platform',
    allianceId: '',
    landCode: '',
    validFrom: '',
    validUntil: '',
    commonGoals: false,
    publicInterestOnly: false,
    marketShareBelow20: false,
    exemptionNote: '',
  };
}

export function valuesOf(offer: OfferDetail, language: string): OfferValues {
  return {
    organisationId: offer.organisation.id,
    title: offer.title,
    description: offer.description,
    leikaKey: offer.leikaKey ?? '',
    taskField: offer.taskField ?? '',
    expertIds: offer.experts.map((e) => e.id),
    capacity: offer.capacity,
    serviceLevel: offer.serviceLevel,
    priceModel: offer.priceModel,
    price: centsText(offer.priceCents, language),
    priceNote: offer.priceNote,
    legalBasis: offer.legalBasis,
    audience: offer.audience,
    allianceId: offer.alliance?.id ?? '',
    landCode: offer.landCode ?? '',
    validFrom: offer.validFrom ?? '',
    validUntil: offer.validUntil ?? '',
    commonGoals: offer.exemption.commonGoals,
    publicInterestOnly: offer.exemption.publicInterestOnly,
    marketShareBelow20: offer.exemption.marketShareBelow20,
    exemptionNote: offer.exemption.note,
  };
}

/** The checks before sending: title, LeiKa key, price, audience and term. */
export function checkOffer(values: OfferValues, t: TFunction): FieldChecks {
  const cents = values.priceModel === 'cost-recovery' ? null : centsOf(values.price);
  const k = (key: string) => t(`serviceOffers.form.errors.${key}`);
  return {
    title: values.title.trim() ? undefined : k('title'),
    leikaKey: values.leikaKey.trim() === '' || /^[0-9]{14}$/.test(values.leikaKey.trim()) ? undefined : k('leikaKey'),
    priceCents: cents !== null && Number.isNaN(cents) ? k('price') : undefined,
    allianceId: values.audience === 'alliance' && !values.allianceId ? k('alliance') : undefined,
    landCode: values.audience === 'land' && !values.landCode ? k('land') : undefined,
    validUntil:
      values.validFrom && values.validUntil && values.validUntil < values.validFrom ? k('validUntil') : undefined,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function offerBody(values: OfferValues): OfferInput {
  return {
    organisationId: values.organisationId,
    title: values.title.trim(),
    description: values.description.trim(),
    leikaKey: orNull(values.leikaKey),
    taskField: orNull(values.taskField),
    expertIds: values.expertIds,
    capacity: values.capacity.trim(),
    serviceLevel: values.serviceLevel.trim(),
    priceModel: values.priceModel,
    priceCents: values.priceModel === 'cost-recovery' ? null : centsOf(values.price),
    priceNote: values.priceNote.trim(),
    legalBasis: values.legalBasis,
    audience: values.audience,
    allianceId: values.audience === 'alliance' ? orNull(values.allianceId) : null,
    landCode: values.audience === 'land' ? orNull(values.landCode) : null,
    validFrom: orNull(values.validFrom),
    validUntil: orNull(values.validUntil),
    exemption: {
      commonGoals: values.commonGoals,
      publicInterestOnly: values.publicInterestOnly,
      marketShareBelow20: values.marketShareBelow20,
      note: values.exemptionNote.trim(),
    },
  };
}

/** Every field of an offer, as the new and the edit page show them. */
export function OfferFields({
  form,
  values,
  onChange,
}: {
  form: FormErrors;
  values: OfferValues;
  onChange: (change: Partial<OfferValues>) => void;
}) {
  const { t, i18n } = useTranslation();
  const organisation = useOrganisation(values.organisationId);
  const members = useMembers(values.organisationId, true);
  const f = 'serviceOffers.form';
  const confirmed = (members.data ?? []).filter((m) => m.status === 'confirmed');
  const checkbox = (key: 'commonGoals' | 'publicInterestOnly' | 'marketShareBelow20') => (
    <div className="kern-form-check" key={key}>
      <input
        className="kern-form-check__checkbox"
        type="checkbox"
        id={form.id(key)}
        checked={values[key]}
        onChange={(event) => onChange({ [key]: event.target.checked })}
      />
      <label className="kern-label" htmlFor={form.id(key)}>
        {t(`${f}.exemption.${key}`)}
      </label>
    </div>
  );
  return (
    <>
      <TextField
        id={form.id('title')}
        label={t(`${f}.title`)}
        hint={t(`${f}.titleHint`)}
        value={values.title}
        onChange={(title) => onChange({ title })}
        error={form.errors.title}
        maxLength={OFFER_LIMITS.title}
      />
      <TextArea
        id={form.id('description')}
        label={t(`${f}.description`)}
        value={values.description}
        onChange={(description) => onChange({ description })}
        error={form.errors.description}
        maxLength={OFFER_LIMITS.description}
        optional
      />
      <SelectField
        id={form.id('taskField')}
        label={t(`${f}.taskField`)}
        value={values.taskField}
        onChange={(taskField) => onChange({ taskField })}
        error={form.errors.taskField}
        options={[
          { value: '', label: t(`${f}.noTaskField`) },
          ...TASK_FIELDS.map((field) => ({ value: field.code, label: taskFieldLabel(field.code, i18n.language) })),
        ]}
        optional
      />
      <TextField
        id={form.id('leikaKey')}
        label={t(`${f}.leikaKey`)}
        hint={t(`${f}.leikaKeyHint`)}
        inputMode="numeric"
        optional
        value={values.leikaKey}
        onChange={(leikaKey) => onChange({ leikaKey })}
        error={form.errors.leikaKey}
        maxLength={14}
        width="medium"
      />
      <fieldset className="kern-fieldset" id={form.id('expertIds')}>
        <legend className="kern-label">{t(`${f}.experts`)}</legend>
        <div className="kern-hint">{t(`${f}.expertsHint`)}</div>
        <FieldError id={form.id('expertIds')} error={form.errors.expertIds} />
        <div className="kern-fieldset__body">
          {confirmed.map((member) => (
            <div className="kern-form-check" key={member.personId}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`${form.id('expert')}-${member.personId}`}
                checked={values.expertIds.includes(member.personId)}
                onChange={(event) =>
                  onChange({
                    expertIds: event.target.checked
                      ? [...values.expertIds, member.personId]
                      : values.expertIds.filter((id) => id !== member.personId),
                  })
                }
              />
              <label className="kern-label" htmlFor={`${form.id('expert')}-${member.personId}`}>
                {member.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        id={form.id('capacity')}
        label={t(`${f}.capacity`)}
        hint={t(`${f}.capacityHint`)}
        optional
        value={values.capacity}
        onChange={(capacity) => onChange({ capacity })}
        error={form.errors.capacity}
        maxLength={OFFER_LIMITS.capacity}
      />
      <TextArea
        id={form.id('serviceLevel')}
        label={t(`${f}.serviceLevel`)}
        hint={t(`${f}.serviceLevelHint`)}
        value={values.serviceLevel}
        onChange={(serviceLevel) => onChange({ serviceLevel })}
        error={form.errors.serviceLevel}
        maxLength={OFFER_LIMITS.serviceLevel}
        rows={3}
        optional
      />
      <RadioGroup
        id={form.id('priceModel')}
        legend={t(`${f}.priceModel`)}
        value={values.priceModel}
        onChange={(priceModel) => onChange({ priceModel })}
        options={PRICE_MODELS.map((model) => ({ value: model, label: t(`serviceOffers.priceModels.${model}`) }))}
      />
      {values.priceModel !== 'cost-recovery' ? (
        <TextField
          id={form.id('priceCents')}
          label={t(`${f}.price`)}
          hint={t(`${f}.priceHint`)}
          inputMode="decimal"
          optional
          value={values.price}
          onChange={(price) => onChange({ price })}
          error={form.errors.priceCents}
          maxLength={20}
          width="medium"
        />
      ) : null}
      <TextField
        id={form.id('priceNote')}
        label={t(`${f}.priceNote`)}
        optional
        value={values.priceNote}
        onChange={(priceNote) => onChange({ priceNote })}
        error={form.errors.priceNote}
        maxLength={OFFER_LIMITS.priceNote}
      />
      <SelectField
        id={form.id('legalBasis')}
        label={t(`${f}.legalBasis`)}
        value={values.legalBasis}
        onChange={(legalBasis) => onChange({ legalBasis: legalBasis as LegalBasis })}
        error={form.errors.legalBasis}
        options={LEGAL_BASES.map((basis) => ({ value: basis, label: t(`serviceOffers.legalBases.${basis}`) }))}
      />
      <RadioGroup
        id={form.id('audience')}
        legend={t(`${f}.audience`)}
        value={values.audience}
        onChange={(audience) => onChange({ audience })}
        options={OFFER_AUDIENCES.map((audience) => ({
          value: audience,
          label: t(`serviceOffers.audiences.${audience}`),
        }))}
      />
      {values.audience === 'alliance' ? (
        <SelectField
          id={form.id('allianceId')}
          label={t(`${f}.alliance`)}
          value={values.allianceId}
          onChange={(allianceId) => onChange({ allianceId })}
          error={form.errors.allianceId}
          options={[
            { value: '', label: t(`${f}.chooseAlliance`) },
            ...(organisation.data?.alliances ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      ) : null}
      {values.audience === 'land' ? (
        <SelectField
          id={form.id('landCode')}
          label={t(`${f}.land`)}
          value={values.landCode}
          onChange={(landCode) => onChange({ landCode })}
          error={form.errors.landCode}
          options={[
            { value: '', label: t(`${f}.chooseLand`) },
            ...LAENDER_LIST.map((l) => ({ value: l.code, label: l.name })),
          ]}
        />
      ) : null}
      <TextField
        id={form.id('validFrom')}
        label={t(`${f}.validFrom`)}
        type="date"
        optional
        value={values.validFrom}
        onChange={(validFrom) => onChange({ validFrom })}
        error={form.errors.validFrom}
        width="medium"
      />
      <TextField
        id={form.id('validUntil')}
        label={t(`${f}.validUntil`)}
        type="date"
        optional
        value={values.validUntil}
        onChange={(validUntil) => onChange({ validUntil })}
        error={form.errors.validUntil}
        width="medium"
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t(`${f}.exemption.legend`)}</legend>
        <div className="kern-hint">{t(`${f}.exemption.hint`)}</div>
        <div className="kern-fieldset__body">
          {checkbox('commonGoals')}
          {checkbox('publicInterestOnly')}
          {checkbox('marketShareBelow20')}
        </div>
      </fieldset>
      <TextArea
        id={form.id('exemptionNote')}
        label={t(`${f}.exemption.note`)}
        value={values.exemptionNote}
        onChange={(exemptionNote) => onChange({ exemptionNote })}
        maxLength={OFFER_LIMITS.exemptionNote}
        rows={3}
        optional
      />
    </>
  );
}
