import { useTranslation } from 'react-i18next';
import { CONTENT_LIMITS } from '../../../shared/contracts/content.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { FormErrors } from '../../ui/use-form-errors.ts';
import type { MetaDraft } from './page-form-state.ts';

/** The page's facts: address, parent page, LeiKa key, tags, contact and how long it is valid. */
export function MetaFields({
  form,
  draft,
  onChange,
  parents,
}: {
  form: FormErrors;
  draft: MetaDraft;
  onChange: (field: keyof MetaDraft, value: string) => void;
  parents: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  const e = form.errors;
  return (
    <div className="content-meta-grid">
      <TextField
        id={form.id('slug')}
        label={t('content.form.slug')}
        hint={t('content.form.slugHint')}
        value={draft.slug}
        onChange={(value) => onChange('slug', value)}
        error={e.slug}
        maxLength={CONTENT_LIMITS.slug}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        id={form.id('parentId')}
        label={t('content.form.parent')}
        value={draft.parentId}
        onChange={(value) => onChange('parentId', value)}
        error={e.parentId}
        options={[{ value: '', label: t('content.form.noParent') }, ...parents]}
      />
      <TextField
        id={form.id('leikaKey')}
        label={t('content.form.leikaKey')}
        hint={t('content.form.leikaKeyHint')}
        optional
        value={draft.leikaKey}
        onChange={(value) => onChange('leikaKey', value)}
        error={e.leikaKey}
        inputMode="numeric"
        maxLength={CONTENT_LIMITS.leikaKey}
        autoComplete="off"
      />
      <TextField
        id={form.id('validUntil')}
        type="date"
        label={t('content.form.validUntil')}
        hint={t('content.form.validUntilHint')}
        optional
        value={draft.validUntil}
        onChange={(value) => onChange('validUntil', value)}
        error={e.validUntil}
      />
      <TextField
        id={form.id('tags')}
        label={t('content.form.tags')}
        hint={t('content.form.tagsHint')}
        optional
        value={draft.tags}
        onChange={(value) => onChange('tags', value)}
        error={e.tags}
        autoComplete="off"
      />
      <TextArea
        id={form.id('contact')}
        label={t('content.form.contact')}
        hint={t('content.form.contactHint')}
        optional
        value={draft.contact}
        onChange={(value) => onChange('contact', value)}
        error={e.contact}
        maxLength={CONTENT_LIMITS.contact}
        rows={3}
      />
    </div>
  );
}
