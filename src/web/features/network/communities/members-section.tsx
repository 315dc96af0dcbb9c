import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  CommunityDetail,
  CommunityMember,
  JoinRequest,
} from '../../../../shared/contracts/network-communities.ts';
import { api } from '../../../api/client.ts';
import { Badge } from '../../../ui/badge.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { Section } from '../../../ui/section.tsx';
import { useMe } from '../../accounts/use-me.ts';
import { COMMUNITIES_KEY, communityKey, communityPath, useCommunityMembers } from './queries.ts';

/** The members with their organisations; for moderators also the open requests and the member management. */
export function MembersSection({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const members = useCommunityMembers(community.slug, true);
  const client = useQueryClient();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: communityKey(community.slug) });
    await client.invalidateQueries({ queryKey: COMMUNITIES_KEY });
  };
  const act = useMutation({
    mutationFn: ({ method, path, body }: { method: 'post' | 'patch' | 'delete'; path: string; body?: unknown }) =>
      method === 'delete'
        ? api.delete(communityPath(community.id, path))
        : method === 'patch'
          ? api.patch(communityPath(community.id, path), body)
          : api.post(communityPath(community.id, path), body ?? {}),
    onSuccess: refresh,
  });
  const { me } = useMe();
  const moderate = community.myStanding.canModerate;
  const requests = members.data?.requests ?? [];
  return (
    <>
      {moderate && requests.length > 0 ? (
        <Section title={t('networkCommunities.requests.title', { count: requests.length })}>
          <ul className="community-people">
            {requests.map((r) => (
              <RequestRow
                key={r.id}
                request={r}
                busy={act.isPending}
                onAnswer={(accept) =>
                  act.mutate({ method: 'post', path: `/requests/${r.id}/${accept ? 'accept' : 'refuse'}` })
                }
              />
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title={t('networkCommunities.members.title', { count: community.memberCount })}>
        <ProblemAlert error={members.error ?? act.error} />
        {members.isPending ? (
          <Loading />
        ) : (
          <ul className="community-people">
            {(members.data?.members ?? []).map((m) => (
              <MemberRow
                key={m.id}
                member={m}
                moderate={moderate && m.id !== me?.id}
                busy={act.isPending}
                onRole={(role) => act.mutate({ method: 'patch', path: `/members/${m.id}`, body: { role } })}
                onRemove={() => act.mutate({ method: 'delete', path: `/members/${m.id}` })}
              />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function Person({ person }: { person: { name: string; organisationName: string | null } }) {
  return (
    <span className="community-people__name">
      <strong>{person.name}</strong>
      {person.organisationName ? <span className="kern-body--small"> · {person.organisationName}</span> : null}
    </span>
  );
}

function RequestRow({
  request,
  busy,
  onAnswer,
}: {
  request: JoinRequest;
  busy: boolean;
  onAnswer: (accept: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="community-people__row">
      <Person person={request} />
      {request.note ? <p className="kern-body community-people__note">„{request.note}“</p> : null}
      <div className="kern-btn-wrapper">
        <Button small busy={busy} onClick={() => onAnswer(true)}>
          {t('networkCommunities.requests.accept')}
          <span className="visually-hidden">: {request.name}</span>
        </Button>
        <Button small variant="secondary" busy={busy} onClick={() => onAnswer(false)}>
          {t('networkCommunities.requests.refuse')}
          <span className="visually-hidden">: {request.name}</span>
        </Button>
      </div>
    </li>
  );
}

function MemberRow({
  member,
  moderate,
  busy,
  onRole,
  onRemove,
}: {
  member: CommunityMember;
  moderate: boolean;
  busy: boolean;
  onRole: (role: 'moderator' | 'member') => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const isModerator = member.role === 'moderator';
  return (
    <li className="community-people__row">
      <Person person={member} />
      {isModerator ? <Badge variant="info">{t('networkCommunities.role.moderator')}</Badge> : null}
      {moderate ? (
        <div className="kern-btn-wrapper">
          <Button small variant="tertiary" busy={busy} onClick={() => onRole(isModerator ? 'member' : 'moderator')}>
            {isModerator ? t('networkCommunities.members.demote') : t('networkCommunities.members.promote')}
            <span className="visually-hidden">: {member.name}</span>
          </Button>
          <ConfirmButton
            small
            variant="tertiary"
            question={t('networkCommunities.members.removeQuestion', { name: member.name })}
            confirmLabel={t('networkCommunities.members.removeConfirm')}
            onConfirm={onRemove}
            busy={busy}
          >
            {t('networkCommunities.members.remove')}
            <span className="visually-hidden">: {member.name}</span>
          </ConfirmButton>
        </div>
      ) : null}
    </li>
  );
}
