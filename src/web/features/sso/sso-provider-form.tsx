import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import type { SsoGroupRole, SsoProviderView } from '../../../shared/contracts/sso-admin.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { OrganisationPicker } from '../organisations/organisation-picker.tsx';
import { useOrganisation } from '../organisations/queries.ts';

export const SSO_PROVIDERS_KEY = ['admin', 'sso-providers'] as const;
const ROLES = ['admin', 'editor', 'member'] as const;

function OrganisationName({ id }: { id: string }) {
  const organisation = useOrganisation(id);
  return <>{organisation.data?.name ?? id}</>;
}

/**
 * Adds a provider (without `provider`) or changes one stored in the admin area. The client secret is never
 * shown: a stored one is "set", and a new one replaces it.
 */
export function SsoProviderForm({ provider, onDone }: { provider?: SsoProviderView; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const prefix = provider ? `sso-edit-${provider.id}` : 'sso-new';
  const [id, setId] = useState(provider?.id ?? '');
  const [name, setName] = useState(provider?.name ?? '');
  const [issuer, setIssuer] = useState(provider?.issuer ?? '');
  const [clientId, setClientId] = useState(provider?.clientId ?? '');
  const [secret, setSecret] = useState('');
  const [organisationIds, setOrganisationIds] = useState<string[]>(provider?.organisationIds ?? []);
  const [picked, setPicked] = useState<OrganisationSummary | null>(null);
  const [claimName, setClaimName] = useState(provider?.claims.name ?? 'name');
  const [claimEmail, setClaimEmail] = useState(provider?.claims.email ?? 'email');
  const [claimOrganisation, setClaimOrganisation] = useState(provider?.claims.organisation ?? '');
  const [claimGroups, setClaimGroups] = useState(provider?.claims.groups ?? '');
  const [groupRoles, setGroupRoles] = useState<SsoGroupRole[]>(provider?.groupRoles ?? []);
  const [enabled, setEnabled] = useState(provider?.enabled ?? true);

  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        issuer,
        clientId,
        organisationIds,
        claims: {
          name: claimName,
          email: claimEmail,
          organisation: claimOrganisation.trim() || null,
          groups: claimGroups.trim() || null,
        },
        groupRoles: groupRoles.filter((g) => g.group.trim() !== ''),
        enabled,
        ...(secret ? { clientSecret: secret } : {}),
      };
      return provider
        ? api.put<SsoProviderView>(`/admin/sso/providers/${provider.id}`, body)
        : api.post<SsoProviderView>('/admin/sso/providers', { id, ...body });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: SSO_PROVIDERS_KEY });
      void client.invalidateQueries({ queryKey: ['sso-providers'] });
      onDone();
    },
  });
  const discoveryFailed = isApiError(save.error) && save.error.type === 'sso-discovery-failed' ? save.error : null;

  return (
    <Form
      onValid={() => save.mutate()}
      busy={save.isPending}
      error={save.error}
      alert={
        discoveryFailed ? (
          <Alert variant="danger" role="alert" title={t('problems.sso-discovery-failed')}>
            <p className="kern-body">{discoveryFailed.detail}</p>
          </Alert>
        ) : (
          <ProblemAlert error={save.error} />
        )
      }
      submit={provider ? t('sso.admin.save') : t('sso.admin.add')}
    >
      {provider ? null : (
        <TextField
          id={`${prefix}-id`}
          label={t('sso.admin.id')}
          hint={t('sso.admin.idHint')}
          value={id}
          onChange={setId}
          maxLength={40}
          autoComplete="off"
        />
      )}
      <TextField
        id={`${prefix}-name`}
        label={t('sso.admin.name')}
        hint={t('sso.admin.nameHint')}
        value={name}
        onChange={setName}
        maxLength={100}
      />
      <TextField
        id={`${prefix}-issuer`}
        label={t('sso.admin.issuer')}
        hint={t('sso.admin.issuerHint')}
        value={issuer}
        onChange={setIssuer}
        type="url"
        maxLength={500}
      />
      <TextField
        id={`${prefix}-client-id`}
        label={t('sso.admin.clientId')}
        value={clientId}
        onChange={setClientId}
        maxLength={500}
        autoComplete="off"
      />
      <TextField
        id={`${prefix}-secret`}
        label={t('sso.admin.clientSecret')}
        hint={provider ? t('sso.admin.clientSecretKeep') : t('sso.admin.clientSecretHint')}
        value={secret}
        onChange={setSecret}
        type="password"
        autoComplete="new-password"
        required={!provider}
        optional={Boolean(provider)}
        maxLength={1000}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('sso.admin.organisations')}</legend>
        <div className="kern-fieldset__body form-stack">
          <p className="kern-body">{t('sso.admin.organisationsHint')}</p>
          {organisationIds.length > 0 ? (
            <ul className="plain-list stack-sm">
              {organisationIds.map((organisationId) => (
                <li key={organisationId} className="sso-admin__row">
                  <span className="kern-body">
                    <OrganisationName id={organisationId} />
                  </span>
                  <Button
                    variant="tertiary"
                    small
                    onClick={() => setOrganisationIds((ids) => ids.filter((x) => x !== organisationId))}
                  >
                    {t('sso.admin.removeOrganisation')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          <OrganisationPicker
            id={`${prefix}-organisation`}
            label={t('sso.admin.addOrganisation')}
            optional
            value={picked}
            exclude={organisationIds}
            onChange={(organisation) => {
              if (organisation) setOrganisationIds((ids) => [...ids, organisation.id]);
              setPicked(null);
            }}
          />
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('sso.admin.claims')}</legend>
        <div className="kern-fieldset__body form-stack">
          <TextField
            id={`${prefix}-claim-name`}
            label={t('sso.admin.claimName')}
            value={claimName}
            onChange={setClaimName}
            width="medium"
            maxLength={100}
          />
          <TextField
            id={`${prefix}-claim-email`}
            label={t('sso.admin.claimEmail')}
            value={claimEmail}
            onChange={setClaimEmail}
            width="medium"
            maxLength={100}
          />
          <TextField
            id={`${prefix}-claim-organisation`}
            label={t('sso.admin.claimOrganisation')}
            hint={t('sso.admin.claimOrganisationHint')}
            value={claimOrganisation}
            onChange={setClaimOrganisation}
            optional
            width="medium"
            maxLength={100}
          />
          <TextField
            id={`${prefix}-claim-groups`}
            label={t('sso.admin.claimGroups')}
            hint={t('sso.admin.claimGroupsHint')}
            value={claimGroups}
            onChange={setClaimGroups}
            optional
            width="medium"
            maxLength={100}
          />
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('sso.admin.groupRoles')}</legend>
        <div className="kern-fieldset__body form-stack">
          <p className="kern-body">{t('sso.admin.groupRolesHint')}</p>
          {groupRoles.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity but their place
            <div key={index} className="sso-admin__mapping">
              <TextField
                id={`${prefix}-group-${index}`}
                label={t('sso.admin.group', { number: index + 1 })}
                value={entry.group}
                onChange={(group) => setGroupRoles((rows) => rows.map((r, i) => (i === index ? { ...r, group } : r)))}
                maxLength={200}
              />
              <SelectField
                id={`${prefix}-role-${index}`}
                label={t('sso.admin.role', { number: index + 1 })}
                value={entry.role}
                onChange={(role) =>
                  setGroupRoles((rows) =>
                    rows.map((r, i) => (i === index ? { ...r, role: role as SsoGroupRole['role'] } : r)),
                  )
                }
                options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              />
              <Button
                variant="tertiary"
                small
                onClick={() => setGroupRoles((rows) => rows.filter((_, i) => i !== index))}
              >
                {t('sso.admin.removeGroup', { number: index + 1 })}
              </Button>
            </div>
          ))}
          <div>
            <Button
              variant="secondary"
              small
              onClick={() => setGroupRoles((rows) => [...rows, { group: '', role: 'admin' }])}
            >
              {t('sso.admin.addGroup')}
            </Button>
          </div>
        </div>
      </fieldset>
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={`${prefix}-enabled`}
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <label className="kern-label" htmlFor={`${prefix}-enabled`}>
          {t('sso.admin.enabled')}
        </label>
      </div>
    </Form>
  );
}
