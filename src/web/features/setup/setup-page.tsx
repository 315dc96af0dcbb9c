import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button, ButtonLink } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { PasswordHint } from '../accounts/password-hint.tsx';
import { ME_KEY } from '../accounts/use-me.ts';
import { checkEmail, checkNewPassword, checkRequired, onlyErrors } from '../accounts/validation.ts';

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
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, FIELDS);
      // A wrong code is shown at the code field, which then appears even when the link carried it.
      if (isApiError(error) && error.type === 'invalid-token') errors.token = t('problems.invalid-setup-token');
      if (Object.keys(errors).length) form.fail(errors);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (setup.isPending) return;
    const errors = onlyErrors({
      token: checkRequired(t, token, 'validation.tokenRequired'),
      name: checkRequired(t, name, 'validation.nameRequired'),
      email: checkEmail(t, email),
      password: checkNewPassword(t, password),
    });
    if (Object.keys(errors).length) return form.fail(errors);
    form.clear();
    setup.mutate();
  }

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
          <div className="kern-btn-wrapper spaced">
            <ButtonLink to="/sign-in">{t('setup.toSignIn')}</ButtonLink>
          </div>
        </>
      ) : (
        <>
          <ErrorSummary errors={form.summary} revision={form.revision} />
          <ProblemAlert error={Object.keys(form.errors).length ? null : setup.error} />
          <form className="form-stack" noValidate onSubmit={onSubmit}>
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
            <TextField
              id={form.id('name')}
              label={t('fields.name')}
              autoComplete="name"
              value={name}
              onChange={setName}
              error={form.errors.name}
              maxLength={200}
            />
            <TextField
              id={form.id('email')}
              label={t('fields.email')}
              type="email"
              inputMode="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={form.errors.email}
            />
            <TextField
              id={form.id('password')}
              label={t('fields.password')}
              hint={<PasswordHint />}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={form.errors.password}
            />
            <div className="kern-btn-wrapper">
              <Button type="submit" busy={setup.isPending}>
                {t('setup.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
