import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Badge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { personName } from '../accounts/former-person.ts';
import { ContentLinks, WithOrganisation } from './content-frame.tsx';
import { usePage, useRestoreVersion, useVersions } from './content-queries.ts';
import type { ContentPage, ContentVersion } from './content-types.ts';
import { DiffView } from './diff-view.tsx';
import { PageNotFound, pageTitleOf } from './edit-page-page.tsx';
import { languageName, orderLanguages } from './languages.ts';
import { RestoreButton } from './restore-button.tsx';
import { ScrollTable } from './scroll-table.tsx';

const route = getRouteApi('/content/pages/$id/history');

/** `/content/pages/$id/history`: the versions of one language, two compared word by word, one restored. */
export function ContentHistoryPage() {
  const { id } = route.useParams();
  return <WithOrganisation>{() => <History id={id} />}</WithOrganisation>;
}

function History({ id }: { id: string }) {
  const page = usePage(id);
  return (
    <QueryState query={page} notFound={<PageNotFound />}>
      {(data) => <HistoryOf page={data} />}
    </QueryState>
  );
}

function HistoryOf({ page }: { page: ContentPage }) {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const language = search.language ?? page.sourceLanguage;
  const title = pageTitleOf(page);
  const lang = useContentLang(page.sourceLanguage);
  const versions = useVersions(page.id, language);
  const languages = orderLanguages(
    page.sourceLanguage,
    page.languages.map((l) => l.language),
  );
  return (
    <div className="content-history-page">
      <PageTitle
        preline={t('content.history.preline')}
        documentTitle={t('content.history.documentTitle', { title })}
        contentLang={lang}
      >
        {title}
      </PageTitle>
      <ContentLinks>
        <li>
          <Link
            className="kern-link"
            to="/content/pages/$id"
            params={{ id: page.id }}
            search={{ language }}
            // Not "current" on the history, which lies below the page's address.
            activeOptions={{ exact: true }}
          >
            {page.viewer.canEdit ? t('content.history.backToEdit') : t('content.history.backToPage')}
          </Link>
        </li>
      </ContentLinks>
      <nav className="tabs" aria-label={t('content.tabs.label')}>
        <ul className="tabs__list">
          {languages.map((tag) => (
            <li key={tag}>
              <Link
                className="tabs__tab"
                to="/content/pages/$id/history"
                params={{ id: page.id }}
                search={{ language: tag }}
                aria-current={tag === language ? 'page' : undefined}
              >
                {languageName(t, tag, i18n.language)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={versions} notFound={<Alert variant="info" title={t('content.history.unavailable')} />}>
        {(items) => <Versions page={page} language={language} versions={items} />}
      </QueryState>
    </div>
  );
}

function Versions({ page, language, versions }: { page: ContentPage; language: string; versions: ContentVersion[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const restore = useRestoreVersion(page.id, language);
  const [restored, setRestored] = useState<{ number: number; minor: boolean } | null>(null);
  const own = versions.filter((v) => v.language === language).sort((a, b) => b.number - a.number);
  const newest = own[0]?.number;
  const name = languageName(t, language, i18n.language);
  const comparing = search.from !== undefined && search.to !== undefined;

  if (own.length === 0) return <p className="kern-body">{t('content.history.empty', { language: name })}</p>;
  return (
    <div className="stack-xl">
      {own.length > 1 ? <CompareForm pageId={page.id} language={language} versions={own} /> : null}
      {comparing ? (
        search.from === search.to ? (
          <Alert variant="info" title={t('content.history.same')} />
        ) : (
          <DiffView pageId={page.id} language={language} from={search.from} to={search.to} />
        )
      ) : null}
      <Section title={t('content.history.listTitle', { language: name, count: own.length })}>
        <ProblemAlert error={restore.error} />
        {restored !== null ? (
          <Alert
            variant="success"
            role="status"
            title={
              restored.minor
                ? t('content.history.restoredMinor', { number: restored.number })
                : t('content.history.restored', { number: restored.number })
            }
          />
        ) : null}
        <ScrollTable labelledBy="content-versions-caption">
          <table className="kern-table kern-table--striped content-versions">
            <caption className="kern-sr-only" id="content-versions-caption">
              {t('content.history.caption', { language: name })}
            </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('content.history.number')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('content.history.titleColumn')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('content.history.author')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('content.history.time')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('content.history.marks')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('common.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {own.map((v) => (
                <tr className="kern-table__row" key={v.number}>
                  <th scope="row" className="kern-table__cell">
                    {v.number}
                  </th>
                  <td className="kern-table__cell" lang={language}>
                    {v.title}
                  </td>
                  <td className="kern-table__cell">
                    {v.authorName ? personName(t, v.authorName) : t('content.history.unknownAuthor')}
                  </td>
                  <td className="kern-table__cell">{format.dateTime(v.createdAt)}</td>
                  <td className="kern-table__cell">
                    <VersionMarks version={v} />
                  </td>
                  <td className="kern-table__cell">
                    <div className="kern-btn-wrapper content-version-actions">
                      {v.number > 1 ? (
                        <Link
                          className="kern-link"
                          to="/content/pages/$id/history"
                          params={{ id: page.id }}
                          search={{ language, from: v.number - 1, to: v.number }}
                        >
                          {t('content.history.compareWithPrevious', { previous: v.number - 1, number: v.number })}
                        </Link>
                      ) : null}
                      {page.viewer.canEdit && v.number !== newest ? (
                        <RestoreButton
                          number={v.number}
                          isSource={language === page.sourceLanguage}
                          busy={restore.isPending}
                          onRestore={(minor) => {
                            setRestored(null);
                            restore.mutate(
                              { number: v.number, minor },
                              { onSuccess: () => setRestored({ number: v.number, minor }) },
                            );
                          }}
                        />
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </Section>
    </div>
  );
}

/** Small change, draft, machine translation, from an XLIFF file: in words. */
function VersionMarks({ version }: { version: ContentVersion }) {
  const { t } = useTranslation();
  const marks: Array<{ key: string; text: string; variant: 'info' | 'warning' }> = [];
  if (version.draft) marks.push({ key: 'draft', text: t('content.history.markDraft'), variant: 'info' });
  if (version.minor) marks.push({ key: 'minor', text: t('content.history.markMinor'), variant: 'info' });
  if (version.origin === 'machine')
    marks.push({
      key: 'machine',
      text: version.reviewed ? t('content.history.markMachineReviewed') : t('content.history.markMachine'),
      variant: 'warning',
    });
  if (version.origin === 'xliff') marks.push({ key: 'xliff', text: t('content.history.markXliff'), variant: 'info' });
  if (version.basis)
    marks.push({
      key: 'basis',
      text: t('content.history.markBasis', { language: version.basis.language, number: version.basis.number }),
      variant: 'info',
    });
  if (marks.length === 0) return <span className="content-muted">–</span>;
  return (
    <ul className="content-marks">
      {marks.map((mark) => (
        <li key={mark.key}>
          <Badge variant={mark.variant}>{mark.text}</Badge>
        </li>
      ))}
    </ul>
  );
}

function CompareForm({ pageId, language, versions }: { pageId: string; language: string; versions: ContentVersion[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const search = route.useSearch();
  const newest = versions[0]?.number ?? 1;
  const [from, setFrom] = useState(String(search.from ?? Math.max(1, newest - 1)));
  const [to, setTo] = useState(String(search.to ?? newest));
  const options = versions.map((v) => ({
    value: String(v.number),
    label: t('content.history.option', { number: v.number, time: format.dateTime(v.createdAt) }),
  }));
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void navigate({
      to: '/content/pages/$id/history',
      params: { id: pageId },
      search: { language, from: Number(from), to: Number(to) },
    }).then(() => document.getElementById('content-diff-title')?.focus());
  }
  return (
    <Section title={t('content.history.compareTitle')}>
      <form className="content-compare" noValidate onSubmit={onSubmit}>
        <SelectField
          id="content-compare-from"
          label={t('content.history.from')}
          value={from}
          onChange={setFrom}
          options={options}
        />
        <SelectField
          id="content-compare-to"
          label={t('content.history.to')}
          value={to}
          onChange={setTo}
          options={options}
        />
        <div className="content-compare__submit">
          <Button type="submit" variant="secondary">
            {t('content.history.compare')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
