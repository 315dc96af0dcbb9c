import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import { Button } from '../../../ui/button.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { describeOrganisation } from '../../organisations/describe-organisation.ts';
import { OrganisationPicker } from '../../organisations/organisation-picker.tsx';
import type { AwardDraft, FundingDraft } from './record-form-state.ts';
import { rowKey } from './record-form-state.ts';

type Errors = Record<string, string>;

/** Partner organisations: chosen one by one with the directory's picker, listed with a remove button each. */
export function PartnersField({
  id,
  partners,
  onChange,
  error,
}: {
  id: string;
  partners: OrganisationSummary[];
  onChange: (partners: OrganisationSummary[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  // A new picker after each choice: it starts empty again, ready for the next partner.
  const [round, setRound] = useState(0);
  return (
    <div className="form-group">
      <OrganisationPicker
        key={round}
        id={id}
        label={t('atlas.form.partners')}
        hint={t('atlas.form.partnersHint')}
        error={error}
        optional
        value={null}
        exclude={partners.map((p) => p.id)}
        onChange={(organisation) => {
          if (!organisation) return;
          onChange([...partners, organisation]);
          setRound((r) => r + 1);
        }}
      />
      {partners.length ? (
        <ul className="plain-list chosen-list" aria-label={t('atlas.form.chosenPartners')}>
          {partners.map((p) => (
            <li key={p.id} className="chosen-list__item">
              <span>
                <strong>{p.name}</strong>
                <span className="kern-body--small fact-note"> – {describeOrganisation(t, p)}</span>
              </span>
              <Button
                variant="tertiary"
                small
                icon="delete"
                onClick={() => onChange(partners.filter((x) => x.id !== p.id))}
              >
                {t('atlas.form.remove')}
                <span className="visually-hidden"> ({p.name})</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body kern-body--small fact-note">{t('atlas.form.noPartners')}</p>
      )}
    </div>
  );
}

/** A repeatable group of small fields (contacts, awards, funding): add, fill, remove. */
export function Rows<T extends { key: string }>({
  legend,
  legendHidden = false,
  rows,
  onChange,
  blank,
  addLabel,
  adders,
  rowLabel,
  renderRow,
}: {
  legend: string;
  /** When a heading right above already says it. */
  legendHidden?: boolean;
  rows: T[];
  onChange: (rows: T[]) => void;
  blank?: () => T;
  addLabel?: string;
  /** Ways of adding a row besides a blank one (or instead of it), shown below the rows. */
  adders?: ReactNode;
  rowLabel: (index: number) => string;
  renderRow: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="kern-fieldset form-rows">
      <legend className={legendHidden ? 'visually-hidden' : 'kern-label'}>
        {legend}
        <span className="kern-label__optional"> – {t('form.optional')}</span>
      </legend>
      <div className="form-rows__body">
        {rows.map((row, index) => (
          <fieldset key={row.key} className="kern-fieldset form-row">
            <legend className="kern-label form-row__legend">{rowLabel(index)}</legend>
            <div className="form-row__fields">
              {renderRow(row, index, (patch) =>
                onChange(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r))),
              )}
            </div>
            <Button
              variant="tertiary"
              small
              icon="delete"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              {t('atlas.form.remove')}
              <span className="visually-hidden"> ({rowLabel(index)})</span>
            </Button>
          </fieldset>
        ))}
        {blank && addLabel ? (
          <div className="kern-btn-wrapper">
            <Button variant="secondary" small icon="add" onClick={() => onChange([...rows, blank()])}>
              {addLabel}
            </Button>
          </div>
        ) : null}
        {adders}
      </div>
    </fieldset>
  );
}

export function AwardsField({
  awards,
  onChange,
  errors,
  fieldId,
}: {
  awards: AwardDraft[];
  onChange: (awards: AwardDraft[]) => void;
  errors: Errors;
  fieldId: (name: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Rows
      legend={t('atlas.form.awards')}
      rows={awards}
      onChange={onChange}
      blank={() => ({ key: rowKey(), name: '', year: '' })}
      addLabel={t('atlas.form.addAward')}
      rowLabel={(index) => t('atlas.form.awardN', { n: index + 1 })}
      renderRow={(a, index, update) => (
        <>
          <TextField
            id={fieldId(`awards.${index}.name`)}
            label={t('atlas.form.awardName')}
            value={a.name}
            onChange={(name) => update({ name } as Partial<AwardDraft>)}
            error={errors[`awards.${index}.name`]}
            maxLength={200}
          />
          <TextField
            id={fieldId(`awards.${index}.year`)}
            label={t('atlas.form.year')}
            value={a.year}
            onChange={(year) => update({ year } as Partial<AwardDraft>)}
            error={errors[`awards.${index}.year`]}
            optional
            inputMode="numeric"
            maxLength={4}
            width="small"
          />
        </>
      )}
    />
  );
}

export function FundingField({
  funding,
  onChange,
  errors,
  fieldId,
}: {
  funding: FundingDraft[];
  onChange: (funding: FundingDraft[]) => void;
  errors: Errors;
  fieldId: (name: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Rows
      legend={t('atlas.form.funding')}
      rows={funding}
      onChange={onChange}
      blank={() => ({ key: rowKey(), programme: '', amount: '' })}
      addLabel={t('atlas.form.addFunding')}
      rowLabel={(index) => t('atlas.form.fundingN', { n: index + 1 })}
      renderRow={(f, index, update) => (
        <>
          <TextField
            id={fieldId(`funding.${index}.programme`)}
            label={t('atlas.form.fundingProgramme')}
            value={f.programme}
            onChange={(programme) => update({ programme } as Partial<FundingDraft>)}
            error={errors[`funding.${index}.programme`]}
            maxLength={300}
          />
          <TextField
            id={fieldId(`funding.${index}.amount`)}
            label={t('atlas.form.amountEuro')}
            value={f.amount}
            onChange={(amount) => update({ amount } as Partial<FundingDraft>)}
            error={errors[`funding.${index}.amount`]}
            optional
            inputMode="numeric"
            width="medium"
          />
        </>
      )}
    />
  );
}
