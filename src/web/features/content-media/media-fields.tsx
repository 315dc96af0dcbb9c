import { useTranslation } from 'react-i18next';
import { MEDIA_LIMITS } from '../../../shared/contracts/content-media.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { FormErrors } from '../../ui/use-form-errors.ts';
import { isLicence, isSourceUrl, licenceOptions } from './licences.ts';

/** What the upload and edit forms ask about an image besides the file. */
export interface MediaDetails {
  author: string;
  /** Empty until chosen. */
  licence: string;
  sourceUrl: string;
  altText: string;
  shared: boolean;
}

export const EMPTY_DETAILS: MediaDetails = { author: '', licence: '', sourceUrl: '', altText: '', shared: false };

/** The fields the server names in its problems, as the forms name them. */
export const DETAIL_FIELDS = ['author', 'licence', 'sourceUrl', 'altText', 'shared'];

/** The client-side checks of the details; the server checks them again. */
export function checkDetails(t: (key: string) => string, details: MediaDetails) {
  return {
    author: details.author.trim() === '' ? t('contentMedia.errors.authorRequired') : undefined,
    licence: isLicence(details.licence) ? undefined : t('contentMedia.errors.licenceRequired'),
    sourceUrl: isSourceUrl(details.sourceUrl) ? undefined : t('contentMedia.errors.sourceUrl'),
  };
}

/** Author, licence, source, alt text and sharing of an image, with their labels, hints and errors. */
export function MediaDetailFields({
  form,
  details,
  onChange,
}: {
  form: FormErrors;
  details: MediaDetails;
  onChange: (details: MediaDetails) => void;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<MediaDetails>) => onChange({ ...details, ...changes });
  return (
    <>
      <TextField
        id={form.id('author')}
        label={t('contentMedia.upload.author')}
        hint={t('contentMedia.upload.authorHint')}
        value={details.author}
        onChange={(author) => set({ author })}
        error={form.errors.author}
        maxLength={MEDIA_LIMITS.author}
        autoComplete="off"
      />
      <SelectField
        id={form.id('licence')}
        label={t('contentMedia.upload.licence')}
        hint={t('contentMedia.upload.licenceHint')}
        value={details.licence}
        onChange={(licence) => set({ licence })}
        error={form.errors.licence}
        aria-required
        options={[{ value: '', label: t('contentMedia.licences.choose') }, ...licenceOptions(t)]}
      />
      <TextField
        id={form.id('sourceUrl')}
        label={t('contentMedia.upload.sourceUrl')}
        hint={t('contentMedia.upload.sourceUrlHint')}
        value={details.sourceUrl}
        onChange={(sourceUrl) => set({ sourceUrl })}
        error={form.errors.sourceUrl}
        optional
        type="url"
        inputMode="url"
        maxLength={MEDIA_LIMITS.sourceUrl}
      />
      <TextArea
        id={form.id('altText')}
        label={t('contentMedia.upload.altText')}
        hint={t('contentMedia.upload.altTextHint')}
        value={details.altText}
        onChange={(altText) => set({ altText })}
        error={form.errors.altText}
        optional
        rows={2}
        maxLength={MEDIA_LIMITS.altText}
      />
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={form.id('shared')}
          checked={details.shared}
          onChange={(event) => set({ shared: event.target.checked })}
          aria-describedby={`${form.id('shared')}-hint`}
        />
        <div>
          <label className="kern-label" htmlFor={form.id('shared')}>
            {t('contentMedia.upload.shared')}
          </label>
          <div className="kern-hint" id={`${form.id('shared')}-hint`}>
            {t('contentMedia.upload.sharedHint')}
          </div>
        </div>
      </div>
    </>
  );
}
