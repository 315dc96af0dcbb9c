import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentItem } from '../../../../shared/contracts/documents.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { call, ok } from '../../chat/chat-fixtures.ts';
import { type DocumentWorld, documentWorld, sendBytes, uploaded } from '../document-fixtures.ts';
import { documentHousekeeping } from '../housekeeping.ts';
import { docNodes, docVersions } from '../tables.ts';

let t: TestApp;
let w: DocumentWorld;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await buildTestApp();
  w = await documentWorld(t);
});

/** Dates a file's versions back: version n is `daysAgo[n - 1]` days old. */
async function backdate(fileId: string, daysAgo: number[], now: Date) {
  for (const [index, days] of daysAgo.entries()) {
    await t.deps.db
      .update(docVersions)
      .set({ createdAt: new Date(now.getTime() - days * DAY) })
      .where(sql`${docVersions.nodeId} = ${fileId} and ${docVersions.number} = ${index + 1}`);
  }
}

describe('the retention rule and the housekeeping', () => {
  it('keeps all recent versions, one a week after that, and only the current one after the rule ends', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    expect((await call(t, w.owner, 'GET', '/api/admin/documents/retention')).statusCode).toBe(404);
    await ok(t, admin, 'PUT', '/api/admin/documents/retention', { keepAllDays: 30, weeklyDays: 60 });
    expect(
      (await call(t, admin, 'PUT', '/api/admin/documents/retention', { keepAllDays: 0, weeklyDays: 1 })).statusCode,
    ).toBe(400);
    const file = await uploaded(t, w.member, w.space, 'Haushaltsplan.ods', 'v1');
    for (let n = 2; n <= 7; n += 1) {
      await sendBytes(t, w.member, 'POST', `/api/documents/nodes/${file.id}/versions`, `v${n}`);
    }
    // The housekeeping's day is a Thursday noon (the last before today), so that v2 and v3, half a day
    // apart, fall into one calendar week whatever day the test runs on (from a Monday they did not).
    const now = new Date();
    now.setUTCHours(12, 0, 0, 0);
    now.setUTCDate(now.getUTCDate() - ((now.getUTCDay() - 4 + 7) % 7));
    // v1 beyond the rule, v2 and v3 in one week of the weekly span, v4 in another, v5–v7 recent.
    await backdate(file.id, [200, 50, 49.5, 40, 20, 10, 1], now);
    await documentHousekeeping(t.deps, now);
    const detail = await ok<DocumentDetail>(t, w.guest, 'GET', `/api/documents/nodes/${file.id}`);
    const kept = detail.versions.filter((v) => v.available).map((v) => v.number);
    expect(kept).toEqual([7, 6, 5, 4, 3]);
    expect(detail.versions).toHaveLength(7);
    const pruned = detail.versions.find((v) => v.number === 1) as { id: string };
    const download = await call(t, w.guest, 'GET', `/api/documents/nodes/${file.id}/content?version=${pruned.id}`);
    expect(download.statusCode).toBe(404);
    await ok(t, admin, 'PUT', '/api/admin/documents/retention', { keepAllDays: 30, weeklyDays: 335 });
  });

  it('keeps a version once approved by all asked, after a new version lapsed the approval', async () => {
    const file = await uploaded(t, w.member, w.space, 'Satzung.odt', 'v1');
    const asked = await ok<{ id: string }>(
      t,
      w.member,
      'POST',
      `/api/documents/nodes/${file.id}/approvals`,
      { reviewerIds: [w.owner.id] },
      201,
    );
    await ok(t, w.owner, 'POST', `/api/documents/approvals/${asked.id}/decision`, { decision: 'approved' });
    // v2 lapses the approval of v1; v2's own approval is rejected; v3 is current.
    await sendBytes(t, w.member, 'POST', `/api/documents/nodes/${file.id}/versions`, 'v2');
    const second = await ok<{ id: string }>(
      t,
      w.member,
      'POST',
      `/api/documents/nodes/${file.id}/approvals`,
      { reviewerIds: [w.owner.id] },
      201,
    );
    await ok(t, w.owner, 'POST', `/api/documents/approvals/${second.id}/decision`, { decision: 'rejected' });
    await sendBytes(t, w.member, 'POST', `/api/documents/nodes/${file.id}/versions`, 'v3');
    const now = new Date();
    await backdate(file.id, [400, 399, 1], now);
    await documentHousekeeping(t.deps, now);
    const detail = await ok<DocumentDetail>(t, w.member, 'GET', `/api/documents/nodes/${file.id}`);
    expect(detail.versions.map((v) => [v.number, v.available])).toEqual([
      [3, true],
      [2, false],
      [1, true],
    ]);
    expect(detail.approvals.map((a) => [a.versionNumber, a.state])).toEqual([
      [2, 'rejected'],
      [1, 'lapsed'],
    ]);
  });

  it('empties the trash of what has lain there for 30 days', async () => {
    const old = await uploaded(t, w.member, w.space, 'alt.txt', 'alt');
    const recent = await uploaded(t, w.member, w.space, 'neu.txt', 'neu');
    await call(t, w.member, 'DELETE', `/api/documents/nodes/${old.id}`);
    await call(t, w.member, 'DELETE', `/api/documents/nodes/${recent.id}`);
    await t.deps.db
      .update(docNodes)
      .set({ trashedAt: new Date(Date.now() - 31 * DAY) })
      .where(eq(docNodes.id, old.id));
    await documentHousekeeping(t.deps);
    const trash = await ok<{ items: { item: DocumentItem }[] }>(t, w.member, 'GET', `${w.space}/trash`);
    expect(trash.items.map((i) => i.item.name)).toContain('neu.txt');
    expect(trash.items.map((i) => i.item.name)).not.toContain('alt.txt');
  });
});
