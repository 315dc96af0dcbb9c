import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AdminDataExport, adminDataExportDownloadPath } from '../../../shared/contracts/my-data.ts';
import { ApiError, isApiError } from '../../api/api-error.ts';
import { api, request } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useFormat } from '../../ui/use-format.ts';
import { stepUpInit } from '../accounts/step-up.ts';
import { ExportState } from './export-state.tsx';
import { isUnderWay } from './queries.ts';
import { useReadyAnnouncement } from './ready-announcement.ts';

/**
 * A platform admin prepares a person's data export on their request (DSGVO Art. 15, asked by letter or
 * mail): a written reason, then the person's exports with their progress; those prepared on request can
 * be downloaded here to hand them over. The step-up code is the one typed above the people list.
 */
export function AdminDataExportSection({
  person,
  code,
  onCancel,
  onCodeError,
  onStarted,
}: {
  person: { id: string; name: string };
  code: string;
  onCancel: () => void;
  /** A refused step-up code belongs to the code field above the list. */
  onCodeError: (error: unknown) => void;
  onStarted: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const form = useFormErrors('admin-data-export');
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row's button: the heading takes focus, so a keyboard or screen reader lands here.
  useEffect(() => heading.current?.focus(), []);
  const queryKey = ['admin', 'data-exports', person.id];
  const list = useQuery({
    queryKey,
    queryFn: () => api.get<AdminDataExport[]>(`/admin/persons/${person.id}/data-exports`),
    refetchInterval: (query) => ((query.state.data ?? []).some(isUnderWay) ? 2_000 : false),
  });
  const prepare = useMutation({
    mutationFn: () =>
      request<AdminDataExport>(
        'POST',
        `/admin/persons/${person.id}/data-exports`,
        { reason: reason.trim() },
        stepUpInit(code),
      ),
    onSuccess: () => {
      setReason('');
      onStarted();
    },
    onError: (error) => {
      if (isApiError(error, 401)) onCodeError(error);
      form.failFromServer(error, ['reason']);
    },
    onSettled: () => client.invalidateQueries({ queryKey }),
  });
  const exports = list.data ?? [];
  const underWay = exports.some(isUnderWay);
  const announcement = useReadyAnnouncement(exports, t('myData.admin.ready'), t('myData.admin.failed'));
  const ownAlert = isApiError(prepare.error, 401) || prepare.error instanceof ApiError;
  return (
    <section className="stack-md admin-data-export" aria-labelledby="admin-data-export-title">
      <h3 className="kern-heading-small" id="admin-data-export-title" tabIndex={-1} ref={heading}>
        {t('myData.admin.title', { name: person.name })}
      </h3>
      <p className="kern-body">{t('myData.admin.lead')}</p>
      <PrepareProblem error={prepare.error} />
      <p className="kern-body" role="status">
        {announcement || (prepare.isSuccess && underWay ? t('myData.admin.started', { name: person.name }) : '')}
      </p>
      {underWay ? (
        <p className="kern-body">{t('myData.admin.underWay')}</p>
      ) : (
        <Form
          form={form}
          check={() => ({ reason: reason.trim() ? undefined : t('myData.admin.reasonRequired') })}
          onValid={() => prepare.mutate()}
          busy={prepare.isPending}
          error={ownAlert ? null : prepare.error}
          submit={t('myData.admin.submit')}
        >
          <TextArea
            id={form.id('reason')}
            label={t('myData.admin.reason')}
            value={reason}
            onChange={setReason}
            error={form.errors.reason}
            maxLength={2000}
            rows={3}
          />
        </Form>
      )}
      <h4 className="kern-heading-x-small">{t('myData.admin.listTitle')}</h4>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : exports.length === 0 ? (
        <p className="kern-body">{t('myData.admin.none')}</p>
      ) : (
        <AdminExportTable personId={person.id} exports={exports} />
      )}
      <Button variant="tertiary" small onClick={onCancel}>
        {t('myData.admin.close')}
      </Button>
    </section>
  );
}

function PrepareProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 401)) return null;
  if (error instanceof ApiError && error.type === 'export-running') {
    return <Alert variant="info" role="alert" title={t('myData.admin.alreadyRunning')} />;
  }
  if (error instanceof ApiError && error.status === 429) {
    return <Alert variant="warning" role="alert" title={t('myData.admin.tooMany')} />;
  }
  return <ProblemAlert error={error instanceof ApiError && error.status === 400 ? null : error} />;
}

function AdminExportTable({ personId, exports }: { personId: string; exports: AdminDataExport[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      caption={t('myData.admin.listTitle')}
      captionHidden
      rows={exports}
      rowKey={(e) => e.id}
      columns={[
        { key: 'asked', header: t('myData.asked'), render: (e) => format.dateTime(e.createdAt) },
        {
          key: 'by',
          header: t('myData.admin.by'),
          render: (e) => (e.requestedBy ? e.requestedBy.name : t('myData.admin.byPerson')),
        },
        { key: 'state', header: t('myData.state'), render: (e) => <ExportState export={e} /> },
        {
          key: 'download',
          header: <span className="visually-hidden">{t('common.actions')}</span>,
          action: true,
          render: (e) =>
            e.state === 'done' && e.onRequest ? (
              <a className="kern-link" href={adminDataExportDownloadPath(personId, e.id)} download>
                {t('myData.download')}
                <span className="visually-hidden"> ({format.dateTime(e.createdAt)})</span>
              </a>
            ) : null,
        },
      ]}
    />
  );
}
