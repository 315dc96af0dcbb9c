import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { DescriptionField, OrganisationNameField, WebsiteField } from './profile-fields.tsx';
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
    onError: (error) => form.failFromServer(error, FIELDS),
  });

  return (
    <Section title={t('orgAdmin.profile.title')} level={3}>
      {save.isSuccess ? <Alert variant="success" role="status" title={t('orgAdmin.profile.saved')} /> : null}
      <Form
        form={form}
        check={() => ({
          name: canRename && !name.trim() ? t('validation.nameRequired') : undefined,
          website: checkWebsite(t, website),
        })}
        onValid={() => save.mutate()}
        busy={save.isPending}
        error={save.error}
        submit={t('orgAdmin.profile.submit')}
        submitVariant="secondary"
      >
        {canRename ? (
          <OrganisationNameField id={form.id('name')} value={name} onChange={setName} error={form.errors.name} />
        ) : null}
        <WebsiteField
          id={form.id('website')}
          hint={t('orgAdmin.profile.websiteHint')}
          value={website}
          onChange={setWebsite}
          error={form.errors.website}
        />
        <DescriptionField
          id={form.id('description')}
          hint={t('orgAdmin.profile.descriptionHint')}
          value={description}
          onChange={setDescription}
          error={form.errors.description}
        />
      </Form>
    </Section>
  );
}
