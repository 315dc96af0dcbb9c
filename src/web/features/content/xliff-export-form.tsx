import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { XLIFF_LIMITS } from '../../../shared/contracts/content-xliff.ts';
import { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../ui/alert.tsx';
import { FieldError } from '../../ui/field-parts.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useExportOrganisationXliff } from './content-queries.ts';
import type { MatrixRow } from './content-types.ts';
import { languageName, OFFERED_LANGUAGES, orderLanguages } from './languages.ts';
import type { SavedFile } from './xliff-download.ts';

type Scope = 'outdated' | 'selected';
const SCOPES: Scope[] = ['outdated', 'selected'];
const VERSIONS = ['2.0', '1.2'] as const;

/** The checkbox of a page in the status matrix, which the export's "selected pages" take. */
export const selectionId = (pageId: string) => `content-select-${pageId}`;

/**
 * Several pages for one target language in one XLIFF file, for a translation agency: every page
 * whose translation is missing or outdated, or the pages ticked in the matrix. The file is saved by
 * the browser; the pages in it count as sent out for translation.
 */
export function XliffExportForm({
  organisationId,
  languages,
  pages,
  selected,
  initialTarget,
}: {
  organisationId: string;
  /** The languages the organisation's pages have. */
  languages: readonly string[];
  pages: readonly MatrixRow[];
  /** The pages ticked in the matrix, in its order. */
  selected: readonly string[];
  initialTarget: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const form = useFormErrors('content-export');
  const exporting = useExportOrganisationXliff(organisationId);
  const targets = orderLanguages('de', [...OFFERED_LANGUAGES, ...languages]);
  const [target, setTarget] = useState(initialTarget ?? targets.find((l) => l !== 'de') ?? 'en');
  const [scope, setScope] = useState<Scope>('outdated');
  const [version, setVersion] = useState<(typeof VERSIONS)[number]>('2.0');
  const [saved, setSaved] = useState<(SavedFile & { language: string }) | null>(null);
  const name = (tag: string) => languageName(t, tag, i18n.language);
  const scopeId = form.id('scope');
  const scopeError = form.errors.scope;

  function send() {
    setSaved(null);
    const pageIds = scope === 'selected' ? [...selected] : undefined;
    exporting.mutate(
      { target, version, ...(pageIds ? { pageIds } : { outdated: true }) },
      {
        onSuccess: (file) => setSaved({ ...file, language: target }),
        onError: (error) => {
          const page = refusedPage(error, pageIds, pages);
          if (page) form.fail({ scope: t('content.export.targetIsSource', { title: page, language: name(target) }) });
        },
      },
    );
  }

  return (
    <Section title={t('content.export.title')}>
      <p className="kern-body">{t('content.export.lead')}</p>
      {saved ? (
        <Alert
          variant="success"
          role="status"
          title={t('content.export.done', { count: saved.pages, language: name(saved.language), file: saved.name })}
        />
      ) : null}
      <Form
        form={form}
        busy={exporting.isPending}
        error={exporting.error}
        alert={
          refusalText(t, exporting.error, name(target)) ? (
            <Alert variant="warning" role="alert" title={refusalText(t, exporting.error, name(target))} />
          ) : undefined
        }
        check={() => ({
          scope:
            scope === 'selected' && selected.length === 0
              ? t('content.export.noneSelected')
              : scope === 'selected' && selected.length > XLIFF_LIMITS.pages
                ? t('content.export.tooMany', { count: XLIFF_LIMITS.pages })
                : undefined,
        })}
        onValid={send}
        submit={exporting.isPending ? t('content.export.exporting') : t('content.export.submit')}
        submitIcon="download"
      >
        <SelectField
          id={form.id('target')}
          label={t('content.export.target')}
          value={target}
          onChange={(value) => {
            setTarget(value);
            exporting.reset();
          }}
          options={targets.map((tag) => ({ value: tag, label: name(tag) }))}
        />
        <fieldset
          className={`kern-fieldset content-choice${scopeError ? ' kern-fieldset--error' : ''}`}
          aria-describedby={scopeError ? `${scopeId}-error` : undefined}
        >
          <legend className="kern-label">{t('content.export.scope')}</legend>
          <div className="kern-fieldset__body content-choice__options">
            <FieldError id={scopeId} error={scopeError} />
            {SCOPES.map((value, index) => {
              // The error summary's link leads to the first choice.
              const id = index === 0 ? scopeId : `${scopeId}-${value}`;
              return (
                <div className="kern-form-check" key={value}>
                  <input
                    className={`kern-form-check__radio${scopeError ? ' kern-form-check__radio--error' : ''}`}
                    type="radio"
                    name="content-export-scope"
                    id={id}
                    checked={scope === value}
                    onChange={() => {
                      setScope(value);
                      exporting.reset();
                    }}
                  />
                  <label className="kern-label" htmlFor={id}>
                    {value === 'outdated'
                      ? t('content.export.scopeOutdated', { language: name(target) })
                      : t('content.export.scopeSelected', { count: selected.length })}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <fieldset className="kern-fieldset content-choice">
          <legend className="kern-label">{t('content.export.version')}</legend>
          <div className="kern-fieldset__body content-choice__options content-choice__options--row">
            {VERSIONS.map((value) => (
              <div className="kern-form-check" key={value}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  name="content-export-version"
                  id={`${form.id('version')}-${value}`}
                  checked={version === value}
                  onChange={() => setVersion(value)}
                />
                <label className="kern-label" htmlFor={`${form.id('version')}-${value}`}>
                  {t(`content.export.version${value === '2.0' ? '20' : '12'}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </Form>
    </Section>
  );
}

/** The title of a ticked page the target cannot be made for (it is written in the target language). */
function refusedPage(error: unknown, pageIds: string[] | undefined, pages: readonly MatrixRow[]): string | null {
  if (!(error instanceof ApiError) || error.status !== 400 || !pageIds) return null;
  const index = Number(/^pageIds\.(\d+)$/.exec(error.fields[0]?.field ?? '')?.[1] ?? Number.NaN);
  const page = pages.find((p) => p.id === pageIds[index]);
  return page ? page.title || page.slug : null;
}

/** Why the export made no file, in words, for the refusals a person can do something about. */
function refusalText(t: TFunction, error: unknown, language: string): string | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.type) {
    case 'xliff-nothing-to-export':
      return t('content.export.nothing', { language });
    case 'xliff-too-many-pages':
      return t('content.export.tooMany', { count: XLIFF_LIMITS.pages });
    case 'xliff-mixed-languages':
      return t('content.export.mixed');
    case 'xliff-too-large':
      return t('content.export.tooLarge');
    case 'translation-basis':
      return t('content.export.noBasis');
    default:
      return null;
  }
}
