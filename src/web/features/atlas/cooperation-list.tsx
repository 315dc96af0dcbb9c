import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationCard } from '../../../shared/contracts/atlas.ts';
import { Badge } from '../../ui/badge.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { RecordBadges } from './record-badges.tsx';
import { legalFormLabel, sectorLabel } from './record-labels.ts';
import './record.css';

/**
 * Cooperations as small cards: title, summary, sector, legal form, start, partners. Used by the
 * organisation and alliance pages, the related records and the workbench.
 */
export function CooperationList({
  items,
  headingLevel = 'h3',
  empty,
  actions,
}: {
  items: CooperationCard[];
  headingLevel?: 'h2' | 'h3' | 'h4';
  empty?: string;
  /** Buttons under a card, e.g. publish or return in the review queue. */
  actions?: (item: CooperationCard) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const Heading = headingLevel;
  if (items.length === 0) return empty ? <p className="kern-body table-empty">{empty}</p> : null;
  return (
    <ul className="card-list cooperation-list">
      {items.map((item) => (
        <li key={item.id} className="kern-card kern-card--small kern-card--hug cooperation-card">
          <div className="kern-card__container">
            <div className="kern-card__header">
              <p className="kern-preline">{sectorLabel(t, item.sector)}</p>
              <Heading className="kern-title" lang={lang}>
                <Link className="kern-link" to="/atlas/$slug" params={{ slug: item.slug }}>
                  {item.title}
                </Link>
              </Heading>
            </div>
            <div className="kern-card__body cooperation-card__body">
              {item.summary ? (
                <p className="kern-body line-clamp" lang={lang}>
                  {item.summary}
                </p>
              ) : null}
              <p className="kern-body kern-body--small card-meta">
                <span>{legalFormLabel(t, item.legalForm)}</span>
                {item.startYear ? <span>{t('atlas.record.since', { year: item.startYear })}</span> : null}
              </p>
              {item.partnerNames.length ? (
                <p className="kern-body kern-body--small card-meta">
                  <span className="visually-hidden">{t('atlas.record.partnersLabel')}: </span>
                  {item.partnerNames.slice(0, 4).join(', ')}
                  {item.partnerNames.length > 4
                    ? ` ${t('atlas.record.morePartners', { count: item.partnerNames.length - 4 })}`
                    : ''}
                </p>
              ) : null}
              {item.state !== 'published' || item.synthetic || item.transferable ? (
                <p className="card-meta">
                  <RecordBadges state={item.state} synthetic={item.synthetic} />
                  {item.transferable ? <Badge variant="success">{t('atlas.record.transferable')}</Badge> : null}
                </p>
              ) : null}
              {actions ? actions(item) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
