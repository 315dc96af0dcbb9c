import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR_COLOURS } from '../../../../shared/atlas/cofog.ts';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { sectorLabel } from '../record-labels.ts';
import type { AtlasPoint } from './atlas-map-clusters.ts';

/** Which colour stands for which sector, for the sectors on the map, with how many dots each. */
export function AtlasMapLegend({ points, clusters }: { points: AtlasPoint[]; clusters: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const counts = new Map<string, number>();
  for (const point of points) counts.set(point.sector, (counts.get(point.sector) ?? 0) + 1);
  if (counts.size === 0) return null;
  return (
    <div className="atlas-map__legend">
      <p className="kern-body kern-body--small kern-body--bold" id={headingId}>
        {t('atlas.map.legend')}
      </p>
      <ul className="atlas-map__legend-list" aria-labelledby={headingId}>
        {[...counts]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([sector, count]) => (
            <li key={sector} className="kern-body kern-body--small">
              <span className="atlas-map__swatch" style={{ background: SECTOR_COLOURS[sector] ?? '#4b5275' }} />
              <span>
                {sectorLabel(t, sector)} <span className="atlas-map__legend-count">({format.number(count)})</span>
              </span>
            </li>
          ))}
        {clusters ? (
          <li className="kern-body kern-body--small">
            <span className="atlas-map__swatch atlas-map__swatch--cluster" />
            <span>{t('atlas.map.clusterLegend')}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** The records of a place the map cannot pull apart (same partners, same centre), as links. */
export function ClusterLeaves({ points, onClose }: { points: AtlasPoint[]; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section
      className="atlas-map__leaves"
      aria-labelledby="atlas-map-leaves"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h3 className="kern-heading-small" id="atlas-map-leaves" tabIndex={-1} ref={headingRef}>
        {t('atlas.map.leaves', { count: points.length })}
      </h3>
      <ul className="kern-list">
        {points.map((point) => (
          <li key={point.id}>
            <span className="atlas-map__swatch" style={{ background: SECTOR_COLOURS[point.sector] ?? '#4b5275' }} />
            <Link className="kern-link" to="/atlas/$slug" params={{ slug: point.slug }} lang={lang}>
              {point.title}
            </Link>
          </li>
        ))}
      </ul>
      <Button variant="secondary" small onClick={onClose}>
        {t('atlas.map.closeLeaves')}
      </Button>
    </section>
  );
}
