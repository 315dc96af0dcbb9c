import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Bayern. */
export const BAYERN: DemoCooperation[] = [
  demoCooperation({
    slug: 'feuerwehrfahrzeuge-sammelbeschaffung-cham',
    title: 'Sammelbeschaffung von Feuerwehrfahrzeugen im Landkreis Cham',
    summary:
      'Der Landkreis Cham und fünf Städte kaufen Löschfahrzeuge in einem gemeinsamen Vergabeverfahren mit einheitlicher Ausstattung. Das spart Kosten und Arbeit in den Vergabestellen und erleichtert die Ausbildung.',
    sector: '03',
    sectorGroup: '03.2',
    fields: ['feuerwehr', 'beschaffung'],
    keywords: ['Feuerwehr', 'Vergabe', 'Sammelbeschaffung', 'Löschfahrzeug', 'Ausschreibung'],
    legalForm: 'zweckvereinbarung',
    status: 'abgeschlossen',
    startYear: 2021,
    endYear: 2023,
    partners: ['09372', '09372116', '09372153', '09372137', '09372126', '09372171'],
    goal: [
      'Die Ausschreibung eines Feuerwehrfahrzeugs ist aufwendig und für kleine Vergabestellen ein Risiko. Der Landkreis hat für die Städte Cham, Roding, Bad Kötzting, Furth im Wald und Waldmünchen eine gemeinsame Ausschreibung durchgeführt; Fahrgestell, Aufbau und Beladung sind einheitlich.',
    ],
    results: [
      'Alle Fahrzeuge sind ausgeliefert. Weil sie gleich ausgestattet sind, können Maschinistinnen und Maschinisten der Nachbarwehren sie ohne Einweisung fahren.',
    ],
    lessons: [
      'Die Wehren einigen sich schneller auf eine Ausstattung, wenn die Fördermittel des Landes für die gemeinsame Lösung sicher sind.',
    ],
    transfer:
      'Mehrere Kommunen mit gleichem Fahrzeugbedarf im selben Zeitraum und eine erfahrene Vergabestelle, die federführend ausschreibt.',
  }),
  demoCooperation({
    slug: 'gigabit-lotsen-bayerischer-wald',
    title: 'Gigabit-Lotsen Bayerischer Wald',
    summary:
      'Drei Landkreise im Bayerischen Wald beraten ihre Gemeinden beim Breitbandausbau gemeinsam: Förderanträge, Markterkundungen und Ausschreibungen mit einem Team von Lotsinnen und Lotsen statt mit teuren Gutachten je Gemeinde.',
    sector: '04',
    sectorGroup: '04.6',
    fields: ['breitband', 'edv'],
    keywords: ['Breitband', 'Glasfaser', 'Förderung', 'Digitalisierung', 'ländlicher Raum'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'laufend',
    startYear: 2020,
    partners: ['09276', '09272', '09271', '09276148', '09272118'],
    goal: [
      'Die bayerische Gigabitförderung erreicht kleine Gemeinden nur, wenn jemand die Verfahren für sie führt. Die Landkreise Regen, Freyung-Grafenau und Deggendorf haben dafür eine Arbeitsgemeinschaft gegründet, die Gemeinden bei jedem Schritt begleitet.',
    ],
    results: [
      'Das Team hat für viele Gemeinden Markterkundungen und Förderanträge erstellt. Ausschreibungen mehrerer Gemeinden werden zu größeren Losen gebündelt, damit sich mehr Unternehmen bewerben.',
    ],
    lessons: ['Gemeinden vertrauen einem Team, das sie kennen, mehr als wechselnden Beratungsbüros.'],
    transfer:
      'Landkreise, die das Personal der Lotsen gemeinsam finanzieren, und Gemeinden, die ihre Verfahren bündeln.',
  }),
  demoCooperation({
    slug: 'wegewarte-werdenfels',
    title: 'Wanderwege und Wegewarte im Werdenfelser Land',
    summary:
      'Garmisch-Partenkirchen, Mittenwald, Oberammergau und ihr Landkreis pflegen Wanderwege und Beschilderung gemeinsam. Ehrenamtliche Wegewarte melden Schäden in einer App, die Bauhöfe beheben sie nach einer gemeinsamen Liste.',
    sector: '04',
    sectorGroup: '04.7',
    fields: ['tourismus', 'bauhof'],
    keywords: ['Tourismus', 'Wanderwege', 'Ehrenamt', 'Beschilderung', 'Bauhof'],
    legalForm: 'informell',
    status: 'laufend',
    startYear: 2018,
    partners: ['09180117', '09180123', '09180125', '09180'],
    goal: [
      'Wanderwege enden nicht an Gemeindegrenzen, ihre Pflege aber schon. Ohne Vertrag, mit einer jährlich abgestimmten Absprache der Tourismus- und Bauhofleitungen, kümmern sich die Partner gemeinsam um Wege und Schilder.',
    ],
    results: [
      'Wegewarte melden umgestürzte Bäume, ausgewaschene Wege und fehlende Schilder über eine App. Eine gemeinsame Liste legt fest, welcher Bauhof welchen Abschnitt übernimmt.',
    ],
    lessons: [
      'Eine informelle Kooperation trägt, solange die Verantwortlichen sich kennen. Für Kosten größer als ein Schild braucht es doch eine Vereinbarung.',
    ],
  }),
  demoCooperation({
    slug: 'hitzeaktionsplan-nuernberg-fuerth-erlangen',
    title: 'Gemeinsamer Hitzeaktionsplan Nürnberg, Fürth und Erlangen',
    summary:
      'Drei Nachbarstädte und ein Landkreis schützen ältere und kranke Menschen gemeinsam vor Hitze: Hitzewarnungen, kühle Orte, Trinkbrunnen und Schulungen für Pflegedienste, abgestimmt in einem Plan.',
    sector: '05',
    sectorGroup: '05.6',
    fields: ['klimaschutz', 'gesundheit', 'soziales'],
    keywords: ['Klimaschutz', 'Klimaanpassung', 'Hitzeschutz', 'Gesundheit', 'Pflege'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'laufend',
    startYear: 2023,
    partners: ['09564000', '09563000', '09562000', '09572'],
    goal: [
      'Hitzewellen gefährden vor allem ältere, kranke und allein lebende Menschen. Nürnberg, Fürth, Erlangen und der Landkreis Erlangen-Höchstadt erarbeiten in einer Arbeitsgemeinschaft einen gemeinsamen Hitzeaktionsplan, weil Menschen in der Region zwischen den Städten pendeln und Hitze keine Grenzen kennt.',
    ],
    results: [
      'Eine gemeinsame Karte zeigt kühle Orte und Trinkbrunnen in allen vier Gebieten. Pflegedienste und Hausarztpraxen erhalten Hitzewarnungen über einen gemeinsamen Verteiler.',
    ],
    lessons: [
      'Gesundheitsamt, Sozialamt und Umweltamt müssen am selben Tisch sitzen. In der Arbeitsgemeinschaft haben sie sich über die Städte hinweg kennengelernt.',
    ],
    transfer:
      'Nachbarkommunen mit gemeinsamem Gesundheitsamt oder engem Austausch und eine Stelle, die den Plan koordiniert.',
  }),
  demoCooperation({
    slug: 'verwaltungsgemeinschaft-bayerischer-wald-buergerdienste',
    title: 'Digitale Bürgerdienste in einer Verwaltungsgemeinschaft im Bayerischen Wald',
    summary:
      'Zwei kleine Gemeinden teilen sich in einer Verwaltungsgemeinschaft eine Verwaltung. Sie haben Meldewesen, Gewerbe und Friedhofsverwaltung digitalisiert und bieten Sprechstunden per Video in den Ortsteilen.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['edv', 'ordnung'],
    keywords: ['Verwaltungsgemeinschaft', 'Digitalisierung', 'Bürgerservice', 'Videoberatung', 'ländlicher Raum'],
    legalForm: 'sonstige',
    status: 'laufend',
    startYear: 2020,
    partners: ['09276130', '09276117'],
    goal: [
      'In einer Verwaltungsgemeinschaft nach bayerischem Recht erledigt eine gemeinsame Geschäftsstelle die Verwaltungsaufgaben mehrerer Gemeinden, die selbständig bleiben. Die Geschäftsstelle wollte Bürgerinnen und Bürgern lange Wege in den Hauptort ersparen.',
    ],
    results: [
      'Anträge im Meldewesen und Gewerbe gehen online ein. In den Ortsteilen gibt es feste Video-Sprechstunden im Gemeindehaus, unterstützt von Ehrenamtlichen.',
    ],
    lessons: ['Die Video-Sprechstunde wurde vor allem von Älteren angenommen, als Ehrenamtliche dabei halfen.'],
  }),
  demoCooperation({
    slug: 'kommunalunternehmen-wasserversorgung-wuerzburg',
    title: 'Gemeinsames Kommunalunternehmen für die Wasserversorgung im Raum Würzburg',
    summary:
      'Die Stadt Würzburg, der Landkreis und drei Umlandgemeinden sichern ihre Trinkwasserversorgung in einem gemeinsamen Kommunalunternehmen: Verbundleitungen, gemeinsame Brunnen und ein Notfallplan für Trockenjahre.',
    sector: '06',
    sectorGroup: '06.3',
    fields: ['wasserversorgung', 'klimaschutz'],
    keywords: ['Wasserversorgung', 'Trinkwasser', 'Kommunalunternehmen', 'Versorgungssicherheit', 'Trockenheit'],
    legalForm: 'aoer',
    status: 'laufend',
    startYear: 2014,
    partners: ['09663000', '09679', '09679147', '09679202', '09679170'],
    goal: [
      'Trockene Sommer haben gezeigt, dass einzelne Brunnen nicht mehr ausreichen. Würzburg, der Landkreis Würzburg und die Gemeinden Höchberg, Veitshöchheim und Ochsenfurt haben ihre Wasserversorgung in ein gemeinsames Kommunalunternehmen eingebracht, eine Anstalt des öffentlichen Rechts.',
    ],
    results: [
      'Verbundleitungen verbinden die Netze, sodass ein Partner den anderen im Notfall versorgen kann. Ein gemeinsamer Notfallplan regelt, wer in Trockenjahren wie viel Wasser entnimmt.',
    ],
    lessons: ['Versorgungssicherheit überzeugt die Räte mehr als Einsparungen. Sie war das entscheidende Argument.'],
    transfer: 'Benachbarte Versorger mit erreichbaren Netzen und eine Gebührenkalkulation, die alle Partner mittragen.',
  }),
];
