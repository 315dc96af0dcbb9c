import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentMediaItem } from '../../../shared/contracts/content-media.ts';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { isLicence } from './licences.ts';
import { checkDetails, DETAIL_FIELDS, MediaDetailFields, type MediaDetails } from './media-fields.tsx';
import { useUpdateMedia } from './media-queries.ts';

/** The details of one image, changed in place; `onClose` is told whether they were saved. */
export function MediaEditForm({
  item,
  organisationId,
  onClose,
}: {
  item: ContentMediaItem;
  organisationId: string;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors(`media-edit-${item.id}`);
  const update = useUpdateMedia(organisationId);
  const [details, setDetails] = useState<MediaDetails>({
    author: item.author,
    licence: item.licence,
    sourceUrl: item.sourceUrl ?? '',
    altText: item.altText,
    shared: item.shared,
  });

  function send() {
    const licence = details.licence;
    if (!isLicence(licence)) return;
    update.mutate(
      {
        id: item.id,
        changes: {
          author: details.author.trim(),
          licence,
          sourceUrl: details.sourceUrl.trim() || null,
          altText: details.altText.trim(),
          shared: details.shared,
        },
      },
      {
        onSuccess: () => onClose(true),
        onError: (error) => form.failFromServer(error, DETAIL_FIELDS),
      },
    );
  }

  return (
    <div className="media-edit">
      <h4 className="kern-heading-small">{t('contentMedia.edit.title')}</h4>
      <Form
        form={form}
        check={() => checkDetails(t, details)}
        onValid={send}
        busy={update.isPending}
        error={update.error}
        submit={t('contentMedia.edit.save')}
      >
        <MediaDetailFields form={form} details={details} onChange={setDetails} />
      </Form>
      <div className="kern-btn-wrapper">
        <Button variant="tertiary" onClick={() => onClose(false)}>
          {t('contentMedia.edit.cancel')}
        </Button>
      </div>
    </div>
  );
}
