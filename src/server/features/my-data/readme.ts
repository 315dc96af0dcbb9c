/** The README.txt at the top of every export: what each file holds, in German and in English. */
export function readmeText(person: { name: string; email: string }, createdAt: Date): string {
  const when = createdAt.toISOString();
  return `Allmende – Ihre Daten / Your data
==================================

Deutsch
-------
Dieses Archiv enthält die Daten, die Allmende über ${person.name} <${person.email}> gespeichert hat
(Auskunft nach Art. 15 DSGVO, Datenübertragbarkeit nach Art. 20 DSGVO), Stand ${when} (UTC).
Alle Zeitangaben sind in UTC (ISO 8601). Die JSON-Dateien können mit jedem Texteditor geöffnet werden.

  account.json         Ihr Konto: Name, E-Mail-Adresse, Sprache, Zeitpunkte, Zwei-Faktor-Anmeldung (ob aktiv,
                       wie viele Wiederherstellungscodes übrig sind), Benachrichtigungseinstellungen.
                       Passwort, Geheimnisse und Codes sind nur als Prüfwerte gespeichert und nicht enthalten.
  sessions.json        Ihre Anmeldungen (Gerät, Adresse, Zeitpunkte) und App-Passwörter (Name, Umfang,
                       letzte vier Zeichen, Zeitpunkte; nie das Passwort selbst).
  memberships.json     Ihre Organisation, deren Verbünde, Ihre Arbeitsräume (und Beitrittsanfragen), Fachgruppen.
  chat-messages.json   Die Chatnachrichten, die Sie geschrieben haben, und Ihre Anhänge (als Liste).
  network.json         Ihr Netzwerkprofil, Ihre Expertise mit Nachweisen und Empfehlungen, Ihre Fragen,
                       Antworten, Kommentare, Wiki-Versionen, Bewertungen, Meldungen und was Sie verfolgen.
  atlas.json           Einträge im Kooperationsatlas, die Sie angelegt oder bearbeitet haben, wo Sie
                       Ansprechperson sind, und Ihre Interessensbekundungen.
  content.json         Inhaltsseiten, die Sie angelegt haben, Fassungen, die Sie geschrieben haben, und
                       Medien, die Sie hochgeladen haben (als Liste).
  documents.json       Dokumentversionen, die Sie hochgeladen haben; die Dateien selbst liegen unter files/documents/.
  services.json        Leistungsangebote, die Sie angelegt haben oder bei denen Sie als Fachperson genannt sind,
                       Anfragen, die Sie gestellt oder beantwortet haben, Bedarfsmeldungen, Beschaffungen und
                       Beschaffungspläne, die Sie angelegt haben.
  events.json          Ihre Anmeldungen zu Veranstaltungen mit Ihren Antworten, Veranstaltungen, die Sie
                       angelegt haben, und ob Sie ein Kalender-Abonnement haben.
  meetings.json        Wann Sie an welchen Besprechungen teilgenommen haben, Besprechungen, die Sie gestartet
                       haben, und Notizen, die zuletzt Sie geschrieben haben (Bild und Ton werden nie gespeichert).
  notifications.json   Ihre Benachrichtigungen.
  audit.json           Protokolleinträge über Handlungen von Ihnen oder über Ihr Konto.

Das Archiv wird nach 7 Tagen gelöscht. Fragen zum Datenschutz richten Sie an die im Impressum genannte Stelle.

English
-------
This archive holds the data Allmende keeps about ${person.name} <${person.email}>
(access under Art. 15 GDPR, portability under Art. 20 GDPR), as of ${when} (UTC).
All times are UTC (ISO 8601). The JSON files open in any text editor.

  account.json         Your account: name, e-mail address, language, times, two-factor sign-in (whether on,
                       how many recovery codes are left), notification settings. Password, secrets and codes
                       are kept only as check values and are not included.
  sessions.json        Your sign-ins (device, address, times) and app passwords (name, scope, last four
                       characters, times; never the password itself).
  memberships.json     Your organisation, its alliances, your workspaces (and join requests), communities.
  chat-messages.json   The chat messages you wrote, and your attachments (as a list).
  network.json         Your network profile, expertise with proofs and endorsements, your questions, answers,
                       comments, wiki revisions, votes, reports and what you follow.
  atlas.json           Cooperation atlas records you created or edited, where you are a contact, and your
                       expressions of interest.
  content.json         Content pages you created, versions you wrote, and media you uploaded (as a list).
  documents.json       Document versions you uploaded; the files themselves are under files/documents/.
  services.json        Service offers you created or are named an expert of, requests you sent or answered,
                       needs you declared, purchases and purchase plans you opened.
  events.json          Your event registrations with your answers, events you created, and whether you have
                       a calendar subscription.
  meetings.json        When you were in which meeting, meetings you started, and notes you wrote last (picture
                       and sound are never stored).
  notifications.json   Your notifications.
  audit.json           Audit log entries about what you did or about your account.

The archive is deleted after 7 days. Questions about data protection go to the office named in the imprint.
`;
}
