import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { type ContentContext, ContentLinks, WithOrganisation } from '../content/content-frame.tsx';
import { MediaCard } from './media-card.tsx';
import { MEDIA_PAGE_SIZE, useMediaLibrary } from './media-queries.ts';
import { UploadForm } from './upload-form.tsx';
import './content-media.css';

/** `/content/media`: the organisation's image library, and the images every organisation shares. */
export function ContentMediaPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle preline={t('contentMedia.preline')} lead={t('contentMedia.lead')}>
        {t('contentMedia.title')}
      </PageTitle>
      <WithOrganisation>{(context) => <MediaLibrary context={context} />}</WithOrganisation>
    </>
  );
}

function MediaLibrary({ context }: { context: ContentContext }) {
  const { t } = useTranslation();
  const search = useSearch({ from: '/content/media' });
  const navigate = useNavigate({ from: '/content/media' });
  const shared = search.library === 'shared';
  const offset = search.offset ?? 0;
  const library = useMediaLibrary(context.organisationId, shared, offset);
  const [notice, setNotice] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  function announce(message: string, moveFocus = false) {
    setNotice(message);
    // A deleted image's buttons are gone with it: focus goes to the list it was in.
    if (moveFocus) listHeading.current?.focus();
  }

  const show = (library: 'own' | 'shared') =>
    void navigate({ search: { library: library === 'shared' ? 'shared' : undefined, offset: undefined } });

  return (
    <div className="stack-xl">
      <ContentLinks>
        <li>
          <Link className="kern-link" to="/content/media" activeProps={{ 'aria-current': 'page' }}>
            {t('contentMedia.linksLabel')}
          </Link>
        </li>
      </ContentLinks>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {notice ? <Alert variant="success" title={notice} /> : null}
      {context.canEdit ? (
        <UploadForm
          organisationId={context.organisationId}
          onUploaded={(name) => {
            announce(t('contentMedia.upload.done', { name }));
            if (shared || offset > 0) show('own');
          }}
        />
      ) : null}
      <section className="page-section" aria-labelledby="media-list-title">
        <h2 className="kern-heading-medium" id="media-list-title" tabIndex={-1} ref={listHeading}>
          {shared
            ? t('contentMedia.list.titleShared')
            : t('contentMedia.list.titleOwn', { organisation: context.organisationName })}
        </h2>
        <fieldset className="kern-fieldset media-filter">
          <legend className="kern-label">{t('contentMedia.filter.legend')}</legend>
          <div className="kern-fieldset__body media-filter__options">
            {(['own', 'shared'] as const).map((choice) => (
              <div key={choice} className="kern-form-check">
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  name="media-library"
                  id={`media-library-${choice}`}
                  checked={(choice === 'shared') === shared}
                  onChange={() => show(choice)}
                />
                <label className="kern-label" htmlFor={`media-library-${choice}`}>
                  {t(`contentMedia.filter.${choice}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {library.data === undefined ? (
          library.isPending ? (
            <Loading label={t('contentMedia.list.loading')} />
          ) : (
            <ProblemAlert error={library.error} />
          )
        ) : library.data.items.length === 0 ? (
          <p className="kern-body">{shared ? t('contentMedia.list.emptyShared') : t('contentMedia.list.empty')}</p>
        ) : (
          <>
            <p className="kern-body">{t('contentMedia.list.count', { count: library.data.total })}</p>
            <ul className="media-grid">
              {library.data.items.map((item) => (
                <MediaCard
                  key={item.id}
                  item={item}
                  organisationId={context.organisationId}
                  showOwner={shared}
                  onNotice={announce}
                />
              ))}
            </ul>
            <Pagination
              total={library.data.total}
              limit={MEDIA_PAGE_SIZE}
              offset={offset}
              label={t('contentMedia.list.pagination')}
              onChange={(next) => {
                void navigate({ search: { library: search.library, offset: next || undefined } });
                listHeading.current?.focus();
              }}
            />
          </>
        )}
      </section>
    </div>
  );
}
