import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { describedBy, FieldError, FieldHint, FieldLabel } from '../../ui/field-parts.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { organisationKey } from './queries.ts';

const MAX_BYTES = 512 * 1024;
const TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export function LogoSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const upload = useMutation({
    mutationFn: (logo: File) => api.put(`/organisations/${organisation.id}/logo`, logo),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKey(organisation.id) }),
  });
  const id = 'org-logo-file';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (upload.isPending) return;
    if (!file) return setError(t('orgAdmin.logo.required'));
    if (!TYPES.includes(file.type)) return setError(t('orgAdmin.logo.wrongType'));
    if (file.size > MAX_BYTES) return setError(t('orgAdmin.logo.tooLarge'));
    setError(undefined);
    upload.mutate(file);
  }

  return (
    <Section title={t('orgAdmin.logo.title')} level={3}>
      {upload.isSuccess ? <Alert variant="success" role="status" title={t('orgAdmin.logo.saved')} /> : null}
      <ProblemAlert error={upload.error} />
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <FieldLabel id={id} label={t('fields.logo')} />
          <FieldHint id={id} hint={t('orgAdmin.logo.hint')} />
          <input
            id={id}
            name={id}
            type="file"
            accept={TYPES.join(',')}
            className="kern-form-input__input"
            aria-describedby={describedBy(id, true, error)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(undefined);
              upload.reset();
            }}
          />
          <FieldError id={id} error={error} />
        </div>
        <div className="kern-btn-wrapper">
          <Button type="submit" variant="secondary" icon="drive-folder-upload" busy={upload.isPending}>
            {t('orgAdmin.logo.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
