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
const FONT_SIZE = 22;
const LINE = 28;
const DOT = 8;
const GAP = 12;
// Fira Sans semibold runs about 0.55 em per character; a rough width is enough to avoid overlaps.
const CHAR_WIDTH = FONT_SIZE * 0.56;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface PlacedDot extends MapPoint {
  x: number;
  y: number;
  /** Where the label went, or null when no free place was found (the list names it anyway). */
  placement: (Box & { anchor: 'start' | 'end'; textX: number; textY: number; moved: boolean }) | null;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Puts each label beside its dot, nudging it up or down (with a leader line) when it would cover
 * another label or dot: members of one region often sit close together.
 */
function placeLabels(dots: Array<MapPoint & { x: number; y: number }>, height: number): PlacedDot[] {
  const dotBoxes: Box[] = dots.map((d) => ({ x: d.x - DOT, y: d.y - DOT, w: 2 * DOT, h: 2 * DOT }));
  const placed: Box[] = [];
  const order = [...dots].sort((a, b) => a.y - b.y || a.x - b.x);
  const result = new globalThis.Map<string, PlacedDot>();
  const shifts = [0, 1, -1, 2, -2, 3, -3, 4, -4].map((n) => n * LINE);
  for (const dot of order) {
    const w = dot.label.length * CHAR_WIDTH;
    const preferLeft = dot.x + GAP + w > WIDTH - PADDING;
    const sides: Array<'start' | 'end'> = preferLeft ? ['end', 'start'] : ['start', 'end'];
    let placement: PlacedDot['placement'] = null;
    search: for (const shift of shifts) {
      for (const anchor of sides) {
        const textX = anchor === 'start' ? dot.x + GAP : dot.x - GAP;
        const box = { x: anchor === 'start' ? textX : textX - w, y: dot.y + shift - LINE / 2, w, h: LINE };
        if (box.x < 0 || box.x + box.w > WIDTH || box.y < 0 || box.y + box.h > height) continue;
        if (placed.some((p) => overlaps(p, box)) || dotBoxes.some((d) => overlaps(d, box))) continue;
        placement = { ...box, anchor, textX, textY: dot.y + shift + FONT_SIZE * 0.35, moved: shift !== 0 };
        placed.push(box);
        break search;
      }
    }
    result.set(dot.id, { ...dot, placement });
  }
  return dots.map((d) => result.get(d.id) as PlacedDot);
}
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
    const dots = placeLabels(
      points.map((point) => {
        const [x, y] = project(point.longitude, point.latitude);
        return { ...point, x, y };
      }),
      height,
    );
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
          <circle key={dot.id} cx={dot.x} cy={dot.y} r={DOT} />
        ))}
      </g>
      {showLabels ? (
        <g className="map__labels">
          {drawing.dots.map((dot) =>
            dot.placement ? (
              <g key={dot.id}>
                {dot.placement.moved ? (
                  <line
                    x1={dot.x}
                    y1={dot.y}
                    x2={dot.placement.anchor === 'start' ? dot.placement.x - 2 : dot.placement.x + dot.placement.w + 2}
                    y2={dot.placement.textY - FONT_SIZE * 0.35}
                  />
                ) : null}
                <text x={dot.placement.textX} y={dot.placement.textY} textAnchor={dot.placement.anchor}>
                  {dot.label}
                </text>
              </g>
            ) : null,
          )}
        </g>
      ) : null}
    </svg>
  );
}
