import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../../ui/content-language.ts';
import { Loading } from '../../../ui/loading.tsx';
import type { DocumentDetail } from '../document-types.ts';
import { contentUrl, usePreview } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';

/**
 * The current version as the browser shows it: PDF in its own viewer, images as images, text as it
 * is and Markdown as the server rendered and sanitised it. Nothing else is shown, only downloaded.
 */
export function Preview({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  const { item, preview } = detail;
  const current = detail.versions.find((v) => v.current);
  const url = contentUrl(item.id, { inline: true, version: current?.id });
  if (preview === 'pdf') {
    // The browser's own PDF viewer in a frame (the page's policy allows no <object>), with a link
    // for browsers that show none.
    return (
      <>
        <iframe
          className="doc-preview doc-preview--pdf"
          src={url}
          title={t('documents.preview.pdf', { name: item.name })}
        />
        <p className="kern-body kern-body--small">
          <a className="kern-link" href={url} target="_blank" rel="noreferrer">
            {t('documents.preview.openPdf', { name: item.name })}
          </a>
        </p>
      </>
    );
  }
  if (preview === 'image') {
    return (
      <img
        className="doc-preview doc-preview--image"
        src={url}
        alt={item.description || t('documents.preview.image', { name: item.name })}
      />
    );
  }
  if (preview === 'text' || preview === 'markdown') return <TextPreview detail={detail} />;
  return <p className="kern-body">{t('documents.preview.none')}</p>;
}

function TextPreview({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const preview = usePreview(detail.item.id, detail.item.version, true);
  if (preview.isPending) return <Loading />;
  if (!preview.data) return <DocumentsProblem error={preview.error} />;
  const { kind, html, text, truncated } = preview.data;
  return (
    <>
      {kind === 'markdown' && html !== undefined ? (
        <div
          className="doc-preview doc-preview--markdown prose"
          lang={lang}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered with raw HTML off and sanitised by the server
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : (
        <TextBox label={t('documents.preview.text')} lang={lang} text={text ?? ''} />
      )}
      {truncated ? <p className="kern-body kern-body--small">{t('documents.preview.truncated')}</p> : null}
    </>
  );
}

/** Plain text in a box that scrolls, reachable by keyboard. */
function TextBox({ label, lang, text }: { label: string; lang: string | undefined; text: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to be scrolled
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a heading level; the section's heading names it
    <div className="doc-preview doc-preview--text" role="region" aria-label={label} tabIndex={0}>
      <pre lang={lang}>{text}</pre>
    </div>
  );
}
