import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { problemText } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { EmailField } from './email-field.tsx';
import { checkEmail } from './validation.ts';

const route = getRouteApi('/verify-email');

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const verify = useMutation({ mutationFn: (value: string) => api.post('/auth/verify', { token: value }) });
  const started = useRef(false);

  useEffect(() => {
    // Verify once, even when React mounts the page twice in development.
    if (token && !started.current) {
      started.current = true;
      verify.mutate(token);
    }
  }, [token, verify]);

  return (
    <div className="narrow-page">
      <PageTitle>{t('verify.title')}</PageTitle>
      {!token ? (
        <Alert variant="danger" title={t('verify.missingToken')} />
      ) : verify.isPending || verify.isIdle ? (
        <Loading label={t('verify.working')} />
      ) : verify.isSuccess ? (
        <>
          <Alert variant="success" role="status" title={t('verify.success')}>
            <p className="kern-body">{t('verify.successText')}</p>
          </Alert>
          <div className="kern-btn-wrapper spaced">
            <ButtonLink to="/sign-in">{t('verify.toSignIn')}</ButtonLink>
          </div>
        </>
      ) : (
        <Alert variant="danger" role="alert" title={problemText(t, verify.error)}>
          <p className="kern-body">{t('verify.failedText')}</p>
        </Alert>
      )}
      {verify.isError || !token ? <ResendVerification /> : null}
    </div>
  );
}

function ResendVerification() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const form = useFormErrors('resend');
  const resend = useMutation({ mutationFn: () => api.post('/auth/resend-verification', { email: email.trim() }) });

  return (
    <Section title={t('verify.resendTitle')}>
      {resend.isSuccess ? (
        <Alert variant="success" role="status" title={t('verify.resendDone')} />
      ) : (
        <Form
          form={form}
          check={() => ({ email: checkEmail(t, email) })}
          onValid={() => resend.mutate()}
          busy={resend.isPending}
          submit={t('verify.resendSubmit')}
          submitVariant="secondary"
        >
          <EmailField id={form.id('email')} value={email} onChange={setEmail} error={form.errors.email} />
        </Form>
      )}
    </Section>
  );
}
