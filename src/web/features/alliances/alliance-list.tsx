import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AllianceSummary } from '../../../shared/contracts/alliances.ts';
import { Badge } from '../../ui/badge.tsx';

/** Alliances as a list of small cards: name, description, number of members, my status. */
export function AllianceList({
  alliances,
  headingLevel = 'h3',
}: {
  alliances: AllianceSummary[];
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const Heading = headingLevel;
  return (
    <ul className="card-list">
      {alliances.map((alliance) => (
        <li key={alliance.id} className="kern-card kern-card--interactive kern-card--small kern-card--hug">
          <div className="kern-card__container">
            <div className="kern-card__header">
              <Heading className="kern-title">
                <Link className="kern-link kern-link--stretched" to="/alliances/$id" params={{ id: alliance.id }}>
                  {alliance.name}
                </Link>
              </Heading>
            </div>
            <div className="kern-card__body">
              {alliance.description ? <p className="kern-body line-clamp">{alliance.description}</p> : null}
              <p className="kern-body kern-body--small card-meta">
                {t('alliances.memberCount', { count: alliance.memberCount })}
                {alliance.myStatus === 'invited' ? <Badge variant="warning">{t('alliances.invited')}</Badge> : null}
                {alliance.myStatus === 'member' ? <Badge variant="success">{t('alliances.member')}</Badge> : null}
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
