import { useRouter } from '@tanstack/react-router';
import { type KeyboardEvent, type MouseEvent, memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR_COLOURS } from '../../../../shared/atlas/cofog.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { sectorLabel } from '../record-labels.ts';
import type { MapItem } from './atlas-map-clusters.ts';
import { type Geometry, pathOf, project, tilesFor, type View } from './atlas-map-projection.ts';

const NEUTRAL = '#4b5275';

export interface Outline {
  key: string;
  geometry: Geometry;
}

/** The outlines projected once per data set: panning and zooming only move the group around them. */
function usePaths(outlines: Outline[]) {
  return useMemo(() => outlines.map((o) => ({ key: o.key, d: pathOf(o.geometry) })), [outlines]);
}

interface BaseLayerProps {
  laender: Outline[];
  kreise: Outline[];
  /** Land codes of the filter: the others are drawn greyed. */
  selectedLaender: string[];
  view: View;
  width: number;
  height: number;
  tileUrl: string | null;
}

/** Tiles (only when an admin configured a tile server), Länder and Kreis outlines; all decoration. */
export const BaseLayer = memo(function BaseLayer({
  laender,
  kreise,
  selectedLaender,
  view,
  width,
  height,
  tileUrl,
}: BaseLayerProps) {
  const landPaths = usePaths(laender);
  const kreisPaths = usePaths(kreise);
  const chosenKey = selectedLaender.join(',');
  // Built once per data set and filter: while the map is dragged only the transform around them changes.
  const outlines = useMemo(() => {
    const chosen = chosenKey ? chosenKey.split(',') : [];
    const dimmed = (code: string) => chosen.length > 0 && !chosen.includes(code);
    return (
      <>
        <g className="atlas-map__land-fill">
          {landPaths.map((p) => (
            <path key={p.key} d={p.d} className={dimmed(p.key) ? 'atlas-map__land--dimmed' : undefined} />
          ))}
        </g>
        <g className="atlas-map__kreise">
          {kreisPaths.map((p) => (
            <path key={p.key} d={p.d} />
          ))}
        </g>
        <g className="atlas-map__land-lines">
          {landPaths.map((p) => (
            <path key={p.key} d={p.d} />
          ))}
        </g>
      </>
    );
  }, [landPaths, kreisPaths, chosenKey]);
  const transform = `translate(${width / 2 - view.cx * view.scale} ${height / 2 - view.cy * view.scale}) scale(${view.scale})`;
  const tiles = tileUrl ? tilesFor(view, width, height, tileUrl) : [];
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: nothing in the base layer is focusable; it is decoration
    <g aria-hidden="true" className={tileUrl ? 'atlas-map__base atlas-map__base--tiles' : 'atlas-map__base'}>
      {tiles.map((tile) => (
        <image
          key={tile.key}
          href={tile.href}
          x={tile.x}
          y={tile.y}
          width={tile.size}
          height={tile.size}
          preserveAspectRatio="none"
        />
      ))}
      <g transform={transform}>{outlines}</g>
    </g>
  );
});

interface MarkerLayerProps {
  items: MapItem[];
  view: View;
  width: number;
  height: number;
  onCluster: (item: Extract<MapItem, { kind: 'cluster' }>, position: { x: number; y: number }) => void;
}

/** Records as coloured dots (links to the record) and clusters as counted rings (buttons that zoom in). */
export function MarkerLayer({ items, view, width, height, onCluster }: MarkerLayerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const router = useRouter();
  const place = (longitude: number, latitude: number) => {
    const [x, y] = project(longitude, latitude);
    return { x: (x - view.cx) * view.scale + width / 2, y: (y - view.cy) * view.scale + height / 2 };
  };
  // North to south, west to east: the order in which Tab visits the markers follows the map.
  const placed = items
    .map((item) => ({ item, ...place(item.longitude, item.latitude) }))
    .sort((a, b) => a.y - b.y || a.x - b.x);

  function follow(event: MouseEvent, href: string) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href });
  }

  return (
    <g className="atlas-map__markers">
      {placed.map(({ item, x, y }) => {
        if (item.kind === 'point') {
          const { point } = item;
          const href = `/atlas/${encodeURIComponent(point.slug)}`;
          const label = `${point.title} (${sectorLabel(t, point.sector)})`;
          return (
            <a
              key={`p${point.id}`}
              href={href}
              className="atlas-map__marker"
              aria-label={label}
              onClick={(event) => follow(event, href)}
            >
              <title>{point.title}</title>
              <circle className="atlas-map__hit" cx={x} cy={y} r={13} />
              <circle className="atlas-map__ring" cx={x} cy={y} r={11} />
              <circle className="atlas-map__dot" cx={x} cy={y} r={7} fill={SECTOR_COLOURS[point.sector] ?? NEUTRAL} />
            </a>
          );
        }
        const r = 13 + Math.min(11, Math.log2(item.count) * 2.5);
        const activate = () => onCluster(item, { x, y });
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            activate();
          }
        };
        return (
          // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; role, tabindex and keys make this one
          <g
            key={`c${item.id}`}
            role="button"
            tabIndex={0}
            className="atlas-map__cluster"
            aria-label={t('atlas.map.cluster', { count: item.count })}
            onClick={activate}
            onKeyDown={onKeyDown}
          >
            <title>{t('atlas.map.cluster', { count: item.count })}</title>
            <circle className="atlas-map__ring" cx={x} cy={y} r={r + 4} />
            <circle className="atlas-map__cluster-face" cx={x} cy={y} r={r} />
            <SectorRing x={x} y={y} r={r - 3} sectors={item.sectors} total={item.count} />
            <text x={x} y={y} dy="0.35em" textAnchor="middle" className="atlas-map__count">
              {format.number(item.count)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** A ring of arcs, one per sector, as long as its share of the cluster. */
function SectorRing({
  x,
  y,
  r,
  sectors,
  total,
}: {
  x: number;
  y: number;
  r: number;
  sectors: Record<string, number>;
  total: number;
}) {
  const circumference = 2 * Math.PI * r;
  let offset = 0;
  return (
    <g transform={`rotate(-90 ${x} ${y})`}>
      {Object.entries(sectors)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([sector, n]) => {
          const length = (n / total) * circumference;
          const arc = (
            <circle
              key={sector}
              cx={x}
              cy={y}
              r={r}
              fill="none"
              stroke={SECTOR_COLOURS[sector] ?? NEUTRAL}
              strokeWidth={5}
              strokeDasharray={`${length} ${circumference - length}`}
              strokeDashoffset={-offset}
            />
          );
          offset += length;
          return arc;
        })}
    </g>
  );
}
