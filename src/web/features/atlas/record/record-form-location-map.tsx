import { type MouseEvent, useId, useMemo, useRef } from 'react';
import type { Geometry } from '../search/atlas-map-projection.ts';
import { GERMANY, pathOf, project, unproject } from '../search/atlas-map-projection.ts';
import { LOCATION_BOUNDS } from './record-form-location-state.ts';

const WIDTH = 400;
const SCALE = WIDTH / (GERMANY.maxX - GERMANY.minX);
const HEIGHT = Math.round((GERMANY.maxY - GERMANY.minY) * SCALE);

interface Place {
  latitude: number;
  longitude: number;
}

const toPixels = ({ latitude, longitude }: Place): [number, number] => {
  const [x, y] = project(longitude, latitude);
  return [(x - GERMANY.minX) * SCALE, (y - GERMANY.minY) * SCALE];
};

const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, n));

/**
 * The Länder with the partners and the record's place; a click puts the place where it was clicked.
 * Only a shortcut for the mouse: the coordinate fields beside it do the same by keyboard.
 */
export function LocationMap({
  outlines,
  partners,
  point,
  pointIsCentre,
  title,
  description,
  onPick,
}: {
  outlines: Geometry[];
  partners: Place[];
  point: Place | null;
  /** The place follows the partners: drawn as an open ring rather than a set point. */
  pointIsCentre: boolean;
  title: string;
  description: string;
  onPick: (place: Place) => void;
}) {
  const titleId = useId();
  const descId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const paths = useMemo(() => outlines.map(pathOf), [outlines]);

  function pick(event: MouseEvent<SVGSVGElement>) {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const [longitude, latitude] = unproject(GERMANY.minX + at.x / SCALE, GERMANY.minY + at.y / SCALE);
    onPick({
      latitude: clamp(latitude, LOCATION_BOUNDS.latitude),
      longitude: clamp(longitude, LOCATION_BOUNDS.longitude),
    });
  }

  const [px, py] = point ? toPixels(point) : [0, 0];
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the coordinate fields next to the map are its keyboard way
    <svg
      ref={svgRef}
      className="map location-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      onClick={pick}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <g className="map__outlines" transform={`scale(${SCALE}) translate(${-GERMANY.minX} ${-GERMANY.minY})`}>
        {paths.map((d, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the outlines never reorder
          <path key={index} d={d} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
      <g className="location-map__partners">
        {partners.map((p, index) => {
          const [x, y] = toPixels(p);
          // biome-ignore lint/suspicious/noArrayIndexKey: two partners may share a place; the list is redrawn whole
          return <circle key={index} cx={x} cy={y} r={4} />;
        })}
      </g>
      {point ? (
        <g className={`location-map__point${pointIsCentre ? ' location-map__point--centre' : ''}`}>
          <circle cx={px} cy={py} r={9} />
          <circle cx={px} cy={py} r={2.5} className="location-map__dot" />
        </g>
      ) : null}
    </svg>
  );
}
