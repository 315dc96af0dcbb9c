import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icon.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SearchForm } from '../../ui/search-form.tsx';
import { Section } from '../../ui/section.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { CreateWorkspaceForm } from './create-workspace-form.tsx';
import { WorkspaceList } from './workspace-list.tsx';
import { useWorkspaceList } from './workspace-queries.ts';
import './workspaces.css';
import './workspace-pages.css';

/** /workspaces: my workspaces, those I may join or ask to join, and a new one. */
export function WorkspacesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('workspaces.lead')}>{t('workspaces.title')}</PageTitle>
      <RequireSignIn>
        {(me) => (
          <div className="stack-xl">
            {me.organisation?.status === 'confirmed' ? (
              <div className="kern-btn-wrapper">
                <a className="kern-btn kern-btn--secondary" href="#workspace-name">
                  <Icon name="add" />
                  <span className="kern-label">{t('workspaces.create.title')}</span>
                </a>
              </div>
            ) : null}
            <Lists />
            <Section title={t('workspaces.create.title')}>
              <div className="narrow-page">
                <CreateWorkspaceForm me={me} />
              </div>
            </Section>
          </div>
        )}
      </RequireSignIn>
    </>
  );
}

function Lists() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const list = useWorkspaceList(q);
  return (
    <>
      <Section title={t('workspaces.mine')}>
        <ProblemAlert error={list.error} />
        {list.isPending ? (
          <Loading />
        ) : list.data?.mine.length ? (
          <WorkspaceList items={list.data.mine} />
        ) : (
          <p className="kern-body">{t('workspaces.mineNone')}</p>
        )}
      </Section>
      <Section title={t('workspaces.discover')}>
        <p className="kern-body">{t('workspaces.discoverLead')}</p>
        <SearchForm
          region={t('workspaces.discoverSearch')}
          id="workspace-search"
          label={t('workspaces.discoverSearch')}
          value={text}
          onChange={setText}
          onSearch={() => setQ(text.trim())}
          submit={t('workspaces.discoverSubmit')}
        />
        {list.isPending ? null : list.data?.discover.length ? (
          <WorkspaceList items={list.data.discover} />
        ) : (
          <p className="kern-body">{t('workspaces.discoverNone')}</p>
        )}
      </Section>
    </>
  );
}
