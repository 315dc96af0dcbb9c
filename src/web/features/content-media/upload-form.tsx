import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA_LIMITS, MEDIA_TYPES } from '../../../shared/contracts/content-media.ts';
import { isApiError } from '../../api/api-error.ts';
import { controlAria, FieldFrame } from '../../ui/field-parts.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { isLicence } from './licences.ts';
import { checkDetails, DETAIL_FIELDS, EMPTY_DETAILS, MediaDetailFields, type MediaDetails } from './media-fields.tsx';
import { useUploadMedia } from './media-queries.ts';

// The problems of the file itself, as the server names them, each with the sentence shown at the file field.
const FILE_PROBLEMS: Record<string, string> = {
  'too-large': 'contentMedia.errors.fileSize',
  'unsupported-media-type': 'contentMedia.errors.fileType',
  'invalid-image': 'contentMedia.errors.invalidImage',
  'too-many-pixels': 'contentMedia.errors.tooManyPixels',
};

/** Upload of an image with its author, licence, source, alt text and sharing. */
export function UploadForm({
  organisationId,
  onUploaded,
}: {
  organisationId: string;
  onUploaded: (name: string) => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors('media-upload');
  const upload = useUploadMedia(organisationId);
  const [file, setFile] = useState<File | null>(null);
  const [details, setDetails] = useState<MediaDetails>(EMPTY_DETAILS);
  // A new key empties the file input after an upload (its value cannot be set otherwise).
  const [fileInputKey, setFileInputKey] = useState(0);
  const fileId = form.id('file');

  function checkFile() {
    if (!file) return t('contentMedia.errors.fileRequired');
    // The browser's guess from the name; the server reads the bytes. An unknown type goes to the server.
    if (file.type && !(MEDIA_TYPES as readonly string[]).includes(file.type)) return t('contentMedia.errors.fileType');
    if (file.size > MEDIA_LIMITS.bytes) return t('contentMedia.errors.fileSize');
    return undefined;
  }

  function send() {
    const licence = details.licence;
    if (!file || !isLicence(licence)) return;
    upload.mutate(
      { file, ...details, licence },
      {
        onSuccess: (item) => {
          setFile(null);
          setDetails(EMPTY_DETAILS);
          setFileInputKey((k) => k + 1);
          onUploaded(item.fileName);
        },
        onError: (error) => {
          const fileProblem = isApiError(error) ? FILE_PROBLEMS[error.type] : undefined;
          form.failFromServer(error, DETAIL_FIELDS, { file: fileProblem ? t(fileProblem) : undefined });
        },
      },
    );
  }

  return (
    <Section title={t('contentMedia.upload.title')}>
      <Form
        form={form}
        check={() => ({ file: checkFile(), ...checkDetails(t, details) })}
        onValid={send}
        busy={upload.isPending}
        error={upload.error}
        submit={t('contentMedia.upload.submit')}
        submitIcon="drive-folder-upload"
      >
        <FieldFrame
          id={fileId}
          label={t('contentMedia.upload.file')}
          hint={t('contentMedia.upload.fileHint')}
          error={form.errors.file}
        >
          <input
            key={fileInputKey}
            id={fileId}
            name={fileId}
            type="file"
            accept={MEDIA_TYPES.join(',')}
            className="kern-form-input__input"
            required
            {...controlAria(fileId, true, form.errors.file)}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
        </FieldFrame>
        <MediaDetailFields form={form} details={details} onChange={setDetails} />
      </Form>
    </Section>
  );
}
