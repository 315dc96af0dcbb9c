import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { Alert } from '../../ui/alert.tsx';
import { FieldError } from '../../ui/field-parts.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useOrganisationPages } from '../content/content-queries.ts';
import { ARRIVAL_FLASH_ID, setFlash } from '../content/flash.ts';
import { parentOptions } from '../content/page-tree.ts';
import { focusOnArrival } from '../shell/use-focus-on-navigate.ts';
import { useAdoptPage } from './sharing-queries.ts';
import type { ExchangePage } from './sharing-types.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MODES = ['copy', 'link'] as const;
type Mode = (typeof MODES)[number];

/**
 * Adopting a shared page: as a copy (the organisation's own page from then on) or as a link (the
 * source's current text), below one of the organisation's pages and under an address of its own if
 * wished; then on to the new page.
 */
export function AdoptForm({ page, organisationId }: { page: ExchangePage; organisationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors('adopt');
  const adopt = useAdoptPage(page.id, (adopted, input) => {
    setFlash(input.mode === 'link' ? t('contentSharing.adopt.doneLink') : t('contentSharing.adopt.doneCopy'));
    const state = focusOnArrival(ARRIVAL_FLASH_ID);
    void navigate(
      input.mode === 'link'
        ? { to: '/content/pages/$id/changes', params: { id: adopted.id }, state }
        : { to: '/content/pages/$id', params: { id: adopted.id }, state },
    );
  });
  const [mode, setMode] = useState<Mode | ''>('');
  const [slug, setSlug] = useState('');
  const [parentId, setParentId] = useState('');
  const pages = useOrganisationPages(organisationId);

  function send() {
    if (!mode) return;
    const wanted = slug.trim();
    adopt.mutate(
      { organisationId, mode, ...(parentId ? { parentId } : {}), ...(wanted ? { slug: wanted } : {}) },
      {
        onError: (error) => {
          if (isApiError(error, 409) && error.type === 'slug-taken') {
            form.fail({ slug: t('contentSharing.adopt.slugTaken') });
          } else if (isApiError(error, 400) && error.fields.some((f) => f.field === 'parentId')) {
            // Deleted (or moved away) since the list was loaded: the list is read again.
            form.fail({ parentId: t('contentSharing.adopt.parentGone') });
            void pages.refetch();
          } else form.failFromServer(error, ['slug']);
        },
      },
    );
  }

  const alreadyAdopted = isApiError(adopt.error, 409) && adopt.error.type === 'already-adopted';
  const modeError = form.errors.mode;
  return (
    <Section title={t('contentSharing.adopt.title')}>
      <p className="kern-body">{t('contentSharing.adopt.intro', { organisation: page.organisationName })}</p>
      <Form
        form={form}
        busy={adopt.isPending}
        error={adopt.error}
        alert={
          alreadyAdopted ? (
            <Alert variant="warning" role="alert" title={t('contentSharing.adopt.alreadyAdopted')} />
          ) : undefined
        }
        check={() => ({
          mode: mode ? undefined : t('contentSharing.adopt.modeMissing'),
          slug: slug.trim() && !SLUG.test(slug.trim()) ? t('contentSharing.adopt.slugInvalid') : undefined,
        })}
        onValid={send}
        submit={t('contentSharing.adopt.submit')}
      >
        <fieldset
          className={`kern-fieldset sharing-choice${modeError ? ' kern-fieldset--error' : ''}`}
          aria-describedby={modeError ? `${form.id('mode')}-error` : undefined}
        >
          <legend className="kern-label">{t('contentSharing.adopt.modeLegend')}</legend>
          <div className="kern-fieldset__body sharing-choice__options">
            <FieldError id={form.id('mode')} error={modeError} />
            {MODES.map((value, index) => (
              <div className="kern-form-check sharing-choice__option" key={value}>
                <input
                  className={`kern-form-check__radio${modeError ? ' kern-form-check__radio--error' : ''}`}
                  type="radio"
                  name="adopt-mode"
                  // The error summary's link leads to the first choice.
                  id={index === 0 ? form.id('mode') : `${form.id('mode')}-${value}`}
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                  aria-describedby={`${form.id('mode')}-${value}-hint`}
                />
                <div className="sharing-choice__text">
                  <label className="kern-label" htmlFor={index === 0 ? form.id('mode') : `${form.id('mode')}-${value}`}>
                    {t(`contentSharing.adopt.mode.${value}`)}
                  </label>
                  <p className="kern-hint sharing-choice__hint" id={`${form.id('mode')}-${value}-hint`}>
                    {t(`contentSharing.adopt.mode.${value}Hint`)}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        <SelectField
          id={form.id('parentId')}
          label={t('content.form.parent')}
          hint={t('contentSharing.adopt.parentHint')}
          value={parentId}
          onChange={setParentId}
          error={form.errors.parentId}
          options={[{ value: '', label: t('content.form.noParent') }, ...parentOptions(pages.data ?? [])]}
        />
        <TextField
          id={form.id('slug')}
          label={t('contentSharing.adopt.slug')}
          hint={t('contentSharing.adopt.slugHint', { slug: page.slug })}
          optional
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          value={slug}
          onChange={setSlug}
          error={form.errors.slug}
        />
      </Form>
    </Section>
  );
}
