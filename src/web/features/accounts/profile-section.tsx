import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { PersonNameField } from './person-name-field.tsx';
import { useSetMe } from './use-me.ts';
import { checkRequired } from './validation.ts';

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const setMe = useSetMe();
  const [name, setName] = useState(me.name);
  const form = useFormErrors('profile');
  const save = useMutation({
    mutationFn: () => api.patch<Me>('/me', { name: name.trim() }),
    onSuccess: setMe,
    onError: (error) => form.failFromServer(error, ['name']),
  });

  return (
    <Section title={t('account.profile.title')}>
      <DescriptionList items={[{ key: 'email', label: t('fields.email'), value: me.email }]} />
      {save.isSuccess ? <Alert variant="success" role="status" title={t('account.profile.saved')} /> : null}
      <Form
        form={form}
        check={() => ({ name: checkRequired(t, name, 'validation.nameRequired') })}
        onValid={() => save.mutate()}
        busy={save.isPending}
        error={save.error}
        submit={t('account.profile.submit')}
        submitVariant="secondary"
      >
        <PersonNameField
          id={form.id('name')}
          value={name}
          onChange={(value) => {
            setName(value);
            save.reset();
          }}
          error={form.errors.name}
        />
      </Form>
    </Section>
  );
}
