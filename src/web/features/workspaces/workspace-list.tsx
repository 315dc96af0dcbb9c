import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WorkspaceListItem } from '../../../shared/contracts/workspaces.ts';
import { Badge } from '../../ui/badge.tsx';
import { JoinActions } from './join-actions.tsx';

/** Workspaces as small cards: name, owner, description, people, my role or how to join. */
export function WorkspaceList({ items }: { items: WorkspaceListItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list workspace-list">
      {items.map((item) => (
        <li key={item.id} className="kern-card kern-card--small kern-card--hug">
          <div className="kern-card__container">
            <div className="kern-card__header">
              <h3 className="kern-title">
                <Link className="kern-link" to="/workspaces/$id" params={{ id: item.id }}>
                  {item.name}
                </Link>
              </h3>
            </div>
            <div className="kern-card__body">
              <p className="kern-body kern-body--small">{t('workspaces.about.owner', { name: item.owner.name })}</p>
              {item.description ? <p className="kern-body line-clamp">{item.description}</p> : null}
              <p className="kern-body kern-body--small card-meta">
                {t('workspaces.memberCount', { count: item.memberCount })}
                {item.myRole ? <Badge variant="success">{t(`workspaces.roles.${item.myRole}`)}</Badge> : null}
              </p>
              {item.myRole ? null : (
                <JoinActions
                  workspaceId={item.id}
                  name={item.name}
                  canJoin={item.canJoin}
                  canRequest={item.canRequest}
                  requestPending={item.requestPending}
                />
              )}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
