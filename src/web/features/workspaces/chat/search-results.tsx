import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useMessageSearch } from './chat-queries.ts';
import { useMessageTime } from './messages/message-time.ts';
import './composer/composer.css';
import { personName } from '../../accounts/former-person.ts';

/** Search hits across every channel the person may read: channel, author, time and the matching words. */
export function SearchResults({ q, onClose }: { q: string; onClose: () => void }) {
  const { t } = useTranslation();
  const time = useMessageTime();
  const results = useMessageSearch(q);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (results.data) heading.current?.focus();
  }, [results.data]);

  const hits = results.data?.hits ?? [];
  return (
    <div className="search-results">
      <div className="pane-head">
        <h2 className="kern-heading-small pane-head__title" tabIndex={-1} ref={heading}>
          {t('workspaces.search.title')}
        </h2>
        <Button variant="tertiary" small icon="close" className="pane-head__close" onClick={onClose}>
          <span className="visually-hidden">{t('workspaces.search.close')}</span>
        </Button>
      </div>
      {results.isPending ? (
        <Loading />
      ) : !results.data ? (
        <ProblemAlert error={results.error} />
      ) : (
        <>
          <p className="kern-body" role="status">
            {t('workspaces.search.count', { count: hits.length, q })}
          </p>
          <ol className="search-results__list">
            {hits.map((hit) => (
              <li key={hit.messageId} className="search-hit">
                <Link
                  to="/chat/$channelId"
                  params={{ channelId: hit.channel.id }}
                  search={{ message: hit.messageId, thread: hit.threadRootId ?? undefined }}
                  className="search-hit__link"
                >
                  {hit.channel.kind === 'channel'
                    ? `#${hit.channel.name ?? ''}`
                    : hit.channel.kind === 'community'
                      ? (hit.channel.name ?? '')
                      : t('workspaces.search.conversation')}
                  {hit.channel.workspaceName ? ` · ${hit.channel.workspaceName}` : ''}
                </Link>
                <p className="search-hit__meta">
                  {personName(t, hit.author.name)} · {time.short(String(hit.createdAt))}
                </p>
                {/* The server escapes the text and adds only <mark> around the matched words. */}
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by the server, only <mark> added */}
                <p className="search-hit__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
