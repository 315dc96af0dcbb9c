import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { type MapPoint, OutlineMap } from '../../../ui/map.tsx';
import { Section } from '../../../ui/section.tsx';
import { useLaenderOutlines } from '../../alliances/queries.ts';
import { describeOrganisation } from '../../organisations/describe-organisation.ts';

/** The partner organisations on a small map of the Länder, with the same in words beside it. */
export function RecordPartners({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const outlines = useLaenderOutlines();
  if (record.partners.length === 0 && record.externalPartners.length === 0) return null;
  const points: MapPoint[] = record.partners.flatMap((o) =>
    o.latitude !== null && o.longitude !== null
      ? [{ id: o.id, label: o.name, latitude: o.latitude, longitude: o.longitude }]
      : [],
  );
  const description =
    points.length === 0
      ? t('atlas.record.map.noneLocated')
      : t('atlas.record.map.description', { count: points.length, names: points.map((p) => p.label).join(', ') });
  return (
    <Section
      title={t('atlas.record.partnersTitle', { count: record.partners.length + record.externalPartners.length })}
    >
      <div className="map-layout record-partners">
        {outlines.data && points.length > 0 ? (
          <figure className="map-figure record-partners__map">
            <OutlineMap
              outlines={outlines.data.features.map((f) => f.geometry)}
              points={points}
              title={t('atlas.record.map.title', { title: record.title })}
              description={description}
            />
            <figcaption className="kern-body kern-body--small map-figure__caption">
              {t('atlas.record.map.caption')}
            </figcaption>
          </figure>
        ) : null}
        <ul className="plain-list record-partners__list">
          {record.partners.map((p) => (
            <li key={p.id}>
              <Link className="kern-link" to="/organisations/$id" params={{ id: p.id }}>
                {p.name}
              </Link>
              <span className="kern-body kern-body--small fact-note"> – {describeOrganisation(t, p)}</span>
            </li>
          ))}
          {record.externalPartners.map((name) => (
            <li key={`external-${name}`}>
              {name}
              <span className="kern-body kern-body--small fact-note"> – {t('atlas.record.externalPartner')}</span>
            </li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
