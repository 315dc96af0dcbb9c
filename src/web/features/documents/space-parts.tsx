import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SPACE_KINDS } from '../../../shared/contracts/documents.ts';
import { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../ui/alert.tsx';
import { problemText } from '../../ui/problem.tsx';
import { formatBytes, usagePercent } from './document-format.ts';
import type { DocumentSpace, FolderRef, SpaceKind, SpaceUsage } from './document-types.ts';

export function isSpaceKind(value: string): value is SpaceKind {
  return (SPACE_KINDS as readonly string[]).includes(value);
}

/** A failed documents request in words: the area's own problems first, then the app's. */
export function documentsProblemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const own = t(`documents.problems.${error.type}`, { defaultValue: '' });
    if (own) return own;
  }
  return problemText(t, error);
}

export function DocumentsProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert variant="danger" role="alert" title={documentsProblemText(t, error)} />;
}

/** Used space in words and as a bar: "1,2 MB von 10 GB belegt (12 %)". */
export function QuotaBar({ usage, label }: { usage: SpaceUsage; label?: string }) {
  const { t, i18n } = useTranslation();
  const used = formatBytes(usage.usedBytes, i18n.language);
  const percent = usagePercent(usage);
  if (percent === null || usage.quotaBytes === null) {
    return <p className="kern-body kern-body--small quota">{t('documents.usage.unlimited', { used })}</p>;
  }
  const text = t('documents.usage.of', { used, quota: formatBytes(usage.quotaBytes, i18n.language), percent });
  return (
    <div className="quota">
      <p className="kern-body kern-body--small quota__text">
        {label ? <span className="visually-hidden">{label}: </span> : null}
        {text}
      </p>
      <div className={`quota__bar${percent >= 90 ? ' quota__bar--full' : ''}`} aria-hidden="true">
        <span className="quota__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/** Where one is: Dokumente › the space › its folders. The last entry is the page itself. */
export function Breadcrumbs({
  space,
  path,
  current,
}: {
  space: DocumentSpace;
  path: FolderRef[];
  /** The file whose page this is; without it the last folder (or the space) is the page. */
  current?: string;
}) {
  const { t } = useTranslation();
  const params = { kind: space.kind, spaceId: space.id };
  const atSpace = !current && path.length === 0;
  return (
    <nav className="doc-crumbs" aria-label={t('documents.crumbs')}>
      <ol className="doc-crumbs__list">
        <li>
          <Link className="kern-link" to="/documents">
            {t('documents.title')}
          </Link>
        </li>
        <li>
          {atSpace ? (
            <span aria-current="page">{space.name}</span>
          ) : (
            <Link className="kern-link" to="/documents/$kind/$spaceId" params={params} search={{}}>
              {space.name}
            </Link>
          )}
        </li>
        {path.map((folder, index) => (
          <li key={folder.id}>
            {!current && index === path.length - 1 ? (
              <span aria-current="page">{folder.name}</span>
            ) : (
              <Link className="kern-link" to="/documents/$kind/$spaceId" params={params} search={{ folder: folder.id }}>
                {folder.name}
              </Link>
            )}
          </li>
        ))}
        {current ? (
          <li>
            <span aria-current="page">{current}</span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
