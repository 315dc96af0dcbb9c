import { type SQL, sql } from 'drizzle-orm';

/**
 * A PostgreSQL array literal in which every element is quoted, so no value can become NULL (`null`),
 * a nested array (`{`) or a second element (`,`): `["a\"b", "null"]` → `{"a\"b","null"}`.
 */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** A `text[]` for a statement, passed as one parameter (never spliced into the SQL text). */
export function textArray(values: readonly string[]): SQL {
  return sql`${arrayLiteral(values)}::text[]`;
}

/** A `uuid[]` for a statement, passed as one parameter (never spliced into the SQL text). */
export function uuidArray(values: readonly string[]): SQL {
  return sql`${arrayLiteral(values)}::uuid[]`;
}
