import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Baden-Württemberg. */
export const BADEN_WUERTTEMBERG: DemoCooperation[] = [
  demoCooperation({
    slug: 'klaerschlamm-kooperation-oberrhein',
    title: 'Klärschlamm-Kooperation Oberrhein',
    summary:
      'Freiburg, Offenburg und zwei Landkreise verwerten ihren Klärschlamm gemeinsam und bereiten die Rückgewinnung von Phosphor vor, die ab 2029 für größere Kläranlagen Pflicht wird.',
    sector: '05',
    sectorGroup: '05.2',
    fields: ['abwasser', 'klimaschutz', 'beschaffung'],
    keywords: ['Abwasser', 'Klärschlamm', 'Phosphorrückgewinnung', 'Kreislaufwirtschaft', 'Klimaschutz'],
    legalForm: 'gesellschaft',
    status: 'laufend',
    startYear: 2021,
    partners: ['08311000', '08317096', '08315', '08317'],
    goal: [
      'Die Klärschlammverordnung verlangt von größeren Kläranlagen, Phosphor zurückzugewinnen, und beendet die Ausbringung auf Felder weitgehend. Für eine einzelne Stadt lohnt sich eine eigene Anlage nicht. Die Partner haben eine gemeinsame Gesellschaft gegründet, die Klärschlamm sammelt, trocknet und zur Verwertung bringt.',
    ],
    results: [
      'Eine gemeinsame Ausschreibung sichert die Verwertung für die nächsten Jahre. Parallel prüft die Gesellschaft Standorte und Verfahren für eine eigene Anlage mit Phosphorrückgewinnung.',
    ],
    lessons: [
      'Lange Transportwege fressen den Vorteil einer großen Anlage auf. Die Standortfrage gehört an den Anfang.',
    ],
    transfer:
      'Abwasserbetriebe einer Region mit ähnlichen Schlammmengen und ein Zeitplan, der vor den gesetzlichen Fristen fertig wird.',
  }),
  demoCooperation({
    slug: 'it-zweckverband-neckar-alb',
    title: 'IT-Zweckverband Neckar-Alb: gemeinsames Rechenzentrum',
    summary:
      'Reutlingen, Tübingen und drei Landkreise betreiben Server, Fachverfahren und IT-Sicherheit in einem gemeinsamen Zweckverband – mit zwei georedundanten Rechenzentren und einem Sicherheitsteam für alle.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['edv', 'personal', 'beschaffung'],
    keywords: ['Digitalisierung', 'Rechenzentrum', 'IT-Sicherheit', 'Informationssicherheit', 'Zweckverband'],
    legalForm: 'zweckverband',
    status: 'laufend',
    startYear: 2015,
    partners: ['08415061', '08416041', '08415', '08416', '08417'],
    goal: [
      'Die Anforderungen an IT-Sicherheit und Verfügbarkeit wuchsen schneller als die IT-Abteilungen. Die Städte Reutlingen und Tübingen und die Landkreise Reutlingen, Tübingen und Zollernalbkreis haben ihre Rechenzentren in einem Zweckverband zusammengelegt.',
    ],
    results: [
      'Zwei Rechenzentren an verschiedenen Standorten spiegeln sich gegenseitig. Ein gemeinsames Sicherheitsteam überwacht die Systeme, übt Notfälle und schult die Beschäftigten aller Partner.',
    ],
    lessons: [
      'Die Fachämter müssen wissen, wer für was zuständig ist. Ein Leistungskatalog mit klaren Service-Zeiten hat Missverständnisse beseitigt.',
    ],
    transfer: 'Kommunen, die ihre IT-Betriebe zusammenlegen wollen, und ein Übergang, der das Personal mitnimmt.',
  }),
  demoCooperation({
    slug: 'standesamt-personalpool-bodensee',
    title: 'Personalpool Standesamt am Bodensee',
    summary:
      'Ravensburg, Friedrichshafen und zwei Landkreise vertreten sich gegenseitig im Standesamt. Ein gemeinsamer Pool von Standesbeamtinnen und -beamten sichert Trauungen und Beurkundungen auch in der Urlaubszeit.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['standesamt', 'personal'],
    keywords: ['Standesamt', 'Personal', 'Vertretung', 'Trauungen', 'Fachkräfte'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2022,
    partners: ['08436064', '08435016', '08436', '08435'],
    goal: [
      'Standesbeamtinnen und -beamte brauchen eine eigene Qualifikation, und kleine Standesämter haben oft nur zwei davon. Die Partner haben vereinbart, sich gegenseitig zu vertreten und neue Kolleginnen und Kollegen gemeinsam einzuarbeiten.',
    ],
    results: [
      'Ein gemeinsamer Dienstplan deckt Trauungen an Samstagen und in der Urlaubszeit ab. Neue Beschäftigte hospitieren bei allen Partnern.',
    ],
    lessons: [
      'Einheitliche Fachverfahren machen die Vertretung einfach. Wo sie fehlten, halfen Checklisten für jeden Ablauf.',
    ],
    transfer:
      'Standesämter mit demselben Fachverfahren und eine Vereinbarung über die Bestellung als Standesbeamte bei den Partnern.',
  }),
  demoCooperation({
    slug: 'gemeindevollzugsdienst-hohenlohe',
    title: 'Gemeinsamer Vollzugsdienst Schwäbisch Hall und Crailsheim',
    summary:
      'Zwei Große Kreisstädte stellen einen gemeinsamen Gemeindevollzugsdienst: Streifen an Wochenenden und bei Festen, Parkraumüberwachung und Kontrollen nach dem Ordnungsrecht mit einem Team.',
    sector: '03',
    sectorGroup: '03.6',
    fields: ['ordnung', 'personal'],
    keywords: ['Ordnungsamt', 'Vollzugsdienst', 'Sicherheit', 'Personal', 'Veranstaltungen'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2019,
    partners: ['08127076', '08127014', '08127'],
    goal: [
      'Feste, Märkte und warme Sommernächte verlangen mehr Präsenz, als ein kleiner Vollzugsdienst leisten kann. Schwäbisch Hall und Crailsheim haben ihre Dienste per Zweckvereinbarung zusammengelegt; der Landkreis unterstützt bei Schulung und Ausstattung.',
    ],
    results: [
      'Das gemeinsame Team arbeitet mit einem Dienstplan für beide Städte und ist bei großen Veranstaltungen doppelt so stark vor Ort.',
    ],
    lessons: [
      'Einheitliche Dienstkleidung und Fahrzeuge machen den Dienst erkennbar. Die Bevölkerung nimmt ihn als ein Team wahr.',
    ],
  }),
  demoCooperation({
    slug: 'feuerwehr-einsatzplanung-ortenau',
    title: 'Digitale Einsatzplanung der Feuerwehren im Ortenaukreis',
    summary:
      'Der Ortenaukreis und die Städte Offenburg, Lahr, Kehl und Achern stellen Objektpläne, Hydranten und Alarmierung der Feuerwehren auf eine gemeinsame digitale Plattform. Auf dem Tablet im Fahrzeug sieht jede Wehr dasselbe.',
    sector: '03',
    sectorGroup: '03.2',
    fields: ['feuerwehr', 'edv'],
    keywords: ['Feuerwehr', 'Digitalisierung', 'Einsatzplanung', 'Alarmierung', 'Objektpläne'],
    legalForm: 'verwaltungsvereinbarung',
    status: 'laufend',
    startYear: 2023,
    partners: ['08317', '08317096', '08317065', '08317057', '08317001'],
    goal: [
      'Bei überörtlichen Einsätzen helfen Wehren einander aus, kennen aber die Objektpläne der Nachbarn nicht. Der Ortenaukreis betreibt eine Plattform, auf der alle Wehren Pläne, Hydranten und Gefahrenstoffe pflegen.',
    ],
    results: [
      'Die ersten Wehren pflegen ihre Objektpläne auf der Plattform; die Tablets in den Fahrzeugen zeigen sie bei der Alarmierung an.',
    ],
    lessons: [
      'Die Datenpflege muss leicht sein, sonst veralten die Pläne. Feste Zuständigkeiten in jeder Wehr helfen.',
    ],
  }),
];
