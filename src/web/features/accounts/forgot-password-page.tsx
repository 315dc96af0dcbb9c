import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { checkEmail, onlyErrors } from './validation.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const form = useFormErrors('forgot');
  const requestReset = useMutation({ mutationFn: () => api.post('/auth/password-reset', { email: email.trim() }) });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (requestReset.isPending) return;
    const errors = onlyErrors({ email: checkEmail(t, email) });
    if (Object.keys(errors).length) return form.fail(errors);
    form.clear();
    requestReset.mutate();
  }

  return (
    <div className="narrow-page">
      <PageTitle lead={t('forgot.lead')}>{t('forgot.title')}</PageTitle>
      {requestReset.isSuccess ? (
        <Alert variant="success" role="status" title={t('forgot.sentTitle')}>
          <p className="kern-body">{t('forgot.sentText')}</p>
        </Alert>
      ) : (
        <>
          <ErrorSummary errors={form.summary} revision={form.revision} />
          <ProblemAlert error={requestReset.error} />
          <form className="form-stack" noValidate onSubmit={onSubmit}>
            <TextField
              id={form.id('email')}
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              inputMode="email"
              value={email}
              onChange={setEmail}
              error={form.errors.email}
            />
            <div className="kern-btn-wrapper">
              <Button type="submit" busy={requestReset.isPending}>
                {t('forgot.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      <p className="kern-body spaced">
        <Link className="kern-link" to="/sign-in">
          {t('forgot.backToSignIn')}
        </Link>
      </p>
    </div>
  );
}
