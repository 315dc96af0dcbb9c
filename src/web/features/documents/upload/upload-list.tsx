import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { formatBytes } from '../document-format.ts';
import { documentsProblemText } from '../space-parts.tsx';
import type { UploadEntry, useUploads } from './use-uploads.ts';

type Uploads = ReturnType<typeof useUploads>;

/** Each upload with its labelled progress bar and what can be done with it now. */
export function UploadList({ uploads }: { uploads: Uploads }) {
  const { t } = useTranslation();
  if (uploads.entries.length === 0) return null;
  const finished = uploads.entries.some((e) => e.status !== 'sending' && e.status !== 'exists');
  return (
    <div className="doc-uploads">
      <h3 className="kern-heading-small">{t('documents.upload.listTitle')}</h3>
      <ul className="plain-list doc-uploads__list">
        {uploads.entries.map((entry) => (
          <li key={entry.key} className="doc-upload">
            <UploadRow entry={entry} uploads={uploads} />
          </li>
        ))}
      </ul>
      {finished ? (
        <Button variant="tertiary" small onClick={uploads.clearFinished}>
          {t('documents.upload.clear')}
        </Button>
      ) : null}
    </div>
  );
}

function UploadRow({ entry, uploads }: { entry: UploadEntry; uploads: Uploads }) {
  const { t, i18n } = useTranslation();
  const id = `upload-${entry.key}`;
  const size = entry.file.size;
  const percent = size === 0 ? (entry.status === 'done' ? 100 : 0) : Math.floor((entry.sent / size) * 100);
  const name = entry.file.name;
  return (
    <>
      <label className="kern-label doc-upload__name" htmlFor={id}>
        {name} <span className="doc-upload__size">({formatBytes(size, i18n.language)})</span>
      </label>
      <progress id={id} className="doc-upload__bar" max={100} value={percent}>
        {percent} %
      </progress>
      {/* Only the change of state is announced, not every percent. */}
      <p className="kern-body kern-body--small doc-upload__state" role="status">
        {entry.status === 'sending'
          ? t('documents.upload.status.sending')
          : entry.status === 'failed'
            ? documentsProblemText(t, entry.error)
            : t(`documents.upload.status.${entry.status}`)}
      </p>
      <div className="kern-btn-wrapper doc-upload__actions">
        {entry.status === 'sending' ? (
          <Button variant="tertiary" small onClick={() => uploads.cancel(entry.key)}>
            {t('documents.upload.cancel')} <span className="visually-hidden">({name})</span>
          </Button>
        ) : null}
        {entry.status === 'exists' && entry.existingId ? (
          <>
            <Button variant="secondary" small onClick={() => uploads.asNewVersion(entry)}>
              {t('documents.upload.asVersion')} <span className="visually-hidden">({name})</span>
            </Button>
            <Link className="kern-link" to="/documents/files/$id" params={{ id: entry.existingId }}>
              {t('documents.upload.openExisting', { name })}
            </Link>
          </>
        ) : null}
        {entry.status !== 'sending' ? (
          <Button variant="tertiary" small onClick={() => uploads.dismiss(entry.key)}>
            {t('documents.upload.dismiss')} <span className="visually-hidden">({name})</span>
          </Button>
        ) : null}
      </div>
    </>
  );
}
