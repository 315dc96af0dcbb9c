import { useTranslation } from 'react-i18next';
import { OutlineMap } from '../../ui/map.tsx';
import { useLaenderOutlines } from '../alliances/queries.ts';

/** The event's place as one dot on the Länder of Germany, drawn locally (no map tiles). */
export function EventMap({ label, latitude, longitude }: { label: string; latitude: number; longitude: number }) {
  const { t } = useTranslation();
  const outlines = useLaenderOutlines();
  if (outlines.isPending || !outlines.data) return null;
  return (
    <figure className="map-figure">
      <OutlineMap
        outlines={outlines.data.features.map((f) => f.geometry)}
        points={[{ id: 'place', label, latitude, longitude }]}
        title={t('events.map.title')}
        description={t('events.map.description', { place: label })}
      />
    </figure>
  );
}
