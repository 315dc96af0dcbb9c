import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Sachsen (beside the IT cooperation of Dresden, Leipzig and Magdeburg). */
export const SACHSEN: DemoCooperation[] = [
  demoCooperation({
    slug: 'bauhof-maschinenring-saechsische-schweiz',
    title: 'Bauhof-Maschinenring Sächsische Schweiz',
    summary:
      'Pirna und der Landkreis Sächsische Schweiz-Osterzgebirge teilen Großgeräte ihrer Bauhöfe und Straßenmeistereien über einen gemeinsamen Buchungskalender: Hubsteiger, Kehrmaschine, Mähtechnik und Hochwasserausrüstung.',
    sector: '06',
    sectorGroup: '06.2',
    fields: ['bauhof', 'beschaffung', 'klimaschutz'],
    keywords: ['Bauhof', 'Maschinenpool', 'Hochwasserschutz', 'Winterdienst', 'Kosten teilen'],
    legalForm: 'verwaltungsvereinbarung',
    status: 'laufend',
    startYear: 2019,
    partners: ['14628270', '14628', '14612000'],
    contacts: ['14612000'],
    goal: [
      'Nach den Elbhochwassern war klar, dass Pumpen, Sandsackfüllmaschinen und mobile Schutzwände im Ernstfall schnell zwischen Kommunen wandern müssen. Pirna und der Landkreis haben vereinbart, ihre Großgeräte gemeinsam zu planen und zu teilen; die Landeshauptstadt Dresden beteiligt sich mit ihrer Hochwasserausrüstung.',
    ],
    results: [
      'Ein gemeinsamer Kalender zeigt, welches Gerät wann wo ist. Neue Geräte werden nur noch gekauft, wenn kein Partner sie schon hat. Im Hochwasserfall gilt ein gemeinsamer Einsatzplan.',
    ],
    lessons: [
      'Wer ein Gerät verleiht, muss sich auf Rückgabe und Pflege verlassen können. Übergabeprotokolle mit Fotos haben Streit vermieden.',
    ],
    transfer: 'Benachbarte Bauhöfe, ein gemeinsamer Buchungskalender und klare Regeln für Haftung und Wartung.',
  }),
  demoCooperation({
    slug: 'radtourismus-oberlausitz',
    title: 'Radtourismus in der Oberlausitz – über die Neiße hinweg',
    summary:
      'Görlitz, Bautzen und ihre Landkreise vermarkten Radwege gemeinsam, pflegen eine zweisprachige Beschilderung und arbeiten mit Gemeinden auf der polnischen Seite der Neiße an durchgehenden Routen.',
    sector: '04',
    sectorGroup: '04.7',
    fields: ['tourismus', 'mobilitaet', 'kultur'],
    keywords: ['Tourismus', 'Radtourismus', 'grenzüberschreitend', 'Neiße', 'Oberlausitz'],
    legalForm: 'verein',
    status: 'laufend',
    startYear: 2015,
    partners: ['14626110', '14625020', '14626', '14625'],
    goal: [
      'Radfahrende folgen Flüssen und Landschaften, nicht Kreisgrenzen. Die Städte Görlitz und Bautzen und die Landkreise Görlitz und Bautzen haben einen eingetragenen Verein gegründet, der Routen, Karten und Beschilderung einheitlich gestaltet.',
    ],
    results: [
      'Die Routen sind durchgehend und zweisprachig ausgeschildert. Radfreundliche Gastgeber sind auf einer gemeinsamen Karte verzeichnet. Mit Gemeinden auf der polnischen Seite werden Lücken an den Brücken geschlossen.',
    ],
    lessons: ['Zweisprachige Schilder kosten kaum mehr, machen die Region aber für Gäste von beiden Seiten sichtbar.'],
    transfer:
      'Kommunen entlang einer Route, ein Träger, der Beschilderung und Vermarktung übernimmt, und Partner jenseits der Grenze.',
  }),
  demoCooperation({
    slug: 'zentrale-vergabestelle-leipzig-land',
    title: 'Zentrale Vergabestelle für Leipzig und sein Umland',
    summary:
      'Der Landkreis Leipzig führt Vergabeverfahren für Städte im Leipziger Südraum, die Stadt Leipzig bringt Rahmenverträge ein. Kleine Verwaltungen sparen sich eigene Spezialistinnen für das Vergaberecht.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['beschaffung', 'finanzen', 'edv'],
    keywords: ['Vergabe', 'Vergaberecht', 'E-Vergabe', 'Rahmenvertrag', 'Beschaffung'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2020,
    partners: ['14729', '14713000', '14729260', '14729050', '14729160'],
    contacts: ['14713000'],
    goal: [
      'Das Vergaberecht ist anspruchsvoll, und Fehler können Fördermittel kosten. Markkleeberg, Borna und Grimma haben per Zweckvereinbarung ihre Vergabeverfahren oberhalb bestimmter Werte dem Landkreis Leipzig übertragen. Die Stadt Leipzig öffnet ausgewählte Rahmenverträge für die Partner.',
    ],
    results: [
      'Die zentrale Vergabestelle arbeitet vollständig mit E-Vergabe. Die Partner nutzen gemeinsame Musterunterlagen und rufen aus Rahmenverträgen für Büromaterial, IT-Geräte und Reinigung ab.',
    ],
    lessons: [
      'Die Fachämter bleiben für die Leistungsbeschreibung verantwortlich. Schulungen dafür waren genauso wichtig wie die Vergabestelle selbst.',
    ],
    transfer: 'Eine Vergabestelle mit freien Kapazitäten, feste Wertgrenzen und gemeinsame Musterunterlagen.',
  }),
];
