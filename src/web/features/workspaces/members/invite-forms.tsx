import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import type { WorkspaceDetail, WorkspaceRole } from '../../../../shared/contracts/workspaces.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { checkEmail } from '../../accounts/validation.ts';
import { useAddMember, useInvite } from '../workspace-queries.ts';
import { PersonPicker } from './person-picker.tsx';

function useRoleOptions() {
  const { t } = useTranslation();
  return (['guest', 'member', 'owner'] as const).map((role) => ({ value: role, label: t(`workspaces.roles.${role}`) }));
}

/** Owners invite by e-mail; the mail's link also works for people without an account. */
export function InviteByEmailForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRole>('guest');
  const [sent, setSent] = useState<string | null>(null);
  const form = useFormErrors('invite');
  const invite = useInvite(workspaceId);
  const roles = useRoleOptions();
  return (
    <>
      {sent ? <Alert variant="success" role="status" title={t('workspaces.invite.sent', { email: sent })} /> : null}
      <Form
        form={form}
        check={() => ({ email: checkEmail(t, email) })}
        onValid={() =>
          invite.mutate(
            { email: email.trim(), role },
            {
              onSuccess: () => {
                setSent(email.trim());
                setEmail('');
              },
              onError: (error) => form.failFromServer(error, ['email', 'role']),
            },
          )
        }
        busy={invite.isPending}
        error={invite.error}
        submit={t('workspaces.invite.submit')}
        submitIcon="mail"
      >
        <TextField
          id={form.id('email')}
          label={t('workspaces.invite.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={form.errors.email}
        />
        <SelectField
          id={form.id('role')}
          label={t('workspaces.invite.role')}
          hint={t('workspaces.invite.roleHint')}
          value={role}
          onChange={(value) => setRole(value as WorkspaceRole)}
          options={roles}
        />
      </Form>
    </>
  );
}

/** Owners add someone who has an account straight away. */
export function AddPersonForm({ detail }: { detail: WorkspaceDetail }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [role, setRole] = useState<WorkspaceRole>('guest');
  const [added, setAdded] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const add = useAddMember(detail.workspace.id);
  const roles = useRoleOptions();
  return (
    <>
      {added ? <Alert variant="success" role="status" title={t('workspaces.add.done', { name: added })} /> : null}
      <Form
        onValid={() => {
          if (!person) {
            setError(t('workspaces.add.choose'));
            return;
          }
          add.mutate(
            { personId: person.id, role },
            {
              onSuccess: () => {
                setAdded(person.name);
                setPerson(null);
              },
            },
          );
        }}
        busy={add.isPending}
        error={add.error}
        submit={t('workspaces.add.submit')}
        submitIcon="add"
      >
        <PersonPicker
          id="add-person"
          label={t('workspaces.add.person')}
          error={error}
          exclude={detail.members.map((m) => m.personId)}
          onSelect={(p) => {
            setError(undefined);
            setPerson(p);
          }}
        />
        {person ? (
          <p className="kern-body">
            {t('workspaces.add.chosen')} <strong>{person.name}</strong>
            {person.organisation ? ` (${person.organisation.name})` : ''}
          </p>
        ) : null}
        <SelectField
          id="add-role"
          label={t('workspaces.invite.role')}
          value={role}
          onChange={(value) => setRole(value as WorkspaceRole)}
          options={roles}
        />
      </Form>
    </>
  );
}
