import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { controlAria, FieldFrame } from '../../ui/field-parts.tsx';
import { Form } from '../../ui/form.tsx';
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

  function send() {
    if (!file) return setError(t('orgAdmin.logo.required'));
    if (!TYPES.includes(file.type)) return setError(t('orgAdmin.logo.wrongType'));
    if (file.size > MAX_BYTES) return setError(t('orgAdmin.logo.tooLarge'));
    setError(undefined);
    upload.mutate(file);
  }

  return (
    <Section title={t('orgAdmin.logo.title')} level={3}>
      {upload.isSuccess ? <Alert variant="success" role="status" title={t('orgAdmin.logo.saved')} /> : null}
      <Form
        onValid={send}
        busy={upload.isPending}
        error={upload.error}
        submit={t('orgAdmin.logo.submit')}
        submitVariant="secondary"
        submitIcon="drive-folder-upload"
      >
        <FieldFrame id={id} label={t('fields.logo')} hint={t('orgAdmin.logo.hint')} error={error}>
          <input
            id={id}
            name={id}
            type="file"
            accept={TYPES.join(',')}
            className="kern-form-input__input"
            {...controlAria(id, true, error)}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(undefined);
              upload.reset();
            }}
          />
        </FieldFrame>
      </Form>
    </Section>
  );
}
