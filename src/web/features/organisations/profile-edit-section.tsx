import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { organisationKey } from './queries.ts';
import { checkWebsite } from './website.ts';

const FIELDS = ['name', 'website', 'description'];

export function ProfileEditSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // Names of the official directory are fixed; only organisations added by hand can be renamed.
  const canRename = organisation.source === 'manual';
  const [name, setName] = useState(organisation.name);
  const [website, setWebsite] = useState(organisation.website ?? '');
  const [description, setDescription] = useState(organisation.description ?? '');
  const form = useFormErrors('org-profile');
  const save = useMutation({
    mutationFn: () =>
      api.patch(`/organisations/${organisation.id}`, {
        ...(canRename ? { name: name.trim() } : {}),
        website: website.trim() || null,
        description: description.trim() || null,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKey(organisation.id) }),
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, FIELDS);
      if (Object.keys(errors).length) form.fail(errors);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: Record<string, string> = {};
    if (canRename && !name.trim()) errors.name = t('validation.nameRequired');
    const websiteError = checkWebsite(t, website);
    if (websiteError) errors.website = websiteError;
    if (Object.keys(errors).length) return form.fail(errors);
    form.clear();
    save.mutate();
  }

  return (
    <Section title={t('orgAdmin.profile.title')} level={3}>
      {save.isSuccess ? <Alert variant="success" role="status" title={t('orgAdmin.profile.saved')} /> : null}
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={Object.keys(form.errors).length ? null : save.error} />
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        {canRename ? (
          <TextField
            id={form.id('name')}
            label={t('fields.organisationName')}
            value={name}
            onChange={setName}
            error={form.errors.name}
            maxLength={200}
          />
        ) : null}
        <TextField
          id={form.id('website')}
          label={t('fields.website')}
          hint={t('orgAdmin.profile.websiteHint')}
          type="url"
          inputMode="url"
          optional
          value={website}
          onChange={setWebsite}
          error={form.errors.website}
          maxLength={500}
        />
        <TextArea
          id={form.id('description')}
          label={t('fields.description')}
          hint={t('orgAdmin.profile.descriptionHint')}
          optional
          value={description}
          onChange={setDescription}
          error={form.errors.description}
          maxLength={5000}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" variant="secondary" busy={save.isPending}>
            {t('orgAdmin.profile.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
