import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDeletionStatus, Contributions } from '../../../shared/contracts/account-deletion.ts';
import { isApiError } from '../../api/api-error.ts';
import { api, request } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { ContributionsChoice } from './contributions-choice.tsx';
import { HandOverList } from './hand-over-list.tsx';
import { stepUpCodeError, stepUpInit, useSecondFactorActive } from './step-up.ts';
import { checkCode, TwoFactorCodeField } from './two-factor-code-field.tsx';
import { ME_KEY } from './use-me.ts';

const STATUS_KEY = ['account-deletion'];

/** "Konto löschen": the person deletes their own account (DSGVO Art. 17), after handing over roles nobody else holds. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const navigate = useNavigate();
  const status = useQuery({
    queryKey: STATUS_KEY,
    queryFn: () => api.get<AccountDeletionStatus>('/me/account-deletion'),
  });
  const stepUp = useSecondFactorActive();
  const [contributions, setContributions] = useState<Contributions>('keep');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const form = useFormErrors('delete-account');
  const hasPassword = status.data?.hasPassword !== false;
  const remove = useMutation({
    mutationFn: () =>
      request<void>(
        'POST',
        '/me/account-deletion',
        hasPassword ? { password, contributions } : { contributions },
        stepUpInit(code),
      ),
    onSuccess: async () => {
      // Leave first: the account page would otherwise send a signed-out visitor to the sign-in page.
      await navigate({ to: '/account-deleted' });
      client.setQueryData(ME_KEY, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void client.invalidateQueries({ queryKey: STATUS_KEY });
      form.failFromServer(error, ['password'], {
        password:
          isApiError(error) && (error.type === 'wrong-password' || error.type === 'password-required')
            ? t('validation.currentPasswordWrong')
            : undefined,
        code: stepUpCodeError(t, error),
      });
    },
  });
  const handOver = status.data?.handOver;
  const blocked =
    handOver &&
    (handOver.organisations.length > 0 ||
      handOver.workspaces.length > 0 ||
      handOver.communities.length > 0 ||
      handOver.platformAdmin);
  const error = remove.error;

  return (
    <Section title={t('accountDeletion.title')}>
      <p className="kern-body">{t('accountDeletion.intro')}</p>
      <p className="kern-body">{t('accountDeletion.keptAnyway')}</p>
      <ProblemAlert error={status.error} />
      {blocked && handOver ? (
        <Alert variant="warning" title={t('accountDeletion.handOverTitle')}>
          <p className="kern-body">{t('accountDeletion.handOverText')}</p>
          <HandOverList handOver={handOver} />
        </Alert>
      ) : status.data ? (
        <Form
          form={form}
          check={() => ({
            password: hasPassword && !password ? t('validation.passwordRequired') : undefined,
            code: stepUp ? checkCode(t, code) : undefined,
          })}
          onValid={() => remove.mutate()}
          busy={remove.isPending}
          error={error}
          alert={
            isApiError(error, 403) && error.type === 'recent-sign-in-required' ? (
              <Alert variant="danger" role="alert" title={t('accountDeletion.failed')}>
                <p className="kern-body">{t('accountDeletion.recentSignIn')}</p>
              </Alert>
            ) : undefined
          }
          submit={t('accountDeletion.submit')}
          submitVariant="secondary"
          submitIcon="delete"
        >
          <ContributionsChoice
            id={`${id}-choice`}
            legend={t('accountDeletion.contributions')}
            value={contributions}
            onChange={setContributions}
            labels={{
              keep: { label: t('accountDeletion.keep'), hint: t('accountDeletion.keepHint') },
              delete: { label: t('accountDeletion.delete'), hint: t('accountDeletion.deleteHint') },
            }}
          />
          {hasPassword ? (
            <TextField
              id={form.id('password')}
              label={t('accountDeletion.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={form.errors.password}
            />
          ) : (
            <p className="kern-body">{t('accountDeletion.noPassword')}</p>
          )}
          {stepUp ? (
            <TwoFactorCodeField id={form.id('code')} value={code} onChange={setCode} error={form.errors.code} />
          ) : null}
        </Form>
      ) : null}
    </Section>
  );
}
