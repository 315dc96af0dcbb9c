import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCodes, TwoFactorEnrolment, TwoFactorStatus } from '../../../shared/contracts/two-factor.ts';
import { isApiError } from '../../api/api-error.ts';
import { api, request } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useFormat } from '../../ui/use-format.ts';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';
import { stepUpCodeError, stepUpInit } from './step-up.ts';
import { checkCode, TwoFactorCodeField } from './two-factor-code-field.tsx';
import { checkRequired } from './validation.ts';

const QUERY_KEY = ['two-factor'];

/** A wrong or stale code is a problem of the code field, not of the whole form. */
const codeWrong = (error: unknown) => isApiError(error) && error.type === 'invalid-two-factor-code';

/** Two-factor sign-in (TOTP): set up with a QR code, new recovery codes, turn off. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useQuery({ queryKey: QUERY_KEY, queryFn: () => api.get<TwoFactorStatus>('/me/two-factor') });
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const client = useQueryClient();
  const setup = useMutation({
    mutationFn: () => api.post<TwoFactorEnrolment>('/me/two-factor/setup'),
    onSuccess: setEnrolment,
  });
  const refresh = () => void client.invalidateQueries({ queryKey: QUERY_KEY });

  return (
    <Section title={t('twoFactor.title')}>
      <p className="kern-body">{t('twoFactor.lead')}</p>
      <ProblemAlert error={status.error ?? setup.error} />
      {codes ? <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} /> : null}
      {status.isPending ? (
        <Loading />
      ) : status.data?.enabled ? (
        <>
          <Alert variant="success" title={t('twoFactor.active')}>
            <p className="kern-body">
              {t('twoFactor.activeSince', { date: format.dateTime(status.data.enabledAt ?? '') })}{' '}
              {t('twoFactor.codesLeft', { count: status.data.recoveryCodesLeft })}
            </p>
          </Alert>
          <RegenerateForm
            onCodes={(fresh) => {
              setCodes(fresh);
              refresh();
            }}
          />
          <DisableForm onDone={refresh} />
        </>
      ) : enrolment ? (
        <EnrolmentForm
          enrolment={enrolment}
          onCancel={() => setEnrolment(null)}
          onEnabled={(fresh) => {
            setEnrolment(null);
            setCodes(fresh);
            refresh();
          }}
        />
      ) : status.data && status.data.passkeys > 0 ? (
        <SetupAfterStepUp onEnrolment={setEnrolment} />
      ) : (
        <>
          <p className="kern-body">{t('twoFactor.off')}</p>
          <div className="kern-btn-wrapper">
            <Button variant="secondary" busy={setup.isPending} onClick={() => setup.mutate()}>
              {t('twoFactor.start')}
            </Button>
          </div>
        </>
      )}
    </Section>
  );
}

/** With passkeys on, connecting an app as well takes the second factor again (a passkey or a recovery code). */
function SetupAfterStepUp({ onEnrolment }: { onEnrolment: (enrolment: TwoFactorEnrolment) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFormErrors('two-factor-setup');
  const setup = useMutation({
    mutationFn: () => request<TwoFactorEnrolment>('POST', '/me/two-factor/setup', undefined, stepUpInit(code)),
    onSuccess: onEnrolment,
    onError: (error) => {
      setCode('');
      form.failFromServer(error, [], { code: stepUpCodeError(t, error) });
    },
  });
  return (
    <>
      <p className="kern-body">{t('passkeys.appOff')}</p>
      <Form
        form={form}
        check={() => ({ code: checkCode(t, code) })}
        onValid={() => setup.mutate()}
        busy={setup.isPending}
        error={setup.error}
        submit={t('twoFactor.start')}
        submitVariant="secondary"
      >
        <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} passkey />
      </Form>
    </>
  );
}

/** The secret as QR code and as text, and the code that proves the app has it. */
function EnrolmentForm({
  enrolment,
  onCancel,
  onEnabled,
}: {
  enrolment: TwoFactorEnrolment;
  onCancel: () => void;
  onEnabled: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFormErrors('two-factor-enrol');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const confirm = useMutation({
    mutationFn: () => api.post<RecoveryCodes>('/me/two-factor/confirm', { code: code.trim() }),
    onSuccess: (result) => onEnabled(result.recoveryCodes),
    onError: (error) =>
      form.failFromServer(error, ['code'], { code: codeWrong(error) ? t('twoFactor.codeWrong') : undefined }),
  });
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`;
  // Groups of four are easier to type into an app by hand.
  const grouped = enrolment.secret.replace(/(.{4})(?=.)/g, '$1 ');

  return (
    <div className="form-stack">
      <h3 className="kern-heading-small" tabIndex={-1} ref={heading}>
        {t('twoFactor.enrol.title')}
      </h3>
      <ol className="kern-list kern-list--number">
        <li>{t('twoFactor.enrol.step1')}</li>
        <li>{t('twoFactor.enrol.step2')}</li>
        <li>{t('twoFactor.enrol.step3')}</li>
      </ol>
      <img
        src={qr}
        alt={t('twoFactor.enrol.qrAlt')}
        width={200}
        height={200}
        style={{ background: '#fff', maxWidth: '100%', height: 'auto', imageRendering: 'pixelated' }}
      />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={form.id('secret')}>
          {t('twoFactor.enrol.secretLabel')}
        </label>
        <input
          id={form.id('secret')}
          className="kern-form-input__input app-password-token"
          readOnly
          value={grouped}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <Form
        form={form}
        check={() => ({ code: checkCode(t, code, false) })}
        onValid={() => confirm.mutate()}
        busy={confirm.isPending}
        error={confirm.error}
        submit={t('twoFactor.enrol.submit')}
      >
        <TwoFactorCodeField
          id={form.id('code')}
          value={code}
          onChange={setCode}
          error={form.errors.code}
          recoveryAllowed={false}
        />
      </Form>
      <div className="kern-btn-wrapper">
        <Button variant="tertiary" onClick={onCancel}>
          {t('twoFactor.enrol.cancel')}
        </Button>
      </div>
    </div>
  );
}

function RegenerateForm({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFormErrors('two-factor-codes');
  const regenerate = useMutation({
    mutationFn: () => api.post<RecoveryCodes>('/me/two-factor/recovery-codes', { code: code.trim() }),
    onSuccess: (result) => {
      setCode('');
      onCodes(result.recoveryCodes);
    },
    onError: (error) =>
      form.failFromServer(error, ['code'], { code: codeWrong(error) ? t('twoFactor.codeWrong') : undefined }),
  });
  return (
    <>
      <h3 className="kern-heading-small">{t('twoFactor.regenerate.title')}</h3>
      <p className="kern-body">{t('twoFactor.regenerate.lead')}</p>
      <Form
        form={form}
        check={() => ({ code: checkCode(t, code) })}
        onValid={() => regenerate.mutate()}
        busy={regenerate.isPending}
        error={regenerate.error}
        submit={t('twoFactor.regenerate.submit')}
        submitVariant="secondary"
      >
        <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} />
      </Form>
    </>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const form = useFormErrors('two-factor-off');
  const disable = useMutation({
    mutationFn: () => api.post('/me/two-factor/disable', { password, code: code.trim() }),
    onSuccess: () => {
      setPassword('');
      setCode('');
      onDone();
    },
    onError: (error) =>
      form.failFromServer(error, ['password', 'code'], {
        password:
          isApiError(error) && error.type === 'wrong-password' ? t('validation.currentPasswordWrong') : undefined,
        code: codeWrong(error) ? t('twoFactor.codeWrong') : undefined,
      }),
  });
  return (
    <>
      <h3 className="kern-heading-small">{t('twoFactor.disable.title')}</h3>
      <p className="kern-body">{t('twoFactor.disable.lead')}</p>
      <Form
        form={form}
        check={() => ({
          password: checkRequired(t, password, 'validation.passwordRequired'),
          code: checkCode(t, code),
        })}
        onValid={() => disable.mutate()}
        busy={disable.isPending}
        error={disable.error}
        submit={t('twoFactor.disable.submit')}
        submitVariant="secondary"
      >
        <TextField
          id={form.id('password')}
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={form.errors.password}
        />
        <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} />
      </Form>
    </>
  );
}
