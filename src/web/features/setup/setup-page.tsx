import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { EmailField } from '../accounts/email-field.tsx';
import { NewPasswordField } from '../accounts/new-password-field.tsx';
import { PersonNameField } from '../accounts/person-name-field.tsx';
import { ME_KEY } from '../accounts/use-me.ts';
import { checkNewAccount, checkRequired } from '../accounts/validation.ts';
import { LegalReminder } from '../legal/legal-reminder.tsx';

const route = getRouteApi('/setup');
const FIELDS = ['token', 'name', 'email', 'password'];

/** First run: creates the first platform administrator with the one-time link printed at start. */
export function SetupPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const client = useQueryClient();
  const status = useQuery({ queryKey: ['setup'], queryFn: () => api.get<{ needed: boolean }>('/setup') });
  const [token, setToken] = useState(search.token ?? '');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors('setup');

  const setup = useMutation({
    mutationFn: () => api.post<Me>('/setup', { token: token.trim(), name: name.trim(), email: email.trim(), password }),
    onSuccess: async (me) => {
      client.setQueryData(ME_KEY, me);
      client.setQueryData(['setup'], { needed: false });
      if (me.locale !== currentLanguage()) void api.patch('/me', { locale: currentLanguage() }).catch(() => undefined);
      await navigate({ to: '/' });
    },
    onError: (error) =>
      form.failFromServer(error, FIELDS, {
        // A wrong code is shown at the code field, which then appears even when the link carried it.
        token: isApiError(error) && error.type === 'invalid-token' ? t('problems.invalid-setup-token') : undefined,
      }),
  });

  return (
    <div className="narrow-page">
      <PageTitle lead={t('setup.lead')}>{t('setup.title')}</PageTitle>
      {status.isPending ? (
        <Loading />
      ) : status.data && !status.data.needed ? (
        <>
          <Alert variant="info" title={t('setup.done')}>
            <p className="kern-body">{t('setup.doneText')}</p>
          </Alert>
          <LegalReminder />
          <div className="kern-btn-wrapper spaced">
            <ButtonLink to="/sign-in">{t('setup.toSignIn')}</ButtonLink>
          </div>
        </>
      ) : (
        <Form
          form={form}
          check={() => ({
            token: checkRequired(t, token, 'validation.tokenRequired'),
            ...checkNewAccount(t, { name, email, password }),
          })}
          onValid={() => setup.mutate()}
          busy={setup.isPending}
          error={setup.error}
          submit={t('setup.submit')}
        >
          {search.token && !form.errors.token ? null : (
            <TextField
              id={form.id('token')}
              label={t('fields.setupToken')}
              hint={t('setup.tokenHint')}
              autoComplete="off"
              spellCheck={false}
              value={token}
              onChange={setToken}
              error={form.errors.token}
            />
          )}
          <PersonNameField id={form.id('name')} value={name} onChange={setName} error={form.errors.name} />
          <EmailField id={form.id('email')} value={email} onChange={setEmail} error={form.errors.email} />
          <NewPasswordField
            id={form.id('password')}
            label={t('fields.password')}
            value={password}
            onChange={setPassword}
            error={form.errors.password}
          />
        </Form>
      )}
    </div>
  );
}
