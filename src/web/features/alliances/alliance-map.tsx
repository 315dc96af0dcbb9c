import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { type MapPoint, OutlineMap } from '../../ui/map.tsx';
import { useLaenderOutlines } from './queries.ts';

/** The member organisations as dots on the Länder of Germany; the table beside it says the same in words. */
export function AllianceMap({ allianceName, members }: { allianceName: string; members: OrganisationSummary[] }) {
  const { t } = useTranslation();
  const outlines = useLaenderOutlines();
  const points: MapPoint[] = members.flatMap((o) =>
    o.latitude !== null && o.longitude !== null
      ? [{ id: o.id, label: o.name, latitude: o.latitude, longitude: o.longitude }]
      : [],
  );
  if (outlines.isPending || (!outlines.data && points.length === 0)) return null;
  const located = points.map((p) => p.label);
  const description =
    located.length === 0
      ? t('alliance.map.noneLocated')
      : t('alliance.map.description', { count: located.length, names: located.join(', ') });
  return (
    <figure className="map-figure">
      <OutlineMap
        outlines={outlines.data?.features.map((f) => f.geometry) ?? []}
        points={points}
        title={t('alliance.map.title', { name: allianceName })}
        description={description}
      />
      <figcaption className="kern-body kern-body--small map-figure__caption">{t('alliance.map.caption')}</figcaption>
    </figure>
  );
}
