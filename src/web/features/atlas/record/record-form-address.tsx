import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/text-field.tsx';

/**
 * The record's address (/atlas/<slug>), which editors may change, and the external ID an import set,
 * shown so editors know the record is matched by it on the next import.
 */
export function AddressFields({
  slug,
  externalId,
  onSlugChange,
  errors,
  fieldId,
}: {
  slug: string;
  externalId: string | null;
  onSlugChange: (slug: string) => void;
  errors: Record<string, string>;
  fieldId: (name: string) => string;
}) {
  const { t } = useTranslation();
  const address = `${window.location.origin}/atlas/${slug.trim() || '…'}`;
  return (
    <>
      <TextField
        id={fieldId('slug')}
        label={t('atlas.form.labels.slug')}
        hint={
          <>
            {t('atlas.form.slugHint')} {t('atlas.form.slugAddress')}{' '}
            <strong className="record-form-address__url">{address}</strong>
          </>
        }
        value={slug}
        // Lower case as typed: the address allows nothing else, and people type names capitalised.
        onChange={(value) => onSlugChange(value.toLowerCase())}
        error={errors.slug}
        maxLength={120}
        autoComplete="off"
        spellCheck={false}
      />
      {externalId ? (
        <TextField
          id={fieldId('externalId')}
          label={t('atlas.form.labels.externalId')}
          hint={t('atlas.form.externalIdHint')}
          value={externalId}
          onChange={() => undefined}
          readOnly
          optional
        />
      ) : null}
    </>
  );
}
