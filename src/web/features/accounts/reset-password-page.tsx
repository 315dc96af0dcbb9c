import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { NewPasswordField } from './new-password-field.tsx';
import { checkNewPassword } from './validation.ts';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useFormErrors('reset');
  const reset = useMutation({
    mutationFn: () => api.post('/auth/password-reset/confirm', { token: token ?? '', password }),
    onError: (error) => form.failFromServer(error, ['password']),
  });

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
        <Form
          form={form}
          check={() => ({
            password: checkNewPassword(t, password),
            repeat: repeat !== password ? t('validation.passwordsDiffer') : undefined,
          })}
          onValid={() => reset.mutate()}
          busy={reset.isPending}
          alert={
            <>
              <ProblemAlert error={form.hasErrors ? null : reset.error} />
              {reset.isError ? (
                <p className="kern-body">
                  <Link className="kern-link" to="/forgot-password">
                    {t('reset.requestNew')}
                  </Link>
                </p>
              ) : null}
            </>
          }
          submit={t('reset.submit')}
        >
          <NewPasswordField
            id={form.id('password')}
            label={t('fields.newPassword')}
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
        </Form>
      )}
    </div>
  );
}
