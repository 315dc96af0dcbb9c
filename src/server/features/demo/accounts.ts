import type { OrganisationRole } from '../../../shared/contracts/accounts.ts';

/** The password of every demo account; the README names it. */
export const DEMO_PASSWORD = 'Allmende-Demo-2026!';

export type DemoRole = 'platform-admin' | 'organisation-admin' | 'organisation-editor' | 'member';

export interface DemoPerson {
  name: string;
  email: string;
  role: OrganisationRole;
}

export interface DemoOrganisation {
  /** Looked up in the directory by its official key. */
  ags: string;
  /** Registered as the organisation's e-mail domain; `.demo` so nothing is ever mailed to a real one. */
  domain: string;
  people: DemoPerson[];
}

const person = (name: string, email: string, role: OrganisationRole = 'member'): DemoPerson => ({
  name,
  email,
  role,
});

/** Real municipalities of the directory, each with an organisation admin and members (Seevetal also an editor). */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    ags: '03353031', // Seevetal
    domain: 'seevetal.demo',
    people: [
      person('Anna Schulz', 'anna.schulz@seevetal.demo', 'admin'),
      person('Jan Petersen', 'jan.petersen@seevetal.demo'),
      person('Katrin Meyer', 'katrin.meyer@seevetal.demo', 'editor'),
    ],
  },
  {
    ags: '03353026', // Neu Wulmstorf
    domain: 'neu-wulmstorf.demo',
    people: [
      person('Thomas Becker', 'thomas.becker@neu-wulmstorf.demo', 'admin'),
      person('Sabine Krüger', 'sabine.krueger@neu-wulmstorf.demo'),
    ],
  },
  {
    ags: '03353', // Landkreis Harburg
    domain: 'landkreis-harburg.demo',
    people: [
      person('Birgit Hansen', 'birgit.hansen@landkreis-harburg.demo', 'admin'),
      person('Michael Wolter', 'michael.wolter@landkreis-harburg.demo'),
    ],
  },
  {
    ags: '05958004', // Arnsberg
    domain: 'arnsberg.demo',
    people: [
      person('Stefan Hoffmann', 'stefan.hoffmann@arnsberg.demo', 'admin'),
      person('Julia Schäfer', 'julia.schaefer@arnsberg.demo'),
    ],
  },
  {
    ags: '05974040', // Soest
    domain: 'soest.demo',
    people: [
      person('Markus Richter', 'markus.richter@soest.demo', 'admin'),
      person('Claudia Wagner', 'claudia.wagner@soest.demo'),
    ],
  },
  {
    ags: '05970004', // Bad Berleburg
    domain: 'bad-berleburg.demo',
    people: [
      person('Martina Böhm', 'martina.boehm@bad-berleburg.demo', 'admin'),
      person('Tobias Dreisbach', 'tobias.dreisbach@bad-berleburg.demo'),
    ],
  },
  {
    ags: '05962040', // Menden (Sauerland)
    domain: 'menden.demo',
    people: [
      person('Oliver Kampmann', 'oliver.kampmann@menden.demo', 'admin'),
      person('Sandra Hüsken', 'sandra.huesken@menden.demo'),
    ],
  },
  {
    ags: '05966024', // Olpe
    domain: 'olpe.demo',
    people: [
      person('Christina Stahl', 'christina.stahl@olpe.demo', 'admin'),
      person('Lukas Hengstebeck', 'lukas.hengstebeck@olpe.demo'),
    ],
  },
  {
    ags: '14612000', // Dresden
    domain: 'dresden.demo',
    people: [
      person('Susanne Lehmann', 'susanne.lehmann@dresden.demo', 'admin'),
      person('Frank Neumann', 'frank.neumann@dresden.demo'),
    ],
  },
  {
    ags: '14713000', // Leipzig
    domain: 'leipzig.demo',
    people: [
      person('Andreas Schreiber', 'andreas.schreiber@leipzig.demo', 'admin'),
      person('Nadine Vogel', 'nadine.vogel@leipzig.demo'),
    ],
  },
  {
    ags: '15003000', // Magdeburg
    domain: 'magdeburg.demo',
    people: [
      person('Heike Schmidt', 'heike.schmidt@magdeburg.demo', 'admin'),
      person('Daniel Krause', 'daniel.krause@magdeburg.demo'),
    ],
  },
];

/** The platform administrator of the demo. */
export const DEMO_PLATFORM_ADMIN = { name: 'Lena Hartmann', email: 'admin@allmende.demo' };

export interface DemoAlliance {
  name: string;
  description: string;
  /** The first is the founder; its admin creates the alliance. */
  members: string[];
}

export const DEMO_ALLIANCES: DemoAlliance[] = [
  {
    name: 'Kooperation Landkreis Harburg',
    description: 'Der Landkreis Harburg und seine Gemeinden arbeiten bei Digitalisierung und Bürgerservice zusammen.',
    members: ['03353', '03353031', '03353026'],
  },
  {
    name: 'IT-Kooperation Dresden–Leipzig–Magdeburg',
    description: 'Drei Großstädte teilen Fachverfahren, Know-how und Beschaffungen in der kommunalen IT.',
    members: ['14612000', '14713000', '15003000'],
  },
  {
    name: 'Smart Cities: 5 für Südwestfalen',
    description:
      'Fünf Städte aus Südwestfalen erproben gemeinsam digitale Lösungen für Klein- und Mittelstädte im ländlichen Raum – von der Videosprechstunde im Ortsteil bis zur offenen Datenplattform – und teilen, was funktioniert, mit der ganzen Region.',
    members: ['05958004', '05970004', '05962040', '05966024', '05974040'],
  },
];
