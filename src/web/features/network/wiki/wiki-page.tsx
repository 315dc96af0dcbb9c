import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate, useRouter } from '@tanstack/react-router';
import { type FormEvent, type MouseEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WIKI_LIMITS, type WikiLinkView, type WikiPageView } from '../../../../shared/contracts/network-wiki.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { AppPathLink } from '../communities/app-path-link.tsx';
import { useWikiPageEvents } from './use-wiki-page-events.ts';
import { WikiLiveNotice } from './wiki-live-notice.tsx';
import { useCheckWikiPage, useDeleteWikiPage, useWikiPage, useWikiSettings, wikiPageKey } from './wiki-queries.ts';
import './wiki.css';

const route = getRouteApi('/network/wiki/$id');

export function WikiNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('networkWiki.notFound.title')}</PageTitle>
      <Alert variant="info" title={t('networkWiki.notFound.text')} />
    </>
  );
}

/** `/network/wiki/$id`: a page with its text, its last check, its source answer, its links and backlinks. */
export function WikiPage() {
  const { id } = route.useParams();
  const page = useWikiPage(id);
  const client = useQueryClient();
  const { news, dismiss } = useWikiPageEvents(id);
  async function reload() {
    await client.invalidateQueries({ queryKey: wikiPageKey(id) });
    dismiss();
  }
  return (
    <QueryState query={page} notFound={<WikiNotFound />}>
      {(data) => (
        <PageView
          page={data}
          notice={
            <WikiLiveNotice pageId={data.id} communityId={data.community?.id ?? null} news={news} onReload={reload} />
          }
        />
      )}
    </QueryState>
  );
}

export function wikiName(t: (key: string, options?: Record<string, unknown>) => string, page: WikiPageView) {
  return page.community
    ? t('networkWiki.list.communityTitle', { name: page.community.name })
    : t('networkWiki.list.platformTitle');
}

function PageView({ page, notice }: { page: WikiPageView; notice: ReactNode }) {
  const { t } = useTranslation();
  const router = useRouter();
  // Links in the text to the app's own pages open inside the app.
  function onTextClick(event: MouseEvent<HTMLDivElement>) {
    const anchor = (event.target as HTMLElement).closest('a');
    const href = anchor?.getAttribute('href');
    if (!href?.startsWith('/') || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void router.navigate({ href });
  }
  return (
    <article className="wiki stack-xl" lang="de">
      <PageTitle preline={wikiName(t, page)}>{page.title}</PageTitle>
      {notice}
      <nav aria-label={t('networkWiki.page.actions')}>
        <ul className="wiki__links">
          <li>
            <Link className="kern-link" to="/network/wiki" search={{ community: page.community?.id }}>
              {t('networkWiki.page.toList')}
            </Link>
          </li>
          {page.canWrite ? (
            <li>
              <Link className="kern-link" to="/network/wiki/$id/edit" params={{ id: page.id }}>
                {t('networkWiki.page.edit')}
              </Link>
            </li>
          ) : null}
          <li>
            <Link className="kern-link" to="/network/wiki/$id/history" params={{ id: page.id }} search={{}}>
              {t('networkWiki.page.history', { count: page.revisionCount })}
            </Link>
          </li>
        </ul>
      </nav>
      {page.sourceQuestion ? (
        <p className="kern-body">
          {t('networkWiki.page.fromAnswer')}{' '}
          <AppPathLink href={`/network/questions/${page.sourceQuestion.id}`}>{page.sourceQuestion.title}</AppPathLink>
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: only follows the text's own links, which take Enter themselves */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the same: the links inside are the interactive elements */}
      <div
        className="rich-text wiki__text"
        onClick={onTextClick}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save
        dangerouslySetInnerHTML={{ __html: page.bodyHtml }}
      />
      <CheckSection page={page} />
      <LinkList title={t('networkWiki.page.links')} empty={t('networkWiki.page.noLinks')} links={page.links} />
      <LinkList
        title={t('networkWiki.page.backlinks')}
        empty={t('networkWiki.page.noBacklinks')}
        links={page.backlinks}
      />
      {page.canDelete ? <DeleteSection page={page} /> : null}
    </article>
  );
}

function LinkList({ title, empty, links }: { title: string; empty: string; links: WikiLinkView[] }) {
  const { t } = useTranslation();
  return (
    <Section title={title}>
      {links.length === 0 ? (
        <p className="kern-body wiki-muted">{empty}</p>
      ) : (
        <ul className="wiki-linklist">
          {links.map((link) => (
            <li key={`${link.kind}:${link.id}`} className="kern-body">
              <AppPathLink href={link.href}>{link.title}</AppPathLink>{' '}
              <span className="wiki-muted">({t(`networkWiki.linkKinds.${link.kind}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function CheckSection({ page }: { page: WikiPageView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const check = useCheckWikiPage(page.id);
  const settings = useWikiSettings(page.id);
  const [days, setDays] = useState(String(page.checkEveryDays));
  const [saved, setSaved] = useState(false);
  function onSettings(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    settings.mutate(Number(days), { onSuccess: () => setSaved(true) });
  }
  return (
    <Section title={t('networkWiki.check.title')}>
      <p className="kern-body">
        {page.checkedBy
          ? t('networkWiki.check.checkedBy', { when: format.date(page.checkedAt), name: page.checkedBy.name })
          : t('networkWiki.checkedOn', { when: format.date(page.checkedAt) })}{' '}
        {t('networkWiki.check.every', { count: page.checkEveryDays })}
      </p>
      {page.overdue ? <Alert variant="warning" title={t('networkWiki.check.overdue')} /> : null}
      <ProblemAlert error={check.error} />
      {check.isSuccess ? <Alert variant="success" role="status" title={t('networkWiki.check.done')} /> : null}
      {page.canWrite ? (
        <Button variant="secondary" icon="check" busy={check.isPending} onClick={() => check.mutate(undefined)}>
          {t('networkWiki.check.action')}
        </Button>
      ) : null}
      {page.canDelete ? (
        <form className="wiki__settings" onSubmit={onSettings} noValidate>
          <TextField
            id="wiki-check-every"
            label={t('networkWiki.check.periodLabel')}
            hint={t('networkWiki.check.periodHint', {
              min: WIKI_LIMITS.checkEveryDaysMin,
              max: WIKI_LIMITS.checkEveryDaysMax,
            })}
            type="number"
            inputMode="numeric"
            min={WIKI_LIMITS.checkEveryDaysMin}
            max={WIKI_LIMITS.checkEveryDaysMax}
            width="medium"
            value={days}
            onChange={setDays}
          />
          <ProblemAlert error={settings.error} />
          {saved ? <Alert variant="success" role="status" title={t('networkWiki.check.periodSaved')} /> : null}
          <Button type="submit" variant="secondary" busy={settings.isPending}>
            {t('networkWiki.check.periodSave')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}

function DeleteSection({ page }: { page: WikiPageView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteWikiPage(page.id);
  return (
    <Section title={t('networkWiki.delete.title')}>
      <ProblemAlert error={remove.error} />
      <ConfirmButton
        question={t('networkWiki.delete.question', { title: page.title })}
        confirmLabel={t('networkWiki.delete.confirm')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => void navigate({ to: '/network/wiki', search: { community: page.community?.id } }),
          })
        }
      >
        {t('networkWiki.delete.action')}
      </ConfirmButton>
    </Section>
  );
}
