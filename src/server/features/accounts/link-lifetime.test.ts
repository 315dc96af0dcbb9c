import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { LINK_LIFETIME_HOURS } from '../../../shared/link-lifetimes.ts';
import { persons } from '../../platform/auth/tables.ts';
import { createPerson, unique } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { emailTokens } from './tables.ts';
import { mailsFor, uniqueIp } from './test-support.ts';

// What the mail says about a link's lifetime is what the server does with it, and what the web app's
// pages say (they read LINK_LIFETIME_HOURS too).

const t = await buildTestApp();
const post = (url: string, payload: object) => t.request({ method: 'POST', url, payload, remoteAddress: uniqueIp() });

/** Hours as a mail words them: "48 Stunden", "eine Stunde", "48 hours", "one hour". */
function hoursInMail(text: string): number {
  const match = text.match(/(\d+|eine|one) (Stunden?|hours?)/);
  if (!match) throw new Error(`no lifetime in mail:\n${text}`);
  return match[1] === 'eine' || match[1] === 'one' ? 1 : Number(match[1]);
}

/** How long the person's newest token of this purpose is valid, in hours. */
async function tokenHours(personId: string, purpose: string): Promise<number> {
  const [row] = await t.deps.db
    .select({ createdAt: emailTokens.createdAt, expiresAt: emailTokens.expiresAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.personId, personId), eq(emailTokens.purpose, purpose)));
  if (!row) throw new Error(`no ${purpose} token`);
  return Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 360_000) / 10;
}

describe('lifetime of mailed links', () => {
  for (const locale of ['de', 'en'] as const) {
    it(`says in the verification mail (${locale}) how long the link really lasts`, async () => {
      const email = `${unique('life')}@people.example`;
      const registered = await post('/api/auth/register', {
        name: 'Erika Mustermann',
        email,
        password: 'a long enough password',
        locale,
      });
      expect(registered.statusCode).toBe(201);
      const [mail] = await mailsFor(t, email);
      const [person] = await t.deps.db.select({ id: persons.id }).from(persons).where(eq(persons.email, email));
      const hours = await tokenHours(person?.id as string, 'verify-email');
      expect(hoursInMail(mail as string)).toBe(hours);
      expect(hours).toBe(LINK_LIFETIME_HOURS.verifyEmail);
    });
  }

  it('says in the password reset mail how long the link really lasts', async () => {
    const person = await createPerson(t);
    expect((await post('/api/auth/password-reset', { email: person.email })).statusCode).toBe(202);
    const [mail] = await mailsFor(t, person.email);
    const hours = await tokenHours(person.id, 'password-reset');
    expect(hoursInMail(mail as string)).toBe(hours);
    expect(hours).toBe(LINK_LIFETIME_HOURS.passwordReset);
  });
});
