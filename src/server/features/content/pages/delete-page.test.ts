import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables.ts';
import { newId } from '../../../platform/db/ids.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { contentVersions } from '../tables.ts';
import { caller, createdPage, succeeding, town } from './page-fixtures.ts';

const t = await buildTestApp();
const call = caller(t);
const ok = succeeding(t);

describe('DELETE /api/content/pages/:id', () => {
  it('deletes a page with its versions in every language, recorded in the audit log', async () => {
    const { organisation, editor, member } = await town(t);
    const page = await createdPage(t, editor, organisation.id);
    await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/en`, { title: 'Registering', bodyHtml: '' });

    const res = await call(editor, 'DELETE', `/api/content/pages/${page.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(res.body).toBe('');
    expect(problemOf(await call(member, 'GET', `/api/content/pages/${page.id}`), 404).type).toBe('/problems/not-found');
    const list = await ok(member, 'GET', `/api/content/organisations/${organisation.id}/pages`);
    expect(list.pages.map((p: { id: string }) => p.id)).not.toContain(page.id);
    expect(await t.deps.db.select().from(contentVersions).where(eq(contentVersions.pageId, page.id))).toEqual([]);
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'content.page_deleted'), eq(auditLog.subjectId, page.id)));
    expect(entry).toMatchObject({ actorId: editor.id, organisationId: organisation.id, details: { slug: page.slug } });
    expect(problemOf(await call(editor, 'DELETE', `/api/content/pages/${page.id}`), 404).type).toBe(
      '/problems/not-found',
    );
  });

  it('refuses while pages sit below it', async () => {
    const { organisation, admin } = await town(t);
    const parent = await createdPage(t, admin, organisation.id);
    const child = await createdPage(t, admin, organisation.id, { parentId: parent.id });
    const refused = problemOf(await call(admin, 'DELETE', `/api/content/pages/${parent.id}`), 409);
    expect(refused.type).toBe('/problems/page-has-children');
    await ok(admin, 'GET', `/api/content/pages/${parent.id}`);
    await ok(admin, 'PATCH', `/api/content/pages/${child.id}`, { parentId: null });
    await ok(admin, 'DELETE', `/api/content/pages/${parent.id}`, undefined, 204);
  });

  it('refuses while another organisation links it and names stopping to share instead; copies stay', async () => {
    const seevetal = await town(t, 'Gemeinde Seevetal');
    const harburg = await town(t, 'Landkreis Harburg');
    const buchholz = await town(t, 'Stadt Buchholz');
    const page = await createdPage(t, seevetal.editor, seevetal.organisation.id);
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${page.id}/sharing`, {
      sharedWith: 'platform',
      licence: 'CC-BY-4.0',
    });
    const link = await ok(
      harburg.editor,
      'POST',
      `/api/content/pages/${page.id}/adopt`,
      { organisationId: harburg.organisation.id, mode: 'link' },
      201,
    );
    const copy = await ok(
      buchholz.editor,
      'POST',
      `/api/content/pages/${page.id}/adopt`,
      { organisationId: buchholz.organisation.id, mode: 'copy' },
      201,
    );

    const refused = problemOf(await call(seevetal.editor, 'DELETE', `/api/content/pages/${page.id}`), 409);
    expect(refused.type).toBe('/problems/page-linked');
    expect(refused.detail).toMatch(/One organisation shows this page as a live link\. Stop sharing it instead/);
    expect((await ok(harburg.member, 'GET', `/api/content/pages/${link.id}`)).adoption.mode).toBe('link');

    // Stopping to share turns the link into a copy of its own; then the page may go.
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${page.id}/sharing`, { sharedWith: null });
    await ok(seevetal.editor, 'DELETE', `/api/content/pages/${page.id}`, undefined, 204);

    for (const [person, id] of [
      [harburg.member, link.id],
      [buchholz.member, copy.id],
    ] as const) {
      const kept = await ok(person, 'GET', `/api/content/pages/${id}`);
      expect(kept.adoption).toMatchObject({
        mode: 'copy',
        sourcePageId: null,
        sourceOrganisationName: 'Gemeinde Seevetal',
      });
      expect(kept.languages[0].published.title).toBe('Wohnsitz anmelden');
    }
  });

  it('is refused to plain members (403), other organisations (404) and the signed out (401)', async () => {
    const { organisation, editor, member, outsider } = await town(t);
    const page = await createdPage(t, editor, organisation.id);
    const url = `/api/content/pages/${page.id}`;
    expect(problemOf(await call(null, 'DELETE', url), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(outsider, 'DELETE', url), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(member, 'DELETE', url), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(editor, 'DELETE', `/api/content/pages/${newId()}`), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await call(editor, 'DELETE', '/api/content/pages/nicht-uuid'), 400).type).toBe(
      '/problems/validation',
    );
    await ok(member, 'GET', url);
  });
});
