import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import {
  IMPORT_CONTENT_MAX,
  type ImportJob,
  type ImportReport,
  type ImportUpload,
} from '../../../../shared/contracts/atlas-import.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button, ButtonRow } from '../../../ui/button.tsx';
import { controlAria, FieldFrame } from '../../../ui/field-parts.tsx';
import { Form } from '../../../ui/form.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { AdminPage } from '../../admin/admin-layout.tsx';
import { ImportOutcome, ImportProgress, jobEnded } from './import-progress.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { importFailureText, jobFailureText } from './import-texts.ts';

const reportKey = (id: string | undefined) => ['atlas', 'import', id] as const;
const jobKey = (id: string | undefined) => ['atlas', 'import', id, 'job'] as const;
/** How often a running import's progress is asked for. */
const POLL_MS = 1_000;

function formatOf(file: File): ImportUpload['format'] | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  if (name.endsWith('.csv') || name.endsWith('.txt') || file.type === 'text/csv') return 'csv';
  return null;
}

/**
 * The file's text. CSV from a German spreadsheet is often Windows-1252 rather than UTF-8; a file that
 * is not valid UTF-8 is read as that, so its umlauts survive.
 */
async function readText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `/admin/atlas-import`: check a CSV or JSON file of cooperations, read the report, confirm. */
export function AdminImportPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { id } = useSearch({ from: '/admin/atlas-import' });
  const form = useFormErrors('atlas-import');
  const [file, setFile] = useState<File | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const report = useQuery({
    queryKey: reportKey(id),
    queryFn: () => api.get<ImportReport>(`/atlas/imports/${id}`),
    enabled: Boolean(id),
  });
  const check = useMutation({
    mutationFn: async (chosen: File) => {
      const upload: ImportUpload = { format: formatOf(chosen) ?? 'csv', content: await readText(chosen) };
      return api.post<ImportReport>('/atlas/imports', upload);
    },
    onSuccess: (checked) => {
      client.setQueryData(reportKey(checked.id), checked);
      confirm.reset();
      void navigate({ to: '/admin/atlas-import', search: { id: checked.id } });
    },
  });
  const confirm = useMutation({
    mutationFn: (importId: string) => api.post<ImportJob>(`/atlas/imports/${importId}/confirm`),
    onSuccess: (job) => client.setQueryData(jobKey(job.id), job),
  });

  // A confirmed import runs in the background: its job is asked for every second until it has ended.
  const confirmed = Boolean(report.data?.confirmedAt) || confirm.isSuccess;
  const job = useQuery({
    queryKey: jobKey(id),
    queryFn: () => api.get<ImportJob>(`/atlas/imports/${id}/job`),
    enabled: Boolean(id) && confirmed,
    refetchInterval: (query) => (jobEnded(query.state.data) ? false : POLL_MS),
  });
  const shownJob = job.data ?? report.data?.job ?? undefined;

  // Focus goes to the outcome when the import ends while the page watches it (not when a finished one is opened).
  const watched = useRef(false);
  const ended = jobEnded(shownJob);
  useEffect(() => {
    if (shownJob && !ended) watched.current = true;
    if (ended && watched.current) {
      watched.current = false;
      resultRef.current?.focus();
      void client.invalidateQueries({ queryKey: ['atlas'] });
    }
  }, [shownJob, ended, client]);

  const fileId = form.id('file');
  function checks() {
    if (!file) return { file: t('atlas.import.chooseFile') };
    if (!formatOf(file)) return { file: t('atlas.import.wrongType') };
    if (file.size > IMPORT_CONTENT_MAX) return { file: t('atlas.import.tooLarge') };
    return {};
  }

  return (
    <AdminPage title={t('atlas.import.title')} lead={t('atlas.import.lead')}>
      <Section title={t('atlas.import.howTitle')}>
        <ul className="kern-list kern-list--bullet">
          <li>{t('atlas.import.howFormat', { rows: ATLAS_LIMITS.importRowsMax })}</li>
          <li>{t('atlas.import.howCheck')}</li>
          <li>{t('atlas.import.howPublish')}</li>
          <li>{t('atlas.import.howUpdate')}</li>
        </ul>
      </Section>

      <Section title={t('atlas.import.chooseTitle')}>
        <Form
          form={form}
          check={checks}
          onValid={() => file && check.mutate(file)}
          busy={check.isPending}
          alert={
            check.error ? (
              <Alert variant="danger" role="alert" title={t('atlas.import.refused')}>
                <p className="kern-body">{importFailureText(t, check.error)}</p>
              </Alert>
            ) : null
          }
          submit={t('atlas.import.check')}
          submitIcon="drive-folder-upload"
        >
          <FieldFrame
            id={fileId}
            label={t('atlas.import.file')}
            hint={t('atlas.import.fileHint')}
            error={form.errors.file}
          >
            <input
              id={fileId}
              name="file"
              type="file"
              accept=".csv,.json,text/csv,application/json"
              className="kern-form-input__input"
              {...controlAria(fileId, true, form.errors.file)}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                form.clear();
                check.reset();
              }}
            />
          </FieldFrame>
        </Form>
      </Section>

      {id ? (
        <QueryState query={report} notFound={<Alert variant="warning" role="status" title={t('atlas.import.gone')} />}>
          {(shown) => (
            <>
              {shownJob && !ended ? <ImportProgress job={shownJob} /> : null}
              {shownJob && ended ? (
                <ImportOutcome ref={resultRef} job={shownJob} failureText={(failure) => jobFailureText(t, failure)} />
              ) : null}
              {confirm.error ? (
                <Alert variant="danger" role="alert" title={t('atlas.import.confirmFailed')}>
                  <p className="kern-body">{importFailureText(t, confirm.error)}</p>
                </Alert>
              ) : null}
              <ImportReportView report={shown} job={shownJob} />
              {shown.valid && !shown.confirmedAt && !confirm.isSuccess ? (
                <ButtonRow>
                  <Button icon="check" busy={confirm.isPending} onClick={() => confirm.mutate(shown.id)}>
                    {t('atlas.import.confirm')}
                  </Button>
                </ButtonRow>
              ) : null}
            </>
          )}
        </QueryState>
      ) : null}
    </AdminPage>
  );
}
