import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type SessionFile, sessionFileMeta } from '../../../shared/contracts/events.ts';
import { Icon } from '../../ui/icon.tsx';

/**
 * A session's files as download links with their kind and size ("PDF, 1,2 MB"), each with an optional
 * action beside it (the organisers' remove). Nothing when there are none.
 */
export function SessionFileList({
  files,
  action,
}: {
  files: readonly SessionFile[];
  action?: (file: SessionFile) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="plain-list event-files" aria-label={t('events.files.title')}>
      {files.map((file) => (
        <li key={file.id} className="event-files__item">
          <span className="kern-body">
            <a className="kern-link" href={file.href} download>
              <Icon name="download" size="small" /> {file.name}
            </a>{' '}
            <span className="kern-body--small">
              ({sessionFileMeta(file, i18n.language === 'en' ? 'en-GB' : 'de-DE')})
            </span>
          </span>
          {action ? action(file) : null}
        </li>
      ))}
    </ul>
  );
}
