import type { TFunction } from 'i18next';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { controlAria, FieldFrame } from '../../ui/field-parts.tsx';
import { Form } from '../../ui/form.tsx';
import { Icon } from '../../ui/icon.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useCheckXliff, useConfirmXliff, xliffUrl } from './content-queries.ts';
import type { ContentPage, XliffCheck } from './content-types.ts';
import { languageName } from './languages.ts';
import { XliffReport } from './xliff-report.tsx';

/** Sending a language out to translators as XLIFF and taking their file back in after a check. */
export function XliffSection({ page, language }: { page: ContentPage; language: string }) {
  const { t, i18n } = useTranslation();
  const name = languageName(t, language, i18n.language);
  // A file is made from the source's published text; without one there is nothing to send out.
  const published = page.languages.some((l) => l.language === page.sourceLanguage && l.published);
  if (!published) return null;
  return (
    <Section title={t('content.xliff.title')}>
      <p className="kern-body">{t('content.xliff.lead', { language: name })}</p>
      <ul className="content-downloads">
        {(['2.0', '1.2'] as const).map((version) => (
          <li key={version}>
            <a className="kern-link" href={xliffUrl(page.id, language, version)} download>
              <Icon name="download" />
              {t('content.xliff.download', { language: name, version })}
            </a>
          </li>
        ))}
      </ul>
      <XliffUpload language={language} />
    </Section>
  );
}

/** The upload as a modal dialog: choose a file, read the check per unit, then confirm or cancel. */
function XliffUpload({ language }: { language: string }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const form = useFormErrors('content-xliff');
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const check = useCheckXliff(language);
  const confirm = useConfirmXliff();
  const report: XliffCheck | undefined = check.data;
  const fileId = form.id('file');
  const fileRefusal = refusalOf(t, check.error);

  function open() {
    setFile(null);
    setDone(null);
    check.reset();
    confirm.reset();
    form.clear();
    dialogRef.current?.showModal();
  }
  function close() {
    dialogRef.current?.close();
  }

  return (
    <>
      <Button ref={openerRef} variant="secondary" icon="drive-folder-upload" onClick={open}>
        {t('content.xliff.upload')}
      </Button>
      {done ? <Alert variant="success" role="status" title={done} /> : null}
      <dialog
        ref={dialogRef}
        className="kern-dialog content-dialog"
        aria-labelledby={titleId}
        onClose={() => openerRef.current?.focus()}
      >
        <header className="kern-dialog__header">
          <h2 className="kern-title" id={titleId}>
            {t('content.xliff.dialogTitle')}
          </h2>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={close}>
            <Icon name="close" />
            <span className="kern-label visually-hidden">{t('content.xliff.close')}</span>
          </button>
        </header>
        <div className="kern-dialog__body stack-sm">
          <p className="kern-body">{t('content.xliff.dialogLead')}</p>
          <Form
            form={form}
            check={() => ({ file: file ? undefined : t('content.xliff.chooseFile') })}
            onValid={() => file && check.mutate(file, { onSuccess: () => confirm.reset() })}
            busy={check.isPending}
            error={check.error}
            alert={fileRefusal ? <Alert variant="danger" role="alert" title={fileRefusal} /> : undefined}
            submit={check.isPending ? t('content.xliff.checking') : t('content.xliff.check')}
            submitVariant={report ? 'secondary' : 'primary'}
          >
            <FieldFrame
              id={fileId}
              label={t('content.xliff.file')}
              hint={t('content.xliff.fileHint')}
              error={form.errors.file}
            >
              <input
                id={fileId}
                name="file"
                type="file"
                accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
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
          {report ? (
            <section className="stack-sm" aria-label={t('content.xliff.reportTitle')}>
              <XliffReport report={report} />
              {confirm.error ? <Alert variant="danger" role="alert" title={t('content.xliff.confirmFailed')} /> : null}
              <div className="kern-btn-wrapper">
                {report.writable ? (
                  <Button
                    icon="check"
                    busy={confirm.isPending}
                    onClick={() =>
                      confirm.mutate(report.checkId, {
                        onSuccess: (result) => {
                          setDone(
                            result.refused.length > 0
                              ? `${t('content.xliff.done', { count: result.written.length })} ${t('content.xliff.refused', { count: result.refused.length })}`
                              : t('content.xliff.done', { count: result.written.length }),
                          );
                          close();
                        },
                      })
                    }
                  >
                    {t('content.xliff.confirm')}
                  </Button>
                ) : null}
                <Button variant="tertiary" onClick={close}>
                  {t('common.cancel')}
                </Button>
              </div>
            </section>
          ) : null}
        </div>
      </dialog>
    </>
  );
}

/** Why the file could not be read at all (`xliff-…` problems), in words; null for other failures. */
function refusalOf(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.type.startsWith('xliff-')) return null;
  return t(`content.xliff.refusals.${error.type.slice('xliff-'.length)}`, {
    defaultValue: t('content.xliff.refusals.other'),
  });
}
