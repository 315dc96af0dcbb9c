import { useTranslation } from 'react-i18next';
import { TASK_FIELDS } from '../../../../shared/atlas/task-fields.ts';
import { FieldError } from '../../../ui/field-parts.tsx';
import { fieldLabel } from '../record-labels.ts';

/** The task fields (Aufgabenfelder) as a grid of checkboxes; several may apply. */
export function TaskFieldsField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string[];
  onChange: (fields: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="kern-label">
        {t('atlas.form.labels.fields')}
        <span className="kern-label__optional"> – {t('form.optional')}</span>
      </legend>
      <div className="kern-fieldset__body checkbox-grid">
        {TASK_FIELDS.map((f) => (
          <div className="kern-form-check" key={f.code}>
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={`record-field-${f.code}`}
              checked={value.includes(f.code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, f.code] : value.filter((x) => x !== f.code))
              }
            />
            <label className="kern-label" htmlFor={`record-field-${f.code}`}>
              {fieldLabel(t, f.code)}
            </label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
