import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllianceDetail } from '../../../shared/contracts/alliances.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { isOrganisationAdmin } from '../accounts/use-me.ts';
import { DescriptionField, WebsiteField } from '../organisations/profile-fields.tsx';
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
    onError: (error) => form.failFromServer(error, FIELDS),
  });

  return (
    <>
      <p className="kern-body">{t('newAlliance.founder', { organisation: organisationName })}</p>
      <Form
        form={form}
        check={() => ({
          name: name.trim() ? undefined : t('validation.allianceNameRequired'),
          website: checkWebsite(t, website),
        })}
        onValid={() => create.mutate()}
        busy={create.isPending}
        error={create.error}
        submit={t('newAlliance.submit')}
      >
        <TextField
          id={form.id('name')}
          label={t('fields.allianceName')}
          hint={t('newAlliance.nameHint')}
          value={name}
          onChange={setName}
          error={form.errors.name}
          maxLength={200}
        />
        <DescriptionField
          id={form.id('description')}
          hint={t('newAlliance.descriptionHint')}
          value={description}
          onChange={setDescription}
          error={form.errors.description}
        />
        <WebsiteField id={form.id('website')} value={website} onChange={setWebsite} error={form.errors.website} />
      </Form>
    </>
  );
}
