import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RETENTION_FIELDS,
  RETENTION_LIMITS,
  type RetentionField,
  type RetentionPeriods,
  UNREAD_NOTIFICATION_MIN_DAYS,
} from '../../../shared/contracts/retention.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';

export const RETENTION_KEY = ['admin', 'retention'] as const;
export const retentionApi = {
  get: () => api.get<RetentionPeriods>('/admin/retention'),
  put: (periods: RetentionPeriods) => api.put<RetentionPeriods>('/admin/retention', periods),
};

const wholeDays = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The four retention periods, in days, each with what it removes and the range it may take. */
export function RetentionForm({ periods }: { periods: RetentionPeriods }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors('retention');
  const [draft, setDraft] = useState<Record<RetentionField, string>>(
    () => Object.fromEntries(RETENTION_FIELDS.map((f) => [f, String(periods[f])])) as Record<RetentionField, string>,
  );
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: retentionApi.put,
    onSuccess: (next) => {
      client.setQueryData(RETENTION_KEY, next);
      setSaved(true);
    },
    onError: (error) => form.failFromServer(error, [...RETENTION_FIELDS]),
  });
  const check = () =>
    Object.fromEntries(
      RETENTION_FIELDS.map((field) => {
        const value = wholeDays(draft[field]);
        const { min, max } = RETENTION_LIMITS[field];
        return [
          field,
          Number.isInteger(value) && value >= min && value <= max
            ? undefined
            : t('admin.retention.invalid', { min, max }),
        ];
      }),
    );
  return (
    <>
      {saved ? <Alert variant="success" role="status" title={t('admin.retention.saved')} /> : null}
      <Form
        form={form}
        check={check}
        onValid={() => {
          setSaved(false);
          save.mutate(Object.fromEntries(RETENTION_FIELDS.map((f) => [f, wholeDays(draft[f])])) as RetentionPeriods);
        }}
        busy={save.isPending}
        error={save.error}
        submit={t('admin.retention.save')}
      >
        {RETENTION_FIELDS.map((field) => (
          <TextField
            key={field}
            id={form.id(field)}
            label={t(`admin.retention.${field}.label`)}
            hint={`${t(`admin.retention.${field}.hint`, { unread: UNREAD_NOTIFICATION_MIN_DAYS })} ${t(
              'admin.retention.range',
              RETENTION_LIMITS[field],
            )}`}
            value={draft[field]}
            onChange={(value) => {
              setSaved(false);
              setDraft((d) => ({ ...d, [field]: value }));
            }}
            inputMode="numeric"
            width="medium"
            error={form.errors[field]}
          />
        ))}
      </Form>
    </>
  );
}
