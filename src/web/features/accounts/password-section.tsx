import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { PasswordHint } from './password-hint.tsx';
import { checkNewPassword, checkRequired, onlyErrors } from './validation.ts';

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
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, ['currentPassword', 'newPassword']);
      // A wrong current password is a problem of that field, not of the whole form.
      if (isApiError(error) && (error.type === 'invalid-credentials' || error.type === 'wrong-password')) {
        errors.currentPassword = t('validation.currentPasswordWrong');
      }
      if (Object.keys(errors).length) form.fail(errors);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    const errors = onlyErrors({
      currentPassword: checkRequired(t, currentPassword, 'validation.passwordRequired'),
      newPassword: checkNewPassword(t, newPassword),
    });
    if (Object.keys(errors).length) return form.fail(errors);
    form.clear();
    change.mutate();
  }

  return (
    <Section title={t('account.password.title')}>
      {change.isSuccess ? (
        <Alert variant="success" role="status" title={t('account.password.changed')}>
          <p className="kern-body">{t('account.password.changedText')}</p>
        </Alert>
      ) : null}
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={Object.keys(form.errors).length ? null : change.error} />
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          id={form.id('currentPassword')}
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={form.errors.currentPassword}
        />
        <TextField
          id={form.id('newPassword')}
          label={t('fields.newPassword')}
          hint={<PasswordHint />}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={form.errors.newPassword}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" variant="secondary" busy={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
