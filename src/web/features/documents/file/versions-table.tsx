import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui/badge.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { personName } from '../../accounts/former-person.ts';
import { formatBytes } from '../document-format.ts';
import type { DocumentDetail, DocumentVersion } from '../document-types.ts';
import { contentUrl, documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';

/** Every version, newest first: who, when, why, its size; download it, or make it the current one again. */
export function VersionsTable({ detail, onNews }: { detail: DocumentDetail; onNews: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const { item, space } = detail;
  const restore = useDocumentsWrite((version: DocumentVersion) => documentsApi.restoreVersion(item.id, version.id));
  const approved = new Set(detail.approvals.filter((a) => a.state === 'approved').map((a) => a.versionId));
  const canRestore = space.rights.write && (!item.lock || item.lock.mine) && detail.trashedAt === null;
  const versions = [...detail.versions].sort((a, b) => b.number - a.number);
  const columns: Column<DocumentVersion>[] = [
    {
      key: 'number',
      header: t('documents.versions.number'),
      render: (v) => (
        <span className="doc-version-number">
          {t('documents.versions.label', { number: v.number })}
          {v.current ? <Badge variant="info">{t('documents.versions.current')}</Badge> : null}
          {approved.has(v.id) ? <Badge variant="success">{t('documents.versions.approved')}</Badge> : null}
        </span>
      ),
    },
    {
      key: 'author',
      header: t('documents.versions.author'),
      render: (v) => (v.author?.name ? personName(t, v.author.name) : '–'),
    },
    { key: 'time', header: t('documents.versions.time'), render: (v) => format.dateTime(v.createdAt) },
    {
      key: 'comment',
      header: t('documents.versions.comment'),
      render: (v) => (v.comment ? <span lang={lang}>{v.comment}</span> : '–'),
    },
    {
      key: 'size',
      header: t('documents.columns.size'),
      numeric: true,
      render: (v) => formatBytes(v.size, i18n.language),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      action: true,
      render: (v) =>
        v.available ? (
          <div className="kern-btn-wrapper">
            <a
              className="kern-btn kern-btn--tertiary kern-btn--x-small"
              href={contentUrl(item.id, { version: v.id })}
              download
            >
              <span className="kern-label">
                {t('documents.versions.download')}{' '}
                <span className="visually-hidden">{t('documents.versions.label', { number: v.number })}</span>
              </span>
            </a>
            {!v.current && canRestore ? (
              <ConfirmButton
                small
                variant="tertiary"
                question={t('documents.versions.restoreQuestion', { number: v.number })}
                confirmLabel={t('documents.versions.restoreConfirm')}
                busy={restore.isPending}
                onConfirm={() =>
                  restore.mutate(v, {
                    onSuccess: () => onNews(t('documents.versions.restored', { number: v.number })),
                  })
                }
              >
                {t('documents.versions.restore')}{' '}
                <span className="visually-hidden">{t('documents.versions.label', { number: v.number })}</span>
              </ConfirmButton>
            ) : null}
          </div>
        ) : (
          <span className="kern-body kern-body--small">{t('documents.versions.removed')}</span>
        ),
    },
  ];
  return (
    <>
      <DocumentsProblem error={restore.error} />
      <DataTable
        caption={t('documents.versions.title')}
        captionHidden
        columns={columns}
        rows={versions}
        rowKey={(v) => v.id}
      />
    </>
  );
}
