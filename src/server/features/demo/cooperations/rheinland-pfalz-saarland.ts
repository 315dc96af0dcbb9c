import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Rheinland-Pfalz and Saarland. */
export const RHEINLAND_PFALZ_SAARLAND: DemoCooperation[] = [
  demoCooperation({
    slug: 'feuerwehr-ausbildungsverbund-eifel',
    title: 'Feuerwehr-Ausbildungsverbund Eifel',
    summary:
      'Drei Eifelkreise bilden Feuerwehrleute gemeinsam aus: ein abgestimmter Lehrgangskalender, eine mobile Brandübungsanlage, die von Wache zu Wache fährt, und ein Pool von Ausbilderinnen und Ausbildern.',
    sector: '03',
    sectorGroup: '03.2',
    fields: ['feuerwehr', 'personal'],
    keywords: ['Feuerwehr', 'Ausbildung', 'Brandübungsanlage', 'Ehrenamt', 'ländlicher Raum'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'laufend',
    startYear: 2016,
    partners: ['07233', '07232', '07231'],
    goal: [
      'In der dünn besiedelten Eifel sind die Wege zu Lehrgängen weit, und die Wehren haben viele Ehrenamtliche, aber wenige Ausbilder. Die Kreise Vulkaneifel, Eifelkreis Bitburg-Prüm und Bernkastel-Wittlich haben eine Arbeitsgemeinschaft gegründet, um Kreisausbildung gemeinsam zu planen.',
    ],
    results: [
      'Ein gemeinsamer Lehrgangskalender bietet jede Grundausbildung mehrmals im Jahr an einem nahegelegenen Ort an. Eine gemeinsam beschaffte mobile Brandübungsanlage kommt zu den Wehren, statt dass die Wehren zu ihr fahren.',
    ],
    lessons: [
      'Die Kreisgrenze spielt für Ehrenamtliche keine Rolle. Sie wählen den Lehrgang, der zeitlich und räumlich passt.',
    ],
    transfer: 'Nachbarkreise mit ähnlichen Ausbildungsordnungen und ein gemeinsamer Kalender, den alle pflegen.',
  }),
  demoCooperation({
    slug: 'bauhof-winterdienst-saar-obermosel',
    title: 'Bauhof- und Winterdienstverbund Saar-Obermosel',
    summary:
      'Die Stadt Saarburg, die Stadt Trier und der Landkreis Trier-Saarburg teilen Streufahrzeuge, Salzlager und Bereitschaftsdienste im Winter und Spezialmaschinen im Sommer. Der Bauhof wird zum Verbund.',
    sector: '06',
    sectorGroup: '06.2',
    fields: ['bauhof', 'beschaffung'],
    keywords: ['Bauhof', 'Winterdienst', 'Maschinenpool', 'Streusalz', 'Straßenunterhaltung'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2017,
    partners: ['07235118', '07211000', '07235'],
    goal: [
      'Der Winterdienst verlangt Fahrzeuge und Personal in Bereitschaft, die in milden Wintern kaum gebraucht werden. Saarburg, Trier und der Landkreis haben ihre Streupläne aufeinander abgestimmt und teilen sich Salzlager, Fahrzeuge und Bereitschaften.',
    ],
    results: [
      'Ein gemeinsames Salzlager versorgt alle Partner. Im Sommer nutzen sie einen Pool von Spezialmaschinen, etwa für Böschungsmahd und Kanalreinigung, mit einem gemeinsamen Buchungskalender.',
    ],
    lessons: ['Ein einfacher Verrechnungssatz je Maschinenstunde hat lange Diskussionen über Kosten beendet.'],
    transfer:
      'Benachbarte Bauhöfe mit überschneidenden Streurouten und ein gemeinsamer Buchungskalender für Maschinen.',
  }),
  demoCooperation({
    slug: 'hausarztgewinnung-mosel-hunsrueck',
    title: 'Hausärztinnen und Hausärzte für Mosel und Hunsrück gewinnen',
    summary:
      'Zwei Landkreise und drei Städte werben gemeinsam um Ärztinnen und Ärzte: mit Famulatur-Stipendien, einer Anlaufstelle für Praxisgründungen und Hilfe bei Wohnung, Kita und Arbeitsstelle für die Familie.',
    sector: '07',
    sectorGroup: '07.2',
    fields: ['gesundheit', 'wirtschaftsfoerderung'],
    keywords: ['Gesundheit', 'Hausärzte', 'Fachkräfte', 'ländlicher Raum', 'Daseinsvorsorge'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'laufend',
    startYear: 2019,
    partners: ['07135', '07140', '07135020', '07140501', '07140064'],
    goal: [
      'Viele Hausärztinnen und Hausärzte an Mosel und im Hunsrück gehen in den nächsten Jahren in den Ruhestand. Die Landkreise Cochem-Zell und Rhein-Hunsrück-Kreis und die Städte Cochem, Boppard und Kastellaun werben in einer Arbeitsgemeinschaft um Nachfolgerinnen und Nachfolger.',
    ],
    results: [
      'Medizinstudierende erhalten Stipendien für Famulaturen in Landarztpraxen. Eine Lotsin begleitet Praxisgründungen von der Standortsuche bis zur Förderung und hilft Familien bei Wohnung, Kita und Arbeitsplatz.',
    ],
    lessons: [
      'Ärztinnen und Ärzte entscheiden sich für eine Region, nicht für eine Gemeinde. Gemeinsam wirbt es sich überzeugender.',
    ],
    transfer:
      'Kommunen einer Region, eine Lotsenstelle mit fester Ansprechperson und Kontakte zur Kassenärztlichen Vereinigung.',
  }),
  demoCooperation({
    slug: 'abwasser-leitwarte-saar',
    title: 'Gemeinsame Abwasser-Leitwarte Saarlouis, Völklingen und Merzig',
    summary:
      'Drei saarländische Städte überwachen Pumpwerke und Regenüberlaufbecken von einer gemeinsamen Leitwarte aus. Nachts und am Wochenende hat eine Bereitschaft alle Anlagen im Blick statt drei.',
    sector: '05',
    sectorGroup: '05.2',
    fields: ['abwasser', 'edv', 'personal'],
    keywords: ['Abwasser', 'Leitwarte', 'Rufbereitschaft', 'Fernwirktechnik', 'IT-Sicherheit'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2020,
    partners: ['10044115', '10041519', '10042113'],
    goal: [
      'Jede der drei Städte hielt eine eigene Rufbereitschaft für ihre Abwasseranlagen vor. In einer Zweckvereinbarung haben Saarlouis, Völklingen und Merzig die Fernüberwachung in einer Leitwarte zusammengeführt.',
    ],
    results: [
      'Die Leitwarte überwacht die Anlagen aller drei Städte rund um die Uhr. Vor Ort rücken weiterhin die Teams der jeweiligen Stadt aus. Die Fernwirktechnik wurde dabei nach aktuellen Anforderungen der IT-Sicherheit erneuert.',
    ],
    lessons: [
      'Gemeinsame Technik zwingt zu gemeinsamen Standards in der IT-Sicherheit. Das war aufwendig, ist heute aber ein Vorteil.',
    ],
    transfer:
      'Vergleichbare Fernwirktechnik oder die Bereitschaft, sie anzugleichen, und eine sichere Verbindung zwischen den Anlagen.',
  }),
  demoCooperation({
    slug: 'ausbildungsverbund-verwaltung-saar',
    title: 'Ausbildungsverbund Verwaltung Saar',
    summary:
      'Saarbrücken, der Regionalverband Saarbrücken, Homburg und St. Wendel werben gemeinsam um Auszubildende und Dual-Studierende für die Verwaltung, teilen Ausbildungsstationen und bilden über Bedarf aus, wo Partner Lücken haben.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['personal'],
    keywords: ['Personal', 'Ausbildung', 'Fachkräftegewinnung', 'Nachwuchs', 'Duales Studium'],
    legalForm: 'verwaltungsvereinbarung',
    status: 'laufend',
    startYear: 2021,
    partners: ['10041100', '10041', '10045114', '10046117'],
    goal: [
      'Kleinere Verwaltungen finden kaum noch Nachwuchs; größere bilden aus, verlieren die Ausgebildeten aber an Land und Bund. Die Partner haben verabredet, gemeinsam zu werben und Ausbildungsstationen zu tauschen, damit Auszubildende mehr kennenlernen.',
    ],
    results: [
      'Eine gemeinsame Kampagne mit Social-Media-Auftritt und Messeständen wirbt für alle Partner. Auszubildende verbringen Stationen bei anderen Partnern, etwa im Jobcenter oder in der Bauaufsicht.',
    ],
    lessons: ['Auszubildende sind die besten Botschafter. Die Kampagne zeigt sie, nicht die Bürgermeister.'],
    transfer:
      'Verwaltungen einer Region mit ähnlichen Ausbildungsberufen und eine Person, die die Stationen koordiniert.',
  }),
];
