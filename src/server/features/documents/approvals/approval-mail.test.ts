import { describe, expect, it } from 'vitest';
import { buildTestApp, TEST_ORIGIN } from '../../../test/test-app.ts';
import { ok } from '../../chat/chat-fixtures.ts';
import { sendNotificationDigests } from '../../notifications/digest.ts';
import { age, readMail } from '../../notifications/notification-fixtures.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import { documentWorld, uploaded } from '../document-fixtures.ts';

const t = await buildTestApp();

describe('approvals in the bell and the mail', () => {
  it('tells the people asked, mails those who did not look, and tells the requester the outcome', async () => {
    const w = await documentWorld(t);
    const file = await uploaded(t, w.member, w.space, 'Kooperationsvertrag.pdf', '%PDF-1.7 Vertrag');
    const asked = await ok<{ id: string }>(
      t,
      w.member,
      'POST',
      `/api/documents/nodes/${file.id}/approvals`,
      { reviewerIds: [w.owner.id], message: 'Bis Freitag bitte' },
      201,
    );
    const [bell] = await notificationsOf(t, w.owner, 'document-approval');
    expect(bell?.data).toMatchObject({ title: 'Kooperationsvertrag.pdf', actorName: w.member.name });
    expect(bell?.link).toBe(`/documents/files/${file.id}`);
    await age(t, [bell?.id as string], 20);
    await sendNotificationDigests(t.deps);
    const [mail] = t.mailsTo(w.owner.email).map(readMail);
    expect(mail?.text).toContain(`${w.member.name} bittet Sie um Freigabe von „Kooperationsvertrag.pdf“`);
    expect(mail?.html).toContain(`<a href="${TEST_ORIGIN}/documents/files/${file.id}">Zum Dokument</a>`);

    await ok(t, w.owner, 'POST', `/api/documents/approvals/${asked.id}/decision`, {
      decision: 'rejected',
      comment: '§ 3 fehlt',
    });
    const [outcome] = await notificationsOf(t, w.member, 'document-approval-decided');
    expect(outcome?.data).toMatchObject({ state: 'rejected', actorName: w.owner.name });
    // Nobody outside the space heard of it.
    expect(await notificationsOf(t, w.outsider, 'document-approval')).toHaveLength(0);
  });
});
