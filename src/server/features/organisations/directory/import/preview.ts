import { createHash } from 'node:crypto';
import {
  DIRECTORY_PREVIEW_LIST_MAX,
  type DirectoryCounts,
  type DirectoryPreview,
} from '../../../../../shared/contracts/directory-import.ts';
import type { DirectoryData } from '../directory-file.ts';
import type { CurrentRow, DirectoryPlan } from './plan-types.ts';

/** The plan in few numbers, as the preview and the audit log give them. */
export function countsOf(plan: DirectoryPlan): DirectoryCounts {
  const having = (change: string) => plan.updates.filter((u) => u.changes.includes(change as never)).length;
  const other = plan.updates.filter((u) => u.changes.every((c) => c === 'ars' || c === 'position')).length;
  return {
    added: plan.additions.length,
    renamed: having('name'),
    agsChanged: having('ags'),
    dissolved: plan.dissolutions.length,
    reactivated: having('reactivated'),
    kreisChanged: having('kreis'),
    typeChanged: having('type'),
    otherChanged: other,
    unchanged: plan.unchanged,
  };
}

/** Identifies what a plan would write: the same file on the same directory gives the same fingerprint. */
export function fingerprintOf(plan: DirectoryPlan): string {
  const essence = {
    additions: plan.additions,
    updates: plan.updates.map((u) => [u.row.id, u.after, u.changes]),
    dissolutions: plan.dissolutions.map((d) => [d.row.id, d.successorAgs]),
  };
  return createHash('sha256').update(JSON.stringify(essence)).digest('hex');
}

/** What the admin sees before confirming: counts, and the rows of each kind (the first few hundred). */
export function previewOf(
  file: DirectoryData & { format: 'gv100ad' | 'csv' },
  current: CurrentRow[],
  plan: DirectoryPlan,
  currentStand: string | null,
): DirectoryPreview {
  const list = <T>(items: T[]) => items.slice(0, DIRECTORY_PREVIEW_LIST_MAX);
  const nameOfAgs = new Map([
    ...current.map((r) => [r.ags, r.name] as const),
    ...plan.additions.map((a) => [a.ags, a.name] as const),
  ]);
  for (const u of plan.updates) nameOfAgs.set(u.after.ags, u.after.name);
  const changed = (change: 'name' | 'type', pick: (x: { name: string; type: string }) => string) =>
    list(plan.updates.filter((u) => u.changes.includes(change))).map((u) => ({
      id: u.row.id,
      ags: u.after.ags,
      from: pick(u.row),
      to: pick(u.after),
    }));
  return {
    format: file.format,
    stand: file.stand,
    source: file.source,
    currentStand,
    scope: plan.scope,
    counts: countsOf(plan),
    added: list(plan.additions).map((a) => ({ ags: a.ags, name: a.name, type: a.type })),
    renamed: changed('name', (x) => x.name),
    agsChanged: list(plan.updates.filter((u) => u.changes.includes('ags'))).map((u) => ({
      id: u.row.id,
      name: u.after.name,
      from: u.row.ags,
      to: u.after.ags,
    })),
    dissolved: list(plan.dissolutions).map((d) => ({
      id: d.row.id,
      ags: d.row.ags,
      name: d.row.name,
      successor: d.successorAgs ? { ags: d.successorAgs, name: nameOfAgs.get(d.successorAgs) ?? d.successorAgs } : null,
    })),
    typeChanged: changed('type', (x) => x.type),
    fingerprint: fingerprintOf(plan),
  };
}
