/**
 * Vocabulary of the synthetic atlas records (scripts/generate-cooperations.ts): per task field the
 * COFOG sector and group, title phrases, keywords and sentences in the words municipal staff use,
 * so benchmark searches meet realistic German text (compounds, inflected forms, umlauts).
 */
export interface Theme {
  field: string;
  sector: string;
  group: string | null;
  titles: string[];
  keywords: string[];
  sentences: string[];
}

export const THEMES: Theme[] = [
  {
    field: 'wasserversorgung',
    sector: '06',
    group: '06.3',
    titles: [
      'Gemeinsame Wasserversorgung',
      'Trinkwasserverbund',
      'Notverbund der Wasserversorger',
      'Hochbehälter-Sanierung',
    ],
    keywords: ['Trinkwasser', 'Hochbehälter', 'Leitungsnetz', 'Versorgungssicherheit', 'Brunnen'],
    sentences: [
      'Die Gemeinden betreiben ihre Brunnen und Hochbehälter gemeinsam und sichern so die Trinkwasserversorgung auch in trockenen Sommern.',
      'Ein gemeinsamer Bereitschaftsdienst ersetzt drei einzelne Rufbereitschaften.',
      'Die Leitungsnetze wurden über eine Verbindungsleitung zu einem Notverbund zusammengeschlossen.',
    ],
  },
  {
    field: 'abwasser',
    sector: '05',
    group: '05.2',
    titles: ['Abwasserzweckverband', 'Gemeinsame Kläranlage', 'Kanalsanierung im Verbund', 'Klärschlammverwertung'],
    keywords: ['Kläranlage', 'Kanalnetz', 'Klärschlamm', 'Abwasserbeseitigung', 'Regenrückhaltung'],
    sentences: [
      'Statt vier kleiner Kläranlagen reinigt eine moderne Anlage das Abwasser aller Ortsteile.',
      'Die Kanalbefahrung wird gemeinsam ausgeschrieben und nach einheitlichen Standards ausgewertet.',
      'Für die Klärschlammverwertung wurde eine gemeinsame Lösung mit dem Landkreis gefunden.',
    ],
  },
  {
    field: 'abfall',
    sector: '05',
    group: '05.1',
    titles: [
      'Gemeinsame Müllabfuhr',
      'Wertstoffhof im Verbund',
      'Abfallberatung für die Region',
      'Sperrmüll auf Abruf',
    ],
    keywords: ['Müllabfuhr', 'Wertstoffhof', 'Biotonne', 'Abfallgebühren', 'Recycling'],
    sentences: [
      'Die Müllabfuhr fährt seit der Neuordnung abgestimmte Touren über die Gemeindegrenzen hinweg.',
      'Ein gemeinsamer Wertstoffhof ersetzt drei kleine Sammelstellen mit kurzen Öffnungszeiten.',
      'Die Abfallberatung informiert Haushalte und Betriebe in allen beteiligten Kommunen.',
    ],
  },
  {
    field: 'breitband',
    sector: '04',
    group: '04.6',
    titles: [
      'Breitbandausbau im Verbund',
      'Glasfaser für alle Ortsteile',
      'Gemeinsames Breitbandnetz',
      'Breitbandkoordination',
    ],
    keywords: ['Breitband', 'Glasfaser', 'Förderprogramm', 'Netzbetreiber', 'Digitalisierung'],
    sentences: [
      'Die Kommunen haben den Breitbandausbau gemeinsam ausgeschrieben und so auch abgelegene Höfe an das Glasfasernetz gebracht.',
      'Eine gemeinsame Breitbandkoordinatorin berät Bürgerinnen, Betriebe und Schulen.',
      'Die Fördermittel von Bund und Land wurden in einem gemeinsamen Antrag eingeworben.',
    ],
  },
  {
    field: 'bauhof',
    sector: '06',
    group: '06.2',
    titles: ['Interkommunaler Bauhof', 'Gemeinsamer Maschinenpark', 'Winterdienst im Verbund', 'Grünpflege der Region'],
    keywords: ['Bauhof', 'Winterdienst', 'Grünpflege', 'Fuhrpark', 'Straßenunterhaltung'],
    sentences: [
      'Der gemeinsame Bauhof teilt Fahrzeuge, Maschinen und Personal und übernimmt den Winterdienst für alle Partner.',
      'Teure Spezialgeräte wie Kehrmaschine und Hubsteiger werden nur einmal angeschafft.',
      'Die Straßenbeleuchtung wird von einem gemeinsamen Team gewartet.',
    ],
  },
  {
    field: 'feuerwehr',
    sector: '03',
    group: '03.2',
    titles: [
      'Gemeinsame Feuerwehrtechnische Zentrale',
      'Atemschutzwerkstatt im Verbund',
      'Feuerwehrbedarfsplanung',
      'Gemeinsame Drehleiter',
    ],
    keywords: ['Feuerwehr', 'Atemschutz', 'Brandschutz', 'Ehrenamt', 'Katastrophenschutz'],
    sentences: [
      'Die Feuerwehren der Gemeinden nutzen eine gemeinsame Atemschutzwerkstatt und Schlauchpflege.',
      'Eine gemeinsame Feuerwehrbedarfsplanung zeigt, wo Fahrzeuge und Gerätehäuser gebraucht werden.',
      'Ausbildung und Übungen der Ehrenamtlichen werden gemeinsam organisiert.',
    ],
  },
  {
    field: 'standesamt',
    sector: '01',
    group: '01.3',
    titles: ['Gemeinsames Standesamt', 'Standesamtsbezirk im Verbund', 'Trauorte der Region'],
    keywords: ['Standesamt', 'Eheschließung', 'Personenstand', 'Urkunden'],
    sentences: [
      'Die Gemeinden haben einen gemeinsamen Standesamtsbezirk gebildet; getraut wird weiterhin in allen Rathäusern.',
      'Vertretungen bei Urlaub und Krankheit sind nun ohne Schließtage möglich.',
    ],
  },
  {
    field: 'beschaffung',
    sector: '01',
    group: '01.3',
    titles: ['Gemeinsame Beschaffungsstelle', 'Einkaufsgemeinschaft der Kommunen', 'Zentrale Vergabestelle'],
    keywords: ['Vergabe', 'Beschaffung', 'Ausschreibung', 'Rahmenvertrag', 'Einkauf'],
    sentences: [
      'Eine zentrale Vergabestelle schreibt für alle Partner aus, von Büromaterial bis zum Feuerwehrfahrzeug.',
      'Durch gebündelte Rahmenverträge sinken die Preise spürbar.',
    ],
  },
  {
    field: 'edv',
    sector: '01',
    group: '01.3',
    titles: [
      'IT-Kooperation der Verwaltungen',
      'Gemeinsames Rechenzentrum',
      'Digitale Verwaltung im Verbund',
      'Onlinezugang gemeinsam umsetzen',
    ],
    keywords: [
      'Digitalisierung',
      'E-Government',
      'Rechenzentrum',
      'Onlinezugangsgesetz',
      'IT-Sicherheit',
      'Fachverfahren',
    ],
    sentences: [
      'Die Verwaltungen betreiben ihre Fachverfahren in einem gemeinsamen Rechenzentrum des kommunalen IT-Dienstleisters.',
      'Onlinedienste nach dem Onlinezugangsgesetz werden einmal eingerichtet und von allen Partnern genutzt.',
      'Ein gemeinsamer Informationssicherheitsbeauftragter betreut alle beteiligten Kommunen.',
    ],
  },
  {
    field: 'tourismus',
    sector: '04',
    group: '04.7',
    titles: ['Tourismusregion im Verbund', 'Gemeinsames Radwegenetz', 'Gästeinformation der Region'],
    keywords: ['Tourismus', 'Radwege', 'Gästekarte', 'Wanderwege', 'Marketing'],
    sentences: [
      'Die Gemeinden vermarkten ihre Region gemeinsam und geben eine gemeinsame Gästekarte heraus.',
      'Rad- und Wanderwege werden über die Gemeindegrenzen hinweg beschildert.',
    ],
  },
  {
    field: 'jugendarbeit',
    sector: '10',
    group: '10.4',
    titles: ['Mobile Jugendarbeit im Verbund', 'Jugendpflege der Region', 'Gemeinsames Ferienprogramm'],
    keywords: ['Jugendarbeit', 'Jugendpflege', 'Ferienprogramm', 'Beteiligung'],
    sentences: [
      'Eine gemeinsame Jugendpflegerin betreut die Jugendtreffs aller Ortsteile.',
      'Das Ferienprogramm wird gemeinsam geplant und steht allen Kindern der Region offen.',
    ],
  },
  {
    field: 'schulen',
    sector: '09',
    group: '09.6',
    titles: ['Schulverband der Gemeinden', 'Gemeinsame Schülerbeförderung', 'Schulträgerschaft im Verbund'],
    keywords: ['Schulverband', 'Schülerbeförderung', 'Ganztag', 'Schulsozialarbeit'],
    sentences: [
      'Die Gemeinden tragen ihre Grundschule gemeinsam als Schulverband.',
      'Die Schülerbeförderung ist auf einen gemeinsamen Fahrplan abgestimmt.',
    ],
  },
  {
    field: 'soziales',
    sector: '10',
    group: '10.7',
    titles: ['Seniorenberatung im Verbund', 'Gemeinsame Sozialberatung', 'Quartiersarbeit der Region'],
    keywords: ['Seniorenberatung', 'Pflege', 'Ehrenamt', 'Teilhabe'],
    sentences: [
      'Eine gemeinsame Beratungsstelle hilft älteren Menschen und pflegenden Angehörigen.',
      'Ehrenamtliche Nachbarschaftshilfen werden gemeinsam koordiniert.',
    ],
  },
  {
    field: 'wirtschaftsfoerderung',
    sector: '04',
    group: '04.1',
    titles: ['Interkommunales Gewerbegebiet', 'Gemeinsame Wirtschaftsförderung', 'Gründerzentrum der Region'],
    keywords: ['Gewerbegebiet', 'Wirtschaftsförderung', 'Fachkräfte', 'Gewerbesteuer'],
    sentences: [
      'Die Partner entwickeln ein interkommunales Gewerbegebiet und teilen die Gewerbesteuer nach einem festen Schlüssel.',
      'Eine gemeinsame Wirtschaftsförderung begleitet Ansiedlungen und Gründungen.',
    ],
  },
  {
    field: 'klimaschutz',
    sector: '05',
    group: '05.6',
    titles: [
      'Klimaschutzmanagement im Verbund',
      'Gemeinsame Wärmeplanung',
      'Energieagentur der Region',
      'Solardachkataster',
    ],
    keywords: ['Klimaschutz', 'Wärmeplanung', 'Energieeffizienz', 'Photovoltaik', 'Klimaanpassung'],
    sentences: [
      'Ein gemeinsames Klimaschutzmanagement erstellt die kommunale Wärmeplanung für alle Partner.',
      'Die Straßenbeleuchtung wurde gemeinsam auf sparsame LED-Leuchten umgerüstet.',
      'Photovoltaikanlagen auf kommunalen Dächern werden gemeinsam geplant und betrieben.',
    ],
  },
  {
    field: 'mobilitaet',
    sector: '04',
    group: '04.5',
    titles: ['Rufbus der Region', 'Gemeinsames Carsharing', 'Radverkehrskonzept im Verbund'],
    keywords: ['Mobilität', 'Rufbus', 'Carsharing', 'Radverkehr', 'Nahverkehr'],
    sentences: [
      'Ein Rufbus verbindet die Ortsteile mit dem Bahnhof der Kreisstadt.',
      'Dienstfahrzeuge werden über ein gemeinsames Carsharing auch Bürgerinnen und Bürgern angeboten.',
    ],
  },
  {
    field: 'personal',
    sector: '01',
    group: '01.3',
    titles: ['Gemeinsame Personalabrechnung', 'Ausbildungsverbund der Verwaltungen', 'Personalentwicklung im Verbund'],
    keywords: ['Personalabrechnung', 'Ausbildung', 'Fachkräftemangel', 'Fortbildung'],
    sentences: [
      'Die Personalabrechnung aller Partner erfolgt in einer gemeinsamen Stelle.',
      'Auszubildende durchlaufen Stationen in allen beteiligten Verwaltungen.',
    ],
  },
  {
    field: 'finanzen',
    sector: '01',
    group: '01.1',
    titles: ['Gemeinsame Kasse', 'Steueramt im Verbund', 'Vollstreckung der Region'],
    keywords: ['Kasse', 'Steuern', 'Vollstreckung', 'Haushalt', 'Doppik'],
    sentences: [
      'Kasse und Vollstreckung werden von einer gemeinsamen Stelle für alle Gemeinden geführt.',
      'Die Umstellung auf die Doppik wurde gemeinsam vorbereitet.',
    ],
  },
];

export const PLACE_PHRASES = ['im Landkreis', 'in der Region', 'zwischen den Gemeinden', 'im Amt', 'rund um'];

export const LESSONS = [
  'Entscheidend war, die Räte früh einzubinden und die Kostenverteilung schriftlich festzulegen.',
  'Eine gemeinsame Lenkungsgruppe auf Ebene der Bürgermeister hat Konflikte schnell gelöst.',
  'Die Zusammenarbeit braucht eine klare Rechtsgrundlage und eine verlässliche Ansprechperson.',
  'Unterschiedliche Satzungen und Gebühren anzugleichen hat länger gedauert als geplant.',
];

export const STATUS_SENTENCES = [
  'Die Kooperation wird derzeit auf weitere Nachbargemeinden ausgeweitet.',
  'Nach einer Evaluation wurde die Zweckvereinbarung unbefristet verlängert.',
  'Geplant ist, das Angebot um digitale Antragsverfahren zu ergänzen.',
];

export const FUNDING_PROGRAMMES = [
  'Förderprogramm Interkommunale Zusammenarbeit des Landes',
  'Bundesförderung Breitband',
  'Kommunalrichtlinie Klimaschutz',
  'LEADER',
  'Modellprojekte Smart Cities',
];
