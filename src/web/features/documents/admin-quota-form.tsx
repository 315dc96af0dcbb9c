import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../ui/form.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { formatBytes } from './document-format.ts';
import type { DocumentSpace, SpaceKind } from './document-types.ts';
import { documentsApi, useDocumentsWrite } from './queries.ts';
import { DocumentsProblem, QuotaBar } from './space-parts.tsx';

const GIB = 1024 ** 3;

/** A space's quota in GB (empty: no limit), set by a platform administrator. */
export function QuotaForm({
  kind,
  id,
  name,
  quotaBytes,
}: {
  kind: SpaceKind;
  id: string;
  name: string;
  quotaBytes: number | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  const form = useFormErrors(`quota-${id}`);
  const [text, setText] = useState(quotaBytes ? String(Math.round((quotaBytes / GIB) * 100) / 100) : '');
  const [saved, setSaved] = useState<DocumentSpace | null>(null);
  const save = useDocumentsWrite((bytes: number | null) => documentsApi.setQuota(kind, id, bytes));
  const parse = () => Number(text.trim().replace(',', '.'));
  return (
    <div className="doc-quota-form">
      <Form
        form={form}
        check={() => {
          if (!text.trim()) return {};
          const value = parse();
          return { gb: Number.isFinite(value) && value >= 0 ? undefined : t('documents.admin.quotaInvalid') };
        }}
        onValid={() => {
          const bytes = text.trim() ? Math.round(parse() * GIB) : null;
          save.mutate(bytes, { onSuccess: setSaved });
        }}
        busy={save.isPending}
        alert={<DocumentsProblem error={form.hasErrors ? null : save.error} />}
        submit={t('documents.admin.quotaSave')}
        submitVariant="secondary"
      >
        <TextField
          id={form.id('gb')}
          label={t('documents.admin.quotaLabel', { name })}
          hint={t('documents.admin.quotaHint')}
          value={text}
          onChange={setText}
          inputMode="decimal"
          width="small"
          error={form.errors.gb}
          required={false}
        />
      </Form>
      {saved ? (
        <div role="status" className="doc-quota-form__saved">
          <p className="kern-body">
            {saved.usage.quotaBytes === null
              ? t('documents.admin.quotaSavedNone', { name: saved.name })
              : t('documents.admin.quotaSaved', {
                  name: saved.name,
                  quota: formatBytes(saved.usage.quotaBytes, i18n.language),
                })}
          </p>
          <QuotaBar usage={saved.usage} />
        </div>
      ) : null}
    </div>
  );
}
