import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Berlin and Brandenburg. */
export const BERLIN_BRANDENBURG: DemoCooperation[] = [
  demoCooperation({
    slug: 'fachkraefte-verwaltung-hauptstadtregion',
    title: 'Fachkräfte für die Verwaltung in der Hauptstadtregion',
    summary:
      'Berlin, Potsdam und zwei Brandenburger Landkreise werben gemeinsam um Personal für die öffentliche Verwaltung, statt sich Fachkräfte gegenseitig abzuwerben: gemeinsame Stellenbörse, Hospitationen und Quereinstiegsprogramme.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['personal', 'edv'],
    keywords: ['Personal', 'Fachkräftegewinnung', 'Quereinstieg', 'Stellenbörse', 'Arbeitgeberattraktivität'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'laufend',
    startYear: 2022,
    partners: ['11', '12054000', '12069', '12061'],
    goal: [
      'In der Hauptstadtregion konkurrieren Land, Bezirke, Städte und Kreise um dieselben Fachkräfte – oft mit dem Ergebnis, dass Beschäftigte nur den Arbeitgeber wechseln. In einer Arbeitsgemeinschaft haben Berlin, Potsdam und die Landkreise Potsdam-Mittelmark und Dahme-Spreewald verabredet, gemeinsam zu werben und einander nicht mit Zulagen zu überbieten.',
    ],
    results: [
      'Eine gemeinsame Stellenbörse zeigt freie Stellen aller Partner. Quereinsteigende aus IT, Technik und Sozialer Arbeit durchlaufen ein gemeinsames Einführungsprogramm, Beschäftigte können bei anderen Partnern hospitieren.',
    ],
    lessons: ['Verbindliche Spielregeln gegen das Abwerben waren die Voraussetzung für alles Weitere.'],
    transfer:
      'Benachbarte Arbeitgeber des öffentlichen Dienstes, die sich auf gemeinsame Regeln einigen, und eine gemeinsame Stellenbörse.',
  }),
  demoCooperation({
    slug: 'breitbandausbau-uckermark-barnim',
    title: 'Breitbandausbau Uckermark und Barnim',
    summary:
      'Zwei Landkreise im Nordosten Brandenburgs schreiben den geförderten Glasfaserausbau für ihre unterversorgten Gebiete gemeinsam aus. Schulen, Höfe und Dörfer bekommen Anschlüsse, die der Markt allein nicht baut.',
    sector: '04',
    sectorGroup: '04.6',
    fields: ['breitband', 'beschaffung', 'schulen'],
    keywords: ['Breitband', 'Glasfaser', 'Förderung', 'Vergabe', 'ländlicher Raum'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2018,
    partners: ['12073', '12060', '12073452', '12060052'],
    funding: [{ programme: 'Bundesförderprogramm Breitband (Gigabitförderung)' }],
    goal: [
      'Weite Wege und wenige Anschlüsse je Kilometer machen den Ausbau im Nordosten teuer. Die Landkreise Uckermark und Barnim haben vereinbart, dass der Landkreis Barnim die Förderverfahren für beide führt, gemeinsam mit den Städten Prenzlau und Eberswalde.',
    ],
    results: [
      'Der geförderte Ausbau läuft in mehreren Losen. Schulen und Gewerbegebiete wurden vorgezogen; die Dörfer folgen nach einem gemeinsamen Zeitplan.',
    ],
    lessons: [
      'Eine federführende Stelle für zwei Kreise hält die Verfahren schlank. Die Abstimmung mit den Ämtern und Gemeinden braucht trotzdem Zeit.',
    ],
    transfer: 'Nachbarkreise mit ähnlicher Versorgungslage und eine Verwaltung, die Förderverfahren für beide führt.',
  }),
  demoCooperation({
    slug: 'rufbus-spreewald',
    title: 'Rufbus Spreewald: Nahverkehr auf Bestellung',
    summary:
      'Zwei Landkreise und drei Spreewaldstädte ergänzen den Linienverkehr mit Rufbussen, die per App und Telefon bestellt werden. Abends und am Wochenende kommen Schülerinnen, Ältere und Gäste ohne Auto ans Ziel.',
    sector: '04',
    sectorGroup: '04.5',
    fields: ['mobilitaet', 'tourismus', 'schulen'],
    keywords: ['ÖPNV', 'Rufbus', 'On-Demand-Verkehr', 'ländlicher Raum', 'Mobilität'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2021,
    partners: ['12066', '12061', '12066196', '12061316', '12066304'],
    goal: [
      'Feste Buslinien fahren abends und am Wochenende kaum, und große Busse fahren oft leer. Die Landkreise Oberspreewald-Lausitz und Dahme-Spreewald haben mit Lübbenau/Spreewald, Lübben (Spreewald) und Senftenberg einen Rufbus eingeführt, der über die Kreisgrenze fährt.',
    ],
    results: [
      'Der Rufbus verbindet Dörfer mit den Bahnhöfen und fährt zu Zeiten, zu denen früher nichts fuhr. Gäste nutzen ihn auch für Ausflüge zu den Kahnfährhäfen.',
    ],
    lessons: ['Das Telefon bleibt wichtig: Viele Ältere bestellen lieber per Anruf als per App.'],
    transfer:
      'Aufgabenträger, die gemeinsam bestellen, ein Verkehrsunternehmen mit Dispositionssoftware und eine Bestellung auch per Telefon.',
  }),
  demoCooperation({
    slug: 'gewerbegebiet-oderland',
    title: 'Interkommunaler Industriepark an der Oder',
    summary:
      'Frankfurt (Oder), Eisenhüttenstadt und der Landkreis Oder-Spree vermarkten Industrie- und Gewerbeflächen gemeinsam über eine Entwicklungsgesellschaft – mit einem Ansprechpartner für Unternehmen und grenzüberschreitenden Kontakten nach Polen.',
    sector: '04',
    sectorGroup: '04.1',
    fields: ['wirtschaftsfoerderung', 'bauaufsicht'],
    keywords: ['Gewerbegebiet', 'Wirtschaftsförderung', 'Ansiedlung', 'grenzüberschreitend', 'Polen'],
    legalForm: 'gesellschaft',
    status: 'laufend',
    startYear: 2016,
    partners: ['12053000', '12067120', '12067', '12067144'],
    goal: [
      'Unternehmen, die sich an der Oder ansiedeln wollen, fragen nach großen Flächen, Fachkräften und schnellen Genehmigungen – nicht nach Gemeindegrenzen. Die Partner haben eine Entwicklungsgesellschaft gegründet, die Flächen aller Partner gemeinsam anbietet.',
    ],
    results: [
      'Die Gesellschaft ist zentrale Anlaufstelle für Ansiedlungen und begleitet Unternehmen durch Genehmigungen. Mit Kommunen auf der polnischen Seite tauschen die Partner Informationen über Fachkräfte und Flächen aus.',
    ],
    lessons: [
      'Ein einziger Ansprechpartner für Investoren ist der wichtigste Vorteil. Konkurrenz um Ansiedlungen schadet allen.',
    ],
  }),
];
