import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasskeyView, TwoFactorStatus } from '../../../../shared/contracts/two-factor.ts';
import { isApiError } from '../../../api/api-error.ts';
import { api, request } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { RecoveryCodesPanel } from '../recovery-codes-panel.tsx';
import { stepUpCodeError, stepUpInit, useSecondFactorActive } from '../step-up.ts';
import { checkCode, TwoFactorCodeField } from '../two-factor-code-field.tsx';
import { passkeyCancelled, passkeysSupported, registerPasskey } from './passkey-ceremony.ts';

const LIST_KEY = ['passkeys'];
const STATUS_KEY = ['two-factor'];
const NAME_MAX_LENGTH = 80;

/** Passkeys as a second factor: add one on this device, see when each was last used, remove one. */
export function PasskeysSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const list = useQuery({ queryKey: LIST_KEY, queryFn: () => api.get<PasskeyView[]>('/me/passkeys') });
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => api.get<TwoFactorStatus>('/me/two-factor') });
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removing, setRemoving] = useState<PasskeyView | null>(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: LIST_KEY });
    void client.invalidateQueries({ queryKey: STATUS_KEY });
  };

  return (
    <Section title={t('passkeys.title')}>
      <p className="kern-body">{t('passkeys.lead')}</p>
      <ProblemAlert error={list.error} />
      {codes ? <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} /> : null}
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.length > 0 ? (
        <ul className="kern-list passkey-list" aria-label={t('passkeys.listLabel')}>
          {list.data.map((passkey) => (
            <li key={passkey.id} className="passkey-list__item">
              <strong>{passkey.name}</strong>
              <div className="kern-body kern-body--small">
                {t('passkeys.addedOn', { date: format.dateTime(passkey.createdAt) })}{' '}
                {passkey.lastUsedAt
                  ? t('passkeys.lastUsed', { date: format.dateTime(passkey.lastUsedAt) })
                  : t('passkeys.neverUsed')}
              </div>
              {removing?.id === passkey.id ? null : (
                <div className="kern-btn-wrapper">
                  <Button variant="tertiary" small onClick={() => setRemoving(passkey)}>
                    {t('passkeys.remove')}
                    <span className="visually-hidden"> ({passkey.name})</span>
                  </Button>
                </div>
              )}
              {removing?.id === passkey.id ? (
                <RemoveForm
                  passkey={passkey}
                  onCancel={() => setRemoving(null)}
                  onRemoved={() => {
                    setRemoving(null);
                    refresh();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t('passkeys.none')}</p>
      )}
      {status.data && status.data.passkeys > 0 && !status.data.enabled ? (
        <p className="kern-body">{t('twoFactor.codesLeft', { count: status.data.recoveryCodesLeft })}</p>
      ) : null}
      {passkeysSupported() ? (
        <AddForm
          onAdded={(fresh) => {
            if (fresh) setCodes(fresh);
            refresh();
          }}
        />
      ) : (
        <Alert variant="info" title={t('passkeys.unsupported')} />
      )}
    </Section>
  );
}

function AddForm({ onAdded }: { onAdded: (codes: string[] | null) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [done, setDone] = useState('');
  // With two factors on, a new one takes the second factor again.
  const stepUp = useSecondFactorActive();
  const form = useFormErrors('passkey-add');
  const add = useMutation({
    mutationFn: () => registerPasskey(name.trim(), code),
    onSuccess: (result) => {
      setDone(t('passkeys.added', { name: result.passkey.name }));
      setName('');
      setCode('');
      onAdded(result.recoveryCodes);
    },
    onError: (error) => {
      setDone('');
      setCode('');
      if (passkeyCancelled(error)) return;
      form.failFromServer(error, ['name'], { code: stepUpCodeError(t, error) });
    },
  });
  const refused = isApiError(add.error) && add.error.type === 'passkey-refused';
  return (
    <>
      <h3 className="kern-heading-small">{t('passkeys.addTitle')}</h3>
      <div role="status">{done ? <p className="kern-body">{done}</p> : null}</div>
      <Form
        form={form}
        check={() => ({
          name: name.trim() ? undefined : t('passkeys.nameRequired'),
          code: stepUp ? checkCode(t, code) : undefined,
        })}
        onValid={() => add.mutate()}
        busy={add.isPending}
        error={passkeyCancelled(add.error) ? null : add.error}
        alert={refused ? <Alert variant="danger" role="alert" title={t('passkeys.refused')} /> : undefined}
        submit={t('passkeys.add')}
        submitVariant="secondary"
      >
        <TextField
          id={form.id('name')}
          label={t('passkeys.nameField')}
          hint={t('passkeys.nameHint')}
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={form.errors.name}
        />
        {stepUp ? (
          <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} passkey />
        ) : null}
      </Form>
    </>
  );
}

/** Removing a passkey asks for the second factor again: a code, a recovery code or a passkey. */
function RemoveForm({
  passkey,
  onCancel,
  onRemoved,
}: {
  passkey: PasskeyView;
  onCancel: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFormErrors(`passkey-remove-${passkey.id}`);
  const remove = useMutation({
    mutationFn: () => request<void>('DELETE', `/me/passkeys/${passkey.id}`, undefined, stepUpInit(code)),
    onSuccess: onRemoved,
    onError: (error) => {
      setCode('');
      form.failFromServer(error, [], { code: stepUpCodeError(t, error) });
    },
  });
  return (
    <div className="form-stack">
      <p className="kern-body">{t('passkeys.removeLead', { name: passkey.name })}</p>
      <Form
        form={form}
        check={() => ({ code: checkCode(t, code) })}
        onValid={() => remove.mutate()}
        busy={remove.isPending}
        error={remove.error}
        submit={t('passkeys.removeConfirm')}
        submitVariant="primary"
      >
        <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} passkey />
      </Form>
      <div className="kern-btn-wrapper">
        <Button variant="tertiary" onClick={onCancel}>
          {t('passkeys.cancel')}
        </Button>
      </div>
    </div>
  );
}
