import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import type { TwoFactorChallenge } from '../../../shared/contracts/two-factor.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { passkeyCancelled, passkeysSupported, signInWithPasskey } from './passkeys/passkey-ceremony.ts';
import { checkCode, TwoFactorCodeField } from './two-factor-code-field.tsx';

/**
 * The second step of signing in: the password was right, and a code from the authenticator app (or a
 * recovery code) finishes it. A half-done sign-in that has expired sends the person back to the start.
 */
export function TwoFactorSignIn({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: TwoFactorChallenge;
  onSignedIn: (me: Me) => void;
  onRestart: (expired: boolean) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFormErrors('sign-in-code');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const verify = useMutation({
    mutationFn: () => api.post<Me>('/auth/login/two-factor', { challenge: challenge.challenge, code: code.trim() }),
    onSuccess: onSignedIn,
    onError: (error) => {
      if (isApiError(error) && error.type === 'two-factor-challenge-invalid') {
        onRestart(true);
        return;
      }
      setCode('');
      form.failFromServer(error, ['code'], {
        code: isApiError(error) && error.type === 'invalid-two-factor-code' ? t('twoFactor.codeWrong') : undefined,
      });
    },
  });

  const passkey = useMutation({
    mutationFn: () => signInWithPasskey(challenge.challenge),
    onSuccess: onSignedIn,
    onError: (error) => {
      if (isApiError(error) && error.type === 'two-factor-challenge-invalid') onRestart(true);
    },
  });
  const passkeyError = passkey.error && !passkeyCancelled(passkey.error) ? passkey.error : null;

  return (
    <>
      <h2 className="kern-heading-medium" tabIndex={-1} ref={heading}>
        {t('twoFactor.signIn.title')}
      </h2>
      {passkeysSupported() ? (
        <div className="form-stack">
          <p className="kern-body">{t('passkeys.signIn.lead')}</p>
          <div className="kern-btn-wrapper">
            <Button variant="primary" busy={passkey.isPending} onClick={() => passkey.mutate()}>
              {t('passkeys.signIn.button')}
            </Button>
          </div>
          {passkeyError ? (
            <p className="kern-body" role="alert">
              {isApiError(passkeyError) && passkeyError.type === 'no-passkey'
                ? t('passkeys.signIn.none')
                : t('passkeys.signIn.refused')}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="kern-body">{t('twoFactor.signIn.lead')}</p>
      <Form
        form={form}
        check={() => ({ code: checkCode(t, code) })}
        onValid={() => verify.mutate()}
        busy={verify.isPending}
        error={verify.error}
        submit={t('twoFactor.signIn.submit')}
      >
        <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} />
      </Form>
      <p className="kern-body">{t('twoFactor.signIn.lostDevice')}</p>
      <div className="kern-btn-wrapper">
        <Button variant="tertiary" onClick={() => onRestart(false)}>
          {t('twoFactor.signIn.back')}
        </Button>
      </div>
    </>
  );
}
