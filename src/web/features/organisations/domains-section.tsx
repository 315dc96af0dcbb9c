import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { Form } from '../../ui/form.tsx';
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
    onError: (error) => form.failFromServer(error, ['domain']),
  });
  const remove = useMutation({
    mutationFn: (value: string) => api.delete(`/organisations/${organisation.id}/domains/${encodeURIComponent(value)}`),
    onSuccess: refresh,
  });

  const value = domain.trim().toLowerCase().replace(/^@/, '');

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
      <Form
        form={form}
        check={() => ({ domain: DOMAIN.test(value) ? undefined : t('validation.domain') })}
        onValid={() => add.mutate(value)}
        busy={add.isPending}
        error={add.error ?? remove.error}
        submit={t('orgAdmin.domains.submit')}
        submitVariant="secondary"
        submitIcon="add"
      >
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
      </Form>
    </Section>
  );
}
