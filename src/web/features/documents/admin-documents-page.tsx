import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPACE_KINDS } from '../../../shared/contracts/documents.ts';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { Loading } from '../../ui/loading.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { AdminPage } from '../admin/admin-layout.tsx';
import { useAlliances } from '../alliances/queries.ts';
import { OrganisationPicker } from '../organisations/organisation-picker.tsx';
import { useWorkspaceList } from '../workspaces/workspace-queries.ts';
import { QuotaForm } from './admin-quota-form.tsx';
import { RetentionForm } from './admin-retention-form.tsx';
import type { SpaceKind } from './document-types.ts';
import { documentsApi, useSpaces } from './queries.ts';
import { DocumentsProblem, QuotaBar } from './space-parts.tsx';
import './documents.css';

/** /admin/documents: how long versions are kept, and the quota of any space. */
export function AdminDocumentsPage() {
  const { t } = useTranslation();
  const rule = useQuery({ queryKey: ['documents', 'retention'], queryFn: documentsApi.retention });
  return (
    <AdminPage title={t('documents.admin.title')} lead={t('documents.admin.lead')}>
      <Section title={t('documents.admin.retentionTitle')}>
        {rule.isPending ? (
          <Loading />
        ) : rule.data ? (
          <RetentionForm rule={rule.data} />
        ) : (
          <DocumentsProblem error={rule.error} />
        )}
      </Section>
      <Section title={t('documents.admin.quotaTitle')}>
        <p className="kern-body">{t('documents.admin.quotaLead')}</p>
        <AnySpaceQuota />
      </Section>
      <Section title={t('documents.admin.mySpaces')}>
        <MySpacesQuotas />
      </Section>
    </AdminPage>
  );
}

/** Any workspace, organisation or alliance, chosen by kind and name. */
function AnySpaceQuota() {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<SpaceKind>('organisation');
  const [organisation, setOrganisation] = useState<OrganisationSummary | null>(null);
  const [other, setOther] = useState('');
  const alliances = useAlliances({}, kind === 'alliance');
  const workspaces = useWorkspaceList('');
  const options =
    kind === 'alliance'
      ? (alliances.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))
      : kind === 'workspace'
        ? [...(workspaces.data?.mine ?? []), ...(workspaces.data?.discover ?? [])].map((w) => ({
            value: w.id,
            label: w.name,
          }))
        : [];
  const picked = options.find((o) => o.value === other);
  const chosen =
    kind === 'organisation'
      ? organisation && { id: organisation.id, name: organisation.name }
      : picked && { id: picked.value, name: picked.label };
  return (
    <div className="form-stack">
      <SelectField
        id={`${id}-kind`}
        label={t('documents.admin.kind')}
        value={kind}
        onChange={(value) => {
          setKind(value as SpaceKind);
          setOther('');
        }}
        options={SPACE_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
      />
      {kind === 'organisation' ? (
        <OrganisationPicker
          id={`${id}-organisation`}
          label={t('documents.kind.organisation')}
          value={organisation}
          onChange={setOrganisation}
        />
      ) : (
        <SelectField
          id={`${id}-space`}
          label={t(`documents.kind.${kind}`)}
          value={other}
          onChange={setOther}
          options={[{ value: '', label: t('documents.admin.choose') }, ...options]}
        />
      )}
      {chosen ? (
        <QuotaForm key={`${kind}-${chosen.id}`} kind={kind} id={chosen.id} name={chosen.name} quotaBytes={null} />
      ) : null}
    </div>
  );
}

function MySpacesQuotas() {
  const { t } = useTranslation();
  const spaces = useSpaces();
  if (spaces.isPending) return <Loading />;
  if (!spaces.data) return <DocumentsProblem error={spaces.error} />;
  if (spaces.data.length === 0) return <p className="kern-body">{t('documents.spaces.none')}</p>;
  return (
    <ul className="plain-list doc-spaces">
      {spaces.data.map((space) => (
        <li key={`${space.kind}-${space.id}`} className="doc-space">
          <h3 className="kern-heading-small">
            {space.name} <span className="doc-by">({t(`documents.kind.${space.kind}`)})</span>
          </h3>
          <QuotaBar usage={space.usage} />
          <QuotaForm kind={space.kind} id={space.id} name={space.name} quotaBytes={space.usage.quotaBytes} />
        </li>
      ))}
    </ul>
  );
}
