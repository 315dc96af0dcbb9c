import { eq, sql } from 'drizzle-orm';
import type { RetentionRule } from '../../../../shared/contracts/documents.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { platformSettings } from '../../../platform/settings/tables.ts';

const KEY = 'documents.retention';
/** All versions for 30 days, then one per week for about a year, then only the current one. */
export const DEFAULT_RETENTION: RetentionRule = { keepAllDays: 30, weeklyDays: 335 };

export async function retentionRule(db: Db | Tx): Promise<RetentionRule> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, KEY));
  const value = row?.value as Partial<RetentionRule> | undefined;
  return typeof value?.keepAllDays === 'number' && typeof value.weeklyDays === 'number'
    ? { keepAllDays: value.keepAllDays, weeklyDays: value.weeklyDays }
    : DEFAULT_RETENTION;
}

export async function saveRetentionRule(db: Db | Tx, rule: RetentionRule): Promise<void> {
  await db
    .insert(platformSettings)
    .values({ key: KEY, value: rule })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: rule, updatedAt: sql`now()` } });
}

/**
 * Applies the rule: of the versions older than `keepAllDays`, the newest of each week stays for
 * `weeklyDays` more, the rest lose their content (the row stays, listed as removed). The current
 * version, a version awaiting approval and a version once approved by all asked (even if a later
 * version lapsed that approval: it is the record of what was approved) always stay. Returns how many
 * were pruned.
 */
export async function pruneVersions(db: Db | Tx, rule: RetentionRule, now = new Date()): Promise<number> {
  const result = await db.execute(sql`
    update doc_versions v set pruned_at = ${now.toISOString()}::timestamptz
    from (
      select v.id, v.created_at,
        row_number() over (partition by v.node_id, date_trunc('week', v.created_at) order by v.created_at desc) as rank_in_week
      from doc_versions v join doc_nodes n on n.id = v.node_id
      where v.pruned_at is null
        and v.id is distinct from n.current_version_id
        and v.created_at < ${now.toISOString()}::timestamptz - make_interval(days => ${rule.keepAllDays})
        and not exists (
          select 1 from doc_approvals a where a.version_id = v.id
            and (a.state in ('pending', 'approved')
              or (a.state = 'lapsed' and not exists (
                select 1 from doc_approval_reviewers r
                where r.approval_id = a.id and r.decision is distinct from 'approved'))))
    ) c
    where v.id = c.id
      and (c.rank_in_week > 1
        or c.created_at < ${now.toISOString()}::timestamptz - make_interval(days => ${rule.keepAllDays + rule.weeklyDays}))
    returning v.id`);
  return rowsOf(result).length;
}
