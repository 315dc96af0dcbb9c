import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awaiting } from '../../../shared/contracts/admin.ts';
import { api } from '../../api/client.ts';
import { Card } from '../../ui/card.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import '../admin/admin.css';

type Item = Awaiting['items'][number];

/** Under ['me'], so that whatever refreshes the person (a confirmation, a sign-in) refreshes this too. */
export const AWAITING_KEY = ['me', 'awaiting'] as const;

export function useAwaiting() {
  return useQuery({ queryKey: AWAITING_KEY, queryFn: () => api.get<Awaiting>('/me/awaiting') });
}

/** The sentence of one kind, with its count; the whole sentence is the link, so it reads well alone. */
function sentence(t: TFunction, item: Item): string {
  const count = item.count;
  switch (item.kind) {
    case 'atlas-reviews':
      return t('admin.awaiting.atlasReviews', { count });
    case 'membership-requests':
      return item.organisation
        ? t('admin.awaiting.membershipRequests', { count, organisation: item.organisation.name })
        : t('admin.awaiting.membershipRequestsWithoutAdmin', { count });
    case 'alliance-invitations':
      return t('admin.awaiting.allianceInvitations', { count });
    case 'workspace-join-requests':
      return t('admin.awaiting.joinRequests', { count, workspace: item.workspace?.name ?? '' });
    case 'legal-pages':
      return t('admin.awaiting.legalPages', { count });
  }
}

function ItemLink({ item, children }: { item: Item; children: ReactNode }) {
  switch (item.kind) {
    case 'atlas-reviews':
      return (
        <Link className="kern-link" to="/admin/reviews">
          {children}
        </Link>
      );
    case 'membership-requests':
      return item.organisation ? (
        <Link
          className="kern-link"
          to="/organisations/$id"
          params={{ id: item.organisation.id }}
          hash="administration-title"
        >
          {children}
        </Link>
      ) : (
        <Link className="kern-link" to="/admin/people" search={{ waiting: true }}>
          {children}
        </Link>
      );
    case 'alliance-invitations':
      return (
        <Link className="kern-link" to="/" hash="start-invitations">
          {children}
        </Link>
      );
    case 'workspace-join-requests':
      return item.workspace ? (
        <Link className="kern-link" to="/workspaces/$id/members" params={{ id: item.workspace.id }}>
          {children}
        </Link>
      ) : (
        children
      );
    case 'legal-pages':
      return (
        <Link className="kern-link" to="/admin/legal">
          {children}
        </Link>
      );
  }
}

/**
 * What waits for the person's answer: reviews, membership requests, alliance invitations, join
 * requests, legal pages — each with its count and a link to where it is answered. Shown to everyone
 * who has something waiting, and always to admins, who learn so that nothing waits.
 */
export function AwaitingCard({ alwaysShow }: { alwaysShow: boolean }) {
  const { t } = useTranslation();
  const awaiting = useAwaiting();
  const items = awaiting.data?.items ?? [];
  if (!alwaysShow && items.length === 0) return null;
  return (
    <Card id="start-awaiting" title={t('admin.awaiting.title')}>
      <ProblemAlert error={awaiting.error} />
      {awaiting.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="kern-body">{t('admin.awaiting.none')}</p>
      ) : (
        <ul className="plain-list awaiting-list">
          {items.map((item) => (
            <li
              key={`${item.kind}-${item.organisation?.id ?? ''}-${item.workspace?.id ?? ''}`}
              className="awaiting-list__item kern-body"
            >
              <ItemLink item={item}>{sentence(t, item)}</ItemLink>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
