import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../content/languages.ts';
import type { DiffParts } from './sharing-types.ts';

/**
 * The runs of one field of a change. Removed words are struck out, added ones underlined, both
 * coloured and both named in words for screen readers ("entfernt: …", "hinzugefügt: …"), so nobody
 * depends on colour or line alone.
 */
export function DiffText({ parts, language }: { parts: DiffParts; language: string }) {
  const { t, i18n } = useTranslation();
  // The words for screen readers are in the interface's language, the text in its own.
  const ui = i18n.language;
  const dir = directionOf(language);
  if (!parts.some((part) => part.kind !== 'same')) {
    return (
      <>
        <p className="kern-body sharing-muted">{t('contentSharing.changes.unchanged')}</p>
        <p className="kern-body sharing-diff" lang={language} dir={dir}>
          {parts.map((part) => part.text).join('')}
        </p>
      </>
    );
  }
  return (
    <p className="kern-body sharing-diff" lang={language} dir={dir}>
      {parts.map((part, index) =>
        part.kind === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
          <Fragment key={index}>
            <del>
              <span className="visually-hidden" lang={ui}>
                [{t('contentSharing.changes.removed')}:{' '}
              </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
            {parts[index + 1]?.kind === 'added' && !/\s$/.test(part.text) ? ' ' : null}
          </Fragment>
        ) : part.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
          <ins key={index}>
            <span className="visually-hidden" lang={ui}>
              [{t('contentSharing.changes.added')}:{' '}
            </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
