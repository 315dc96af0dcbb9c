import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COFOG_DIVISIONS, COFOG_GROUPS, divisionOfGroup } from '../../../../shared/atlas/cofog.ts';
import { LEGAL_FORMS } from '../../../../shared/atlas/legal-forms.ts';
import { ATLAS_LIMITS, PROJECT_STATUSES } from '../../../../shared/atlas/states.ts';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Form } from '../../../ui/form.tsx';
import { fieldProblemText } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { legalFormLabel, sectorGroupLabel, sectorLabel, statusLabel } from '../record-labels.ts';
import { AddressFields } from './record-form-address.tsx';
import { ContactsField } from './record-form-contacts.tsx';
import { PartnersField } from './record-form-groups.tsx';
import { LocationField } from './record-form-location.tsx';
import { ResultsFields } from './record-form-results.tsx';
import { checkDraft, formFieldOf, inputOf, type RecordDraft } from './record-form-state.ts';
import { TaskFieldsField } from './record-form-task-fields.tsx';
import { SECTION_FIELDS } from './record-sections.tsx';
import { RichTextEditor } from './rich-text-editor.tsx';
import '../record.css';
import './record-form-parts.css';

const SHORTCUTS_ID = 'record-editor-shortcuts';

interface RecordFormProps {
  initial: RecordDraft;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  /** Shown instead of the general alert, e.g. for a save that came too late (409). */
  alert?: ReactNode;
  onSubmit: (input: CooperationInput, onServerError: (error: unknown) => void) => void;
}

/** Create and edit a record: one form in titled parts, with checks, an error summary and field errors. */
export function RecordForm({ initial, submitLabel, busy, error, alert, onSubmit }: RecordFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const form = useFormErrors('record');
  const set =
    <K extends keyof RecordDraft>(key: K) =>
    (value: RecordDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  /** The server's complaints, each at its field and named in the summary. */
  function showServerErrors(problem: unknown) {
    if (isApiError(problem, 409) && problem.type === 'slug-taken') {
      form.fail({ slug: t('atlas.form.errors.slugTaken', { slug: draft.slug?.trim() ?? '' }) });
      return;
    }
    if (!isApiError(problem) || problem.fields.length === 0) return;
    const found: Record<string, string> = {};
    for (const { field, message } of problem.fields) {
      const name = formFieldOf(field);
      if (!name || found[name]) continue;
      found[name] = `${labelOf(name)}: ${fieldProblemText(t, message)}`;
    }
    form.fail(found);
  }
  function labelOf(name: string): string {
    const [group, index, leaf] = name.split('.');
    if (group && index !== undefined && leaf) {
      const n = Number(index) + 1;
      const row =
        group === 'contacts'
          ? t('atlas.form.contactN', { n })
          : group === 'awards'
            ? t('atlas.form.awardN', { n })
            : t('atlas.form.fundingN', { n });
      return row;
    }
    return t(`atlas.form.labels.${name}`, { defaultValue: name });
  }

  const groups = COFOG_GROUPS.filter((g) => divisionOfGroup(g.code) === draft.sector);
  const e = form.errors;
  return (
    <Form
      form={form}
      check={() => checkDraft(t, draft)}
      onValid={() => onSubmit(inputOf(draft), showServerErrors)}
      busy={busy}
      error={error}
      alert={alert}
      submit={submitLabel}
      submitIcon="check"
    >
      <FormPart title={t('atlas.form.parts.basics')}>
        <TextField
          id={form.id('title')}
          label={t('atlas.form.labels.title')}
          hint={t('atlas.form.titleHint')}
          value={draft.title}
          onChange={set('title')}
          error={e.title}
          maxLength={ATLAS_LIMITS.titleMax}
        />
        {draft.slug !== null ? (
          <AddressFields
            slug={draft.slug}
            externalId={draft.externalId}
            onSlugChange={set('slug')}
            errors={e}
            fieldId={form.id}
          />
        ) : null}
        <TextArea
          id={form.id('summary')}
          label={t('atlas.form.labels.summary')}
          hint={t('atlas.form.summaryHint', {
            count: ATLAS_LIMITS.summaryMax,
            left: ATLAS_LIMITS.summaryMax - draft.summary.length,
          })}
          value={draft.summary}
          onChange={set('summary')}
          error={e.summary}
          optional
          rows={3}
          maxLength={ATLAS_LIMITS.summaryMax}
        />
        <SelectField
          id={form.id('sector')}
          label={t('atlas.form.labels.sector')}
          hint={t('atlas.form.sectorHint')}
          value={draft.sector}
          onChange={(sector) =>
            setDraft((d) => ({ ...d, sector, sectorGroup: d.sectorGroup.startsWith(sector) ? d.sectorGroup : '' }))
          }
          error={e.sector}
          options={[
            { value: '', label: t('form.choose') },
            ...COFOG_DIVISIONS.map((d) => ({ value: d.code, label: `${d.code} ${sectorLabel(t, d.code)}` })),
          ]}
        />
        {groups.length ? (
          <SelectField
            id={form.id('sectorGroup')}
            label={t('atlas.form.labels.sectorGroup')}
            value={draft.sectorGroup}
            onChange={set('sectorGroup')}
            error={e.sectorGroup}
            optional
            options={[
              { value: '', label: t('atlas.form.noGroup') },
              ...groups.map((g) => ({ value: g.code, label: `${g.code} ${sectorGroupLabel(t, g.code)}` })),
            ]}
          />
        ) : null}
        <TaskFieldsField id={form.id('fields')} value={draft.fields} onChange={set('fields')} error={e.fields} />
        <TextField
          id={form.id('keywords')}
          label={t('atlas.form.labels.keywords')}
          hint={t('atlas.form.keywordsHint')}
          value={draft.keywords}
          onChange={set('keywords')}
          error={e.keywords}
          optional
        />
      </FormPart>

      <FormPart title={t('atlas.form.parts.partners')}>
        <PartnersField
          id={form.id('partners')}
          partners={draft.partners}
          onChange={set('partners')}
          error={e.partners}
        />
        <TextArea
          id={form.id('externalPartners')}
          label={t('atlas.form.labels.externalPartners')}
          hint={t('atlas.form.externalPartnersHint')}
          value={draft.externalPartners}
          onChange={set('externalPartners')}
          error={e.externalPartners}
          optional
          rows={3}
        />
      </FormPart>

      <FormPart title={t('atlas.form.parts.location')}>
        <LocationField
          value={draft}
          partners={draft.partners}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          errors={e}
          fieldId={form.id}
        />
      </FormPart>

      <FormPart title={t('atlas.form.parts.form')}>
        <SelectField
          id={form.id('legalForm')}
          label={t('atlas.form.labels.legalForm')}
          value={draft.legalForm}
          onChange={set('legalForm')}
          error={e.legalForm}
          options={[
            { value: '', label: t('form.choose') },
            ...LEGAL_FORMS.map((f) => ({ value: f.code, label: legalFormLabel(t, f.code) })),
          ]}
        />
        <SelectField
          id={form.id('status')}
          label={t('atlas.form.labels.status')}
          value={draft.status}
          onChange={set('status')}
          error={e.status}
          options={PROJECT_STATUSES.map((s) => ({ value: s.code, label: statusLabel(t, s.code) }))}
        />
        <div className="form-pair">
          <TextField
            id={form.id('startYear')}
            label={t('atlas.form.labels.startYear')}
            value={draft.startYear}
            onChange={set('startYear')}
            error={e.startYear}
            optional
            inputMode="numeric"
            maxLength={4}
            width="medium"
          />
          <TextField
            id={form.id('endYear')}
            label={t('atlas.form.labels.endYear')}
            value={draft.endYear}
            onChange={set('endYear')}
            error={e.endYear}
            optional
            inputMode="numeric"
            maxLength={4}
            width="medium"
          />
        </div>
        <TextField
          id={form.id('website')}
          type="url"
          label={t('atlas.form.labels.website')}
          hint={t('atlas.form.websiteHint')}
          value={draft.website}
          onChange={set('website')}
          error={e.website}
          optional
          maxLength={500}
        />
      </FormPart>

      <FormPart title={t('atlas.form.parts.texts')}>
        <p className="kern-body kern-body--small fact-note" id={SHORTCUTS_ID}>
          {t('atlas.form.editor.shortcuts')}
        </p>
        {SECTION_FIELDS.map((field) => (
          <RichTextEditor
            key={field}
            id={form.id(field)}
            shortcutsId={SHORTCUTS_ID}
            label={t(`atlas.form.labels.${field}`)}
            hint={t(`atlas.form.sectionHints.${field}`)}
            value={draft[field]}
            onChange={set(field)}
            error={e[field]}
          />
        ))}
      </FormPart>

      <FormPart title={t('atlas.form.parts.transfer')}>
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={form.id('transferable')}
            checked={draft.transferable}
            onChange={(event) => set('transferable')(event.target.checked)}
          />
          <label className="kern-label" htmlFor={form.id('transferable')}>
            {t('atlas.form.labels.transferable')}
          </label>
        </div>
        {draft.transferable ? (
          <TextArea
            id={form.id('transferRequirements')}
            label={t('atlas.form.labels.transferRequirements')}
            hint={t('atlas.form.transferRequirementsHint')}
            value={draft.transferRequirements}
            onChange={set('transferRequirements')}
            error={e.transferRequirements}
            optional
            rows={4}
            maxLength={5000}
          />
        ) : null}
      </FormPart>

      <FormPart title={t('atlas.form.parts.contacts')}>
        <p className="kern-body kern-body--small fact-note">{t('atlas.form.contactsNote')}</p>
        <ContactsField contacts={draft.contacts} onChange={set('contacts')} errors={e} fieldId={form.id} />
      </FormPart>

      <FormPart title={t('atlas.form.parts.results')}>
        <ResultsFields
          draft={draft}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          errors={e}
          fieldId={form.id}
        />
      </FormPart>
    </Form>
  );
}

function FormPart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form-part">
      <h2 className="kern-heading-small form-part__title">{title}</h2>
      <div className="form-part__body">{children}</div>
    </section>
  );
}
