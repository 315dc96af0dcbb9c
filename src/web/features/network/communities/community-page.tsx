import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNITY_LIMITS, type CommunityDetail } from '../../../../shared/contracts/network-communities.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { AppPathLink } from './app-path-link.tsx';
import { CommunitySettings } from './community-settings.tsx';
import { MembersSection } from './members-section.tsx';
import './communities.css';
import { COMMUNITIES_KEY, communityKey, communityPath, useCommunity } from './queries.ts';

/** /network/communities/$slug: a community with joining, its areas, members and (for moderators) its settings. */
export function CommunityPage() {
  const { slug } = useParams({ from: '/network/communities/$slug' });
  return <RequireSignIn>{() => <CommunityView slug={slug} />}</RequireSignIn>;
}

function CommunityView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const community = useCommunity(slug);
  const lang = useContentLang();
  return (
    <QueryState query={community} notFound={<Alert variant="info" title={t('networkCommunities.notFound')} />}>
      {(c) => (
        <>
          <PageTitle preline={t('networkCommunities.preline')} lead={c.description || undefined} contentLang={lang}>
            {c.name}
          </PageTitle>
          <div className="stack-xl">
            <Facts community={c} />
            <Joining community={c} />
            <Areas community={c} />
            {c.joinPolicy === 'open' || c.myStanding.member ? <MembersSection community={c} /> : null}
            {c.myStanding.canModerate ? <CommunitySettings community={c} /> : null}
          </div>
        </>
      )}
    </QueryState>
  );
}

function Facts({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  return (
    <div>
      <p className="kern-body">
        {t('networkCommunities.memberCount', { count: community.memberCount })}
        {' · '}
        {t(`networkCommunities.policy.${community.joinPolicy}`)}
        {community.approveFirstPosts ? ` · ${t('networkCommunities.firstPostsHeld')}` : ''}
      </p>
      {community.archivedAt ? <Alert variant="info" title={t('networkCommunities.archivedNotice')} /> : null}
      <p className="kern-body">
        {t('networkCommunities.moderatedBy')}{' '}
        {community.moderators
          .map((m) => (m.organisationName ? `${m.name} (${m.organisationName})` : m.name))
          .join(', ')}
      </p>
    </div>
  );
}

function useRefresh(community: CommunityDetail) {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: communityKey(community.slug) });
    await client.invalidateQueries({ queryKey: COMMUNITIES_KEY });
  };
}

function Joining({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const refresh = useRefresh(community);
  const [note, setNote] = useState('');
  const join = useMutation({
    mutationFn: () => api.post(communityPath(community.id, '/join'), note.trim() ? { note: note.trim() } : {}),
    onSuccess: refresh,
  });
  const leave = useMutation({ mutationFn: () => api.post(communityPath(community.id, '/leave')), onSuccess: refresh });
  const s = community.myStanding;
  if (community.archivedAt && !s.member && !s.requested) return null;
  return (
    <Section title={t('networkCommunities.membership.title')}>
      <div id="join" className="form-stack">
        <ProblemAlert error={join.error ?? leave.error} />
        {s.member ? (
          <>
            <p className="kern-body">
              {s.role === 'moderator'
                ? t('networkCommunities.membership.youModerate')
                : t('networkCommunities.membership.youAreMember')}
            </p>
            <div className="kern-btn-wrapper">
              <ConfirmButton
                question={t('networkCommunities.membership.leaveQuestion', { name: community.name })}
                confirmLabel={t('networkCommunities.membership.leaveConfirm')}
                onConfirm={() => leave.mutate()}
                busy={leave.isPending}
              >
                {t('networkCommunities.membership.leave')}
              </ConfirmButton>
            </div>
          </>
        ) : s.requested ? (
          <>
            <Alert variant="info" title={t('networkCommunities.membership.requested')} />
            <div className="kern-btn-wrapper">
              <Button variant="secondary" busy={leave.isPending} onClick={() => leave.mutate()}>
                {t('networkCommunities.membership.withdraw')}
              </Button>
            </div>
          </>
        ) : community.joinPolicy === 'open' ? (
          <>
            <p className="kern-body">{t('networkCommunities.membership.openText')}</p>
            <div className="kern-btn-wrapper">
              <Button busy={join.isPending} onClick={() => join.mutate()}>
                {t('networkCommunities.join')}
              </Button>
            </div>
          </>
        ) : (
          <form
            className="form-stack"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!join.isPending) join.mutate();
            }}
          >
            <p className="kern-body">{t('networkCommunities.membership.requestText')}</p>
            <TextArea
              id="join-note"
              label={t('networkCommunities.membership.note')}
              hint={t('networkCommunities.membership.noteHint')}
              value={note}
              onChange={setNote}
              maxLength={COMMUNITY_LIMITS.requestNote}
              rows={3}
              optional
            />
            <div className="kern-btn-wrapper">
              <Button type="submit" busy={join.isPending}>
                {t('networkCommunities.askToJoin')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </Section>
  );
}

function Areas({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const refresh = useRefresh(community);
  const s = community.myStanding;
  const readable = community.joinPolicy === 'open' || s.member;
  const channel = useMutation({
    mutationFn: () => api.post<{ channelId: string }>(communityPath(community.id, '/channel')),
    onSuccess: refresh,
  });
  if (!readable) return <p className="kern-body">{t('networkCommunities.areas.membersOnly')}</p>;
  return (
    <Section title={t('networkCommunities.areas.title')}>
      <ul className="network-areas">
        <li>
          <AppPathLink href={`/network/questions?community=${community.id}`}>
            {t('networkCommunities.areas.questions', { count: community.questionCount })}
          </AppPathLink>
        </li>
        <li>
          <AppPathLink href={`/network/wiki?community=${community.id}`}>
            {t('networkCommunities.areas.wiki', { count: community.wikiPageCount })}
          </AppPathLink>
        </li>
        {s.canModerate ? (
          <li>
            <AppPathLink href={`/network/moderation?community=${community.id}`}>
              {t('networkCommunities.areas.moderation')}
            </AppPathLink>
          </li>
        ) : null}
        {community.channelId ? (
          <li>
            <Link className="kern-link" to="/chat/$channelId" params={{ channelId: community.channelId }}>
              {t('networkCommunities.areas.chat')}
            </Link>
          </li>
        ) : null}
      </ul>
      {!community.hasChannel && s.canModerate && !community.archivedAt ? (
        <div className="form-stack">
          <ProblemAlert error={channel.error} />
          <p className="kern-body">{t('networkCommunities.areas.noChat')}</p>
          <div className="kern-btn-wrapper">
            <Button variant="secondary" busy={channel.isPending} onClick={() => channel.mutate()}>
              {t('networkCommunities.areas.switchOnChat')}
            </Button>
          </div>
        </div>
      ) : null}
    </Section>
  );
}
