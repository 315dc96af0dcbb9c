import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoAccount, Me } from '../../../shared/contracts/accounts.ts';
import type { TwoFactorChallenge } from '../../../shared/contracts/two-factor.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { SsoRequiredAlert } from '../sso/sso-required-alert.tsx';
import { SsoSignIn } from '../sso/sso-sign-in.tsx';
import { DemoAccounts } from './demo-accounts.tsx';
import { EmailField } from './email-field.tsx';
import { safeNext } from './require-sign-in.tsx';
import { TwoFactorSignIn } from './two-factor-sign-in.tsx';
import { ME_KEY, useMe } from './use-me.ts';
import { checkEmail, checkRequired } from './validation.ts';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors('sign-in');
  const submitRef = useRef<HTMLButtonElement>(null);
  const { me } = useMe();
  // Set while the password was right and a second factor is still due.
  const [challenge, setChallenge] = useState<TwoFactorChallenge | null>(null);
  const [challengeExpired, setChallengeExpired] = useState(false);

  async function signedIn(me: Me) {
    // Everything cached so far was seen signed out; start afresh as this person.
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    client.setQueryData(ME_KEY, me);
    await navigate({ href: safeNext(search.next) });
  }

  const signIn = useMutation({
    mutationFn: () => api.post<Me | TwoFactorChallenge>('/auth/login', { email: email.trim(), password }),
    onSuccess: async (answer) => {
      if ('status' in answer && answer.status === 'two-factor-required') {
        setChallenge(answer);
        setChallengeExpired(false);
        return;
      }
      await signedIn(answer as Me);
    },
  });

  const resend = useMutation({ mutationFn: () => api.post('/auth/resend-verification', { email: email.trim() }) });

  if (challenge) {
    return (
      <div className="narrow-page">
        <PageTitle>{t('signIn.title')}</PageTitle>
        <TwoFactorSignIn
          challenge={challenge}
          onSignedIn={(me) => void signedIn(me)}
          onRestart={(expired) => {
            setChallenge(null);
            setChallengeExpired(expired);
            setPassword('');
            signIn.reset();
          }}
        />
      </div>
    );
  }

  function fillFromDemo(account: DemoAccount) {
    setEmail(account.email);
    setPassword(account.password);
    form.clear();
    signIn.reset();
    submitRef.current?.focus();
  }

  const notVerified = isApiError(signIn.error) && signIn.error.type === 'email-not-verified';
  const ssoRequired = isApiError(signIn.error) && signIn.error.type === 'sso-required' ? signIn.error : null;

  return (
    <>
      <div className="narrow-page">
        <PageTitle lead={t('signIn.lead')}>{t('signIn.title')}</PageTitle>
        {me && !signIn.isPending && !signIn.isSuccess ? (
          <Alert variant="info" title={t('signIn.already', { name: me.name })}>
            <p className="kern-body">
              <Link className="kern-link" to="/">
                {t('signIn.toStart')}
              </Link>
            </p>
          </Alert>
        ) : null}
        {challengeExpired ? <Alert variant="warning" role="alert" title={t('twoFactor.signIn.expired')} /> : null}
        {search.signedOut ? <Alert variant="success" role="status" title={t('signIn.signedOut')} /> : null}
        {search.next && search.next !== '/' ? <Alert variant="info" title={t('signIn.needed')} /> : null}
        <SsoSignIn returnTo={safeNext(search.next)} />
        <Form
          form={form}
          check={() => ({
            email: checkEmail(t, email),
            password: checkRequired(t, password, 'validation.passwordRequired'),
          })}
          onValid={() => {
            resend.reset();
            signIn.mutate();
          }}
          busy={signIn.isPending}
          alert={
            notVerified ? (
              <Alert variant="warning" role="alert" title={t('problems.email-not-verified')}>
                <p className="kern-body">{t('signIn.notVerifiedHelp')}</p>
                {resend.isSuccess ? (
                  <p className="kern-body" role="status">
                    {t('signIn.verificationResent')}
                  </p>
                ) : (
                  <div>
                    <Button variant="secondary" busy={resend.isPending} onClick={() => resend.mutate()}>
                      {t('signIn.resendVerification')}
                    </Button>
                  </div>
                )}
              </Alert>
            ) : ssoRequired ? (
              <SsoRequiredAlert error={ssoRequired} returnTo={safeNext(search.next)} />
            ) : (
              <ProblemAlert error={signIn.error} />
            )
          }
          submit={t('signIn.submit')}
          submitRef={submitRef}
        >
          <EmailField
            id={form.id('email')}
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={form.errors.email}
          />
          <TextField
            id={form.id('password')}
            label={t('fields.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.errors.password}
          />
        </Form>
        <ul className="kern-list link-list">
          <li>
            <Link className="kern-link" to="/forgot-password">
              {t('signIn.forgotPassword')}
            </Link>
          </li>
          <li>
            {t('signIn.noAccount')}{' '}
            <Link className="kern-link" to="/register">
              {t('signIn.register')}
            </Link>
          </li>
        </ul>
      </div>
      <DemoAccounts onUse={fillFromDemo} />
    </>
  );
}
