import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_ROLES, type OrganisationRole } from '../../../shared/contracts/accounts.ts';
import type { OrganisationMember } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { ME_KEY } from '../accounts/use-me.ts';
import { useMembers, useOrganisation } from './queries.ts';
import { isTrustworthy, RequestChecks, riskQuestion } from './request-checks.tsx';

/**
 * Pending requests to confirm or reject, and the members with their roles (administration, editor,
 * member), chosen per row. Each request says whether its address is confirmed and of the
 * organisation's domains (the server lists trustworthy ones first); confirming any other asks
 * first, naming the risk.
 */
export function MembersSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const members = useMembers(organisationId, true);
  // Already loaded by the page around this section: no request of its own.
  const organisation = useOrganisation(organisationId).data;
  const organisationName = organisation?.name ?? '';
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['organisation', organisationId] }),
      client.invalidateQueries({ queryKey: ME_KEY }),
    ]);
  const base = `/organisations/${organisationId}/members`;
  const confirm = useMutation({
    mutationFn: (personId: string) => api.post(`${base}/${personId}/confirm`),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (personId: string) => api.delete(`${base}/${personId}`),
    onSuccess: refresh,
  });
  const changeRole = useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: OrganisationRole }) =>
      api.patch(`${base}/${personId}`, { role }),
    onSuccess: refresh,
  });
  const error = confirm.error ?? remove.error ?? changeRole.error;

  if (members.isPending) return <Loading />;
  const all = members.data ?? [];
  const pending = all.filter((m) => m.status === 'pending');
  const confirmed = all.filter((m) => m.status === 'confirmed');
  const busyFor = (personId: string) =>
    (confirm.isPending && confirm.variables === personId) ||
    (remove.isPending && remove.variables === personId) ||
    (changeRole.isPending && changeRole.variables?.personId === personId);

  return (
    <>
      <ProblemAlert error={members.error ?? error} />
      <Section title={t('orgAdmin.pending.title')} level={3}>
        {pending.length > 0 && organisation && organisation.domains.length === 0 ? (
          <p className="kern-body">{t('admin.requests.noDomains', { organisation: organisationName })}</p>
        ) : null}
        <DataTable<OrganisationMember>
          caption={t('orgAdmin.pending.title')}
          captionHidden
          rows={pending}
          rowKey={(m) => m.personId}
          empty={t('orgAdmin.pending.none')}
          columns={[
            { key: 'name', header: t('orgAdmin.members.name'), render: (m) => m.name },
            { key: 'email', header: t('fields.email'), render: (m) => <span className="break-all">{m.email}</span> },
            { key: 'checks', header: t('admin.requests.checks'), render: (m) => <RequestChecks facts={m} /> },
            { key: 'since', header: t('orgAdmin.pending.since'), render: (m) => format.date(m.createdAt) },
            {
              key: 'actions',
              header: <span className="visually-hidden">{t('common.actions')}</span>,
              action: true,
              render: (m) => (
                <div className="kern-btn-wrapper">
                  {isTrustworthy(m) ? (
                    <Button small busy={busyFor(m.personId)} onClick={() => confirm.mutate(m.personId)}>
                      {t('orgAdmin.pending.confirm')}
                      <span className="visually-hidden"> ({m.name})</span>
                    </Button>
                  ) : (
                    <ConfirmButton
                      small
                      question={riskQuestion(t, m, organisationName)}
                      confirmLabel={t('admin.requests.confirmAnyway')}
                      busy={busyFor(m.personId)}
                      onConfirm={() => confirm.mutate(m.personId)}
                    >
                      {t('orgAdmin.pending.confirm')}
                      <span className="visually-hidden"> ({m.name})</span>
                    </ConfirmButton>
                  )}
                  <ConfirmButton
                    small
                    question={t('orgAdmin.pending.rejectQuestion', { name: m.name })}
                    confirmLabel={t('orgAdmin.pending.rejectConfirm')}
                    busy={busyFor(m.personId)}
                    onConfirm={() => remove.mutate(m.personId)}
                  >
                    {t('orgAdmin.pending.reject')}
                    <span className="visually-hidden"> ({m.name})</span>
                  </ConfirmButton>
                </div>
              ),
            },
          ]}
        />
      </Section>
      <Section title={t('orgAdmin.members.title')} level={3}>
        <p className="kern-body" id="organisation-roles-hint">
          {t('orgAdmin.members.rolesHint')}
        </p>
        <DataTable<OrganisationMember>
          caption={t('orgAdmin.members.title')}
          captionHidden
          rows={confirmed}
          rowKey={(m) => m.personId}
          empty={t('orgAdmin.members.none')}
          columns={[
            { key: 'name', header: t('orgAdmin.members.name'), render: (m) => m.name },
            { key: 'email', header: t('fields.email'), render: (m) => <span className="break-all">{m.email}</span> },
            {
              key: 'role',
              header: t('orgAdmin.members.role'),
              render: (m) => (
                <div className="kern-form-input__select-wrapper role-select">
                  <label className="visually-hidden" htmlFor={`organisation-role-${m.personId}`}>
                    {t('orgAdmin.members.roleOf', { name: m.name })}
                  </label>
                  <select
                    id={`organisation-role-${m.personId}`}
                    className="kern-form-input__select"
                    value={m.role}
                    aria-describedby="organisation-roles-hint"
                    disabled={busyFor(m.personId)}
                    onChange={(event) =>
                      changeRole.mutate({ personId: m.personId, role: event.target.value as OrganisationRole })
                    }
                  >
                    {ORGANISATION_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </div>
              ),
            },
            {
              key: 'actions',
              header: <span className="visually-hidden">{t('common.actions')}</span>,
              action: true,
              render: (m) => (
                <div className="kern-btn-wrapper">
                  <ConfirmButton
                    small
                    question={t('orgAdmin.members.removeQuestion', { name: m.name })}
                    confirmLabel={t('orgAdmin.members.removeConfirm')}
                    busy={busyFor(m.personId)}
                    onConfirm={() => remove.mutate(m.personId)}
                  >
                    {t('orgAdmin.members.remove')}
                    <span className="visually-hidden"> ({m.name})</span>
                  </ConfirmButton>
                </div>
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}
