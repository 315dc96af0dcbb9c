import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllianceDetail } from '../../../shared/contracts/alliances.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { isOrganisationAdmin } from '../accounts/use-me.ts';
import { checkWebsite } from '../organisations/website.ts';

const FIELDS = ['name', 'description', 'website'];

export function NewAlliancePage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageTitle lead={t('newAlliance.lead')}>{t('newAlliance.title')}</PageTitle>
      <RequireSignIn>
        {(me) =>
          isOrganisationAdmin(me) ? (
            <NewAllianceForm organisationName={me.organisation?.name ?? ''} />
          ) : (
            <Alert variant="info" title={t('newAlliance.onlyAdmins')} />
          )
        }
      </RequireSignIn>
    </div>
  );
}

function NewAllianceForm({ organisationName }: { organisationName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [website, setWebsite] = useState('');
  const form = useFormErrors('alliance');
  const create = useMutation({
    mutationFn: () =>
      api.post<AllianceDetail>('/alliances', {
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(website.trim() ? { website: website.trim() } : {}),
      }),
    onSuccess: async (alliance) => {
      await client.invalidateQueries({ queryKey: ['alliances'] });
      await navigate({ to: '/alliances/$id', params: { id: alliance.id } });
    },
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, FIELDS);
      if (Object.keys(errors).length) form.fail(errors);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('validation.allianceNameRequired');
    const websiteError = checkWebsite(t, website);
    if (websiteError) errors.website = websiteError;
    if (Object.keys(errors).length) return form.fail(errors);
    form.clear();
    create.mutate();
  }

  return (
    <>
      <p className="kern-body">{t('newAlliance.founder', { organisation: organisationName })}</p>
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={Object.keys(form.errors).length ? null : create.error} />
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          id={form.id('name')}
          label={t('fields.allianceName')}
          hint={t('newAlliance.nameHint')}
          value={name}
          onChange={setName}
          error={form.errors.name}
          maxLength={200}
        />
        <TextArea
          id={form.id('description')}
          label={t('fields.description')}
          hint={t('newAlliance.descriptionHint')}
          optional
          value={description}
          onChange={setDescription}
          error={form.errors.description}
          maxLength={5000}
        />
        <TextField
          id={form.id('website')}
          label={t('fields.website')}
          type="url"
          inputMode="url"
          optional
          value={website}
          onChange={setWebsite}
          error={form.errors.website}
          maxLength={500}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" busy={create.isPending}>
            {t('newAlliance.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
