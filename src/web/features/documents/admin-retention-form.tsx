import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import type { RetentionRule } from './document-types.ts';
import { documentsApi, useDocumentsWrite } from './queries.ts';
import { DocumentsProblem } from './space-parts.tsx';

const whole = (text: string, min: number) => {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= min && n <= 3650;
};

/** The rule by which old versions go: every version for some days, then one a week for some more. */
export function RetentionForm({ rule }: { rule: RetentionRule }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors('retention');
  const [all, setAll] = useState(String(rule.keepAllDays));
  const [weekly, setWeekly] = useState(String(rule.weeklyDays));
  const [saved, setSaved] = useState(false);
  const save = useDocumentsWrite((next: RetentionRule) => documentsApi.saveRetention(next));
  return (
    <>
      <p className="kern-body">
        {t('documents.admin.retentionNow', { all: rule.keepAllDays, weekly: rule.weeklyDays })}
      </p>
      {saved ? <Alert variant="success" role="status" title={t('documents.admin.retentionSaved')} /> : null}
      <Form
        form={form}
        check={() => ({
          keepAllDays: whole(all, 1) ? undefined : t('documents.admin.daysInvalid', { min: 1 }),
          weeklyDays: whole(weekly, 0) ? undefined : t('documents.admin.daysInvalid', { min: 0 }),
        })}
        onValid={() => {
          setSaved(false);
          save.mutate(
            { keepAllDays: Number(all), weeklyDays: Number(weekly) },
            {
              onSuccess: (next) => {
                client.setQueryData(['documents', 'retention'], next);
                setSaved(true);
              },
            },
          );
        }}
        busy={save.isPending}
        alert={<DocumentsProblem error={form.hasErrors ? null : save.error} />}
        submit={t('documents.admin.retentionSave')}
      >
        <TextField
          id={form.id('keepAllDays')}
          label={t('documents.admin.keepAllDays')}
          hint={t('documents.admin.keepAllHint')}
          value={all}
          onChange={setAll}
          inputMode="numeric"
          width="small"
          error={form.errors.keepAllDays}
        />
        <TextField
          id={form.id('weeklyDays')}
          label={t('documents.admin.weeklyDays')}
          hint={t('documents.admin.weeklyHint')}
          value={weekly}
          onChange={setWeekly}
          inputMode="numeric"
          width="small"
          error={form.errors.weeklyDays}
        />
      </Form>
    </>
  );
}
