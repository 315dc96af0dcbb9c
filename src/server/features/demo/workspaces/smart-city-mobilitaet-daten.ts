import { type DemoWorkspace, P, reply, say } from './script.ts';

const { stefan, julia, markus, claudia, martina, tobias, oliver, sandra, christina, lukas } = P;

/** The second workspace of „Smart Cities: 5 für Südwestfalen“; its projects are seeded by ../projects/. */
export const SMART_CITY_MOBILITAET_DATEN: DemoWorkspace = {
  name: 'Smart City Südwestfalen: Mobilität und Daten',
  description:
    'Demodaten: Projekte der fünf Städte zu Mobilität, offenen Daten, Energie und Bürgerdiensten – mit der gemeinsamen Datenplattform als Rückgrat.',
  owner: { alliance: 'Smart Cities: 5 für Südwestfalen' },
  visibility: 'owner',
  owners: [oliver, stefan],
  members: [julia, markus, claudia, martina, tobias, sandra, christina, lukas],
  channels: [
    { name: 'mobilitaet', topic: 'Projekt On-Demand-Verkehr: Fahrzeuge, App, Haltepunkte' },
    { name: 'datenplattform', topic: 'Urbane Datenplattform und Open-Data-Portal' },
  ],
  messages: [
    say(
      'datenplattform',
      2,
      '11:05',
      stefan,
      'Das Open-Data-Portal geht zwei Wochen später online, weil noch Haushaltsdaten und Bebauungspläne fehlen. @Claudia Wagner, schaffst du die Echtzeitschnittstelle für die Fahrgastdaten bis zum neuen Termin?',
      { key: 'portal' },
    ),
    reply(
      'portal',
      2,
      '13:30',
      claudia,
      'Knapp: Der Datenkatalog hat länger gedauert. Ich rechne mit gut einer Woche ab heute, die Testumgebung steht noch nicht.',
    ),
    say(
      'mobilitaet',
      1,
      '08:50',
      oliver,
      'Die Ausschreibung der Elektro-Kleinbusse ist raus. Die Fahrgastinformation in der App wartet auf die Echtzeitschnittstelle – wir fangen an, sobald sie steht.',
      { reactions: { '👍': [sandra, julia] } },
    ),
  ],
};
