import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { landOptions } from '../organisations/laender.ts';
import { MANUAL_TYPES, organisationTypeLabel } from '../organisations/organisation-types.ts';
import { OrganisationsTable } from '../organisations/organisations-table.tsx';
import { DescriptionField, OrganisationNameField, WebsiteField } from '../organisations/profile-fields.tsx';
import { useDirectory } from '../organisations/queries.ts';
import { checkWebsite } from '../organisations/website.ts';
import { AdminPage } from './admin-layout.tsx';

export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.organisations.title')} lead={t('admin.organisations.lead')}>
      <AddOrganisation />
      <ManualOrganisations />
    </AdminPage>
  );
}

const FIELDS = ['name', 'type', 'landCode', 'website', 'description'];

function AddOrganisation() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [landCode, setLandCode] = useState('');
  const [website, setWebsite] = useState('');
  const [description, setDescription] = useState('');
  const form = useFormErrors('add-org');
  const create = useMutation({
    mutationFn: () =>
      api.post<OrganisationDetail>('/organisations', {
        name: name.trim(),
        type,
        ...(landCode ? { landCode } : {}),
        ...(website.trim() ? { website: website.trim() } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      }),
    onSuccess: async () => {
      setName('');
      setType('');
      setLandCode('');
      setWebsite('');
      setDescription('');
      await client.invalidateQueries({ queryKey: ['organisations'] });
    },
    onError: (error) => form.failFromServer(error, FIELDS),
  });

  return (
    <Section title={t('admin.organisations.addTitle')}>
      {create.isSuccess ? (
        <Alert
          variant="success"
          role="status"
          title={t('admin.organisations.added', { name: create.data?.name ?? '' })}
        >
          {create.data ? (
            <p className="kern-body">
              <Link className="kern-link" to="/organisations/$id" params={{ id: create.data.id }}>
                {t('admin.organisations.openAdded')}
              </Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <Form
        form={form}
        check={() => ({
          name: name.trim() ? undefined : t('validation.nameRequired'),
          type: type ? undefined : t('validation.typeRequired'),
          website: checkWebsite(t, website),
        })}
        onValid={() => create.mutate()}
        busy={create.isPending}
        error={create.error}
        submit={t('admin.organisations.submit')}
        submitIcon="add"
      >
        <OrganisationNameField id={form.id('name')} value={name} onChange={setName} error={form.errors.name} />
        <SelectField
          id={form.id('type')}
          label={t('fields.organisationType')}
          value={type}
          onChange={setType}
          error={form.errors.type}
          options={[
            { value: '', label: t('form.choose') },
            ...MANUAL_TYPES.map((value) => ({ value, label: organisationTypeLabel(t, value) })),
          ]}
        />
        <SelectField
          id={form.id('landCode')}
          label={t('fields.land')}
          optional
          value={landCode}
          onChange={setLandCode}
          error={form.errors.landCode}
          options={[{ value: '', label: t('admin.organisations.noLand') }, ...landOptions(t)]}
        />
        <WebsiteField id={form.id('website')} value={website} onChange={setWebsite} error={form.errors.website} />
        <DescriptionField
          id={form.id('description')}
          value={description}
          onChange={setDescription}
          error={form.errors.description}
        />
      </Form>
    </Section>
  );
}

const LIMIT = 20;

/** The organisations that are not in the official directory, by kind. */
function ManualOrganisations() {
  const { t } = useTranslation();
  const [type, setType] = useState<string>(MANUAL_TYPES[0]);
  const [offset, setOffset] = useState(0);
  const results = useDirectory({ type, offset, limit: LIMIT });
  return (
    <Section title={t('admin.organisations.listTitle')}>
      <div className="filter-form filter-form--single">
        <SelectField
          id="admin-org-type"
          label={t('directory.type')}
          value={type}
          onChange={(value) => {
            setType(value);
            setOffset(0);
          }}
          options={MANUAL_TYPES.map((value) => ({ value, label: organisationTypeLabel(t, value) }))}
        />
      </div>
      <p className="kern-body" role="status">
        {results.data ? t('directory.count', { count: results.data.total }) : ''}
      </p>
      <ProblemAlert error={results.error} />
      {results.isPending ? (
        <Loading />
      ) : (
        <OrganisationsTable caption={t('admin.organisations.listTitle')} rows={results.data?.items ?? []} />
      )}
      <Pagination total={results.data?.total ?? 0} limit={LIMIT} offset={offset} onChange={setOffset} />
    </Section>
  );
}
