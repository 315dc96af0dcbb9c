import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/contracts/chat.ts';
import { fileSize } from './message-time.ts';

/** Images inline (their file name as the text alternative), every other file as a download link. */
export function MessageAttachments({ attachments }: { attachments: Attachment[] }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="message__attachments">
      {attachments.map((file) =>
        file.isImage ? (
          <li key={file.id} className="message__image">
            <a href={file.url} target="_blank" rel="noopener" tabIndex={-1}>
              <img
                src={file.url}
                alt={file.fileName}
                loading="lazy"
                width={file.width ?? undefined}
                height={file.height ?? undefined}
              />
            </a>
          </li>
        ) : (
          <li key={file.id} className="message__file">
            <a className="kern-link" href={file.url} download={file.fileName}>
              {file.fileName}
            </a>
            <span className="message__file-meta">
              {' '}
              ({fileSize(file.size, i18n.language)}
              <span className="visually-hidden">, {t('workspaces.message.download')}</span>)
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
