import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentMediaItem } from '../../../shared/contracts/content-media.ts';
import { Badge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { licenceName } from './licences.ts';
import { MediaEditForm } from './media-edit-form.tsx';
import { useDeleteMedia } from './media-queries.ts';

const WEB_WIDTH = 1600;

/** The web version's size, for the image's aspect ratio before it has loaded. */
function webSize(item: ContentMediaItem) {
  if (!item.width || !item.height) return {};
  const scale = Math.min(1, WEB_WIDTH / item.width);
  return { width: Math.round(item.width * scale), height: Math.round(item.height * scale) };
}

/** One image of the library: the picture with its credit line, its details, and what may be done with it. */
export function MediaCard({
  item,
  organisationId,
  showOwner,
  onNotice,
}: {
  item: ContentMediaItem;
  organisationId: string;
  showOwner: boolean;
  onNotice: (message: string, moveFocus?: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const contentLang = useContentLang();
  const remove = useDeleteMedia(organisationId);
  const [editing, setEditing] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back to the button that opened the form once the form has closed and the button is there again
  // (after the render, not on an animation frame, which a hidden tab may hold back).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const headingId = `media-${item.id}-name`;

  async function copyEmbed() {
    try {
      await navigator.clipboard.writeText(item.embedHtml);
      setCopied(t('contentMedia.item.copied'));
    } catch {
      setCopied(t('contentMedia.item.copyFailed'));
    }
  }

  return (
    <li className="media-card">
      <article aria-labelledby={headingId} className="media-card__body">
        <figure className="media-card__figure">
          <div className="media-card__frame">
            <img src={item.webUrl} alt={item.altText} loading="lazy" {...webSize(item)} lang={contentLang} />
          </div>
          <figcaption className="kern-body kern-body--small media-card__credit" lang={contentLang}>
            {item.attribution}
          </figcaption>
        </figure>
        <h3 className="kern-heading-small media-card__name" id={headingId}>
          {item.fileName}
        </h3>
        {item.shared ? <Badge variant="info">{t('contentMedia.item.shared')}</Badge> : null}
        <dl className="media-card__facts kern-body kern-body--small">
          {showOwner ? (
            <>
              <dt>{t('contentMedia.item.from')}</dt>
              <dd>{item.organisationName}</dd>
            </>
          ) : null}
          <dt>{t('contentMedia.item.licence')}</dt>
          <dd>{licenceName(t, item.licence)}</dd>
          {item.width && item.height ? (
            <>
              <dt>{t('contentMedia.item.size')}</dt>
              <dd>
                {t('contentMedia.item.pixels', { width: item.width, height: item.height })},{' '}
                {format.number(Math.max(1, Math.round(item.bytes / 1024)))} KB
              </dd>
            </>
          ) : null}
          <dt>{t('contentMedia.item.altText')}</dt>
          <dd lang={item.altText ? contentLang : undefined}>{item.altText || t('contentMedia.item.noAlt')}</dd>
        </dl>
        <details className="media-card__embed">
          <summary className="kern-body kern-body--small">{t('contentMedia.item.embed')}</summary>
          <pre className="media-card__code">
            <code>{item.embedHtml}</code>
          </pre>
          <Button variant="secondary" small onClick={copyEmbed}>
            {t('contentMedia.item.copy')}
            <span className="visually-hidden"> ({item.fileName})</span>
          </Button>
          <p className="kern-body kern-body--small" role="status">
            {copied}
          </p>
        </details>
        <div className="kern-btn-wrapper media-card__actions">
          {item.originalUrl ? (
            <a className="kern-link" href={item.originalUrl} download={item.fileName}>
              {t('contentMedia.item.original')}
              <span className="visually-hidden"> ({item.fileName})</span>
            </a>
          ) : null}
          {item.viewer.canEdit && !editing ? (
            <Button ref={editButton} variant="secondary" small icon="edit" onClick={() => setEditing(true)}>
              {t('contentMedia.item.edit')}
              <span className="visually-hidden"> ({item.fileName})</span>
            </Button>
          ) : null}
          {item.viewer.canEdit ? (
            <ConfirmButton
              small
              icon="delete"
              question={t('contentMedia.item.deleteQuestion', { name: item.fileName })}
              confirmLabel={t('contentMedia.item.deleteConfirm')}
              busy={remove.isPending}
              onConfirm={() =>
                remove.mutate(item.id, {
                  onSuccess: () => onNotice(t('contentMedia.item.deleted', { name: item.fileName }), true),
                })
              }
            >
              {t('contentMedia.item.delete')}
              <span className="visually-hidden"> ({item.fileName})</span>
            </ConfirmButton>
          ) : null}
        </div>
        <ProblemAlert error={remove.error} />
        {editing ? (
          <MediaEditForm
            item={item}
            organisationId={organisationId}
            onClose={(saved) => {
              returnFocus.current = true;
              setEditing(false);
              if (saved) onNotice(t('contentMedia.edit.saved', { name: item.fileName }));
            }}
          />
        ) : null}
      </article>
    </li>
  );
}
