import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createPerson, findPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf, sessionCookieOf } from '../../test/test-app.ts';
import { mailBody } from '../alliances/alliance-fixtures.ts';
import { workspaceRole } from './membership.ts';
import { workspaceInvitations } from './tables.ts';
import {
  addMember,
  auditEntries,
  call,
  detail,
  notificationsOf,
  roleOf,
  type TestPerson,
  workspaceSetup,
} from './workspace-fixtures.ts';

const t = await buildTestApp();

interface Invitation {
  id: string;
  email: string;
  role: string;
  invitedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
}

const invitationsUrl = (id: string) => `/api/workspaces/${id}/invitations`;

async function invite(owner: TestPerson, workspaceId: string, email: string, role = 'guest') {
  const res = await call(t, owner, 'POST', invitationsUrl(workspaceId), { email, role });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Invitation;
}

/** The token of the newest invitation link mailed to the address. */
function mailedToken(email: string): string {
  const mails = t.mailsTo(email);
  const body = mailBody(mails[mails.length - 1] ?? '');
  const match = body.match(/\/workspaces\/invitations\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no invitation link mailed to ${email}`);
  return match[1];
}

const preview = (token: string) => t.request({ method: 'GET', url: `/api/workspace-invitations/${token}` });
const accept = (token: string, person: TestPerson | null, payload?: Record<string, unknown>) =>
  call(t, person, 'POST', `/api/workspace-invitations/${token}/accept`, payload);

describe('inviting someone who has an account', () => {
  it('mails a link, notifies them in the app, and lets them join signed in with the invited role', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    const invitation = await invite(owner, workspace.id, outsider.email.toUpperCase(), 'guest');
    expect(invitation).toEqual({
      id: expect.any(String),
      email: outsider.email,
      role: 'guest',
      invitedBy: { id: owner.id, name: owner.name },
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(14);

    const token = mailedToken(outsider.email);
    const mail = mailBody(t.mailsTo(outsider.email)[0] ?? '');
    expect(mail).toContain(`„${workspace.name}“`);
    expect(mail).toContain(`${t.config.publicUrl}/workspaces/invitations/${token}`);
    const [notification] = await notificationsOf(t, outsider, 'workspace-invitation');
    expect(notification?.data).toMatchObject({ workspaceId: workspace.id, actorName: owner.name, role: 'guest' });
    expect(notification?.link).toBe(`/workspaces/invitations/${token}`);
    const stored = await t.deps.db
      .select({ tokenHash: workspaceInvitations.tokenHash })
      .from(workspaceInvitations)
      .where(eq(workspaceInvitations.id, invitation.id));
    expect(stored[0]?.tokenHash).not.toContain(token);

    const shown = await preview(token);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      invitedBy: owner.name,
      email: outsider.email,
      role: 'guest',
      accountExists: true,
    });

    const res = await accept(token, outsider);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      workspace: { id: workspace.id, name: workspace.name },
      role: 'guest',
      registered: false,
    });
    expect(res.cookies.find((c) => c.name === 'allmende_session')).toBeUndefined();
    expect(roleOf(await detail(t, workspace.id, outsider), outsider)).toBe('guest');
    const [entry] = await auditEntries(t, 'workspace.member_added', workspace.id);
    expect(entry).toMatchObject({ actorId: outsider.id });
    expect(entry?.details).toMatchObject({ via: 'invitation', role: 'guest', invitationId: invitation.id });
    expect((await auditEntries(t, 'workspace.invited', workspace.id))[0]?.details).toMatchObject({
      email: outsider.email,
      role: 'guest',
      personId: outsider.id,
    });

    expect(problemOf(await preview(token), 404).type).toBe('/problems/not-found');
    expect(problemOf(await accept(token, outsider), 404).type).toBe('/problems/not-found');
    expect((await call(t, owner, 'GET', invitationsUrl(workspace.id))).json()).toEqual([]);
  });

  it('gives an outsider invited as member the member role', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    await invite(owner, workspace.id, outsider.email, 'member');
    expect((await accept(mailedToken(outsider.email), outsider, {})).json()).toMatchObject({ role: 'member' });
  });

  it('refuses someone signed in with another address (403) and asks the signed out to sign in (401)', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t);
    await invite(owner, workspace.id, outsider.email);
    const token = mailedToken(outsider.email);
    expect(problemOf(await accept(token, colleague), 403).type).toBe('/problems/forbidden');
    const signedOut = await accept(token, null, { name: 'Jemand', password: 'ein langes passwort 123' });
    expect(problemOf(signedOut, 401).type).toBe('/problems/sign-in-to-accept');
    expect(await workspaceRole(t.deps.db, workspace.id, colleague.id)).toBeNull();
    expect(await workspaceRole(t.deps.db, workspace.id, outsider.id)).toBeNull();
    expect((await preview(token)).statusCode).toBe(200);
  });

  it('keeps the role of someone who became a member meanwhile, and uses up the link', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    await invite(owner, workspace.id, outsider.email, 'guest');
    const token = mailedToken(outsider.email);
    await addMember(t, owner, workspace.id, outsider, 'member');
    expect((await accept(token, outsider)).json()).toMatchObject({ role: 'member', registered: false });
    expect(problemOf(await preview(token), 404).type).toBe('/problems/not-found');
  });

  it('refuses to invite a member (409)', async () => {
    const { owner, colleague, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    const res = await call(t, owner, 'POST', invitationsUrl(workspace.id), { email: colleague.email, role: 'guest' });
    expect(problemOf(res, 409).type).toBe('/problems/already-member');
  });
});

describe('inviting someone without an account', () => {
  it('registers them on acceptance: verified, signed in, and in the workspace', async () => {
    const { owner, workspace } = await workspaceSetup(t);
    const email = `${unique('neu')}@stadt.example`.toLowerCase();
    await invite(owner, workspace.id, email, 'member');
    const token = mailedToken(email);
    expect(mailBody(t.mailsTo(email)[0] ?? '')).toContain('Ihr Konto anlegen');
    expect((await preview(token)).json()).toMatchObject({ email, role: 'member', accountExists: false });

    const missing = problemOf(await accept(token, null), 400);
    expect(missing.errors?.map((e) => e.field)).toEqual(['body:/name', 'body:/password']);
    expect(problemOf(await accept(token, null, { name: 'Neu', password: 'kurz' }), 400).type).toBe(
      '/problems/validation',
    );

    const res = await accept(token, null, { name: '  Nora Neu ', password: 'ein langes passwort 123', locale: 'en' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      workspace: { id: workspace.id, name: workspace.name },
      role: 'member',
      registered: true,
    });
    const cookie = sessionCookieOf(res);
    const me = await t.request({ method: 'GET', url: '/api/me', cookie });
    expect(me.statusCode, me.body).toBe(200);
    const personId = (me.json() as { id: string }).id;
    const person = await findPerson(t, personId);
    expect(person).toMatchObject({ name: 'Nora Neu', email, locale: 'en' });
    expect(person?.emailVerifiedAt).not.toBeNull();
    expect(await workspaceRole(t.deps.db, workspace.id, personId)).toBe('member');
    const page = await t.request({ method: 'GET', url: `/api/workspaces/${workspace.id}`, cookie });
    expect(page.statusCode).toBe(200);
    const [registered] = await auditEntries(t, 'auth.registered', personId);
    expect(registered?.details).toMatchObject({ via: 'workspace-invitation' });

    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'ein langes passwort 123' },
    });
    expect(login.statusCode, login.body).toBe(200);
    expect(
      problemOf(await accept(token, null, { name: 'Noch wer', password: 'ein langes passwort 123' }), 404).type,
    ).toBe('/problems/not-found');
  });
});

describe('invitation links that no longer work', () => {
  it('answers 404 for an expired, an unknown and a malformed token (400)', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    const invitation = await invite(owner, workspace.id, outsider.email);
    const token = mailedToken(outsider.email);
    await t.deps.db
      .update(workspaceInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(workspaceInvitations.id, invitation.id));
    expect(problemOf(await preview(token), 404).type).toBe('/problems/not-found');
    expect(problemOf(await accept(token, outsider), 404).type).toBe('/problems/not-found');
    expect((await call(t, owner, 'GET', invitationsUrl(workspace.id))).json()).toEqual([]);
    expect(problemOf(await preview('A'.repeat(43)), 404).type).toBe('/problems/not-found');
    expect(problemOf(await preview('bad token!'), 400).type).toBe('/problems/validation');
  });

  it('lets owners revoke an invitation; its link stops working', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    const invitation = await invite(owner, workspace.id, outsider.email);
    const token = mailedToken(outsider.email);
    const listed = await call(t, owner, 'GET', invitationsUrl(workspace.id));
    expect(listed.json()).toEqual([invitation]);
    const res = await call(t, owner, 'DELETE', `${invitationsUrl(workspace.id)}/${invitation.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(problemOf(await preview(token), 404).type).toBe('/problems/not-found');
    expect(problemOf(await accept(token, outsider), 404).type).toBe('/problems/not-found');
    const [entry] = await auditEntries(t, 'workspace.invitation_revoked', workspace.id);
    expect(entry?.details).toMatchObject({ invitationId: invitation.id, email: outsider.email });
    const again = await call(t, owner, 'DELETE', `${invitationsUrl(workspace.id)}/${invitation.id}`);
    expect(problemOf(again, 404).type).toBe('/problems/not-found');
  });

  it('replaces an open invitation to the same address: only the newest link works', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    await invite(owner, workspace.id, outsider.email, 'guest');
    const first = mailedToken(outsider.email);
    await invite(owner, workspace.id, outsider.email, 'member');
    const second = mailedToken(outsider.email);
    expect(second).not.toBe(first);
    expect((await preview(first)).statusCode).toBe(404);
    expect((await call(t, owner, 'GET', invitationsUrl(workspace.id))).json()).toHaveLength(1);
    expect((await accept(second, outsider)).json()).toMatchObject({ role: 'member' });
  });
});

describe('who may invite', () => {
  it('only owners: members and guests get 403, outsiders 404, the signed out 401', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    const guest = await createPerson(t);
    await addMember(t, owner, workspace.id, guest, 'guest');
    const payload = { email: 'someone@example.org', role: 'guest' };
    const url = invitationsUrl(workspace.id);
    expect(problemOf(await call(t, colleague, 'POST', url, payload), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, guest, 'POST', url, payload), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, outsider, 'POST', url, payload), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, null, 'POST', url, payload), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(t, colleague, 'GET', url), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, outsider, 'GET', url), 404).type).toBe('/problems/not-found');
    const invitation = await invite(owner, workspace.id, 'someone@example.org');
    expect(problemOf(await call(t, guest, 'DELETE', `${url}/${invitation.id}`), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, owner, 'DELETE', `${url}/${newId()}`), 404).type).toBe('/problems/not-found');
    expect(t.mailsTo('someone@example.org')).toHaveLength(1);
  });

  it('answers bad input with 400', async () => {
    const { owner, workspace } = await workspaceSetup(t);
    for (const payload of [
      { email: 'not-an-address', role: 'guest' },
      { email: 'a@example.org', role: 'boss' },
      { email: `${'x'.repeat(250)}@example.org`, role: 'guest' },
      { email: 'a@example.org' },
      { email: 'a@example.org', role: 'guest', message: 'hi' },
    ]) {
      expect(problemOf(await call(t, owner, 'POST', invitationsUrl(workspace.id), payload), 400).type).toBe(
        '/problems/validation',
      );
    }
  });
});
