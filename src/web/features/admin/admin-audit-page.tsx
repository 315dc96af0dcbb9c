import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contracts/admin.ts';
import type { Page } from '../../../shared/contracts/organisations.ts';
import { api, query } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { AdminPage } from './admin-layout.tsx';

const LIMIT = 50;

/** What the audit log can be filtered by: a whole area (prefix) or one action. */
const AREAS = ['auth', 'account', 'membership', 'organisation', 'alliance', 'setup'] as const;
const ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.registered',
  'auth.email_verified',
  'auth.password_changed',
  'auth.password_reset',
  'account.locked',
  'account.unlocked',
  'membership.requested',
  'organisation.member_confirmed',
  'organisation.role_changed',
  'organisation.member_removed',
  'organisation.member_rejected',
  'organisation.member_left',
  'organisation.created',
  'organisation.updated',
  'organisation.domain_added',
  'organisation.domain_removed',
  'alliance.created',
  'alliance.invited',
  'alliance.joined',
  'alliance.declined',
  'alliance.left',
  'alliance.invitation_withdrawn',
  'atlas.imported',
  'cooperation.published',
  'cooperation.returned',
  'cooperation.archived',
  'cooperation.unarchived',
  'workspace.created',
  'workspace.updated',
  'workspace.invited',
  'workspace.invitation_revoked',
  'workspace.join_requested',
  'workspace.join_request_declined',
  'workspace.member_added',
  'workspace.member_role_changed',
  'workspace.member_removed',
  'workspace.member_left',
  'chat.channel_created',
  'chat.channel_updated',
  'chat.channel_archived',
  'chat.channel_restored',
  'chat.channel_member_added',
  'chat.channel_member_removed',
  'chat.channel_left',
  'chat.message_deleted',
  'setup.completed',
];

function actionOptions(t: TFunction) {
  return [
    { value: '', label: t('admin.audit.allActions') },
    ...AREAS.map((area) => ({ value: `${area}.`, label: t(`admin.audit.areas.${area}`) })),
    ...ACTIONS.map((action) => ({ value: action, label: `${t(`auditActions.${action}`)} (${action})` })),
  ];
}

export function AdminAuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [action, setAction] = useState('');
  const [offset, setOffset] = useState(0);
  const entries = useQuery({
    queryKey: ['admin', 'audit', action, offset],
    queryFn: () => api.get<Page<AuditEntry>>(`/admin/audit${query({ action, offset, limit: LIMIT })}`),
    placeholderData: keepPreviousData,
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAction(text);
    setOffset(0);
  }

  const total = entries.data?.total ?? 0;
  return (
    <AdminPage title={t('admin.audit.title')} lead={t('admin.audit.lead')}>
      <Section title={t('admin.audit.listTitle')}>
        <form className="search-form" noValidate onSubmit={onSubmit} aria-label={t('admin.audit.filterLabel')}>
          <SelectField
            id="audit-action"
            label={t('admin.audit.action')}
            value={text}
            onChange={setText}
            options={actionOptions(t)}
          />
          <div className="search-form__submit">
            <Button type="submit">{t('admin.audit.submit')}</Button>
          </div>
        </form>
        <p className="kern-body" role="status">
          {entries.data ? t('admin.audit.count', { count: total }) : ''}
        </p>
        <ProblemAlert error={entries.error} />
        {entries.isPending ? (
          <Loading />
        ) : (
          <DataTable<AuditEntry>
            caption={t('admin.audit.listTitle')}
            captionHidden
            rows={entries.data?.items ?? []}
            rowKey={(e) => e.id}
            columns={[
              { key: 'at', header: t('admin.audit.at'), render: (e) => format.dateTime(e.at) },
              {
                key: 'actor',
                header: t('admin.audit.actor'),
                render: (e) => e.actor?.name ?? t('admin.audit.noActor'),
              },
              {
                key: 'action',
                header: t('admin.audit.action'),
                render: (e) => (
                  <>
                    {t(`auditActions.${e.action}`, { defaultValue: '' }) || null}
                    <code className="audit-action">{e.action}</code>
                  </>
                ),
              },
              {
                key: 'subject',
                header: t('admin.audit.subject'),
                render: (e) =>
                  e.subjectType ? (
                    <span className="break-all">
                      {t(`subjectTypes.${e.subjectType}`, { defaultValue: e.subjectType })}
                      {e.subjectId ? ` ${e.subjectId.slice(0, 8)}…` : ''}
                    </span>
                  ) : (
                    '–'
                  ),
              },
              { key: 'ip', header: t('admin.audit.ip'), render: (e) => e.ip ?? '–' },
            ]}
          />
        )}
        <Pagination total={total} limit={LIMIT} offset={offset} onChange={setOffset} />
      </Section>
    </AdminPage>
  );
}
