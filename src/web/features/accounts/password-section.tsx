import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { NewPasswordField } from './new-password-field.tsx';
import { checkNewPassword, checkRequired } from './validation.ts';

export function PasswordSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const form = useFormErrors('password');
  const change = useMutation({
    mutationFn: () => api.post('/auth/change-password', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      void client.invalidateQueries({ queryKey: ['sessions'] });
    },
    onError: (error) =>
      form.failFromServer(error, ['currentPassword', 'newPassword'], {
        // A wrong current password is a problem of that field, not of the whole form.
        currentPassword:
          isApiError(error) && (error.type === 'invalid-credentials' || error.type === 'wrong-password')
            ? t('validation.currentPasswordWrong')
            : undefined,
      }),
  });

  return (
    <Section title={t('account.password.title')}>
      {change.isSuccess ? (
        <Alert variant="success" role="status" title={t('account.password.changed')}>
          <p className="kern-body">{t('account.password.changedText')}</p>
        </Alert>
      ) : null}
      <Form
        form={form}
        check={() => ({
          currentPassword: checkRequired(t, currentPassword, 'validation.passwordRequired'),
          newPassword: checkNewPassword(t, newPassword),
        })}
        onValid={() => change.mutate()}
        busy={change.isPending}
        error={change.error}
        submit={t('account.password.submit')}
        submitVariant="secondary"
      >
        <TextField
          id={form.id('currentPassword')}
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={form.errors.currentPassword}
        />
        <NewPasswordField
          id={form.id('newPassword')}
          label={t('fields.newPassword')}
          value={newPassword}
          onChange={setNewPassword}
          error={form.errors.newPassword}
        />
      </Form>
    </Section>
  );
}
