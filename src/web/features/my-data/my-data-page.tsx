import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type DataExport, dataExportDownloadPath } from '../../../shared/contracts/my-data.ts';
import { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { fileSize } from '../workspaces/chat/messages/message-time.ts';
import { ExportState } from './export-state.tsx';
import { isUnderWay, useDataExports, useRequestDataExport } from './queries.ts';
import { useReadyAnnouncement } from './ready-announcement.ts';

/** "Meine Daten": ask for an export of everything the platform holds about oneself, follow it, download it. */
export function MyDataPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('myData.lead')}>{t('myData.title')}</PageTitle>
      <RequireSignIn>{() => <MyDataExports />}</RequireSignIn>
      <p className="kern-body">
        <Link className="kern-link" to="/account">
          {t('myData.backToAccount')}
        </Link>
      </p>
    </>
  );
}

function MyDataExports() {
  const { t } = useTranslation();
  const list = useDataExports();
  const request = useRequestDataExport();
  const exports = list.data ?? [];
  const underWay = exports.some(isUnderWay);
  const announcement = useReadyAnnouncement(exports, t('myData.nowReady'), t('myData.nowFailed'));

  return (
    <div className="stack-xl">
      <Section title={t('myData.requestTitle')}>
        <p className="kern-body">{t('myData.contains')}</p>
        <p className="kern-body">{t('myData.notContained')}</p>
        <p className="kern-body">
          {t('myData.expiry')} {t('myData.limit')}
        </p>
        <RequestProblem error={request.error} />
        <div className="kern-btn-wrapper">
          <Button
            busy={request.isPending}
            aria-disabled={underWay || undefined}
            onClick={() => {
              if (!underWay) request.mutate();
            }}
          >
            {t('myData.request')}
          </Button>
        </div>
        {underWay ? <p className="kern-body kern-body--small">{t('myData.underWayHint')}</p> : null}
      </Section>
      <Section title={t('myData.listTitle')}>
        <p className={announcement ? 'kern-body' : 'visually-hidden'} role="status">
          {announcement}
        </p>
        <ProblemAlert error={list.error} />
        {list.isPending ? (
          <Loading />
        ) : exports.length === 0 ? (
          <p className="kern-body">{t('myData.none')}</p>
        ) : (
          <ExportTable exports={exports} />
        )}
      </Section>
    </div>
  );
}

function RequestProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.type === 'export-running') {
    return <Alert variant="info" role="alert" title={t('myData.alreadyRunning')} />;
  }
  if (error instanceof ApiError && error.status === 429) {
    return <Alert variant="warning" role="alert" title={t('myData.tooMany')} />;
  }
  return <ProblemAlert error={error} />;
}

function ExportTable({ exports }: { exports: DataExport[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      caption={t('myData.listTitle')}
      captionHidden
      rows={exports}
      rowKey={(e) => e.id}
      columns={[
        { key: 'asked', header: t('myData.asked'), render: (e) => format.dateTime(e.createdAt) },
        {
          key: 'state',
          header: t('myData.state'),
          render: (e) => (
            <>
              <ExportState export={e} />
              {e.onRequest ? (
                <>
                  <br />
                  <span className="kern-body--small">{t('myData.onRequest')}</span>
                </>
              ) : null}
            </>
          ),
        },
        {
          key: 'size',
          header: t('myData.size'),
          render: (e) => (e.size !== null ? fileSize(e.size, i18n.language) : '–'),
        },
        {
          key: 'until',
          header: t('myData.until'),
          render: (e) => (e.state === 'done' ? format.dateTime(e.expiresAt) : '–'),
        },
        {
          key: 'download',
          header: <span className="visually-hidden">{t('common.actions')}</span>,
          action: true,
          render: (e) =>
            e.state === 'done' ? (
              <a className="kern-link" href={dataExportDownloadPath(e.id)} download>
                {t('myData.download')}
                <span className="visually-hidden"> ({format.dateTime(e.createdAt)})</span>
              </a>
            ) : null,
        },
      ]}
    />
  );
}
