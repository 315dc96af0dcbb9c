import { afterAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../deps.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import { sendNotificationDigests } from './digest.ts';
import { age, give, mention, readMail, stored } from './notification-fixtures.ts';
import { saveDigestFrequency } from './preferences.ts';

// A database of its own: the runs below claim every due notification in it, and nothing of another
// test file's may be mailed by them (nor theirs by it).
const t = await buildTestAppOnOwnDatabase();

// The second process: on PostgreSQL a pool of its own on the same database, so the two runs really
// overlap; PGlite has one connection, and there the runs' transactions take turns.
const second = t.config.databaseUrl
  ? await openDatabase({ databaseUrl: t.config.databaseUrl, maxConnections: 2 })
  : null;
afterAll(async () => {
  await second?.close();
});
const otherProcess = (mailer: Mailer = t.deps.mailer): Pick<Deps, 'db' | 'mailer' | 'config'> => ({
  ...t.deps,
  db: second?.db ?? t.deps.db,
  mailer,
});

/** A mailer that takes its time, so that two runs are sending while the other claims. */
const slow: Mailer = {
  async send(mail) {
    await new Promise((resolve) => setTimeout(resolve, 15));
    return t.deps.mailer.send(mail);
  },
};

const mailsOf = (person: TestPerson) => t.mailsTo(person.email).map(readMail);

describe('the digest run in two processes at once', () => {
  it('sends each person exactly one mail with all of their notifications', async () => {
    const daily = [await createPerson(t), await createPerson(t), await createPerson(t), await createPerson(t)];
    const soon = [await createPerson(t), await createPerson(t), await createPerson(t), await createPerson(t)];
    await t.deps.db.transaction(async (tx) => {
      for (const person of daily) await saveDigestFrequency(tx, person.id, 'daily');
    });
    const ids: string[] = [];
    for (let seq = 1; seq <= 6; seq += 1) {
      ids.push(...(await give(t, [...daily, ...soon], 'mention', mention(newId(), seq))));
    }
    await age(t, ids, 30);

    const [one, two] = await Promise.all([
      sendNotificationDigests({ ...t.deps, mailer: slow }),
      sendNotificationDigests(otherProcess(slow)),
    ]);

    for (const person of [...daily, ...soon]) {
      const mails = mailsOf(person);
      expect(mails).toHaveLength(1);
      const mentioned = (mails[0]?.text.match(/Nachricht \d/g) ?? []).sort();
      expect(mentioned).toEqual([
        'Nachricht 1',
        'Nachricht 2',
        'Nachricht 3',
        'Nachricht 4',
        'Nachricht 5',
        'Nachricht 6',
      ]);
    }
    expect(one.mails + two.mails).toBe(8);
    expect(one.notifications + two.notifications).toBe(48);
  });

  it('keeps what arrives while a daily digest is being sent for the next day', async () => {
    const person = await createPerson(t);
    await t.deps.db.transaction((tx) => saveDigestFrequency(tx, person.id, 'daily'));
    const first = await give(t, person, 'mention', mention(newId(), 1, 'vor dem Versand'));
    await age(t, first, 30);

    // The first process claims and is held while its mail goes out.
    let sending!: () => void;
    const reached = new Promise<void>((resolve) => {
      sending = resolve;
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held: Mailer = {
      async send(mail) {
        sending();
        await gate;
        return t.deps.mailer.send(mail);
      },
    };
    const firstRun = sendNotificationDigests({ ...t.deps, mailer: held });
    await reached;

    // Meanwhile something new arrives and the second process runs: the day's digest is the first's.
    const [later] = (await give(t, person, 'mention', mention(newId(), 2, 'nach dem Versand'))) as [string];
    await age(t, [later], 30);
    const secondRun = await sendNotificationDigests(otherProcess());
    expect(secondRun.mails).toBe(0);

    release();
    expect((await firstRun).mails).toBe(1);
    const mails = mailsOf(person);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('vor dem Versand');
    expect(mails[0]?.text).not.toContain('nach dem Versand');
    expect((await stored(t, later))?.mailedAt).toBeNull();

    // It goes out with the next day's digest.
    const tomorrow = new Date(Date.now() + 86_400_000);
    await sendNotificationDigests(otherProcess(), tomorrow);
    expect(mailsOf(person)).toHaveLength(2);
    expect(mailsOf(person)[1]?.text).toContain('nach dem Versand');
  });
});
