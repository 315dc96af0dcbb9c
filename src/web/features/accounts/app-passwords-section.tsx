import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  APP_PASSWORD_LIFETIMES,
  APP_PASSWORD_NAME_MAX_LENGTH,
  APP_PASSWORD_SCOPES,
  type AppPassword,
  type AppPasswordScope,
  type CreatedAppPassword,
} from '../../../shared/contracts/accounts.ts';
import { api, request } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { RadioGroup } from '../../ui/radio-group.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useFormat } from '../../ui/use-format.ts';
import { stepUpCodeError, stepUpInit, useSecondFactorActive } from './step-up.ts';
import { checkCode, TwoFactorCodeField } from './two-factor-code-field.tsx';

const QUERY_KEY = ['app-passwords'];

/** Personal tokens for WebDAV and API clients: listed without their secret, created once, revoked. */
export function AppPasswordsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const list = useQuery({ queryKey: QUERY_KEY, queryFn: () => api.get<AppPassword[]>('/me/app-passwords') });
  const [created, setCreated] = useState<CreatedAppPassword | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/me/app-passwords/${id}`),
    onSuccess: (_data, id) => {
      if (created?.id === id) setCreated(null);
      void client.invalidateQueries({ queryKey: QUERY_KEY });
    },
  });

  return (
    <Section title={t('account.appPasswords.title')}>
      <p className="kern-body">{t('account.appPasswords.lead')}</p>
      {created ? <NewToken created={created} onDone={() => setCreated(null)} /> : null}
      <ProblemAlert error={list.error ?? revoke.error} />
      {list.isPending ? (
        <Loading />
      ) : (list.data ?? []).length === 0 ? (
        <p className="kern-body">{t('account.appPasswords.none')}</p>
      ) : (
        <DataTable
          caption={t('account.appPasswords.caption')}
          captionHidden
          rows={list.data ?? []}
          rowKey={(p) => p.id}
          columns={[
            { key: 'name', header: t('account.appPasswords.name'), render: (p) => p.name },
            {
              key: 'scope',
              header: t('account.appPasswords.scope'),
              render: (p) => t(`account.appPasswords.scopes.${p.scope}`),
            },
            {
              key: 'ends',
              header: t('account.appPasswords.endsWith'),
              render: (p) => (
                <>
                  <span aria-hidden="true">••••</span>
                  <span className="visually-hidden">{t('account.appPasswords.endsWithText')} </span>
                  <code>{p.lastFour}</code>
                </>
              ),
            },
            { key: 'created', header: t('account.appPasswords.created'), render: (p) => format.dateTime(p.createdAt) },
            {
              key: 'used',
              header: t('account.appPasswords.lastUsed'),
              render: (p) => (p.lastUsedAt ? format.dateTime(p.lastUsedAt) : t('account.appPasswords.neverUsed')),
            },
            {
              key: 'expires',
              header: t('account.appPasswords.validUntil'),
              render: (p) =>
                p.expiresAt === null
                  ? t('account.appPasswords.untilRevoked')
                  : Date.parse(p.expiresAt) <= Date.now()
                    ? t('account.appPasswords.expiredOn', { date: format.dateTime(p.expiresAt) })
                    : format.dateTime(p.expiresAt),
            },
            {
              key: 'revoke',
              header: <span className="visually-hidden">{t('common.actions')}</span>,
              action: true,
              render: (p) => (
                <ConfirmButton
                  small
                  question={t('account.appPasswords.revokeQuestion', { name: p.name })}
                  confirmLabel={t('account.appPasswords.revokeConfirm')}
                  busy={revoke.isPending && revoke.variables === p.id}
                  onConfirm={() => revoke.mutate(p.id)}
                >
                  {t('account.appPasswords.revoke')}
                  <span className="visually-hidden"> ({p.name})</span>
                </ConfirmButton>
              ),
            },
          ]}
        />
      )}
      <CreateForm onCreated={setCreated} />
    </Section>
  );
}

function CreateForm({ onCreated }: { onCreated: (created: CreatedAppPassword) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<AppPasswordScope>('webdav');
  // Tokens that end by themselves are the safer default; "until revoked" is a deliberate choice.
  const [lifetime, setLifetime] = useState('90');
  const [code, setCode] = useState('');
  const stepUp = useSecondFactorActive();
  const form = useFormErrors('app-password');
  const create = useMutation({
    mutationFn: () =>
      request<CreatedAppPassword>(
        'POST',
        '/me/app-passwords',
        { name: name.trim(), scope, expiresInDays: lifetime === 'never' ? null : Number(lifetime) },
        stepUpInit(code),
      ),
    onSuccess: (created) => {
      setName('');
      setCode('');
      onCreated(created);
      void client.invalidateQueries({ queryKey: QUERY_KEY });
    },
    onError: (error) =>
      form.failFromServer(error, ['name', 'scope', 'expiresInDays'], { code: stepUpCodeError(t, error) }),
  });

  return (
    <>
      <h3 className="kern-heading-small">{t('account.appPasswords.createTitle')}</h3>
      <Form
        form={form}
        check={() => ({
          name: name.trim() ? undefined : t('account.appPasswords.nameRequired'),
          code: stepUp ? checkCode(t, code) : undefined,
        })}
        onValid={() => create.mutate()}
        busy={create.isPending}
        error={create.error}
        submit={t('account.appPasswords.create')}
        submitVariant="secondary"
      >
        <TextField
          id={form.id('name')}
          label={t('account.appPasswords.nameField')}
          hint={t('account.appPasswords.nameHint')}
          maxLength={APP_PASSWORD_NAME_MAX_LENGTH}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={form.errors.name}
        />
        <RadioGroup
          id={form.id('scope')}
          legend={t('account.appPasswords.scope')}
          value={scope}
          onChange={setScope}
          options={APP_PASSWORD_SCOPES.map((value) => ({
            value,
            label: t(`account.appPasswords.scopes.${value}`),
            hint: t(`account.appPasswords.scopeHints.${value}`),
          }))}
        />
        <SelectField
          id={form.id('expiresInDays')}
          label={t('account.appPasswords.lifetime')}
          hint={t('account.appPasswords.lifetimeHint')}
          value={lifetime}
          onChange={setLifetime}
          error={form.errors.expiresInDays}
          options={APP_PASSWORD_LIFETIMES.map((days) =>
            days === null
              ? { value: 'never', label: t('account.appPasswords.untilRevoked') }
              : { value: String(days), label: t('account.appPasswords.lifetimeDays', { count: days }) },
          )}
        />
        {stepUp ? (
          <>
            <p className="kern-body">{t('twoFactor.stepUp.hint')}</p>
            <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} passkey />
          </>
        ) : null}
      </Form>
    </>
  );
}

/** The new token, shown this once: focused, selectable, copyable, with the warning beside it. */
function NewToken({ created, onDone }: { created: CreatedAppPassword; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(t('account.appPasswords.copied'));
    } catch {
      field.current?.select();
      setCopied(t('account.appPasswords.copyFailed'));
    }
  }

  return (
    <Alert variant="warning" title={t('account.appPasswords.newTitle', { name: created.name })}>
      <p className="kern-body">{t('account.appPasswords.newWarning')}</p>
      {created.scope === 'webdav' ? <p className="kern-body">{t('account.appPasswords.webdavUse')}</p> : null}
      {created.scope === 'api' || created.scope === 'api-read' ? (
        <p className="kern-body">{t(`account.appPasswords.${created.scope === 'api' ? 'apiUse' : 'apiReadUse'}`)}</p>
      ) : null}
      {created.expiresAt ? (
        <p className="kern-body">
          {t('account.appPasswords.newExpires', { date: format.dateTime(created.expiresAt) })}
        </p>
      ) : null}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-token`}>
          {t('account.appPasswords.token')}
        </label>
        <input
          ref={field}
          id={`${id}-token`}
          className="kern-form-input__input app-password-token"
          readOnly
          value={created.token}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p className="kern-body" role="status">
        {copied}
      </p>
      <div className="kern-btn-wrapper">
        <Button variant="primary" small onClick={() => void copy()}>
          {t('account.appPasswords.copy')}
        </Button>
        <Button variant="tertiary" small onClick={onDone}>
          {t('account.appPasswords.done')}
        </Button>
      </div>
    </Alert>
  );
}
