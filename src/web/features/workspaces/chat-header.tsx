import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../../../shared/contracts/workspaces.ts';
import { Button } from '../../ui/button.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { PresenceDot } from './presence-dot.tsx';

interface ChatHeaderProps {
  title: string;
  preline: string;
  documentTitle: string;
  workspace: WorkspaceDetail | undefined;
  onSearch: (q: string) => void;
  onHelp: () => void;
}

/** Above the panes: where one is (workspace, channel), the message search, and the way to the shortcuts. */
export function ChatHeader({ title, preline, documentTitle, workspace, onSearch, onHelp }: ChatHeaderProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  return (
    <div className="chat-header">
      <div className="chat-header__title">
        <PageTitle preline={preline} documentTitle={documentTitle}>
          {title}
        </PageTitle>
      </div>
      <div className="chat-header__tools">
        <search className="chat-search-region" aria-label={t('workspaces.search.label')}>
          <form
            className="chat-search"
            onSubmit={(event) => {
              event.preventDefault();
              if (q.trim()) onSearch(q.trim());
            }}
          >
            <label className="kern-label visually-hidden" htmlFor="chat-search">
              {t('workspaces.search.label')}
            </label>
            <input
              id="chat-search"
              type="search"
              className="kern-form-input__input chat-search__input"
              placeholder={t('workspaces.search.placeholder')}
              value={q}
              maxLength={200}
              onChange={(event) => setQ(event.target.value)}
            />
            <Button type="submit" icon="search">
              <span className="visually-hidden">{t('workspaces.search.submit')}</span>
            </Button>
          </form>
        </search>
        <Button variant="tertiary" small onClick={onHelp}>
          {t('workspaces.shortcuts.open')}
        </Button>
        {workspace ? (
          <Link
            className="kern-btn kern-btn--tertiary kern-btn--x-small"
            to="/workspaces/$id/members"
            params={{ id: workspace.workspace.id }}
          >
            <span className="kern-label">{t('workspaces.members.link')}</span>
          </Link>
        ) : null}
      </div>
      {workspace ? <WorkspaceAbout detail={workspace} /> : null}
    </div>
  );
}

/** The workspace's description and people, folded away under the title. */
function WorkspaceAbout({ detail }: { detail: WorkspaceDetail }) {
  const { t } = useTranslation();
  return (
    <details className="workspace-about">
      <summary>{t('workspaces.about.summary', { count: detail.memberCount })}</summary>
      <div className="workspace-about__body">
        {detail.workspace.description ? <p className="kern-body">{detail.workspace.description}</p> : null}
        <p className="kern-body kern-body--small">
          {t('workspaces.about.owner', { name: detail.workspace.owner.name })} ·{' '}
          {t(`workspaces.visibility.${detail.workspace.visibility}`)}
        </p>
        <ul className="workspace-about__members">
          {detail.members.map((member) => (
            <li key={member.personId}>
              <PresenceDot personId={member.personId} /> {member.name}
              {member.organisation ? <span className="workspace-about__org"> · {member.organisation.name}</span> : null}
              {member.role !== 'member' ? (
                <span className="workspace-about__org"> · {t(`workspaces.roles.${member.role}`)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
