import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { persons } from '../../platform/auth/tables.ts';
import { newId } from '../../platform/db/ids.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN } from '../../test/test-app.ts';
import { createdProject, createdTask, dayFromToday, projectWorld, send } from '../projects/project-fixtures.ts';
import { notificationsOf } from '../workspaces/workspace-fixtures.ts';
import { sendNotificationDigests } from './digest.ts';
import { age, give, mention, readMail, stored } from './notification-fixtures.ts';
import { saveChoices, saveDigestFrequency } from './preferences.ts';
import { peopleDueForDigest } from './queries.ts';
import { notificationSettings } from './tables.ts';

const t = await buildTestApp();

const mailsOf = (email: string) => t.mailsTo(email).map(readMail);

describe('sendNotificationDigests', () => {
  it('bundles a person’s unread mentions and direct messages into one German mail with links', async () => {
    const anna = await createPerson(t, { name: 'Anna Schulz' });
    const channel = newId();
    const [m1] = (await give(
      t,
      anna,
      'mention',
      mention(channel, 1, 'Können wir die Ausschreibung teilen?'),
      '/chat/c/1',
    )) as [string];
    const [m2] = (await give(t, anna, 'mention', mention(channel, 2, 'Übrigens: Termin am Freitag'), '/chat/c/2')) as [
      string,
    ];
    const [dm] = (await give(
      t,
      anna,
      'direct-message',
      { actorName: 'Erika Beispiel', excerpt: 'Hallo Anna', channelId: newId(), seq: 1, messageId: 'x' },
      '/chat/dm/9',
    )) as [string];
    await age(t, [m1, m2, dm], 20);

    await sendNotificationDigests(t.deps);

    const mails = mailsOf(anna.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails as [ReturnType<typeof readMail>];
    expect(mail.subject).toBe('3 ungelesene Nachrichten auf Allmende');
    expect(mail.text).toContain('Guten Tag Anna Schulz,');
    expect(mail.text).toContain('Max Muster hat Sie in #allgemein (Digitalisierung Südwestfalen) erwähnt');
    expect(mail.text).toContain('„Können wir die Ausschreibung teilen?“');
    expect(mail.text).toContain('„Übrigens: Termin am Freitag“');
    expect(mail.text).toContain('Direktnachricht von Erika Beispiel');
    expect(mail.text).toContain(`${TEST_ORIGIN}/chat/c/1`);
    expect(mail.text).toContain(`${TEST_ORIGIN}/chat/dm/9`);
    expect(mail.html).toContain(`<a href="${TEST_ORIGIN}/chat/c/2">Zur Nachricht</a>`);
    // Oldest first, as the conversation went.
    expect(mail.text.indexOf('Ausschreibung')).toBeLessThan(mail.text.indexOf('Freitag'));
    for (const id of [m1, m2, dm]) expect((await stored(t, id))?.mailedAt).toBeInstanceOf(Date);

    await sendNotificationDigests(t.deps);
    expect(mailsOf(anna.email)).toHaveLength(1);
  });

  it('leaves out what was read, what is fresh, and other kinds', async () => {
    const ben = await createPerson(t);
    const channel = newId();
    const [read] = (await give(t, ben, 'mention', mention(channel, 1, 'schon gelesen'))) as [string];
    const [fresh] = (await give(t, ben, 'mention', mention(channel, 2, 'ganz neu'))) as [string];
    const [invitation] = (await give(t, ben, 'workspace-invitation')) as [string];
    await age(t, [read, invitation], 30);
    await age(t, [fresh], 5);
    await t.request({ method: 'POST', url: `/api/notifications/${read}/read`, cookie: ben.cookie });

    await sendNotificationDigests(t.deps);
    expect(mailsOf(ben.email)).toHaveLength(0);
    for (const id of [read, fresh, invitation]) expect((await stored(t, id))?.mailedAt).toBeNull();

    // Once the fresh one has waited long enough, it goes out alone.
    await age(t, [fresh], 16);
    await sendNotificationDigests(t.deps);
    const mails = mailsOf(ben.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Eine ungelesene Nachricht auf Allmende');
    expect(mails[0]?.text).toContain('ganz neu');
    expect(mails[0]?.text).not.toContain('schon gelesen');
  });

  it('never mails a notification twice when two processes run at once', async () => {
    const carla = await createPerson(t);
    const dora = await createPerson(t);
    const channel = newId();
    const ids: string[] = [];
    for (let seq = 1; seq <= 4; seq += 1) ids.push(...(await give(t, [carla, dora], 'mention', mention(channel, seq))));
    await age(t, ids, 20);

    const [one, two] = await Promise.all([sendNotificationDigests(t.deps), sendNotificationDigests(t.deps)]);

    for (const person of [carla, dora]) {
      const mails = mailsOf(person.email);
      const mentioned = mails.flatMap((m) => m.text.match(/Nachricht \d/g) ?? []);
      expect(mentioned.sort()).toEqual(['Nachricht 1', 'Nachricht 2', 'Nachricht 3', 'Nachricht 4']);
    }
    expect((one?.notifications ?? 0) + (two?.notifications ?? 0)).toBeGreaterThanOrEqual(8);
  });

  it('writes English to people who chose English, and escapes names in the HTML', async () => {
    const eve = await createPerson(t);
    await t.deps.db.update(persons).set({ locale: 'en' }).where(eq(persons.id, eve.id));
    const [id] = (await give(t, eve, 'mention', {
      ...mention(newId(), 1, 'a <b>bold</b> claim'),
      actorName: '<script>alert(1)</script>',
    })) as [string];
    await age(t, [id], 20);
    await sendNotificationDigests(t.deps);
    const [mail] = mailsOf(eve.email);
    expect(mail?.subject).toBe('1 unread message on Allmende');
    expect(mail?.text).toContain('<script>alert(1)</script> mentioned you in #allgemein');
    expect(mail?.html).not.toContain('<script>');
    expect(mail?.html).not.toContain('<b>bold</b>');
    expect(mail?.html).toContain('&#60;script&#62;');
  });

  it('sends nothing to locked people', async () => {
    const frank = await createPerson(t);
    await t.deps.db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, frank.id));
    const [id] = (await give(t, frank, 'direct-message', mention(newId(), 1))) as [string];
    await age(t, [id], 20);
    await sendNotificationDigests(t.deps);
    expect(mailsOf(frank.email)).toHaveLength(0);
  });

  it('gives the notifications back when the mail fails, and sends them on the next run', async () => {
    const gina = await createPerson(t);
    const [id] = (await give(t, gina, 'mention', mention(newId(), 1, 'zweiter Versuch'))) as [string];
    await age(t, [id], 20);
    const broken: Mailer = {
      async send() {
        throw new Error('SMTP down');
      },
    };
    const errors: unknown[] = [];
    await sendNotificationDigests({ ...t.deps, mailer: broken }, new Date(), { error: (o) => errors.push(o) });
    expect(errors).toHaveLength(1);
    expect((await stored(t, id))?.mailedAt).toBeNull();
    await sendNotificationDigests(t.deps);
    expect(mailsOf(gina.email)[0]?.text).toContain('zweiter Versuch');
  });

  it('waits as long as NOTIFICATION_DIGEST_MINUTES says', async () => {
    const hans = await createPerson(t);
    const [id] = (await give(t, hans, 'mention', mention(newId(), 1))) as [string];
    await age(t, [id], 3);
    await sendNotificationDigests({ ...t.deps, config: { ...t.config, notificationDigestMinutes: 15 } });
    expect(mailsOf(hans.email)).toHaveLength(0);
    await sendNotificationDigests({ ...t.deps, config: { ...t.config, notificationDigestMinutes: 2 } });
    expect(mailsOf(hans.email)).toHaveLength(1);
  });

  it('mails a project turning red to its lead and owners once, with the first reason worded, unless they read it', async () => {
    const w = await projectWorld(t);
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Rufbus', leadPersonId: w.member.id });
    for (const title of ['Fahrplan', 'Fahrzeuge', 'Haltestellen']) {
      await createdTask(t, w.owner, project.id, { title, dueDate: dayFromToday(-3) });
    }
    const [ownerWarning] = await notificationsOf(t, w.owner, 'project-health');
    const [leadWarning] = await notificationsOf(t, w.member, 'project-health');
    expect(ownerWarning?.data).toMatchObject({ projectName: 'Rufbus', level: 'red' });
    await age(t, [ownerWarning?.id as string, leadWarning?.id as string], 20);
    // The lead has seen it in the app already.
    const read = await send(t, w.member, 'POST', `/api/notifications/${leadWarning?.id}/read`);
    expect(read.statusCode, read.body).toBeLessThan(300);

    await sendNotificationDigests(t.deps);

    const [mail, ...more] = mailsOf(w.owner.email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Eine ungelesene Benachrichtigung auf Allmende');
    expect(mail?.text).toMatch(
      /– Projekt „Rufbus“ ist jetzt rot: 100\s%\sder offenen Aufgaben überfällig \(rot ab 30\s%\)/,
    );
    expect(mail?.text).toContain(`${TEST_ORIGIN}/projects/${project.id}`);
    expect(mail?.html).toContain(`<a href="${TEST_ORIGIN}/projects/${project.id}">Zum Projekt</a>`);
    expect(mailsOf(w.member.email)).toHaveLength(0);
    expect((await stored(t, leadWarning?.id as string))?.mailedAt).toBeNull();

    await sendNotificationDigests(t.deps);
    expect(mailsOf(w.owner.email)).toHaveLength(1);
  });

  it('words a project warning and a task mention in English for people who chose English', async () => {
    const ida = await createPerson(t);
    await t.deps.db.update(persons).set({ locale: 'en' }).where(eq(persons.id, ida.id));
    const ids = [
      ...(await give(
        t,
        ida,
        'project-health',
        {
          projectName: 'Vernetzte Mobilität',
          level: 'amber',
          reason: {
            signal: 'milestone-slip',
            level: 'amber',
            value: 10,
            threshold: 7,
            unit: 'days',
            subject: { kind: 'milestone', id: newId(), name: 'Ausschreibung' },
            baselineName: 'Plan v2',
          },
        },
        '/projects/p1',
      )),
      ...(await give(
        t,
        ida,
        'task-mention',
        { actorName: 'Max Muster', title: 'Förderantrag', projectName: 'Rufbus', excerpt: '@Ida bitte prüfen' },
        '/projects/p2/tasks/t1',
      )),
    ];
    await age(t, ids, 20);
    await sendNotificationDigests(t.deps);
    const [mail] = mailsOf(ida.email);
    expect(mail?.subject).toBe('2 unread notifications on Allmende');
    expect(mail?.text).toContain(
      '– Project “Vernetzte Mobilität” is now amber: Milestone Ausschreibung +10 days against Plan v2 (amber from 7 days)',
    );
    expect(mail?.text).toContain('Max Muster mentioned you in the task “Förderantrag” (Rufbus)');
    expect(mail?.text).toContain('“@Ida bitte prüfen”');
    expect(mail?.html).toContain(`<a href="${TEST_ORIGIN}/projects/p2/tasks/t1">Open the task</a>`);
  });

  it('mails a task mention left unread in German, and words a warning without a readable reason by its colour alone', async () => {
    const jan = await createPerson(t);
    const ids = [
      ...(await give(
        t,
        jan,
        'project-health',
        { projectName: 'Glasfaser', level: 'red', reason: { signal: 1 } },
        null,
      )),
      ...(await give(t, jan, 'task-mention', {
        actorName: 'Erika Beispiel',
        title: 'Tiefbau',
        projectName: 'Glasfaser',
      })),
    ];
    await age(t, ids, 20);
    await sendNotificationDigests(t.deps);
    const [mail] = mailsOf(jan.email);
    expect(mail?.subject).toBe('2 ungelesene Benachrichtigungen auf Allmende');
    expect(mail?.text).toContain('– Projekt „Glasfaser“ ist jetzt rot\n');
    expect(mail?.text).toContain('Erika Beispiel hat Sie in der Aufgabe „Tiefbau“ (Glasfaser) erwähnt');
  });

  it('finds the due notifications through the partial index of the digest', async () => {
    const people = await t.deps.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(sql`explain ${peopleDueForDigest(tx, new Date(), new Date(), 500)}`);
    });
    expect(JSON.stringify(people)).toContain('notifications_digest_due');
  });

  it('mails what each person chose: a kind turned off stays in the app, a kind turned on is mailed', async () => {
    const kai = await createPerson(t);
    await t.deps.db.transaction((tx) =>
      saveChoices(tx, kai.id, [
        { kind: 'mention', inApp: true, mail: false },
        { kind: 'workspace-invitation', inApp: true, mail: true },
      ]),
    );
    const [off] = (await give(t, kai, 'mention', mention(newId(), 1, 'nicht per Mail'))) as [string];
    const [on] = (await give(t, kai, 'workspace-invitation')) as [string];
    await age(t, [off, on], 20);
    await sendNotificationDigests(t.deps);
    const [mail, ...more] = mailsOf(kai.email);
    expect(more).toHaveLength(0);
    expect(mail?.text).not.toContain('nicht per Mail');
    expect(mail?.text).toContain(`${TEST_ORIGIN}/workspaces/bauhof`);
    expect(mail?.text).toContain(`${TEST_ORIGIN}/account/notifications`);
    expect((await stored(t, off))?.mailedAt).toBeNull();
  });

  it('words the network’s notifications in German and English', async () => {
    const lena = await createPerson(t);
    const mark = await createPerson(t);
    await t.deps.db.update(persons).set({ locale: 'en' }).where(eq(persons.id, mark.id));
    const network: [string, Record<string, unknown>][] = [
      ['network-question', { actorName: 'Max Muster', title: 'Winterdienst-Tourenplanung?', communityName: 'Bauhöfe' }],
      ['network-answer', { actorName: 'Erika Beispiel', title: 'Winterdienst-Tourenplanung?' }],
      ['network-accepted', { actorName: 'Max Muster', title: 'E-Rechnung' }],
      ['network-endorsement', { actorName: 'Erika Beispiel', tagName: 'E-Rechnung', excerpt: 'half beim Umstieg' }],
      ['network-join-answered', { communityName: 'Agile Verwaltung', accepted: true }],
      ['network-post-hidden', { title: 'Werbung', reason: 'Kein Bezug zur Verwaltung' }],
      ['wiki-check-due', { title: 'Streupläne' }],
    ];
    const ids: string[] = [];
    for (const [kind, data] of network) ids.push(...(await give(t, [lena, mark], kind, data, '/network/questions/q1')));
    await age(t, ids, 20);
    await sendNotificationDigests(t.deps);
    const [de] = mailsOf(lena.email);
    expect(de?.subject).toBe('7 ungelesene Benachrichtigungen auf Allmende');
    for (const line of [
      'Max Muster fragt in „Bauhöfe“: „Winterdienst-Tourenplanung?“',
      'Erika Beispiel hat auf „Winterdienst-Tourenplanung?“ geantwortet',
      'Max Muster hat Ihre Antwort auf „E-Rechnung“ angenommen',
      'Erika Beispiel bestätigt Ihre Expertise „E-Rechnung“',
      '„half beim Umstieg“',
      'Ihre Anfrage an die Fachgruppe „Agile Verwaltung“ wurde angenommen',
      'Die Moderation hat Ihren Beitrag „Werbung“ ausgeblendet',
      '„Kein Bezug zur Verwaltung“',
      'Die Wiki-Seite „Streupläne“ sollte geprüft werden',
    ]) {
      expect(de?.text).toContain(line);
    }
    expect(de?.html).toContain(`<a href="${TEST_ORIGIN}/network/questions/q1">Im Netzwerk öffnen</a>`);
    const [en] = mailsOf(mark.email);
    for (const line of [
      'Max Muster asked in “Bauhöfe”: “Winterdienst-Tourenplanung?”',
      'Erika Beispiel answered “Winterdienst-Tourenplanung?”',
      'Erika Beispiel endorsed your expertise “E-Rechnung”',
      'Your request to join the community “Agile Verwaltung” was accepted',
      'The wiki page “Streupläne” is due for a check',
    ]) {
      expect(en?.text).toContain(line);
    }
  });

  it('words the services’ notifications in German and English', async () => {
    const lena = await createPerson(t);
    const mark = await createPerson(t);
    await t.deps.db.update(persons).set({ locale: 'en' }).where(eq(persons.id, mark.id));
    const services: [string, Record<string, unknown>][] = [
      ['service-offer-request', { actorName: 'Max Muster', organisationName: 'Magdeburg', title: 'E-Akte-Server' }],
      ['service-offer-answered', { organisationName: 'Leipzig', title: 'E-Akte-Server', accepted: true }],
      [
        'service-offer-request',
        { actorName: 'Max Muster', organisationName: 'Magdeburg', title: 'E-Akte-Server', withdrawn: true },
      ],
      ['procurement-purchase-opened', { organisationName: 'Leipzig', title: 'Laptops' }],
      ['procurement-radar-match', { title: 'Laptops', mine: 'Notebooks 2027' }],
    ];
    const ids: string[] = [];
    for (const [kind, data] of services) ids.push(...(await give(t, [lena, mark], kind, data, '/services')));
    await age(t, ids, 20);
    await sendNotificationDigests(t.deps);
    const [de] = mailsOf(lena.email);
    for (const line of [
      'Max Muster (Magdeburg) fragt Ihr Angebot „E-Akte-Server“ an',
      'Leipzig hat Ihre Anfrage zu „E-Akte-Server“ angenommen',
      'Max Muster (Magdeburg) hat die Anfrage zu Ihrem Angebot „E-Akte-Server“ zurückgezogen',
      'Leipzig hat die gemeinsame Beschaffung „Laptops“ eröffnet',
      'Bündelung möglich: „Laptops“ passt zu Ihrem Vorhaben „Notebooks 2027“',
    ]) {
      expect(de?.text).toContain(line);
    }
    const [en] = mailsOf(mark.email);
    expect(en?.text).toContain('Leipzig accepted your request for “E-Akte-Server”');
    expect(en?.text).toContain('Max Muster (Magdeburg) withdrew the request for your offer “E-Akte-Server”');
    expect(en?.text).toContain('Bundle? “Laptops” matches your plan “Notebooks 2027”');
  });

  it('sends a daily digest once a day after 7:00, a weekly one on Mondays, and none for never', async () => {
    const [daily, weekly, never] = [await createPerson(t), await createPerson(t), await createPerson(t)];
    await t.deps.db.transaction(async (tx) => {
      await saveDigestFrequency(tx, daily.id, 'daily');
      await saveDigestFrequency(tx, weekly.id, 'weekly');
      await saveDigestFrequency(tx, never.id, 'never');
    });
    // The last digests went out on Monday 7 December 2026 at 8:00 Berlin time.
    await t.deps.db
      .update(notificationSettings)
      .set({ lastDigestAt: new Date('2026-12-07T07:00:00Z') })
      .where(sql`${notificationSettings.personId} in (${daily.id}, ${weekly.id}, ${never.id})`);
    const ids = await give(t, [daily, weekly, never], 'mention', mention(newId(), 1, 'erste'));
    await age(t, ids, 60 * 24 * 3);
    const run = (iso: string) => sendNotificationDigests(t.deps, new Date(iso));

    // Monday 21:00: the day's digest went out already.
    await run('2026-12-07T20:00:00Z');
    expect(mailsOf(daily.email)).toHaveLength(0);
    // Tuesday 6:30: not yet. Tuesday 7:05: the daily one, with everything unread since.
    await run('2026-12-08T05:30:00Z');
    expect(mailsOf(daily.email)).toHaveLength(0);
    await run('2026-12-08T06:05:00Z');
    expect(mailsOf(daily.email)).toHaveLength(1);
    expect(mailsOf(daily.email)[0]?.text).toContain('tägliche Zusammenfassung');
    // Something new on Tuesday waits for Wednesday.
    const later = await give(t, daily, 'mention', mention(newId(), 2, 'zweite'));
    await age(t, later, 60 * 24 * 2);
    await run('2026-12-08T12:00:00Z');
    expect(mailsOf(daily.email)).toHaveLength(1);
    await run('2026-12-09T06:01:00Z');
    expect(mailsOf(daily.email)).toHaveLength(2);
    expect(mailsOf(daily.email)[1]?.text).toContain('zweite');

    // The weekly one waits for the next Monday 7:00.
    await run('2026-12-13T20:00:00Z');
    expect(mailsOf(weekly.email)).toHaveLength(0);
    await run('2026-12-14T06:01:00Z');
    expect(mailsOf(weekly.email)).toHaveLength(1);
    expect(mailsOf(weekly.email)[0]?.text).toContain('wöchentliche Zusammenfassung');
    expect(mailsOf(never.email)).toHaveLength(0);
  });

  it('does not mail what waited longer than two weeks unmailed, e.g. after mail was turned on', async () => {
    const olga = await createPerson(t);
    const [old] = (await give(t, olga, 'mention', mention(newId(), 1, 'uralt'))) as [string];
    const [recent] = (await give(t, olga, 'mention', mention(newId(), 2, 'frisch genug'))) as [string];
    await age(t, [old], 60 * 24 * 15);
    await age(t, [recent], 60 * 24 * 13);
    await sendNotificationDigests(t.deps);
    const [mail] = mailsOf(olga.email);
    expect(mail?.text).toContain('frisch genug');
    expect(mail?.text).not.toContain('uralt');
    expect((await stored(t, old))?.mailedAt).toBeNull();
  });
});
