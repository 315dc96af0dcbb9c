import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminPerson } from '../../../shared/contracts/admin.ts';
import type { Page } from '../../../shared/contracts/organisations.ts';
import { api, query, request } from '../../api/client.ts';
import { Badge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SearchForm } from '../../ui/search-form.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { AdminDeletedNotice, AdminDeletePersonForm } from '../accounts/admin-delete-person-form.tsx';
import { stepUpCodeError, stepUpInit, useSecondFactorActive } from '../accounts/step-up.ts';
import { TwoFactorCodeField } from '../accounts/two-factor-code-field.tsx';
import { useMe } from '../accounts/use-me.ts';
import { AdminDataExportSection } from '../my-data/admin-data-export-section.tsx';
import { MembershipStatusBadge } from '../organisations/membership-status-badge.tsx';
import '../organisations/request-checks.css';
import { AdminPage } from './admin-layout.tsx';

const LIMIT = 25;

const route = getRouteApi('/admin/people');

export function AdminPeoplePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  // The search and the filter come from the address: the audit log and the start page link here.
  const { q = '', waiting } = route.useSearch();
  const [text, setText] = useState(q);
  const [offset, setOffset] = useState(0);
  const people = useQuery({
    queryKey: ['admin', 'persons', q, waiting, offset],
    queryFn: () => api.get<Page<AdminPerson>>(`/admin/persons${query({ q, waiting, offset, limit: LIMIT })}`),
    placeholderData: keepPreviousData,
  });
  const show = (next: { q?: string | undefined; waiting?: boolean | undefined }) => {
    setOffset(0);
    void navigate({ to: '/admin/people', search: { q: next.q || undefined, waiting: next.waiting || undefined } });
  };
  // With two-factor sign-in on, locking and unlocking ask for a current code (step-up), typed once above the list.
  const stepUp = useSecondFactorActive();
  const [code, setCode] = useState('');
  const setLock = useMutation({
    mutationFn: ({ id, lock }: { id: string; lock: boolean }) =>
      request<void>('POST', `/admin/persons/${id}/${lock ? 'lock' : 'unlock'}`, undefined, stepUpInit(code)),
    onSuccess: () => {
      setCode('');
      return client.invalidateQueries({ queryKey: ['admin', 'persons'] });
    },
  });
  // Deleting a person on request (DSGVO Art. 17): the form opens below the list for one person at a time.
  const [deleting, setDeleting] = useState<AdminPerson | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  // Preparing a person's data export on request (DSGVO Art. 15): the same place, one form at a time.
  const [exporting, setExporting] = useState<AdminPerson | null>(null);
  const [formCodeError, setFormCodeError] = useState<unknown>(null);
  const codeError = stepUpCodeError(t, setLock.error ?? formCodeError);
  const open = (form: 'delete' | 'export', person: AdminPerson) => {
    setDeleted(null);
    setFormCodeError(null);
    setDeleting(form === 'delete' ? person : null);
    setExporting(form === 'export' ? person : null);
  };

  const total = people.data?.total ?? 0;
  return (
    <AdminPage title={t('admin.people.title')} lead={t('admin.people.lead')}>
      <Section title={t('admin.people.listTitle')}>
        <SearchForm
          region={t('admin.people.searchLabel')}
          id="admin-people-q"
          label={t('admin.people.q')}
          value={text}
          onChange={setText}
          onSearch={() => show({ q: text.trim(), waiting })}
          submit={t('admin.people.submit')}
        />
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id="admin-people-waiting"
            checked={Boolean(waiting)}
            onChange={(event) => show({ q, waiting: event.target.checked })}
          />
          <label className="kern-label" htmlFor="admin-people-waiting">
            {t('admin.people.waiting')}
          </label>
        </div>
        {waiting ? <p className="kern-body">{t('admin.people.waitingLead')}</p> : null}
        <p className="kern-body" role="status">
          {people.data ? t('admin.people.count', { count: total }) : ''}
        </p>
        {stepUp ? (
          <div className="stack-sm">
            <p className="kern-body">{t('admin.people.stepUp')}</p>
            <TwoFactorCodeField id="admin-people-code" value={code} onChange={setCode} error={codeError} passkey />
          </div>
        ) : null}
        <ProblemAlert error={people.error ?? (codeError ? null : setLock.error)} />
        {deleted ? <AdminDeletedNotice name={deleted} /> : null}
        {people.isPending ? (
          <Loading />
        ) : (
          <DataTable<AdminPerson>
            caption={t('admin.people.listTitle')}
            captionHidden
            rows={people.data?.items ?? []}
            rowKey={(p) => p.id}
            columns={[
              {
                key: 'name',
                header: t('admin.people.name'),
                render: (p) => (
                  <>
                    {p.name}
                    {p.isPlatformAdmin ? (
                      <>
                        {' '}
                        <Badge variant="info">{t('roles.platformAdmin')}</Badge>
                      </>
                    ) : null}
                  </>
                ),
              },
              { key: 'email', header: t('fields.email'), render: (p) => <span className="break-all">{p.email}</span> },
              {
                key: 'organisation',
                header: t('admin.people.organisation'),
                render: (p) =>
                  p.organisation ? (
                    <>
                      <Link className="kern-link" to="/organisations/$id" params={{ id: p.organisation.id }}>
                        {p.organisation.name}
                      </Link>
                      {p.organisation.status === 'pending' ? (
                        <span className="request-checks">
                          {' '}
                          <MembershipStatusBadge status="pending" />{' '}
                          {p.organisation.domainMatches ? null : (
                            <Badge variant="warning">{t('admin.requests.foreignDomain')}</Badge>
                          )}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    '–'
                  ),
              },
              {
                key: 'status',
                header: t('admin.people.status'),
                render: (p) =>
                  p.lockedAt ? (
                    <Badge variant="danger">{t('admin.people.locked')}</Badge>
                  ) : p.emailVerifiedAt ? (
                    <Badge variant="success">{t('admin.people.active')}</Badge>
                  ) : (
                    <Badge variant="warning">{t('admin.people.unverified')}</Badge>
                  ),
              },
              { key: 'created', header: t('admin.people.created'), render: (p) => format.date(p.createdAt) },
              {
                key: 'actions',
                header: <span className="visually-hidden">{t('common.actions')}</span>,
                action: true,
                render: (p) =>
                  p.id === me?.id ? null : p.lockedAt ? (
                    <Button
                      small
                      variant="secondary"
                      busy={setLock.isPending && setLock.variables?.id === p.id}
                      onClick={() => setLock.mutate({ id: p.id, lock: false })}
                    >
                      {t('admin.people.unlock')}
                      <span className="visually-hidden"> ({p.name})</span>
                    </Button>
                  ) : (
                    <span className="admin-people__actions">
                      <ConfirmButton
                        small
                        question={t('admin.people.lockQuestion', { name: p.name })}
                        confirmLabel={t('admin.people.lockConfirm')}
                        busy={setLock.isPending && setLock.variables?.id === p.id}
                        onConfirm={() => setLock.mutate({ id: p.id, lock: true })}
                      >
                        {t('admin.people.lock')}
                        <span className="visually-hidden"> ({p.name})</span>
                      </ConfirmButton>{' '}
                      <Button small variant="tertiary" onClick={() => open('export', p)}>
                        {t('myData.admin.open')}
                        <span className="visually-hidden"> ({p.name})</span>
                      </Button>{' '}
                      <Button small variant="tertiary" onClick={() => open('delete', p)}>
                        {t('accountDeletion.admin.open')}
                        <span className="visually-hidden"> ({p.name})</span>
                      </Button>
                    </span>
                  ),
              },
            ]}
          />
        )}
        <Pagination total={total} limit={LIMIT} offset={offset} onChange={setOffset} />
        {deleting ? (
          <AdminDeletePersonForm
            key={deleting.id}
            person={deleting}
            code={code}
            onCodeError={setFormCodeError}
            onCancel={() => setDeleting(null)}
            onDone={() => {
              setDeleted(deleting.name);
              setDeleting(null);
              setCode('');
              setFormCodeError(null);
              void client.invalidateQueries({ queryKey: ['admin', 'persons'] });
            }}
          />
        ) : null}
        {exporting ? (
          <AdminDataExportSection
            key={exporting.id}
            person={exporting}
            code={code}
            onCodeError={setFormCodeError}
            onCancel={() => setExporting(null)}
            onStarted={() => {
              setCode('');
              setFormCodeError(null);
            }}
          />
        ) : null}
      </Section>
    </AdminPage>
  );
}
