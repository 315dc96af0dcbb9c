import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WIKI_LIMITS, type WikiPageView } from '../../../../shared/contracts/network-wiki.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { RichTextEditor } from '../../atlas/record/rich-text-editor.tsx';
import { useWikiPageEvents } from './use-wiki-page-events.ts';
import { WikiLiveNotice } from './wiki-live-notice.tsx';
import { WikiNotFound, wikiName } from './wiki-page.tsx';
import { useCreateWikiPage, useEditWikiPage, useWikiPage, wikiPageKey } from './wiki-queries.ts';
import './wiki.css';

const newRoute = getRouteApi('/network/wiki/new');
const editRoute = getRouteApi('/network/wiki/$id/edit');

interface Draft {
  title: string;
  bodyHtml: string;
  comment: string;
}

const FIELDS = ['title', 'bodyHtml', 'comment'];

function WikiFields({
  form,
  draft,
  onChange,
}: {
  form: ReturnType<typeof useFormErrors>;
  draft: Draft;
  onChange: (next: Draft) => void;
}) {
  const { t } = useTranslation();
  const shortcutsId = form.id('shortcuts');
  return (
    <>
      <TextField
        id={form.id('title')}
        label={t('networkWiki.form.title')}
        value={draft.title}
        onChange={(title) => onChange({ ...draft, title })}
        error={form.errors.title}
        maxLength={WIKI_LIMITS.title}
      />
      <div>
        <RichTextEditor
          id={form.id('bodyHtml')}
          shortcutsId={shortcutsId}
          label={t('networkWiki.form.body')}
          hint={t('networkWiki.form.bodyHint')}
          value={draft.bodyHtml}
          onChange={(bodyHtml) => onChange({ ...draft, bodyHtml })}
          error={form.errors.bodyHtml}
          appPaths
        />
        <p className="kern-hint rich-editor__shortcuts" id={shortcutsId}>
          {t('atlas.form.editor.shortcuts')}
        </p>
      </div>
      <TextField
        id={form.id('comment')}
        label={t('networkWiki.form.comment')}
        hint={t('networkWiki.form.commentHint')}
        value={draft.comment}
        onChange={(comment) => onChange({ ...draft, comment })}
        error={form.errors.comment}
        maxLength={WIKI_LIMITS.comment}
        optional
      />
    </>
  );
}

/** `/network/wiki/new?community=`: a new page in a community's wiki (or the platform's). */
export function NewWikiPage() {
  const { t } = useTranslation();
  const { community } = newRoute.useSearch();
  const navigate = useNavigate();
  const form = useFormErrors('wiki-new');
  const create = useCreateWikiPage();
  const [draft, setDraft] = useState<Draft>({ title: '', bodyHtml: '', comment: '' });
  return (
    <div className="wiki stack-xl">
      <PageTitle preline={t('networkWiki.preline')}>{t('networkWiki.form.newTitle')}</PageTitle>
      <Form
        form={form}
        check={() => ({ title: draft.title.trim() ? undefined : t('networkWiki.form.titleMissing') })}
        busy={create.isPending}
        error={create.error}
        submit={t('networkWiki.form.create')}
        onValid={() =>
          create.mutate(
            { community: community ?? null, ...draft },
            {
              onSuccess: ({ id }) => void navigate({ to: '/network/wiki/$id', params: { id } }),
              onError: (error) => form.failFromServer(error, FIELDS),
            },
          )
        }
      >
        <WikiFields form={form} draft={draft} onChange={setDraft} />
      </Form>
      <p className="kern-body">
        <Link className="kern-link" to="/network/wiki" search={{ community }}>
          {t('networkWiki.form.cancel')}
        </Link>
      </p>
    </div>
  );
}

/** `/network/wiki/$id/edit`: the page's title and text, saved as a new revision with a comment. */
export function EditWikiPage() {
  const { id } = editRoute.useParams();
  const page = useWikiPage(id);
  return (
    <QueryState query={page} notFound={<WikiNotFound />}>
      {(data) => <EditForm key={data.id} page={data} />}
    </QueryState>
  );
}

function EditForm({ page }: { page: WikiPageView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useFormErrors('wiki-edit');
  const edit = useEditWikiPage(page.id);
  const { news, dismiss } = useWikiPageEvents(page.id);
  // The revision the edit started from: a save after someone else's is refused (409).
  const [base, setBase] = useState(page.revisionCount);
  const [draft, setDraft] = useState<Draft>({ title: page.title, bodyHtml: page.bodyHtml, comment: '' });
  // Counts the times the draft was started over from a newer version (the editor takes its text only when made).
  const [generation, setGeneration] = useState(0);
  // Someone else saved meanwhile: the editor may give up the draft knowingly and start from the newest version.
  async function reload() {
    await client.invalidateQueries({ queryKey: wikiPageKey(page.id) });
    const newest = client.getQueryData<WikiPageView>(wikiPageKey(page.id));
    if (newest) {
      setBase(newest.revisionCount);
      setDraft({ title: newest.title, bodyHtml: newest.bodyHtml, comment: '' });
      setGeneration((n) => n + 1);
    }
    edit.reset();
    dismiss();
  }
  const conflict = isApiError(edit.error, 409) ? edit.error : null;
  const newer = conflict ? /Revision (\d+)/.exec(conflict.detail ?? '')?.[1] : undefined;
  return (
    <div className="wiki stack-xl">
      <PageTitle
        preline={wikiName(t, page)}
        documentTitle={t('networkWiki.form.editDocumentTitle', { title: page.title })}
      >
        {t('networkWiki.form.editTitle', { title: page.title })}
      </PageTitle>
      <WikiLiveNotice
        pageId={page.id}
        communityId={page.community?.id ?? null}
        news={news}
        onReload={reload}
        editingBase={base}
      />
      <Form
        form={form}
        check={() => ({ title: draft.title.trim() ? undefined : t('networkWiki.form.titleMissing') })}
        busy={edit.isPending}
        error={edit.error}
        alert={
          conflict ? (
            <Alert variant="danger" role="alert" title={t('networkWiki.form.conflictTitle')}>
              <p className="kern-body">{t('networkWiki.form.conflictText', { base, newer: newer ?? '?' })}</p>
              <p className="kern-body">
                <Link
                  className="kern-link"
                  to="/network/wiki/$id/history"
                  params={{ id: page.id }}
                  search={{ from: base, to: newer ? Number(newer) : undefined }}
                  target="_blank"
                >
                  {t('networkWiki.form.conflictCompare')}
                </Link>
              </p>
            </Alert>
          ) : undefined
        }
        submit={t('networkWiki.form.save')}
        onValid={() =>
          edit.mutate(
            { ...draft, baseRevision: base },
            {
              onSuccess: () => void navigate({ to: '/network/wiki/$id', params: { id: page.id } }),
              onError: (error) => form.failFromServer(error, FIELDS),
            },
          )
        }
      >
        <WikiFields key={generation} form={form} draft={draft} onChange={setDraft} />
      </Form>
      <p className="kern-body">
        <Link className="kern-link" to="/network/wiki/$id" params={{ id: page.id }}>
          {t('networkWiki.form.cancel')}
        </Link>
      </p>
    </div>
  );
}
