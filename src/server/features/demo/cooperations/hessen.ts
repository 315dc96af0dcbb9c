import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Hessen. */
export const HESSEN: DemoCooperation[] = [
  demoCooperation({
    slug: 'nordhessischer-verkehrsverbund',
    title: 'Nordhessischer VerkehrsVerbund: Nahverkehr für Kassel und fünf Landkreise',
    summary:
      'Die Stadt Kassel und die Landkreise Nordhessens organisieren Bus und Bahn gemeinsam in einem Verkehrsverbund: ein Tarif, abgestimmte Fahrpläne und eine gemeinsame Planung des Nahverkehrs über Kreisgrenzen hinweg.',
    sector: '04',
    sectorGroup: '04.5',
    fields: ['mobilitaet'],
    keywords: ['ÖPNV', 'Verkehrsverbund', 'Nahverkehr', 'Tarif', 'Nordhessen'],
    legalForm: 'sonstige',
    status: 'laufend',
    startYear: null,
    partners: ['06611000', '06633', '06634', '06632', '06635', '06636'],
    real: true,
    goal: [
      'Im Nordhessischen VerkehrsVerbund (NVV) haben sich die Stadt Kassel und die Landkreise Kassel, Schwalm-Eder, Hersfeld-Rotenburg, Waldeck-Frankenberg und Werra-Meißner zusammengeschlossen. Fahrgäste sollen mit einem Fahrschein durch die Region fahren, ganz gleich, welches Unternehmen den Bus oder die Bahn betreibt.',
    ],
    results: [
      'Der Verbund gibt einen gemeinsamen Tarif für das Verbundgebiet heraus und plant den regionalen Nahverkehr. Stadt und Landkreise bestimmen die Verbundpolitik gemeinsam.',
    ],
    lessons: [
      'Ein gemeinsamer Tarif macht den Nahverkehr für Pendlerinnen und Pendler zwischen Stadt und Land einfacher, als es getrennte Angebote je Kreis könnten.',
    ],
    more: [
      'Fahrpläne, Tarife und die Organisation des Verbunds beschreibt der NVV selbst öffentlich; Auskunft gibt der Verbund.',
    ],
  }),
  demoCooperation({
    slug: 'medienentwicklungsplan-schulen-kassel',
    title: 'Gemeinsamer Medienentwicklungsplan für Schulen in und um Kassel',
    summary:
      'Die Stadt Kassel, der Landkreis Kassel und Baunatal planen die digitale Ausstattung ihrer Schulen gemeinsam: einheitliche Geräte, ein Support-Team für alle Schulen und Sammelbestellungen für Tablets und Tafeln.',
    sector: '09',
    sectorGroup: '09.2',
    fields: ['schulen', 'edv', 'beschaffung'],
    keywords: ['Schule', 'Digitalpakt', 'Medienentwicklungsplan', 'IT-Support', 'Vergabe'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2020,
    partners: ['06611000', '06633', '06633003'],
    funding: [{ programme: 'DigitalPakt Schule' }],
    goal: [
      'Mit dem DigitalPakt Schule kamen Fördermittel – aber auch die Pflicht zu Medienentwicklungsplänen und die Frage, wer Tausende Geräte betreut. Die drei Schulträger haben in einer Zweckvereinbarung verabredet, Planung, Beschaffung und Support gemeinsam zu organisieren.',
    ],
    results: [
      'Ein gemeinsamer Medienentwicklungsplan legt Standards für alle Schulen fest. Ein Support-Team mit Stützpunkten im Stadtgebiet und im Kreis betreut die Geräte; Tablets und interaktive Tafeln werden in gemeinsamen Vergabeverfahren gekauft.',
    ],
    lessons: [
      'Lehrkräfte wollen verlässliche Technik mehr als die neueste. Einheitliche Geräte machen den Support schnell.',
      'Der Support muss dauerhaft finanziert sein; Fördermittel für Geräte allein reichen nicht.',
    ],
    transfer: 'Benachbarte Schulträger, die sich auf Standards einigen, und eine dauerhafte Finanzierung des Supports.',
  }),
  demoCooperation({
    slug: 'interkommunales-gewerbegebiet-hersfeld',
    title: 'Interkommunales Gewerbegebiet an der A 4 bei Bad Hersfeld',
    summary:
      'Bad Hersfeld, Bebra und der Landkreis Hersfeld-Rotenburg entwickeln ein Gewerbegebiet gemeinsam in einem Zweckverband: Kosten und Gewerbesteuer werden nach einem festen Schlüssel geteilt, statt um Ansiedlungen zu konkurrieren.',
    sector: '04',
    sectorGroup: '04.1',
    fields: ['wirtschaftsfoerderung', 'bauaufsicht', 'finanzen'],
    keywords: ['Gewerbegebiet', 'Wirtschaftsförderung', 'Flächenentwicklung', 'Gewerbesteuer', 'Logistik'],
    legalForm: 'zweckverband',
    status: 'laufend',
    startYear: 2012,
    partners: ['06632002', '06632003', '06632'],
    location: { latitude: 50.88, longitude: 9.74 },
    goal: [
      'Große zusammenhängende Gewerbeflächen gibt es in keiner der beiden Städte allein. Im Zweckverband haben Bad Hersfeld, Bebra und der Landkreis Flächen zusammengelegt, gemeinsam erschlossen und vermarkten sie aus einer Hand.',
    ],
    results: [
      'Der größte Teil der Flächen ist vergeben. Die Gewerbesteuer wird nach dem Schlüssel der Verbandssatzung verteilt, ebenso die Kosten der Erschließung.',
    ],
    lessons: [
      'Der Verteilungsschlüssel muss vor der ersten Ansiedlung feststehen. Später lässt er sich kaum noch ändern.',
      'Eine gemeinsame Wirtschaftsförderung spricht Unternehmen gegenüber mit einer Stimme.',
    ],
    transfer:
      'Nachbarkommunen mit geeigneten Flächen und ein Verteilungsschlüssel für Kosten und Steuern, den alle Räte beschließen.',
  }),
  demoCooperation({
    slug: 'vollstreckungsstelle-fulda',
    title: 'Gemeinsame Vollstreckungsstelle im Landkreis Fulda',
    summary:
      'Die Stadt Fulda, Hünfeld und der Landkreis Fulda lassen offene Forderungen von einer gemeinsamen Vollstreckungsstelle eintreiben. Spezialisierte Beschäftigte, einheitliche Abläufe und weniger Vertretungsprobleme.',
    sector: '01',
    sectorGroup: '01.1',
    fields: ['finanzen', 'personal'],
    keywords: ['Vollstreckung', 'Kasse', 'Forderungsmanagement', 'Personal', 'Finanzen'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2018,
    partners: ['06631009', '06631015', '06631'],
    goal: [
      'In kleineren Kassen hängt die Vollstreckung an einer oder zwei Personen. Fällt eine aus, bleiben Forderungen liegen. Per Zweckvereinbarung übernimmt die Stadt Fulda die Vollstreckung für die Partner.',
    ],
    results: [
      'Die gemeinsame Stelle arbeitet mit einem Fachverfahren für alle Partner. Außendienst und Innendienst sind getrennt, Vertretungen sind geregelt.',
    ],
    lessons: ['Klare Regeln für Kostenerstattung und Berichtspflichten halten die Partner zufrieden.'],
    transfer:
      'Eine Kommune, die die Aufgabe übernimmt, ein gemeinsames Fachverfahren und eine Kostenerstattung je Fall.',
  }),
];
