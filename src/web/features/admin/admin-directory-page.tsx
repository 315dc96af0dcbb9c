import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIRECTORY_FILE_MAX,
  type DirectoryImportResult,
  type DirectoryPreview,
  type DirectoryStatus,
} from '../../../shared/contracts/directory-import.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button, ButtonRow } from '../../ui/button.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { controlAria, FieldFrame } from '../../ui/field-parts.tsx';
import { Form } from '../../ui/form.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useFormat } from '../../ui/use-format.ts';
import { DirectoryPreviewView } from './admin-directory-preview.tsx';
import { directoryFailureText, isWorkbook, readFileText } from './admin-directory-texts.ts';
import { AdminPage } from './admin-layout.tsx';

const STATUS_KEY = ['admin', 'directory'] as const;

function StatusView({ status }: { status: DirectoryStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DescriptionList
      items={[
        {
          key: 'stand',
          label: t('directoryUpdate.stand'),
          value: status.stand ? format.date(status.stand) : t('directoryUpdate.standUnknown'),
        },
        { key: 'source', label: t('directoryUpdate.source'), value: status.source ?? '–' },
        { key: 'updatedAt', label: t('directoryUpdate.updatedAt'), value: format.dateTime(status.updatedAt) },
        {
          key: 'size',
          label: t('directoryUpdate.size'),
          value: t('directoryUpdate.sizeValue', {
            organisations: format.number(status.organisations),
            dissolved: format.number(status.dissolved),
          }),
        },
      ]}
    />
  );
}

/** `/admin/directory`: upload the Destatis Gemeindeverzeichnis, see what would change, confirm. */
export function AdminDirectoryPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors('directory-update');
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => api.get<DirectoryStatus>('/admin/directory') });
  const preview = useMutation({
    mutationFn: (text: string) => api.post<DirectoryPreview>('/admin/directory/preview', { content: text }),
    onSuccess: () => update.reset(),
  });
  const update = useMutation({
    mutationFn: (input: { content: string; fingerprint: string }) =>
      api.post<DirectoryImportResult>('/admin/directory/import', input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: STATUS_KEY });
      void client.invalidateQueries({ queryKey: ['organisations'] });
    },
  });

  useEffect(() => {
    if (update.isSuccess) doneRef.current?.focus();
  }, [update.isSuccess]);
  useEffect(() => {
    if (preview.isSuccess) previewRef.current?.focus();
  }, [preview.isSuccess]);

  const fileId = form.id('file');
  function checks() {
    if (!file) return { file: t('directoryUpdate.chooseFile') };
    if (file.size > DIRECTORY_FILE_MAX) return { file: t('directoryUpdate.tooLarge') };
    return {};
  }
  async function submit() {
    if (!file) return;
    // A workbook is only known by its first bytes, which the synchronous checks cannot read.
    if (await isWorkbook(file)) return form.fail({ file: t('directoryUpdate.xlsx') });
    const text = await readFileText(file);
    setContent(text);
    preview.mutate(text);
  }

  return (
    <AdminPage title={t('directoryUpdate.title')} lead={t('directoryUpdate.lead')}>
      <Section title={t('directoryUpdate.statusTitle')}>
        <QueryState query={status} notFound={null}>
          {(shown) => <StatusView status={shown} />}
        </QueryState>
      </Section>

      <Section title={t('directoryUpdate.howTitle')}>
        <ul className="kern-list kern-list--bullet">
          <li>{t('directoryUpdate.howSource')}</li>
          <li>{t('directoryUpdate.howCsv')}</li>
          <li>{t('directoryUpdate.howPreview')}</li>
          <li>{t('directoryUpdate.howKeep')}</li>
          <li>{t('directoryUpdate.howScope')}</li>
        </ul>
      </Section>

      <Section title={t('directoryUpdate.chooseTitle')}>
        <Form
          form={form}
          check={checks}
          onValid={() => void submit()}
          busy={preview.isPending}
          alert={
            preview.error ? (
              <Alert variant="danger" role="alert" title={t('directoryUpdate.refused')}>
                <p className="kern-body">{directoryFailureText(t, preview.error)}</p>
              </Alert>
            ) : null
          }
          submit={t('directoryUpdate.preview')}
          submitIcon="drive-folder-upload"
        >
          <FieldFrame
            id={fileId}
            label={t('directoryUpdate.file')}
            hint={t('directoryUpdate.fileHint')}
            error={form.errors.file}
          >
            <input
              id={fileId}
              name="file"
              type="file"
              accept=".txt,.asc,.csv,text/plain,text/csv"
              className="kern-form-input__input"
              {...controlAria(fileId, true, form.errors.file)}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                form.clear();
                preview.reset();
                update.reset();
              }}
            />
          </FieldFrame>
        </Form>
      </Section>

      {preview.data && content ? (
        <Section title={t('directoryUpdate.previewTitle')}>
          <div ref={previewRef} tabIndex={-1} className="stack-sm">
            <DirectoryPreviewView preview={preview.data} />
          </div>
          {update.isSuccess ? (
            <div ref={doneRef} tabIndex={-1}>
              <Alert variant="success" role="status" title={t('directoryUpdate.doneTitle')}>
                <p className="kern-body">{t('directoryUpdate.done', update.data.counts)}</p>
              </Alert>
            </div>
          ) : (
            <>
              {update.error ? (
                <Alert variant="danger" role="alert" title={t('directoryUpdate.refused')}>
                  <p className="kern-body">{directoryFailureText(t, update.error)}</p>
                </Alert>
              ) : null}
              <ButtonRow>
                <Button
                  icon="check"
                  busy={update.isPending}
                  onClick={() => update.mutate({ content, fingerprint: preview.data.fingerprint })}
                >
                  {t('directoryUpdate.confirm')}
                </Button>
              </ButtonRow>
            </>
          )}
        </Section>
      ) : null}
    </AdminPage>
  );
}
