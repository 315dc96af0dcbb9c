import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { LINK_LIFETIME_HOURS } from '../../../shared/link-lifetimes.ts';
import { api } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { Form } from '../../ui/form.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { OrganisationPicker } from '../organisations/organisation-picker.tsx';
import { EmailField } from './email-field.tsx';
import { NewPasswordField } from './new-password-field.tsx';
import { PersonNameField } from './person-name-field.tsx';
import { checkNewAccount } from './validation.ts';

const FIELDS = ['name', 'email', 'password', 'organisationId'];

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisation, setOrganisation] = useState<OrganisationSummary | null>(null);
  const form = useFormErrors('register');

  const register = useMutation({
    mutationFn: () =>
      api.post('/auth/register', {
        name: name.trim(),
        email: email.trim(),
        password,
        locale: currentLanguage(),
        ...(organisation ? { organisationId: organisation.id } : {}),
      }),
    onSuccess: () => navigate({ to: '/register/check-mail' }),
    onError: (error) => form.failFromServer(error, FIELDS),
  });

  return (
    <div className="narrow-page">
      <PageTitle lead={t('register.lead')}>{t('register.title')}</PageTitle>
      <Form
        form={form}
        check={() => checkNewAccount(t, { name, email, password })}
        onValid={() => register.mutate()}
        busy={register.isPending}
        error={register.error}
        submit={t('register.submit')}
      >
        <PersonNameField
          id={form.id('name')}
          hint={t('register.nameHint')}
          value={name}
          onChange={setName}
          error={form.errors.name}
        />
        <EmailField
          id={form.id('email')}
          hint={t('register.emailHint')}
          value={email}
          onChange={setEmail}
          error={form.errors.email}
          maxLength={254}
        />
        <NewPasswordField
          id={form.id('password')}
          label={t('fields.password')}
          value={password}
          onChange={setPassword}
          error={form.errors.password}
        />
        <OrganisationPicker
          id={form.id('organisationId')}
          label={t('fields.homeOrganisation')}
          hint={t('register.organisationHint')}
          optional
          value={organisation}
          onChange={setOrganisation}
          error={form.errors.organisationId}
        />
      </Form>
      <p className="kern-body">
        {t('register.haveAccount')}{' '}
        <Link className="kern-link" to="/sign-in">
          {t('register.signIn')}
        </Link>
      </p>
    </div>
  );
}

export function RegisterCheckMailPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageTitle>{t('register.checkMail.title')}</PageTitle>
      <p className="kern-body">{t('register.checkMail.text')}</p>
      <p className="kern-body">{t('register.checkMail.spam', { count: LINK_LIFETIME_HOURS.verifyEmail })}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/sign-in">
          {t('register.checkMail.toSignIn')}
        </Link>
      </p>
    </div>
  );
}
