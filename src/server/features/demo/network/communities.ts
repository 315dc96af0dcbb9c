import { P } from '../workspaces/script.ts';
import type { DemoCommunity } from './plan.ts';

// The demo's Fachgruppen: three open ones anyone on the platform may join, and one by request whose
// moderators let first posts of new members through one by one.

export const BAUHOEFE = 'bauhoefe';
export const E_RECHNUNG = 'e-rechnung';
export const AGILE = 'agile';
export const IT_SICHERHEIT = 'it-sicherheit';

export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    key: BAUHOEFE,
    name: 'Bauhöfe Niedersachsen',
    description:
      'Bauhofleitungen und ihre Teams tauschen sich aus: Winterdienst, Grünpflege, Fuhrpark, Arbeitsschutz und gemeinsame Beschaffung. Auch Kolleginnen und Kollegen aus anderen Ländern sind willkommen.',
    joinPolicy: 'open',
    approveFirstPosts: false,
    founder: P.jan,
    moderators: [P.thomas],
    members: [P.anna, P.sabine, P.michael, P.tobias],
    daysAgo: 40,
    chat: [
      {
        author: P.jan,
        text: 'Moin zusammen, der Chat der Fachgruppe ist jetzt an. Für kurze Fragen hier, für alles, was bleiben soll, bitte die Fragen und das Wiki.',
        daysAgo: 9,
      },
      {
        author: P.thomas,
        text: 'Hat jemand diese Woche noch Solevorrat übrig? Unser Tank ist bei 20 %, die Lieferung kommt erst Montag.',
        daysAgo: 3,
      },
      {
        author: P.tobias,
        text: 'Bei uns in Wittgenstein ist gerade alles voll im Einsatz, aber frag mal beim Kreis nach – die haben im Herbst nachgekauft.',
        daysAgo: 3,
      },
      {
        author: P.michael,
        text: 'Kreisstraßenmeisterei hat noch Kapazität, ich schicke dir die Durchwahl per Direktnachricht.',
        daysAgo: 2,
      },
    ],
  },
  {
    key: E_RECHNUNG,
    name: 'E-Rechnung in Kommunen',
    description:
      'Empfang, Prüfung und Buchung elektronischer Rechnungen: XRechnung und ZUGFeRD, Validierung, Anbindung ans Finanzverfahren, Kommunikation mit Lieferanten.',
    joinPolicy: 'open',
    approveFirstPosts: false,
    founder: P.frank,
    moderators: [P.claudia],
    members: [P.daniel, P.katrin, P.michael, P.martina],
    daysAgo: 60,
  },
  {
    key: AGILE,
    name: 'Agile Verwaltung',
    description:
      'Scrum, Kanban, Retrospektiven und Design Thinking im Verwaltungsalltag: was funktioniert, was nicht, und wie man Führungskräfte und Personalrat mitnimmt.',
    joinPolicy: 'open',
    approveFirstPosts: false,
    founder: P.christina,
    moderators: [P.nadine],
    members: [P.julia, P.sandra, P.anna, P.birgit, P.susanne],
    daysAgo: 50,
  },
  {
    key: IT_SICHERHEIT,
    name: 'IT-Sicherheit Südwestfalen',
    description:
      'Informationssicherheitsbeauftragte und IT-Leitungen der Städte in Südwestfalen. Vertraulicher Austausch zu Vorfällen, Notfallplänen und IT-Grundschutz; Aufnahme auf Anfrage, erste Beiträge werden von den Moderatoren freigegeben.',
    joinPolicy: 'request',
    approveFirstPosts: true,
    founder: P.markus,
    moderators: [P.oliver],
    members: [P.lukas, P.stefan, P.tobias, P.martina],
    daysAgo: 45,
  },
];
