import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { fieldErrorsFrom, ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { organisationKey } from './queries.ts';

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** E-mail domains: people who register with one of them join the organisation without confirmation. */
export function DomainsSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [domain, setDomain] = useState('');
  const form = useFormErrors('domains');
  const refresh = () => client.invalidateQueries({ queryKey: organisationKey(organisation.id) });
  const add = useMutation({
    mutationFn: (value: string) => api.post(`/organisations/${organisation.id}/domains`, { domain: value }),
    onSuccess: async () => {
      setDomain('');
      await refresh();
    },
    onError: (error) => {
      const errors = fieldErrorsFrom(t, error, ['domain']);
      if (Object.keys(errors).length) form.fail(errors);
    },
  });
  const remove = useMutation({
    mutationFn: (value: string) => api.delete(`/organisations/${organisation.id}/domains/${encodeURIComponent(value)}`),
    onSuccess: refresh,
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const value = domain.trim().toLowerCase().replace(/^@/, '');
    if (!DOMAIN.test(value)) return form.fail({ domain: t('validation.domain') });
    form.clear();
    add.mutate(value);
  }

  return (
    <Section title={t('orgAdmin.domains.title')} level={3}>
      <p className="kern-body">{t('orgAdmin.domains.lead')}</p>
      {organisation.domains.length === 0 ? (
        <p className="kern-body">{t('orgAdmin.domains.none')}</p>
      ) : (
        <ul className="plain-list domain-list">
          {organisation.domains.map((value) => (
            <li key={value} className="domain-list__item">
              <span className="kern-body domain-list__name">@{value}</span>
              <ConfirmButton
                small
                variant="tertiary"
                icon="delete"
                question={t('orgAdmin.domains.removeQuestion', { domain: value })}
                confirmLabel={t('orgAdmin.domains.removeConfirm')}
                busy={remove.isPending && remove.variables === value}
                onConfirm={() => remove.mutate(value)}
              >
                {t('orgAdmin.domains.remove')}
                <span className="visually-hidden"> ({value})</span>
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={Object.keys(form.errors).length ? null : (add.error ?? remove.error)} />
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          id={form.id('domain')}
          label={t('fields.domain')}
          hint={t('orgAdmin.domains.hint')}
          autoComplete="off"
          spellCheck={false}
          value={domain}
          onChange={setDomain}
          error={form.errors.domain}
          maxLength={253}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" variant="secondary" icon="add" busy={add.isPending}>
            {t('orgAdmin.domains.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
