import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useSetMe } from './use-me.ts';
import { checkRequired, onlyErrors } from './validation.ts';

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const setMe = useSetMe();
  const [name, setName] = useState(me.name);
  const form = useFormErrors('profile');
  const save = useMutation({
    mutationFn: () => api.patch<Me>('/me', { name: name.trim() }),
    onSuccess: setMe,
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, ['name']);
      if (Object.keys(errors).length) form.fail(errors);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors = onlyErrors({ name: checkRequired(t, name, 'validation.nameRequired') });
    if (Object.keys(errors).length) return form.fail(errors);
    form.clear();
    save.mutate();
  }

  return (
    <Section title={t('account.profile.title')}>
      <DescriptionList items={[{ key: 'email', label: t('fields.email'), value: me.email }]} />
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={Object.keys(form.errors).length ? null : save.error} />
      {save.isSuccess ? <Alert variant="success" role="status" title={t('account.profile.saved')} /> : null}
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          id={form.id('name')}
          label={t('fields.name')}
          autoComplete="name"
          value={name}
          onChange={(value) => {
            setName(value);
            save.reset();
          }}
          error={form.errors.name}
          maxLength={200}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" variant="secondary" busy={save.isPending}>
            {t('account.profile.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
