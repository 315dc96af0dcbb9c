import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/text-field.tsx';
import { AwardsField, FundingField } from './record-form-groups.tsx';
import type { RecordDraft } from './record-form-state.ts';

type Results = Pick<RecordDraft, 'awards' | 'funding' | 'investment' | 'yearlySavings' | 'populationServed'>;
const FIGURES = ['investment', 'yearlySavings', 'populationServed'] as const;

/** Awards, funding and the optional key figures: what the cooperation achieved and cost. */
export function ResultsFields({
  draft,
  onChange,
  errors,
  fieldId,
}: {
  draft: Results;
  onChange: (patch: Partial<Results>) => void;
  errors: Record<string, string>;
  fieldId: (name: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <AwardsField
        awards={draft.awards}
        onChange={(awards) => onChange({ awards })}
        errors={errors}
        fieldId={fieldId}
      />
      <FundingField
        funding={draft.funding}
        onChange={(funding) => onChange({ funding })}
        errors={errors}
        fieldId={fieldId}
      />
      {FIGURES.map((field) => (
        <TextField
          key={field}
          id={fieldId(field)}
          label={t(`atlas.form.labels.${field}`)}
          value={draft[field]}
          onChange={(value) => onChange({ [field]: value })}
          error={errors[field]}
          optional
          inputMode="numeric"
          width="medium"
        />
      ))}
    </>
  );
}
