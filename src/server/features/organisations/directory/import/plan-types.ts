import type { DirectoryEntry } from '../directory-file.ts';

/** A directory row as the database holds it, with its Kreis' key. */
export interface CurrentRow {
  id: string;
  ags: string;
  ars: string | null;
  name: string;
  type: string;
  /** The AGS of the Kreis it belongs to; empty for Länder, Kreise and kreisfreie Städte. */
  kreisAgs: string;
  landCode: string;
  lat: number | null;
  lon: number | null;
  dissolved: boolean;
}

export type Change = 'name' | 'ags' | 'type' | 'kreis' | 'ars' | 'position' | 'reactivated';

/** An existing row the update changes: it keeps its ID (and so its members, domains and records). */
export interface PlannedUpdate {
  row: CurrentRow;
  after: DirectoryEntry;
  changes: Change[];
}

/** A row the update marks as dissolved, with the key of its successor when the update can tell it. */
export interface PlannedDissolution {
  row: CurrentRow;
  successorAgs: string | null;
}

export interface DirectoryPlan {
  /** The Länder compared as a whole (the file has their Satzart 10 record) and the Kreise compared otherwise. */
  scope: { landCodes: string[]; kreisAgs: string[] };
  additions: DirectoryEntry[];
  updates: PlannedUpdate[];
  dissolutions: PlannedDissolution[];
  unchanged: number;
}

export interface PlanOptions {
  /**
   * `replace`: positions come from the file (the committed file, whose centroids are the directory's
   * own). `keep`: existing rows keep theirs and the file's places only new rows (an official file's
   * points are not the centroids the maps were drawn with).
   */
  positions: 'replace' | 'keep';
}
