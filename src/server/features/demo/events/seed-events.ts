import { eq } from 'drizzle-orm';
import type { EventQuestion, Speaker } from '../../../../shared/contracts/events.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import { eventOrganisers, eventRegistrations, eventSessions, events } from '../../events/tables.ts';
import { organisationsByAgs } from '../queries.ts';

// The demo's events: the annual "Dialogforum Interkommunale Zusammenarbeit" of Dresden, Leipzig and
// Magdeburg (public, with an agenda of four sessions, questions at registration and a few people
// registered, some of them listed) and a smaller online meeting of Arnsberg's about the e-invoice.
// Dates are set when an event is first seeded (weeks ahead); an event of the same title is left alone.

const AGS = { dresden: '14612000', leipzig: '14713000', magdeburg: '15003000', arnsberg: '05958004' } as const;
const DEMO = 'Demodaten. ';

/** A day `days` ahead at `hour`:`minute` German winter time (UTC+1), as the demo's dates are in spring. */
function berlinDay(days: number, hour: number, minute = 0): Date {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour - 1, minute));
}

async function exists(tx: Tx, title: string): Promise<boolean> {
  const [row] = await tx.select({ id: events.id }).from(events).where(eq(events.title, title)).limit(1);
  return row !== undefined;
}

const QUESTIONS: EventQuestion[] = [
  {
    id: 'essen',
    label: 'Verpflegung',
    kind: 'choice',
    required: true,
    options: ['ohne Einschränkung', 'vegetarisch', 'vegan'],
  },
  { id: 'fotos', label: 'Dürfen wir Sie auf Fotos zeigen?', kind: 'yesno', required: true },
  { id: 'thema', label: 'Welches Hindernis sollten wir besprechen?', kind: 'text', required: false },
];

async function people(tx: Tx, emails: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const email of emails) {
    const id = await personIdByEmail(tx, email);
    if (id) found.set(email, id);
  }
  return found;
}

/** The demo's events, added when missing. */
export async function seedEvents(tx: Tx, _deps: Deps, options: { log?: { warn(message: string): void } | undefined }) {
  const orgs = await organisationsByAgs(tx, Object.values(AGS));
  const dresden = orgs.get(AGS.dresden);
  const leipzig = orgs.get(AGS.leipzig);
  const magdeburg = orgs.get(AGS.magdeburg);
  const arnsberg = orgs.get(AGS.arnsberg);
  const who = await people(tx, [
    'susanne.lehmann@dresden.demo',
    'frank.neumann@dresden.demo',
    'andreas.schreiber@leipzig.demo',
    'nadine.vogel@leipzig.demo',
    'heike.schmidt@magdeburg.demo',
    'daniel.krause@magdeburg.demo',
    'anna.schulz@seevetal.demo',
    'stefan.hoffmann@arnsberg.demo',
    'julia.schaefer@arnsberg.demo',
    'markus.richter@soest.demo',
  ]);
  const creator = who.get('susanne.lehmann@dresden.demo');
  const forum = 'Dialogforum Interkommunale Zusammenarbeit';
  if (dresden && leipzig && magdeburg && creator && !(await exists(tx, forum))) {
    const id = newId();
    const day = 45;
    await tx.insert(events).values({
      id,
      title: forum,
      description: `${DEMO}Einmal im Jahr treffen sich die Partnerkommunen, um über Erfolge und Hindernisse der Zusammenarbeit zu sprechen: was gemeinsam gelingt, wo Recht und Haushalt bremsen und was als Nächstes geteilt wird.`,
      startsAt: berlinDay(day, 9, 30),
      endsAt: berlinDay(day, 16, 30),
      placeName: 'Neues Rathaus Leipzig, Festsaal',
      address: 'Martin-Luther-Ring 4–6, 04109 Leipzig',
      latitude: 51.3357,
      longitude: 12.3717,
      onlineUrl: null,
      visibility: 'public',
      capacity: 120,
      registrationOpen: true,
      questions: QUESTIONS,
      createdBy: creator,
    });
    await tx
      .insert(eventOrganisers)
      .values([dresden, leipzig, magdeburg].map((o) => ({ eventId: id, organisationId: o.id })));
    const speaker = (email: string, name: string): Speaker => ({ personId: who.get(email) ?? null, name });
    const sessions = [
      {
        title: 'Eröffnung und Rückblick auf das Jahr',
        from: [9, 30],
        to: [10, 15],
        room: 'Festsaal',
        speakers: [
          speaker('susanne.lehmann@dresden.demo', 'Susanne Lehmann'),
          speaker('heike.schmidt@magdeburg.demo', 'Heike Schmidt'),
        ],
      },
      {
        title: 'Gemeinsame E-Akte: Betrieb der Server in Leipzig',
        from: [10, 30],
        to: [11, 45],
        room: 'Festsaal',
        speakers: [speaker('andreas.schreiber@leipzig.demo', 'Andreas Schreiber')],
      },
      {
        title: 'Erfolge und Hindernisse: offene Runde',
        from: [13, 0],
        to: [14, 30],
        room: 'Raum 2.14',
        speakers: [{ personId: null, name: 'Moderation: Dr. Petra Lange' }],
      },
      {
        title: 'Bedarfe bündeln: gemeinsame Beschaffung 2027',
        from: [14, 45],
        to: [16, 0],
        room: 'Raum 2.15',
        speakers: [
          speaker('daniel.krause@magdeburg.demo', 'Daniel Krause'),
          speaker('nadine.vogel@leipzig.demo', 'Nadine Vogel'),
        ],
      },
    ];
    await tx.insert(eventSessions).values(
      sessions.map((s) => ({
        id: newId(),
        eventId: id,
        title: s.title,
        description: '',
        startsAt: berlinDay(day, s.from[0] as number, s.from[1]),
        endsAt: berlinDay(day, s.to[0] as number, s.to[1]),
        room: s.room,
        speakers: s.speakers,
        materials: [],
      })),
    );
    const attendees: Array<[string, boolean, string]> = [
      ['frank.neumann@dresden.demo', true, 'vegetarisch'],
      ['nadine.vogel@leipzig.demo', true, 'ohne Einschränkung'],
      ['daniel.krause@magdeburg.demo', false, 'vegan'],
      ['anna.schulz@seevetal.demo', true, 'ohne Einschränkung'],
      ['stefan.hoffmann@arnsberg.demo', false, 'vegetarisch'],
    ];
    const rows = attendees.flatMap(([email, listed, food]) => {
      const personId = who.get(email);
      return personId
        ? [
            {
              id: newId(),
              eventId: id,
              personId,
              state: 'registered',
              showInList: listed,
              answers: { essen: food, fotos: listed },
            },
          ]
        : [];
    });
    if (rows.length > 0) await tx.insert(eventRegistrations).values(rows);
  } else if (!dresden || !leipzig || !magdeburg) {
    options.log?.warn('Demo events: Dresden, Leipzig or Magdeburg missing from the directory');
  }

  const meeting = 'Arbeitstreffen E-Rechnung';
  const host = who.get('stefan.hoffmann@arnsberg.demo');
  if (arnsberg && host && !(await exists(tx, meeting))) {
    const id = newId();
    await tx.insert(events).values({
      id,
      title: meeting,
      description: `${DEMO}Eine Stunde Austausch über den Empfang von E-Rechnungen: Erfahrungen mit XRechnung und ZUGFeRD, offene Fragen an die Kämmereien.`,
      startsAt: berlinDay(12, 10),
      endsAt: berlinDay(12, 11),
      placeName: '',
      address: '',
      latitude: null,
      longitude: null,
      onlineUrl: 'https://meet.example/e-rechnung',
      visibility: 'platform',
      capacity: 2,
      registrationOpen: true,
      questions: [],
      createdBy: host,
    });
    await tx.insert(eventOrganisers).values({ eventId: id, organisationId: arnsberg.id });
    const first = who.get('julia.schaefer@arnsberg.demo');
    const second = who.get('markus.richter@soest.demo');
    const rows = [
      ...(first
        ? [{ id: newId(), eventId: id, personId: first, state: 'registered', showInList: true, answers: {} }]
        : []),
      ...(second
        ? [{ id: newId(), eventId: id, personId: second, state: 'registered', showInList: true, answers: {} }]
        : []),
    ];
    if (rows.length > 0) await tx.insert(eventRegistrations).values(rows);
  }
}
