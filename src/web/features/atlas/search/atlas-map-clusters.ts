import { useMemo } from 'react';
import Supercluster from 'supercluster';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import { unproject, type View, visibleBounds, zoomOf } from './atlas-map-projection.ts';

export type AtlasPoint = SearchResult['points'][number];

/** Per cluster: how many of its records belong to each sector (drawn as a ring around the count). */
interface ClusterProps {
  sectors: Record<string, number>;
}

export type MapItem =
  | { kind: 'point'; point: AtlasPoint; longitude: number; latitude: number }
  | {
      kind: 'cluster';
      id: number;
      count: number;
      sectors: Record<string, number>;
      longitude: number;
      latitude: number;
    };

/** Clusters stop forming here: beyond, points that still overlap share one place (a list opens instead). */
export const CLUSTER_MAX_ZOOM = 14;

/**
 * Groups the points of the whole result into clusters for the current view (supercluster: a
 * spatial index built once per result, then each view is a cheap query).
 */
export function useClusters(points: AtlasPoint[], view: View | null, width: number, height: number) {
  const index = useMemo(() => {
    const cluster = new Supercluster<AtlasPoint, ClusterProps>({
      // Pixels at the view's scale; the extent says the index thinks in the same 256 px tiles as the map.
      radius: 36,
      extent: 256,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (point) => ({ sectors: { [point.sector]: 1 } }),
      reduce: (total, next) => {
        for (const [sector, n] of Object.entries(next.sectors))
          total.sectors[sector] = (total.sectors[sector] ?? 0) + n;
      },
    });
    cluster.load(
      points.map((point) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [point.longitude, point.latitude] },
        properties: point,
      })),
    );
    return cluster;
  }, [points]);

  const items = useMemo<MapItem[]>(() => {
    if (!view) return [];
    const visible = visibleBounds(view, width, height);
    const margin = 40 / view.scale;
    const [west, south] = unproject(visible.minX - margin, visible.maxY + margin);
    const [east, north] = unproject(visible.maxX + margin, visible.minY - margin);
    const zoom = Math.max(0, Math.min(CLUSTER_MAX_ZOOM + 1, Math.round(zoomOf(view.scale))));
    return index.getClusters([west, south, east, north], zoom).map((feature): MapItem => {
      const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
      const props = feature.properties as (AtlasPoint | ClusterProps) & {
        cluster?: boolean;
        cluster_id?: number;
        point_count?: number;
      };
      if (props.cluster) {
        return {
          kind: 'cluster',
          id: props.cluster_id ?? 0,
          count: props.point_count ?? 0,
          sectors: (props as ClusterProps).sectors,
          longitude,
          latitude,
        };
      }
      return { kind: 'point', point: props as AtlasPoint, longitude, latitude };
    });
  }, [index, view, width, height]);

  return { index, items };
}

/** The records of a cluster, for the list shown when zooming in cannot pull them apart. */
export function leavesOf(index: Supercluster<AtlasPoint, ClusterProps>, clusterId: number): AtlasPoint[] {
  return index.getLeaves(clusterId, 100).map((leaf) => leaf.properties);
}

export function expansionZoomOf(index: Supercluster<AtlasPoint, ClusterProps>, clusterId: number): number {
  return index.getClusterExpansionZoom(clusterId);
}
