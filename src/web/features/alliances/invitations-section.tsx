import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllianceDetail } from '../../../shared/contracts/alliances.ts';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Form } from '../../ui/form.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useFormat } from '../../ui/use-format.ts';
import { OrganisationPicker } from '../organisations/organisation-picker.tsx';
import { organisationTypeLabel } from '../organisations/organisation-types.ts';
import { allianceKey } from './queries.ts';

/** Open invitations of the alliance and, for admins of member organisations, the form to invite another. */
export function InvitationsSection({ alliance }: { alliance: AllianceDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const [organisation, setOrganisation] = useState<OrganisationSummary | null>(null);
  const [invitedName, setInvitedName] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const form = useFormErrors('invite');
  const refresh = () => client.invalidateQueries({ queryKey: allianceKey(alliance.id) });
  const invite = useMutation({
    mutationFn: (target: OrganisationSummary) =>
      api.post(`/alliances/${alliance.id}/invitations`, { organisationId: target.id }),
    onSuccess: async (_, target) => {
      setInvitedName(target.name);
      setOrganisation(null);
      // A fresh picker: the chosen name must not linger in the field after the invitation went out.
      setPickerKey((k) => k + 1);
      await refresh();
    },
  });
  const withdraw = useMutation({
    mutationFn: (organisationId: string) => api.delete(`/alliances/${alliance.id}/members/${organisationId}`),
    onSuccess: refresh,
  });

  if (!alliance.viewer.canInvite && alliance.invitations.length === 0) return null;

  const excluded = [
    ...alliance.members.map((m) => m.organisation.id),
    ...alliance.invitations.map((i) => i.organisation.id),
  ];
  return (
    <Section title={t('alliance.invitations.title')}>
      <ProblemAlert error={withdraw.error} />
      <DataTable
        caption={t('alliance.invitations.title')}
        captionHidden
        rows={alliance.invitations}
        rowKey={(i) => i.organisation.id}
        empty={t('alliance.invitations.none')}
        columns={[
          {
            key: 'name',
            header: t('organisation.name'),
            render: (i) => (
              <Link className="kern-link" to="/organisations/$id" params={{ id: i.organisation.id }}>
                {i.organisation.name}
              </Link>
            ),
          },
          { key: 'type', header: t('organisation.type'), render: (i) => organisationTypeLabel(t, i.organisation.type) },
          { key: 'invited', header: t('alliance.invitations.invitedAt'), render: (i) => format.date(i.invitedAt) },
          ...(alliance.viewer.canInvite
            ? [
                {
                  key: 'actions',
                  header: <span className="visually-hidden">{t('common.actions')}</span>,
                  action: true,
                  render: (i: AllianceDetail['invitations'][number]) => (
                    <ConfirmButton
                      small
                      question={t('alliance.invitations.withdrawQuestion', { name: i.organisation.name })}
                      confirmLabel={t('alliance.invitations.withdrawConfirm')}
                      busy={withdraw.isPending && withdraw.variables === i.organisation.id}
                      onConfirm={() => withdraw.mutate(i.organisation.id)}
                    >
                      {t('alliance.invitations.withdraw')}
                      <span className="visually-hidden"> ({i.organisation.name})</span>
                    </ConfirmButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      {alliance.viewer.canInvite ? (
        <Section title={t('alliance.invite.title')} level={3}>
          <p className="kern-body">{t('alliance.invite.lead')}</p>
          {invite.isSuccess ? (
            <Alert variant="success" role="status" title={t('alliance.invite.sent', { name: invitedName })} />
          ) : null}
          <Form
            form={form}
            check={() => ({ organisationId: organisation ? undefined : t('validation.organisationRequired') })}
            onValid={() => organisation && invite.mutate(organisation)}
            busy={invite.isPending}
            error={invite.error}
            submit={t('alliance.invite.submit')}
            submitVariant="secondary"
            submitIcon="mail"
          >
            <OrganisationPicker
              key={pickerKey}
              id={form.id('organisationId')}
              label={t('fields.organisationToInvite')}
              value={organisation}
              onChange={(value) => {
                setOrganisation(value);
                invite.reset();
              }}
              error={form.errors.organisationId}
              exclude={excluded}
            />
          </Form>
        </Section>
      ) : null}
    </Section>
  );
}
