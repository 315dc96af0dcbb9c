import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type PointerEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaenderGeoJson } from '../../../../shared/contracts/organisations.ts';
import { api } from '../../../api/client.ts';
import { type AtlasPoint, expansionZoomOf, leavesOf, type MapItem, useClusters } from './atlas-map-clusters.ts';
import { BaseLayer, MarkerLayer, type Outline } from './atlas-map-layers.tsx';
import { AtlasMapLegend, ClusterLeaves } from './atlas-map-legend.tsx';
import {
  boundsOf,
  centreOf,
  fitScale,
  GERMANY,
  type Geometry,
  project,
  type View,
  WORLD,
} from './atlas-map-projection.ts';
import { JumpLink } from './search-jump-link.tsx';
import { useKreisOutlines, useMapSettings } from './use-atlas-search.ts';

/** Zooming goes from all of Germany to this many doublings closer (about a Kreis filling the map). */
const MAX_STEPS = 6;
const ASPECT = 1.3;

interface AtlasMapProps {
  points: AtlasPoint[];
  /** How many records match (some may have no place): said in the map's description. */
  total: number;
  /** How many matching records have a place; more than `points` when the answer was capped. */
  locatedTotal?: number | undefined;
  /** Land codes of the filter: the map frames them and greys the others. */
  laender: string[];
  /** The ID of the result list, which says in words what the map shows. */
  listId: string;
}

function useLaender() {
  return useQuery({
    queryKey: ['geo', 'laender'],
    queryFn: () => api.get<LaenderGeoJson>('/geo/laender'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** Width of the frame, followed as the window changes (the drawing is in real pixels, so dots keep their size). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(480);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The result on a map of Germany: Länder and Kreis outlines shipped with the platform (tiles only
 * when an admin configured a tile server), records as dots coloured by sector, nearby ones in
 * clusters. Zoom with the buttons, + and −, or a click on a cluster; pan with the arrow keys or by
 * dragging. Every dot is a link to its record; the result list says the same in words.
 */
export function AtlasMap({ points, total, locatedTotal, laender: selectedLaender, listId }: AtlasMapProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const settings = useMapSettings();
  const laenderQuery = useLaender();
  const kreiseQuery = useKreisOutlines();
  const { ref, width } = useWidth();
  const height = Math.round(Math.min(width * ASPECT, 680));
  const svgRef = useRef<SVGSVGElement>(null);
  const [open, setOpen] = useState<{ points: AtlasPoint[] } | null>(null);

  const laender = useMemo<Outline[]>(
    () =>
      (laenderQuery.data?.features ?? []).map((f) => ({
        key: String(f.properties.code),
        geometry: f.geometry as Geometry,
      })),
    [laenderQuery.data],
  );
  const kreise = useMemo<Outline[]>(
    () => (kreiseQuery.data?.features ?? []).map((f) => ({ key: f.properties.ags, geometry: f.geometry })),
    [kreiseQuery.data],
  );

  // The home view frames Germany, or the Länder of the filter; zoom steps are counted from Germany's fit.
  const baseScale = fitScale(GERMANY, width, height);
  const frameKey = selectedLaender.join(',');
  const home = useMemo((): View => {
    const chosen = laender.filter((l) => frameKey.split(',').includes(l.key)).map((l) => l.geometry);
    const bounds = (chosen.length > 0 && boundsOf(chosen)) || GERMANY;
    const scale = Math.min(fitScale(bounds, width, height, 24), baseScale * 2 ** MAX_STEPS);
    return { ...centreOf(bounds), scale: Math.max(scale, baseScale) };
  }, [laender, frameKey, width, height, baseScale]);
  const [view, setView] = useState<View>(home);
  useEffect(() => setView(home), [home]);

  const minScale = baseScale;
  const maxScale = baseScale * 2 ** MAX_STEPS;
  const { index, items } = useClusters(points, view, width, height);

  function clamp(next: View): View {
    const scale = Math.min(maxScale, Math.max(minScale, next.scale));
    return {
      scale,
      cx: Math.min(GERMANY.maxX, Math.max(GERMANY.minX, next.cx)),
      cy: Math.min(GERMANY.maxY, Math.max(GERMANY.minY, next.cy)),
    };
  }
  const zoomBy = (factor: number, around?: { cx: number; cy: number }) => {
    setOpen(null);
    setView((v) => clamp({ ...(around ?? v), scale: v.scale * factor }));
  };
  const panBy = (dx: number, dy: number) =>
    setView((v) => clamp({ ...v, cx: v.cx + dx / v.scale, cy: v.cy + dy / v.scale }));

  function onCluster(item: Extract<MapItem, { kind: 'cluster' }>) {
    const [cx, cy] = project(item.longitude, item.latitude);
    const targetScale = (256 * 2 ** expansionZoomOf(index, item.id)) / WORLD;
    if (view.scale >= maxScale * 0.999 || targetScale > maxScale) {
      // Closer is not possible (or they share one place): list the records instead.
      setView((v) => clamp({ ...v, cx, cy, scale: Math.max(v.scale, Math.min(targetScale, maxScale)) }));
      setOpen({ points: leavesOf(index, item.id) });
      return;
    }
    setView(clamp({ cx, cy, scale: Math.max(targetScale, view.scale * 2) }));
    // The cluster is gone after zooming in: keep the keyboard on the map.
    svgRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = Math.min(width, height) / 4;
    const actions: Record<string, () => void> = {
      '+': () => zoomBy(2),
      '=': () => zoomBy(2),
      '-': () => zoomBy(0.5),
      '−': () => zoomBy(0.5),
      ArrowLeft: () => panBy(-step, 0),
      ArrowRight: () => panBy(step, 0),
      ArrowUp: () => panBy(0, -step),
      ArrowDown: () => panBy(0, step),
      Home: () => setView(home),
      Escape: () => setOpen(null),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  // Dragging with a mouse or pen pans; on touch screens the page scrolls as usual and the buttons zoom.
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);
  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (event.pointerType === 'touch' || event.button !== 0) return;
    if ((event.target as Element).closest('a, [role="button"]')) return;
    drag.current = { x: event.clientX, y: event.clientY, view };
    event.currentTarget.setPointerCapture(event.pointerId);
  }
  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    setView(
      clamp({ ...start.view, cx: start.view.cx - dx / start.view.scale, cy: start.view.cy - dy / start.view.scale }),
    );
  }
  const onPointerUp = () => {
    drag.current = null;
  };

  const located = points.length;
  const tileUrl = settings.data?.tileUrl ?? null;
  const zoomedIn = view.scale > minScale * 1.001;
  return (
    <figure className="atlas-map" aria-labelledby={titleId}>
      <h2 className="kern-heading-small atlas-map__title" id={titleId}>
        {t('atlas.map.title')}
      </h2>
      <p className="visually-hidden" id={descriptionId}>
        {t('atlas.map.description', { count: located, total })} {t('atlas.map.keys')}
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: keys reach the map from its dots and clusters too */}
      <div className="atlas-map__frame" ref={ref} onKeyDown={onKeyDown}>
        {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a fieldset; the group holds the map's links and buttons */}
        <svg
          ref={svgRef}
          className="atlas-map__svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-roledescription={t('atlas.map.roledescription')}
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the map itself takes the keys that pan and zoom it
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onDoubleClick={(event) => {
            if ((event.target as Element).closest('a, [role="button"]')) return;
            const box = event.currentTarget.getBoundingClientRect();
            const cx = view.cx + (event.clientX - box.left - width / 2) / view.scale;
            const cy = view.cy + (event.clientY - box.top - height / 2) / view.scale;
            zoomBy(2, { cx, cy });
          }}
        >
          <rect className="atlas-map__sea" width={width} height={height} />
          <BaseLayer
            laender={laender}
            kreise={kreise}
            selectedLaender={selectedLaender}
            view={view}
            width={width}
            height={height}
            tileUrl={tileUrl}
          />
          <MarkerLayer items={items} view={view} width={width} height={height} onCluster={onCluster} />
        </svg>
        <div className="atlas-map__controls">
          <button
            type="button"
            className="atlas-map__control"
            aria-label={t('atlas.map.zoomIn')}
            title={t('atlas.map.zoomIn')}
            aria-disabled={view.scale >= maxScale * 0.999 ? true : undefined}
            onClick={() => zoomBy(2)}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="atlas-map__control"
            aria-label={t('atlas.map.zoomOut')}
            title={t('atlas.map.zoomOut')}
            aria-disabled={zoomedIn ? undefined : true}
            onClick={() => zoomBy(0.5)}
          >
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            className="atlas-map__control atlas-map__control--text"
            onClick={() => {
              setOpen(null);
              setView(home);
            }}
          >
            {t('atlas.map.home')}
          </button>
        </div>
      </div>
      {open ? (
        <ClusterLeaves
          points={open.points}
          onClose={() => {
            setOpen(null);
            svgRef.current?.focus();
          }}
        />
      ) : null}
      <figcaption className="atlas-map__caption">
        <p className="kern-body kern-body--small" hidden={total === 0}>
          {locatedTotal !== undefined && locatedTotal > located
            ? t('atlas.map.capped', { count: located, located: locatedTotal })
            : located === total && total > 0
              ? t('atlas.map.locatedAll', { count: total })
              : t('atlas.map.located', { count: located, total })}{' '}
          <JumpLink target={listId}>{t('atlas.map.toList')}</JumpLink>
        </p>
        <AtlasMapLegend points={points} clusters={items.some((item) => item.kind === 'cluster')} />
        <p className="kern-body kern-body--small atlas-map__help">{t('atlas.map.keys')}</p>
        <p className="kern-body kern-body--small atlas-map__attribution">
          {t('atlas.map.attribution')}
          {tileUrl && settings.data?.tileAttribution ? ` · ${settings.data.tileAttribution}` : ''}
        </p>
      </figcaption>
    </figure>
  );
}
