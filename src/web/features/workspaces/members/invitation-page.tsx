import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/accounts.ts';
import type {
  WorkspaceInvitationAccepted,
  WorkspaceInvitationPreview,
} from '../../../../shared/contracts/workspaces.ts';
import { api } from '../../../api/client.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button, ButtonLink } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { NewPasswordField } from '../../accounts/new-password-field.tsx';
import { PersonNameField } from '../../accounts/person-name-field.tsx';
import { ME_KEY, useMe } from '../../accounts/use-me.ts';
import { checkNewPassword, checkRequired } from '../../accounts/validation.ts';
import '../workspaces.css';

const route = getRouteApi('/workspaces/invitations/$token');

/** The link from an invitation mail: what it offers, and accepting it signed in, or registering on the spot. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const preview = useQuery({
    queryKey: ['workspaces', 'invitation', token],
    queryFn: () => api.get<WorkspaceInvitationPreview>(`/workspace-invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
  return (
    <div className="narrow-page">
      <QueryState
        query={preview}
        notFound={
          <>
            <PageTitle>{t('workspaces.invitation.invalidTitle')}</PageTitle>
            <Alert variant="warning" title={t('workspaces.invitation.invalid')} />
          </>
        }
      >
        {(invitation) => <Invitation token={token} invitation={invitation} />}
      </QueryState>
    </div>
  );
}

function Invitation({ token, invitation }: { token: string; invitation: WorkspaceInvitationPreview }) {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: (body: Record<string, string>) =>
      api.post<WorkspaceInvitationAccepted>(`/workspace-invitations/${encodeURIComponent(token)}/accept`, body),
    onSuccess: async (accepted) => {
      // A new account was signed in, or an existing one joined: everything about the person is stale.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      await client.invalidateQueries({ queryKey: ME_KEY });
      await navigate({ to: '/workspaces/$id', params: { id: accepted.workspace.id } });
    },
  });

  return (
    <>
      <PageTitle preline={t('workspaces.invitation.preline')}>{invitation.workspaceName}</PageTitle>
      <p className="kern-body kern-body--large">
        {t('workspaces.invitation.lead', {
          inviter: invitation.invitedBy,
          workspace: invitation.workspaceName,
          role: t(`workspaces.roles.${invitation.role}`),
        })}
      </p>
      {loading ? (
        <Loading />
      ) : me ? (
        <SignedIn
          me={me}
          invitation={invitation}
          accept={() => accept.mutate({})}
          busy={accept.isPending}
          error={accept.error}
        />
      ) : invitation.accountExists ? (
        <>
          <Alert variant="info" title={t('workspaces.invitation.signInFirst', { email: invitation.email })} />
          <div className="kern-btn-wrapper">
            <ButtonLink to="/sign-in" search={{ next: `/workspaces/invitations/${token}` }} icon="account-circle">
              {t('workspaces.invitation.signIn')}
            </ButtonLink>
          </div>
        </>
      ) : (
        <RegisterAndAccept
          email={invitation.email}
          token={token}
          busy={accept.isPending}
          error={accept.error}
          onSubmit={(name, password) => accept.mutate({ name, password, locale: currentLanguage() })}
        />
      )}
    </>
  );
}

function SignedIn({
  me,
  invitation,
  accept,
  busy,
  error,
}: {
  me: Me;
  invitation: WorkspaceInvitationPreview;
  accept: () => void;
  busy: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const otherAddress = me.email.toLowerCase() !== invitation.email.toLowerCase();
  return (
    <>
      {otherAddress ? (
        <Alert
          variant="warning"
          title={t('workspaces.invitation.otherAddress', { email: invitation.email, mine: me.email })}
        />
      ) : null}
      <ProblemAlert error={error} />
      <div className="kern-btn-wrapper">
        <Button icon="check" busy={busy} onClick={accept}>
          {t('workspaces.invitation.accept')}
        </Button>
      </div>
    </>
  );
}

function RegisterAndAccept({
  email,
  token,
  busy,
  error,
  onSubmit,
}: {
  email: string;
  token: string;
  busy: boolean;
  error: unknown;
  onSubmit: (name: string, password: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors('invitation');
  return (
    <>
      <p className="kern-body">{t('workspaces.invitation.register', { email })}</p>
      <Form
        form={form}
        check={() => ({
          name: checkRequired(t, name, 'validation.nameRequired'),
          password: checkNewPassword(t, password),
        })}
        onValid={() => onSubmit(name.trim(), password)}
        busy={busy}
        error={error}
        submit={t('workspaces.invitation.registerSubmit')}
      >
        <PersonNameField id={form.id('name')} value={name} onChange={setName} error={form.errors.name} />
        <NewPasswordField
          id={form.id('password')}
          label={t('fields.password')}
          value={password}
          onChange={setPassword}
          error={form.errors.password}
        />
      </Form>
      <p className="kern-body">
        <Link className="kern-link" to="/sign-in" search={{ next: `/workspaces/invitations/${token}` }}>
          {t('workspaces.invitation.haveAccount')}
        </Link>
      </p>
    </>
  );
}
