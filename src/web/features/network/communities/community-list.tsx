import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunitySummary } from '../../../../shared/contracts/network-communities.ts';
import { api } from '../../../api/client.ts';
import { Badge } from '../../../ui/badge.tsx';
import { Button, ButtonLink } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { COMMUNITIES_KEY, communityPath } from './queries.ts';

/** Communities as small cards: name, description, members, how to join, my place; a join button where one may join. */
export function CommunityList({
  communities,
  listRef,
}: {
  communities: CommunitySummary[];
  listRef?: Ref<HTMLUListElement>;
}) {
  return (
    <ul className="card-list" ref={listRef}>
      {communities.map((community) => (
        <CommunityCard key={community.id} community={community} />
      ))}
    </ul>
  );
}

function CommunityCard({ community }: { community: CommunitySummary }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const join = useMutation({
    mutationFn: () => api.post(communityPath(community.id, '/join'), {}),
    onSuccess: () => client.invalidateQueries({ queryKey: COMMUNITIES_KEY }),
  });
  const canJoin = community.myStatus === null && !community.archivedAt;
  const lang = useContentLang();
  return (
    <li className="kern-card kern-card--small kern-card--hug">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-title" lang={lang}>
            <Link className="kern-link" to="/network/communities/$slug" params={{ slug: community.slug }}>
              {community.name}
            </Link>
          </h3>
        </div>
        <div className="kern-card__body">
          {community.description ? (
            <p className="kern-body line-clamp" lang={lang}>
              {community.description}
            </p>
          ) : null}
          <p className="kern-body kern-body--small card-meta">
            {t('networkCommunities.memberCount', { count: community.memberCount })}
            {' · '}
            {t(`networkCommunities.policy.${community.joinPolicy}`)}
            {community.myRole === 'moderator' ? (
              <Badge variant="info">{t('networkCommunities.role.moderator')}</Badge>
            ) : community.myStatus === 'member' ? (
              <Badge variant="success">{t('networkCommunities.status.member')}</Badge>
            ) : community.myStatus === 'requested' ? (
              <Badge variant="warning">{t('networkCommunities.status.requested')}</Badge>
            ) : null}
            {community.archivedAt ? <Badge variant="info">{t('networkCommunities.archived')}</Badge> : null}
          </p>
          <ProblemAlert error={join.error} />
          {canJoin ? (
            <div className="kern-btn-wrapper">
              {community.joinPolicy === 'open' ? (
                <Button small variant="secondary" busy={join.isPending} onClick={() => join.mutate()}>
                  {t('networkCommunities.join')}
                  <span className="visually-hidden">: {community.name}</span>
                </Button>
              ) : (
                <ButtonLink
                  small
                  variant="secondary"
                  to="/network/communities/$slug"
                  params={{ slug: community.slug }}
                  hash="join"
                >
                  {t('networkCommunities.askToJoin')}
                  <span className="visually-hidden">: {community.name}</span>
                </ButtonLink>
              )}
            </div>
          ) : null}
        </div>
      </div>
    </li>
  );
}
