import { and, eq, like, or } from 'drizzle-orm';
import type { ImportJob, ImportReport } from '../../../../shared/contracts/atlas-import.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { cooperations } from '../tables.ts';

/** Real directory organisations the import tests name by AGS. */
export const SEEVETAL = '03353031';
export const NEU_WULMSTORF = '03353026';
export const LANDKREIS_HARBURG = '03353';

export const platformAdmin = (t: TestApp) => createPerson(t, { platformAdmin: true });

/** A lower-case tag for this test's slugs and external IDs, so tests never meet each other's records. */
export const tag = () => unique('imp').toLowerCase();

/** CSV as the export writes it: `;` separated, every cell quoted, CRLF line ends. */
export function csvOf(rows: Record<string, string | number>[], options: { bom?: boolean; separator?: string } = {}) {
  const separator = options.separator ?? ';';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const quote = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const lines = [columns.join(separator), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(separator))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** A complete, valid row for a new record. */
export function validRow(t: string, overrides: Record<string, string | number> = {}) {
  return {
    slug: t,
    external_id: `ext-${t}`,
    title: `Gemeinsame Beschaffung ${t}`,
    summary: 'Drei Kommunen kaufen gemeinsam ein.',
    sector: '01',
    sector_group: '01.3',
    fields: 'beschaffung | edv',
    keywords: 'Einkauf | Rahmenvertrag',
    partners: `${SEEVETAL} | ${NEU_WULMSTORF}`,
    external_partners: 'Kommunaler IT-Dienstleister',
    website: 'https://example.org/beschaffung',
    start_year: 2015,
    end_year: '',
    status: 'laufend',
    legal_form: 'zweckvereinbarung',
    transferable: 'ja',
    transfer_requirements: 'Ein gemeinsamer Vergabeausschuss',
    awards: 'Innovationspreis (2018)',
    funding: 'Landesprogramm: 50000',
    description: '<p>Die Kommunen bündeln ihre Nachfrage.</p>',
    ...overrides,
  };
}

export async function upload(t: TestApp, who: TestPerson, format: 'csv' | 'json', content: string) {
  return t.request({ method: 'POST', url: '/api/atlas/imports', cookie: who.cookie, payload: { format, content } });
}

/** Uploads a file and expects it checked (201). */
export async function check(t: TestApp, who: TestPerson, format: 'csv' | 'json', content: string) {
  const res = await upload(t, who, format, content);
  if (res.statusCode !== 201) throw new Error(`expected 201, got ${res.statusCode}: ${res.body}`);
  return res.json() as ImportReport;
}

export async function confirm(t: TestApp, who: TestPerson, id: string) {
  return t.request({ method: 'POST', url: `/api/atlas/imports/${id}/confirm`, cookie: who.cookie });
}

/** Reads an import's job until it has ended (done or failed); returns it. */
export async function jobEnded(t: TestApp, who: TestPerson, id: string, timeoutMs = 60_000): Promise<ImportJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.request({ method: 'GET', url: `/api/atlas/imports/${id}/job`, cookie: who.cookie });
    if (res.statusCode !== 200) throw new Error(`expected 200, got ${res.statusCode}: ${res.body}`);
    const job = res.json() as ImportJob;
    if (job && (job.state === 'done' || job.state === 'failed')) return job;
    if (Date.now() > deadline)
      throw new Error(`import ${id} still ${job?.state ?? 'unconfirmed'} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Confirms an import (expecting 202) and waits for its job to end; returns the job. */
export async function confirmed(t: TestApp, who: TestPerson, id: string): Promise<ImportJob> {
  const res = await confirm(t, who, id);
  if (res.statusCode !== 202) throw new Error(`expected 202, got ${res.statusCode}: ${res.body}`);
  return jobEnded(t, who, id);
}

/** Records whose slug or external ID carries the tag. */
export async function recordsTagged(t: TestApp, marker: string) {
  return t.deps.db
    .select({
      id: cooperations.id,
      slug: cooperations.slug,
      state: cooperations.state,
      title: cooperations.title,
      revision: cooperations.revision,
    })
    .from(cooperations)
    .where(or(like(cooperations.slug, `%${marker}%`), like(cooperations.externalId, `%${marker}%`)));
}

export async function auditOf(t: TestApp, importId: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, importId), eq(auditLog.action, 'atlas.imported')));
}

/** The problems of a report as [row, column, code] triples. */
export const problemList = (report: ImportReport) =>
  report.rows.flatMap((r) => r.problems.map((p) => [r.row, p.column, p.code]));
