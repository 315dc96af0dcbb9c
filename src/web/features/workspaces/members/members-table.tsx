import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail, WorkspaceMember, WorkspaceRole } from '../../../../shared/contracts/workspaces.ts';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { PresenceDot } from '../chat/presence-dot.tsx';
import { useChangeRole, useRemoveMember } from '../workspace-queries.ts';

const ROLES: WorkspaceRole[] = ['owner', 'member', 'guest'];

/** Members with their organisations and roles; owners change roles and remove people, anyone may leave. */
export function MembersTable({ detail, meId }: { detail: WorkspaceDetail; meId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const id = detail.workspace.id;
  const changeRole = useChangeRole(id);
  const remove = useRemoveMember(id);
  const manage = detail.viewer.canManage;
  // The last owner cannot go: someone must always be able to manage the workspace.
  const lastOwner = detail.members.filter((m) => m.role === 'owner').length <= 1;

  return (
    <>
      <ProblemAlert error={changeRole.error ?? remove.error} />
      <DataTable<WorkspaceMember>
        caption={t('workspaces.members.caption', { count: detail.members.length })}
        captionHidden
        rows={detail.members}
        rowKey={(m) => m.personId}
        columns={[
          {
            key: 'name',
            header: t('workspaces.members.name'),
            render: (m) => (
              <>
                <PresenceDot personId={m.personId} /> {m.name}
              </>
            ),
          },
          {
            key: 'organisation',
            header: t('workspaces.members.organisation'),
            render: (m) => m.organisation?.name ?? t('workspaces.members.noOrganisation'),
          },
          {
            key: 'role',
            header: t('workspaces.members.role'),
            render: (m) =>
              manage ? (
                <div className="kern-form-input__select-wrapper role-select">
                  <label className="visually-hidden" htmlFor={`role-${m.personId}`}>
                    {t('workspaces.members.roleOf', { name: m.name })}
                  </label>
                  <select
                    id={`role-${m.personId}`}
                    className="kern-form-input__select"
                    value={m.role}
                    onChange={(event) =>
                      changeRole.mutate({ personId: m.personId, role: event.target.value as WorkspaceRole })
                    }
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`workspaces.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </div>
              ) : (
                t(`workspaces.roles.${m.role}`)
              ),
          },
          { key: 'joined', header: t('workspaces.members.joined'), render: (m) => format.date(m.joinedAt) },
          {
            key: 'actions',
            header: <span className="visually-hidden">{t('common.actions')}</span>,
            action: true,
            render: (m) =>
              m.personId === meId ? (
                detail.viewer.canLeave && !(lastOwner && m.role === 'owner') ? (
                  <ConfirmButton
                    small
                    question={t('workspaces.members.leaveQuestion')}
                    confirmLabel={t('workspaces.members.leaveConfirm')}
                    busy={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(m.personId, { onSuccess: () => void navigate({ to: '/workspaces' }) })
                    }
                  >
                    {t('workspaces.members.leave')}
                  </ConfirmButton>
                ) : null
              ) : manage ? (
                <ConfirmButton
                  small
                  icon="delete"
                  question={t('workspaces.members.removeQuestion', { name: m.name })}
                  confirmLabel={t('workspaces.members.removeConfirm')}
                  busy={remove.isPending}
                  onConfirm={() => remove.mutate(m.personId)}
                >
                  {t('workspaces.members.remove')}
                  <span className="visually-hidden"> ({m.name})</span>
                </ConfirmButton>
              ) : null,
          },
        ]}
      />
    </>
  );
}
