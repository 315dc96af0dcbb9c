import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button, ButtonLink } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { PasswordHint } from './password-hint.tsx';
import { checkNewPassword, onlyErrors } from './validation.ts';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useFormErrors('reset');
  const reset = useMutation({
    mutationFn: () => api.post('/auth/password-reset/confirm', { token: token ?? '', password }),
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, ['password']);
      if (Object.keys(errors).length) form.fail(errors);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (reset.isPending) return;
    const errors = onlyErrors({
      password: checkNewPassword(t, password),
      repeat: repeat !== password ? t('validation.passwordsDiffer') : undefined,
    });
    if (Object.keys(errors).length) return form.fail(errors);
    form.clear();
    reset.mutate();
  }

  return (
    <div className="narrow-page">
      <PageTitle>{t('reset.title')}</PageTitle>
      {!token ? (
        <Alert variant="danger" title={t('reset.missingToken')}>
          <p className="kern-body">
            <Link className="kern-link" to="/forgot-password">
              {t('reset.requestNew')}
            </Link>
          </p>
        </Alert>
      ) : reset.isSuccess ? (
        <>
          <Alert variant="success" role="status" title={t('reset.done')}>
            <p className="kern-body">{t('reset.doneText')}</p>
          </Alert>
          <div className="kern-btn-wrapper spaced">
            <ButtonLink to="/sign-in">{t('reset.toSignIn')}</ButtonLink>
          </div>
        </>
      ) : (
        <>
          <ErrorSummary errors={form.summary} revision={form.revision} />
          <ProblemAlert error={Object.keys(form.errors).length ? null : reset.error} />
          {reset.isError ? (
            <p className="kern-body">
              <Link className="kern-link" to="/forgot-password">
                {t('reset.requestNew')}
              </Link>
            </p>
          ) : null}
          <form className="form-stack" noValidate onSubmit={onSubmit}>
            <TextField
              id={form.id('password')}
              label={t('fields.newPassword')}
              hint={<PasswordHint />}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={form.errors.password}
            />
            <TextField
              id={form.id('repeat')}
              label={t('fields.repeatPassword')}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={setRepeat}
              error={form.errors.repeat}
            />
            <div className="kern-btn-wrapper">
              <Button type="submit" busy={reset.isPending}>
                {t('reset.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
