import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../../../../shared/contracts/workspaces.ts';
import { Button } from '../../../ui/button.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { PresenceDot } from './presence-dot.tsx';

/** On narrow screens the search and the other tools fold away behind two buttons in the header's row. */
export type HeaderPanel = 'search' | 'more' | null;

export const CHAT_SEARCH_ID = 'chat-search-region';
export const CHAT_MORE_ID = 'chat-more';
/** The channel's own tools (edit, notifications), which fold away with the header's on narrow screens. */
export const CHANNEL_TOOLS_ID = 'channel-tools';

interface ChatHeaderProps {
  title: string;
  preline: string;
  documentTitle: string;
  workspace: WorkspaceDetail | undefined;
  /** The way one step back on narrow screens (to the channels, or from a thread to the channel). */
  back: { label: string; onBack: () => void } | null;
  panel: HeaderPanel;
  onPanel: (panel: HeaderPanel) => void;
  onSearch: (q: string) => void;
  onHelp: () => void;
}

/**
 * Above the panes: where one is (workspace, channel), the message search, the shortcuts and the
 * workspace's people. Below 768 px it is one row, as chat apps on phones have it: back, title, search,
 * more.
 */
export function ChatHeader(props: ChatHeaderProps) {
  const { title, preline, documentTitle, workspace, back, panel, onPanel, onSearch, onHelp } = props;
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const searchField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (panel === 'search') searchField.current?.focus();
  }, [panel]);

  return (
    <div className="chat-header">
      <div className="chat-header__bar">
        {back ? (
          <button type="button" className="kern-btn kern-btn--tertiary chat-header__back" onClick={back.onBack}>
            <Icon name="arrow-back" />
            <span className="kern-label kern-sr-only">{back.label}</span>
          </button>
        ) : null}
        <div className="chat-header__title">
          <PageTitle preline={preline} documentTitle={documentTitle}>
            {title}
          </PageTitle>
        </div>
        <div className="chat-header__toggles">
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            aria-expanded={panel === 'search'}
            aria-controls={CHAT_SEARCH_ID}
            onClick={() => onPanel(panel === 'search' ? null : 'search')}
          >
            <Icon name="search" />
            <span className="kern-label kern-sr-only">{t('workspaces.chat.openSearch')}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            aria-expanded={panel === 'more'}
            aria-controls={`${CHAT_MORE_ID} ${CHANNEL_TOOLS_ID}`}
            onClick={() => onPanel(panel === 'more' ? null : 'more')}
          >
            <span className="kern-icon kern-icon--more-vert" aria-hidden="true" />
            <span className="kern-label kern-sr-only">{t('workspaces.chat.moreOptions')}</span>
          </button>
        </div>
        <search id={CHAT_SEARCH_ID} className="chat-search-region" aria-label={t('workspaces.search.label')}>
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
              ref={searchField}
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
        <div id={CHAT_MORE_ID} className="chat-header__more">
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
          {workspace ? (
            <Link
              className="kern-btn kern-btn--tertiary kern-btn--x-small"
              to="/workspaces/$id/projects"
              params={{ id: workspace.workspace.id }}
            >
              <span className="kern-label">{t('projects.workspace.link')}</span>
            </Link>
          ) : null}
          {workspace ? (
            <Link
              className="kern-btn kern-btn--tertiary kern-btn--x-small"
              to="/documents/$kind/$spaceId"
              params={{ kind: 'workspace', spaceId: workspace.workspace.id }}
              search={{}}
            >
              <span className="kern-label">{t('documents.workspaceLink')}</span>
            </Link>
          ) : null}
          {workspace ? <WorkspaceAbout detail={workspace} /> : null}
        </div>
      </div>
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
