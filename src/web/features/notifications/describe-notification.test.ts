import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { NotificationItem } from '../../../shared/contracts/notifications.ts';
import { networkNotificationKinds } from '../../../shared/network-notification-kinds.ts';
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS } from '../../../shared/notification-kinds.ts';
import { translations } from '../../i18n/resources.ts';
import { appPath, describeNotification } from './describe-notification.ts';

async function translator(lng: 'de' | 'en') {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { de: { translation: translations.de }, en: { translation: translations.en } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const item = (kind: string, data: Record<string, unknown>): NotificationItem => ({
  id: '1',
  kind,
  data,
  link: null,
  createdAt: '2026-01-01T00:00:00Z',
  readAt: null,
});

describe('describeNotification', () => {
  it('says a task mention and a project turning amber or red with its reason, in German and English', async () => {
    const de = await translator('de');
    const en = await translator('en');
    const mention = item('task-mention', {
      actorName: 'Max',
      title: 'Förderantrag',
      projectName: 'Smart Health',
      excerpt: 'bitte prüfen',
    });
    expect(describeNotification(de, mention)).toEqual({
      sentence: 'Max hat Sie in der Aufgabe „Förderantrag“ (Smart Health) erwähnt',
      detail: '„bitte prüfen“',
    });
    const health = item('project-health', {
      projectName: 'Breitband',
      level: 'amber',
      reason: {
        signal: 'milestone-slip',
        level: 'amber',
        value: 12,
        threshold: 7,
        unit: 'days',
        subject: { kind: 'milestone', id: 'm', name: 'Ausschreibung' },
        baselineName: 'Plan v2',
      },
    });
    const said = describeNotification(de, health);
    expect(said.sentence).toBe('Das Projekt „Breitband“ ist gefährdet (Gelb)');
    expect(said.detail).toContain('Ausschreibung');
    expect(said.detail).toContain('Plan v2');
    expect(describeNotification(en, { ...health, data: { ...health.data, level: 'red' } }).sentence).toBe(
      'The project “Breitband” is off track (red)',
    );
    expect(
      describeNotification(de, item('project-health', { projectName: 'X', level: 'amber', reason: 'kaputt' })).detail,
    ).toBeNull();
  });

  it('says in German what each kind means', async () => {
    const t = await translator('de');
    const say = (kind: string, data: Record<string, unknown>) => describeNotification(t, item(kind, data));
    expect(
      say('mention', { actorName: 'Max', channelName: 'allgemein', workspaceName: 'Bauhof', excerpt: 'Hi' }),
    ).toEqual({
      sentence: 'Max hat Sie in #allgemein (Bauhof) erwähnt',
      detail: '„Hi“',
    });
    expect(say('direct-message', { actorName: 'Erika' }).sentence).toBe('Direktnachricht von Erika');
    expect(say('workspace-invitation', { actorName: 'Jo', workspaceName: 'IT' }).sentence).toBe(
      'Jo hat Sie in den Arbeitsraum „IT“ eingeladen',
    );
    expect(say('join-request', { actorName: 'Jo', workspaceName: 'IT' }).sentence).toBe(
      'Jo möchte dem Arbeitsraum „IT“ beitreten',
    );
    expect(say('join-request-answered', { workspaceName: 'IT', accepted: true }).sentence).toBe(
      'Ihre Anfrage zum Arbeitsraum „IT“ wurde angenommen',
    );
    expect(say('join-request-answered', { workspaceName: 'IT', accepted: false }).sentence).toBe(
      'Ihre Anfrage zum Arbeitsraum „IT“ wurde abgelehnt',
    );
    expect(
      say('cooperation-contact', { actorName: 'Max', organisationName: 'Soest', title: 'Bauhof', kind: 'reuse' })
        .sentence,
    ).toBe('Max (Soest) interessiert sich für die Nachnutzung von „Bauhof“');
    expect(say('cooperation-contact', { actorName: 'Max', title: 'Bauhof', kind: 'contact' }).sentence).toBe(
      'Max möchte Kontakt zu „Bauhof“ aufnehmen',
    );
    expect(say('cooperation-review', { title: 'Bauhof' }).sentence).toBe('„Bauhof“ wartet auf Prüfung und Freigabe');
    expect(say('cooperation-published', { title: 'Bauhof' }).sentence).toContain('veröffentlicht');
    expect(say('cooperation-returned', { title: 'Bauhof', note: 'Bitte ergänzen' })).toEqual({
      sentence: '„Bauhof“ wurde zur Überarbeitung zurückgegeben',
      detail: 'Hinweis: Bitte ergänzen',
    });
  });

  it('speaks English too, and copes with unknown kinds and missing data', async () => {
    const t = await translator('en');
    expect(describeNotification(t, item('mention', { channelName: 'general' })).sentence).toBe(
      'Someone mentioned you in #general',
    );
    expect(describeNotification(t, item('poll-closed', { title: 'Lunch', actorName: 7 }))).toEqual({
      sentence: 'New notification',
      detail: 'Lunch',
    });
  });

  it('says what happened to shared and adopted content pages', async () => {
    const de = await translator('de');
    const en = await translator('en');
    const page = { organisationName: 'Gemeinde Neu Wulmstorf', title: 'Wohnsitz anmelden' };
    expect(describeNotification(de, item('content-adopted', { ...page, mode: 'link' })).sentence).toBe(
      'Gemeinde Neu Wulmstorf hat Ihre Seite „Wohnsitz anmelden“ als Verknüpfung übernommen',
    );
    expect(describeNotification(en, item('content-adopted', { ...page, mode: 'copy' })).sentence).toBe(
      'Gemeinde Neu Wulmstorf adopted your page “Wohnsitz anmelden” as a copy',
    );
    expect(describeNotification(de, item('content-source-changed', { ...page, language: 'xx' })).sentence).toBe(
      'Gemeinde Neu Wulmstorf hat „Wohnsitz anmelden“ (xx) geändert; Ihre verknüpfte Seite wartet auf Ihre Entscheidung',
    );
    expect(describeNotification(en, item('content-link-ended', { slug: 'wohnsitz' })).sentence).toBe(
      'An organisation no longer shares a page with you: your link “wohnsitz” is now a copy of your own',
    );
  });

  it('words every kind of the network in German and English, with its details', async () => {
    const de = await translator('de');
    const en = await translator('en');
    const say = (t: typeof de, kind: string, data: Record<string, unknown>) =>
      describeNotification(t, item(kind, data));
    const question = { actorName: 'Max Muster', title: 'Winterdienst-Tourenplanung?', communityName: 'Bauhöfe' };
    expect(say(de, 'network-question', question).sentence).toBe(
      'Max Muster fragt in „Bauhöfe“: „Winterdienst-Tourenplanung?“',
    );
    expect(say(en, 'network-question', { ...question, communityName: undefined }).sentence).toBe(
      'Max Muster asked: “Winterdienst-Tourenplanung?”',
    );
    expect(say(de, 'network-answer', question).sentence).toBe(
      'Max Muster hat auf „Winterdienst-Tourenplanung?“ geantwortet',
    );
    expect(say(de, 'network-comment', { ...question, excerpt: 'Gute Frage' })).toEqual({
      sentence: 'Max Muster hat bei „Winterdienst-Tourenplanung?“ kommentiert',
      detail: '„Gute Frage“',
    });
    expect(say(en, 'network-accepted', question).sentence).toBe(
      'Max Muster accepted your answer to “Winterdienst-Tourenplanung?”',
    );
    expect(say(de, 'network-endorsement', { actorName: 'Erika', tagName: 'E-Rechnung', excerpt: 'Danke' })).toEqual({
      sentence: 'Erika bestätigt Ihre Expertise „E-Rechnung“',
      detail: '„Danke“',
    });
    expect(say(de, 'network-join-request', { actorName: 'Erika', communityName: 'Bauhöfe' }).sentence).toBe(
      'Erika möchte der Fachgruppe „Bauhöfe“ beitreten',
    );
    expect(say(en, 'network-join-answered', { communityName: 'Bauhöfe', accepted: false }).sentence).toBe(
      'Your request to join the community “Bauhöfe” was declined',
    );
    expect(say(de, 'network-post-pending', question).sentence).toBe(
      'Ein Beitrag von Max Muster in „Bauhöfe“ wartet auf Ihre Freigabe: „Winterdienst-Tourenplanung?“',
    );
    expect(say(de, 'network-post-decided', { title: 'Streusalz', approved: false, reason: 'Doppelt' })).toEqual({
      sentence: 'Ihr Beitrag „Streusalz“ wurde nicht freigegeben',
      detail: 'Hinweis: Doppelt',
    });
    expect(say(en, 'network-post-hidden', { title: 'Streusalz', reason: 'Off topic' }).detail).toContain('Off topic');
    expect(say(de, 'network-report', { ...question, excerpt: 'Werbung' }).detail).toBe('„Werbung“');
    expect(say(en, 'wiki-check-due', { title: 'Streupläne' }).sentence).toBe(
      'The wiki page “Streupläne” is due for a check',
    );
  });
});

describe('the list of kinds', () => {
  it('holds every kind of the network, and names every kind and group on the settings page in both languages', async () => {
    for (const kind of Object.values(networkNotificationKinds)) expect(NOTIFICATION_KIND_NAMES).toContain(kind);
    for (const language of ['de', 'en'] as const) {
      const t = await translator(language);
      for (const { kind, group } of NOTIFICATION_KINDS) {
        expect(t(`notifications.settings.kinds.${kind}`)).not.toBe(`notifications.settings.kinds.${kind}`);
        expect(t(`notifications.settings.groups.${group}`)).not.toBe(`notifications.settings.groups.${group}`);
        // The bell words every listed kind on its own, none with the general sentence.
        expect(describeNotification(t, item(kind, { actorName: 'A', title: 'T' })).sentence).not.toBe(
          t('notifications.kinds.other'),
        );
      }
    }
  });
});

describe('appPath', () => {
  it('words the services’ and the events’ kinds in German and English', async () => {
    const de = await translator('de');
    const en = await translator('en');
    const said = (t: typeof de, kind: string, data: Record<string, unknown>) =>
      describeNotification(t, item(kind, data)).sentence;
    const offer = { actorName: 'Max', organisationName: 'Magdeburg', title: 'E-Akte-Server' };
    expect(said(de, 'service-offer-request', offer)).toBe('Max (Magdeburg) fragt Ihr Angebot „E-Akte-Server“ an');
    expect(said(de, 'service-offer-request', { ...offer, withdrawn: true })).toBe(
      'Max (Magdeburg) hat die Anfrage zu Ihrem Angebot „E-Akte-Server“ zurückgezogen',
    );
    expect(said(en, 'service-offer-request', { ...offer, withdrawn: true })).toBe(
      'Max (Magdeburg) withdrew the request for your offer “E-Akte-Server”',
    );
    expect(said(en, 'service-offer-answered', { ...offer, accepted: true })).toBe(
      'Magdeburg accepted your request for “E-Akte-Server”',
    );
    expect(said(de, 'service-offer-answered', { ...offer, accepted: false })).toBe(
      'Magdeburg hat Ihre Anfrage zu „E-Akte-Server“ abgelehnt',
    );
    expect(said(de, 'procurement-purchase-opened', { organisationName: 'Leipzig', title: 'Laptops' })).toBe(
      'Leipzig hat die gemeinsame Beschaffung „Laptops“ eröffnet',
    );
    expect(said(en, 'procurement-radar-match', { title: 'Laptops', mine: 'Notebooks' })).toBe(
      'Bundle? “Laptops” matches your plan “Notebooks”',
    );
    expect(said(de, 'event-moved-up', { title: 'Dialogforum' })).toBe(
      'Sie sind von der Warteliste nachgerückt: „Dialogforum“',
    );
    expect(said(en, 'event-cancelled', { title: 'Dialogforum' })).toBe('Cancelled: “Dialogforum”');
  });

  it('follows only paths inside the app', () => {
    expect(appPath('/atlas/x')).toBe('/atlas/x');
    for (const link of [null, 'https://evil.example', '//evil.example', 'javascript:alert(1)', '/\\evil']) {
      expect(appPath(link)).toBeNull();
    }
  });
});
