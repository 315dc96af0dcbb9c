import { useId, useMemo } from 'react';

type Ring = number[][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
}

interface MapProps {
  outlines: Geometry[];
  points: MapPoint[];
  /** Short name of the map, e.g. "Map of the member organisations". */
  title: string;
  /** The text alternative: what the map shows, in words. */
  description: string;
  /** Labels are drawn beside the dots up to this many points; beyond it the list says who is where. */
  maxLabels?: number;
}

const WIDTH = 600;
const PADDING = 12;
// Equirectangular projection with longitudes shrunk to their length at 51° N, Germany's middle.
const COS_51 = Math.cos((51 * Math.PI) / 180);

function polygonsOf(geometry: Geometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** An SVG map of outlines (the Länder) with labelled dots; drawn locally, no tiles. */
export function OutlineMap({ outlines, points, title, description, maxLabels = 15 }: MapProps) {
  const titleId = useId();
  const descId = useId();
  const drawing = useMemo(() => {
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const geometry of outlines) {
      for (const polygon of polygonsOf(geometry)) {
        for (const ring of polygon) {
          for (const [lon = 0, lat = 0] of ring) {
            const x = lon * COS_51;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, -lat);
            maxY = Math.max(maxY, -lat);
          }
        }
      }
    }
    if (!Number.isFinite(minX)) {
      // Without outlines the points alone frame the map.
      for (const point of points) {
        const x = point.longitude * COS_51;
        minX = Math.min(minX, x - 0.5);
        maxX = Math.max(maxX, x + 0.5);
        minY = Math.min(minY, -point.latitude - 0.5);
        maxY = Math.max(maxY, -point.latitude + 0.5);
      }
    }
    if (!Number.isFinite(minX)) return null;
    const scale = (WIDTH - 2 * PADDING) / (maxX - minX);
    const height = Math.round((maxY - minY) * scale + 2 * PADDING);
    const project = (lon: number, lat: number): [number, number] => [
      PADDING + (lon * COS_51 - minX) * scale,
      PADDING + (-lat - minY) * scale,
    ];
    const paths = outlines.map((geometry) =>
      polygonsOf(geometry)
        .flatMap((polygon) =>
          polygon.map(
            (ring) =>
              `M${ring
                .map(([lon = 0, lat = 0]) => {
                  const [x, y] = project(lon, lat);
                  return `${x.toFixed(1)},${y.toFixed(1)}`;
                })
                .join('L')}Z`,
          ),
        )
        .join(''),
    );
    const dots = points.map((point) => {
      const [x, y] = project(point.longitude, point.latitude);
      return { ...point, x, y, labelLeft: x > WIDTH * 0.62 };
    });
    return { paths, dots, height };
  }, [outlines, points]);

  if (!drawing) return null;
  const showLabels = drawing.dots.length <= maxLabels;
  return (
    <svg
      className="map"
      viewBox={`0 0 ${WIDTH} ${drawing.height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <g className="map__outlines">
        {drawing.paths.map((d, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the outlines never reorder
          <path key={index} d={d} />
        ))}
      </g>
      <g className="map__points">
        {drawing.dots.map((dot) => (
          <g key={dot.id}>
            <circle cx={dot.x} cy={dot.y} r={7} />
            {showLabels ? (
              <text
                x={dot.labelLeft ? dot.x - 11 : dot.x + 11}
                y={dot.y + 5}
                textAnchor={dot.labelLeft ? 'end' : 'start'}
              >
                {dot.label}
              </text>
            ) : null}
          </g>
        ))}
      </g>
    </svg>
  );
}
