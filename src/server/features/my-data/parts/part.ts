import type { SQL } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';

/** A stored file that goes into the export as itself, under `files/`. */
export interface ExportedFile {
  /** The path inside the ZIP, below `files/`. */
  path: string;
  blobKey: string;
}

/** What one area holds about a person: one JSON file, and for uploads the files themselves. */
export interface PartContent {
  json: Record<string, unknown>;
  files?: ExportedFile[];
}

/**
 * One area's part of the export: `collect` reads, in one transaction, what the area holds about the
 * person (what they wrote, what they are a member of, what is recorded about them), never secrets.
 */
export interface DataPart {
  /** The JSON file's name in the ZIP, without `.json`. */
  name: string;
  collect(tx: Tx, personId: string): Promise<PartContent>;
}

/** Rows of a read-only statement. */
export async function rows<T = Record<string, unknown>>(tx: Tx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await tx.execute(query));
}

/** At most this many rows per list: an export stays a file one can open (the count says when more exist). */
export const ROWS_PER_LIST = 20_000;
