import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import './links.css';

/** The documents linked from one message, as a short list of links under it. */
export function MessageDocuments({ documents }: { documents: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return null;
  return (
    <ul className="message-documents" aria-label={t('documentLinks.ofMessage')}>
      {documents.map((document) => (
        <li key={document.id}>
          <Link className="kern-link kern-body--small" to="/documents/files/$id" params={{ id: document.id }}>
            {document.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
