import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_LIFETIME_HOURS } from '../../../shared/link-lifetimes.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { EmailField } from './email-field.tsx';
import { checkEmail } from './validation.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const form = useFormErrors('forgot');
  const requestReset = useMutation({ mutationFn: () => api.post('/auth/password-reset', { email: email.trim() }) });

  return (
    <div className="narrow-page">
      <PageTitle lead={t('forgot.lead')}>{t('forgot.title')}</PageTitle>
      {requestReset.isSuccess ? (
        <Alert variant="success" role="status" title={t('forgot.sentTitle')}>
          <p className="kern-body">{t('forgot.sentText', { count: LINK_LIFETIME_HOURS.passwordReset })}</p>
        </Alert>
      ) : (
        <Form
          form={form}
          check={() => ({ email: checkEmail(t, email) })}
          onValid={() => requestReset.mutate()}
          busy={requestReset.isPending}
          // Shown also beside the field errors: it tells what the last request met.
          alert={<ProblemAlert error={requestReset.error} />}
          submit={t('forgot.submit')}
        >
          <EmailField id={form.id('email')} value={email} onChange={setEmail} error={form.errors.email} />
        </Form>
      )}
      <p className="kern-body spaced">
        <Link className="kern-link" to="/sign-in">
          {t('forgot.backToSignIn')}
        </Link>
      </p>
    </div>
  );
}
