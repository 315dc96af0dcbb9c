import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { OrganisationPicker } from '../organisations/organisation-picker.tsx';
import { PasswordHint } from './password-hint.tsx';
import { checkEmail, checkNewPassword, checkRequired, onlyErrors } from './validation.ts';

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
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, FIELDS);
      if (Object.keys(errors).length > 0) form.fail(errors);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (register.isPending) return;
    const errors = onlyErrors({
      name: checkRequired(t, name, 'validation.nameRequired'),
      email: checkEmail(t, email),
      password: checkNewPassword(t, password),
    });
    if (Object.keys(errors).length > 0) {
      form.fail(errors);
      return;
    }
    form.clear();
    register.mutate();
  }

  return (
    <div className="narrow-page">
      <PageTitle lead={t('register.lead')}>{t('register.title')}</PageTitle>
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={Object.keys(form.errors).length ? null : register.error} />
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          id={form.id('name')}
          label={t('fields.name')}
          hint={t('register.nameHint')}
          autoComplete="name"
          value={name}
          onChange={setName}
          error={form.errors.name}
          maxLength={200}
        />
        <TextField
          id={form.id('email')}
          label={t('fields.email')}
          hint={t('register.emailHint')}
          type="email"
          inputMode="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={form.errors.email}
          maxLength={254}
        />
        <TextField
          id={form.id('password')}
          label={t('fields.password')}
          hint={<PasswordHint />}
          type="password"
          autoComplete="new-password"
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
        <div className="kern-btn-wrapper">
          <Button type="submit" busy={register.isPending}>
            {t('register.submit')}
          </Button>
        </div>
      </form>
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
      <p className="kern-body">{t('register.checkMail.spam')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/sign-in">
          {t('register.checkMail.toSignIn')}
        </Link>
      </p>
    </div>
  );
}
