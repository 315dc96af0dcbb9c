import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { actionOptions } from './audit-actions.ts';
import { AuditPersonFilter } from './audit-person-filter.tsx';
import type { AuditSearch } from './routes.tsx';

export type AuditFilterValues = Omit<AuditSearch, 'offset'>;

/** The audit log's filters: person, action and a range of days; applied together by one button. */
export function AuditFilters({
  value,
  onApply,
}: {
  value: AuditFilterValues;
  onApply: (filters: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState(value.action ?? '');
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const rangeError = from && to && from > to ? t('admin.audit.rangeError') : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (rangeError) {
      document.getElementById('audit-to')?.focus();
      return;
    }
    onApply({ actor: value.actor, action: action || undefined, from: from || undefined, to: to || undefined });
  }

  return (
    <form className="audit-filters" noValidate onSubmit={onSubmit} aria-label={t('admin.audit.filterLabel')}>
      <AuditPersonFilter
        id="audit-person"
        personId={value.actor}
        // Choosing or clearing a person applies at once, with the other filters as they stand.
        onChange={(actor) => onApply({ ...value, actor })}
      />
      <SelectField
        id="audit-action"
        label={t('admin.audit.action')}
        value={action}
        onChange={setAction}
        options={actionOptions(t)}
      />
      <div className="audit-filters__days">
        <TextField
          id="audit-from"
          type="date"
          label={t('admin.audit.from')}
          optional
          value={from}
          onChange={setFrom}
          max={to || undefined}
        />
        <TextField
          id="audit-to"
          type="date"
          label={t('admin.audit.to')}
          optional
          value={to}
          onChange={setTo}
          min={from || undefined}
          error={rangeError}
        />
      </div>
      <div className="kern-btn-wrapper audit-filters__submit">
        <Button type="submit">{t('admin.audit.submit')}</Button>
        <Button
          variant="tertiary"
          onClick={() => {
            setAction('');
            setFrom('');
            setTo('');
            onApply({});
          }}
        >
          {t('admin.audit.reset')}
        </Button>
      </div>
    </form>
  );
}
