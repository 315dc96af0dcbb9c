import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { MembershipStatusBadge } from '../organisations/membership-status-badge.tsx';
import { OrganisationPicker } from '../organisations/organisation-picker.tsx';
import { organisationTypeLabel } from '../organisations/organisation-types.ts';
import { useSetMe } from './use-me.ts';

export function HomeOrganisationSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const setMe = useSetMe();
  const client = useQueryClient();
  const [organisation, setOrganisation] = useState<OrganisationSummary | null>(null);
  const form = useFormErrors('home');
  const save = useMutation({
    mutationFn: (id: string) => api.put<Me>('/me/organisation', { organisationId: id }),
    onSuccess: (updated) => {
      setMe(updated);
      void client.invalidateQueries({ queryKey: ['alliances'] });
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (!organisation) return form.fail({ organisationId: t('validation.organisationRequired') });
    form.clear();
    save.mutate(organisation.id);
  }

  const current = me.organisation;
  return (
    <Section title={t('account.organisation.title')}>
      {current ? (
        <div className="stack-sm">
          <p className="kern-body">
            {t('account.organisation.current')}{' '}
            <Link className="kern-link" to="/organisations/$id" params={{ id: current.id }}>
              {current.name}
            </Link>{' '}
            ({organisationTypeLabel(t, current.type)}) <MembershipStatusBadge status={current.status} />
          </p>
          <p className="kern-body">
            {current.status === 'pending'
              ? t('account.organisation.pendingHelp')
              : current.role === 'admin'
                ? t('account.organisation.isAdmin')
                : current.role === 'editor'
                  ? t('account.organisation.isEditor')
                  : t('account.organisation.isMember')}
          </p>
        </div>
      ) : (
        <p className="kern-body">{t('account.organisation.none')}</p>
      )}
      {save.isSuccess ? <Alert variant="success" role="status" title={t('account.organisation.saved')} /> : null}
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={save.error} />
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <OrganisationPicker
          id={form.id('organisationId')}
          label={current ? t('fields.newHomeOrganisation') : t('fields.homeOrganisation')}
          hint={current ? t('account.organisation.changeHint') : undefined}
          value={organisation}
          onChange={(value) => {
            setOrganisation(value);
            save.reset();
          }}
          error={form.errors.organisationId}
          exclude={current ? [current.id] : undefined}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" variant="secondary" busy={save.isPending}>
            {t('account.organisation.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
