import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import type { WikiPageNews } from './use-wiki-page-events.ts';

interface WikiLiveNoticeProps {
  pageId: string;
  communityId: string | null;
  news: WikiPageNews | null;
  /** Fetches the newest version (and, while editing, starts the form over from it). */
  onReload: () => Promise<void>;
  /** While editing: the revision the draft started from, for the comparison and the warning. */
  editingBase?: number;
}

/** Moves the focus to the page's heading, where a reader lands after the notice they acted on went. */
function focusTitle() {
  document.querySelector<HTMLElement>('[data-page-title]')?.focus();
}

/**
 * "Diese Seite wurde von … geändert — neu laden": someone else's newer revision (or the page's deletion)
 * while the page is read or edited, so an editor knows before saving over it. The polite live region is
 * there from the start, so screen readers announce what appears in it.
 */
export function WikiLiveNotice({ pageId, communityId, news, onReload, editingBase }: WikiLiveNoticeProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [reloaded, setReloaded] = useState(false);

  async function reload() {
    setBusy(true);
    try {
      await onReload();
      setReloaded(true);
      focusTitle();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="wiki-live" role="status" aria-live="polite">
      {news?.kind === 'deleted' ? (
        <Alert variant="warning" title={t('networkWiki.live.deleted', { name: news.name })}>
          <p className="kern-body">
            <Link className="kern-link" to="/network/wiki" search={{ community: communityId ?? undefined }}>
              {t('networkWiki.live.toList')}
            </Link>
          </p>
        </Alert>
      ) : news ? (
        <Alert variant="warning" title={t('networkWiki.live.changed', { name: news.name })}>
          {editingBase !== undefined ? (
            <>
              <p className="kern-body">
                {t('networkWiki.live.editChanged', {
                  base: editingBase,
                  revision: news.revision ?? '?',
                  name: news.name,
                })}
              </p>
              <p className="kern-body">
                <Link
                  className="kern-link"
                  to="/network/wiki/$id/history"
                  params={{ id: pageId }}
                  search={{ from: editingBase, to: news.revision ?? undefined }}
                  target="_blank"
                >
                  {t('networkWiki.form.conflictCompare')}
                </Link>
              </p>
            </>
          ) : null}
          <Button variant="secondary" small busy={busy} onClick={() => void reload()}>
            {editingBase !== undefined ? t('networkWiki.live.reloadDiscard') : t('networkWiki.live.reload')}
          </Button>
        </Alert>
      ) : reloaded ? (
        <p className="kern-sr-only">{t('networkWiki.live.reloaded')}</p>
      ) : null}
    </div>
  );
}
