import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Niedersachsen and Bremen. */
export const NIEDERSACHSEN_BREMEN: DemoCooperation[] = [
  demoCooperation({
    slug: 'feuerwehr-ausbildung-nordheide',
    title: 'Feuerwehr-Kooperation Nordheide: gemeinsame Ausbildung und Atemschutzwerkstatt',
    summary:
      'Vier Kommunen im Landkreis Harburg bilden ihre Freiwilligen Feuerwehren gemeinsam aus, teilen sich eine Atemschutzwerkstatt und stimmen die Beschaffung von Fahrzeugen ab. Ehrenamtliche bekommen schneller einen Lehrgangsplatz.',
    sector: '03',
    sectorGroup: '03.2',
    fields: ['feuerwehr', 'beschaffung'],
    keywords: ['Feuerwehr', 'Ehrenamt', 'Atemschutz', 'Ausbildung', 'Brandschutz'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2019,
    partners: ['03353031', '03353029', '03353005', '03353'],
    contacts: ['03353031', '03353'],
    populationServed: 130_000,
    goal: [
      'Die Freiwilligen Feuerwehren in Seevetal, Rosengarten und Buchholz in der Nordheide warteten oft ein Jahr und länger auf Plätze in Grundlehrgängen und Atemschutzausbildung. Gleichzeitig unterhielt jede Kommune ihre eigene kleine Atemschutzwerkstatt, die kaum ausgelastet war.',
      'In einer öffentlich-rechtlichen Vereinbarung haben die drei Kommunen und der Landkreis Harburg verabredet, Truppmann- und Atemschutzlehrgänge gemeinsam anzubieten, eine Werkstatt für alle zu betreiben und Fahrzeugbeschaffungen aufeinander abzustimmen.',
    ],
    results: [
      'Lehrgänge finden abwechselnd in den Feuerwehrhäusern der Partner statt, auch abends und am Wochenende, damit Ehrenamtliche sie neben dem Beruf besuchen können. Die gemeinsame Atemschutzwerkstatt prüft die Geräte aller Wehren nach einem festen Plan.',
      'Als Nächstes wollen die Partner ein gemeinsames Übungsgelände für technische Hilfeleistung einrichten.',
    ],
    lessons: [
      'Die Ortsbrandmeister müssen von Anfang an mitreden: Eine Kooperation, die nur in den Rathäusern beschlossen wird, kommt in den Wehren nicht an.',
      'Eine Werkstatt für mehrere Kommunen braucht klare Regeln, wessen Geräte bei Engpässen zuerst geprüft werden.',
    ],
    transfer:
      'Benachbarte Kommunen mit Freiwilligen Feuerwehren, ein Kreisbrandmeister, der mitzieht, und Ausbilderinnen und Ausbilder, die auch in den Nachbarwehren unterrichten.',
  }),
  demoCooperation({
    slug: 'gemeinsamer-bauhof-seevetal-rosengarten-neu-wulmstorf',
    title: 'Gemeinsamer Bauhof Seevetal, Rosengarten und Neu Wulmstorf',
    summary:
      'Drei Nachbargemeinden südlich von Hamburg prüfen, ob sie Winterdienst, Grünpflege und Spezialmaschinen ihrer Bauhöfe zusammenlegen. Eine Machbarkeitsstudie vergleicht Kosten, Wege und Personal.',
    sector: '06',
    sectorGroup: '06.2',
    fields: ['bauhof', 'beschaffung', 'personal'],
    keywords: ['Bauhof', 'Winterdienst', 'Grünpflege', 'Maschinenpool', 'Machbarkeitsstudie'],
    legalForm: 'zweckvereinbarung',
    status: 'geplant',
    startYear: 2025,
    partners: ['03353031', '03353029', '03353026'],
    contacts: ['03353031', '03353026'],
    goal: [
      'Jeder der drei Bauhöfe hält eigene Kehrmaschinen, Mähfahrzeuge und Streufahrzeuge vor, die viele Wochen im Jahr stillstehen. Zugleich fehlen Fachkräfte, und Vertretungen im Urlaub oder bei Krankheit sind schwer zu organisieren.',
      'Die Gemeinden wollen klären, welche Aufgaben ein gemeinsamer Bauhof übernehmen kann, wo ein Betriebshof liegen müsste und ob eine Zweckvereinbarung oder ein gemeinsames Kommunalunternehmen besser passt.',
    ],
    results: [
      'Die Räte haben eine gemeinsame Machbarkeitsstudie beauftragt. Eine Arbeitsgruppe der drei Bauhofleitungen erfasst Maschinen, Touren und Auslastung. Ein erster Maschinenpool für selten gebrauchte Geräte soll schon vor der Entscheidung starten.',
    ],
    lessons: [
      'Die Beschäftigten wollen früh wissen, was sich für sie ändert. Offene Personalversammlungen in allen drei Bauhöfen haben mehr Vertrauen geschaffen als jede Vorlage.',
    ],
  }),
  demoCooperation({
    slug: 'onlinedienste-bremen-und-umland',
    title: 'Onlinedienste gemeinsam einführen: Bremen, Bremerhaven und Umlandkreise',
    summary:
      'Zwei Städte und zwei Landkreise an der Unterweser übernehmen Online-Verwaltungsleistungen gemeinsam, testen sie mit Bürgerinnen und Bürgern und teilen Anleitungen, Formulartexte und Erfahrungen mit der Einführung.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['edv'],
    keywords: ['Digitalisierung', 'Onlinezugangsgesetz', 'OZG', 'Einer für Alle', 'Bürgerservice'],
    legalForm: 'verwaltungsvereinbarung',
    status: 'laufend',
    startYear: 2021,
    partners: ['04011000', '04012000', '03352', '03356'],
    goal: [
      'Nach dem Onlinezugangsgesetz sollen Verwaltungsleistungen online beantragt werden können. Viele Lösungen werden nach dem Prinzip „Einer für Alle“ von einem Land entwickelt und anderen zur Nachnutzung angeboten. Die Einführung vor Ort bleibt aber Arbeit jeder einzelnen Verwaltung.',
      'Die Partner haben vereinbart, diese Arbeit zu teilen: Jede Verwaltung führt einige Leistungen zuerst ein und gibt Konfiguration, Texte und Schulungsunterlagen an die anderen weiter.',
    ],
    results: [
      'Mehrere Leistungen – vom Wohngeld bis zur Anmeldung einer Veranstaltung – laufen bei allen Partnern online. Ein gemeinsamer Testtag mit Bürgerinnen und Bürgern vor jedem Start deckt unverständliche Formulierungen auf, bevor sie live gehen.',
    ],
    lessons: [
      'Die Technik war selten das Problem. Schwieriger war es, die Abläufe im Fachamt so umzustellen, dass ein Online-Antrag nicht wieder ausgedruckt wird.',
      'Ein kurzer wöchentlicher Termin der Digitalisierungsverantwortlichen hat mehr bewirkt als ein großer Lenkungskreis.',
    ],
    transfer:
      'Verwaltungen, die dieselben Nachnutzungsangebote einsetzen, und je eine verantwortliche Person pro Verwaltung, die Zeit für den Austausch hat.',
  }),
  demoCooperation({
    slug: 'oepnv-regionalverband-grossraum-braunschweig',
    title: 'Regionalverband Großraum Braunschweig: ÖPNV und Regionalplanung für acht Gebietskörperschaften',
    summary:
      'Drei kreisfreie Städte und fünf Landkreise rund um Braunschweig haben den Nahverkehr und die Regionalplanung einem gemeinsamen Verband übertragen. Er plant und bestellt den Nahverkehr für die ganze Region.',
    sector: '04',
    sectorGroup: '04.5',
    fields: ['mobilitaet', 'bauaufsicht'],
    keywords: ['ÖPNV', 'Nahverkehr', 'Regionalplanung', 'Schienenpersonennahverkehr', 'Region'],
    legalForm: 'sonstige',
    status: 'laufend',
    startYear: null,
    partners: ['03101000', '03102000', '03103000', '03151', '03153', '03154', '03157', '03158'],
    real: true,
    goal: [
      'Die Städte Braunschweig, Salzgitter und Wolfsburg und die Landkreise Gifhorn, Goslar, Helmstedt, Peine und Wolfenbüttel bilden gemeinsam einen Regionalverband. Er ist für den öffentlichen Personennahverkehr in der Region zuständig und stellt den Regionalplan für den Großraum auf.',
      'Statt dass jede Gebietskörperschaft Verkehr nur bis zu ihrer Grenze plant, bestellt der Verband den Schienenpersonennahverkehr für das ganze Verbandsgebiet und stimmt die Planung über Stadt- und Kreisgrenzen hinweg ab.',
    ],
    results: [
      'Der Verband bestellt den Schienenpersonennahverkehr für sein Gebiet und ist Träger der Regionalplanung. Seine Mitglieder entscheiden gemeinsam über Angebot und Planung, statt jede Frage an der eigenen Grenze enden zu lassen.',
    ],
    lessons: [
      'Pendelwege enden nicht an Kreisgrenzen. Eine Region, die Verkehr und Siedlungsentwicklung gemeinsam plant, kann beides besser aufeinander abstimmen.',
    ],
    more: [
      'Der Verband ging aus dem früheren Zweckverband Großraum Braunschweig hervor. Aufgaben und Organe regelt ein niedersächsisches Landesgesetz; Auskunft gibt der Regionalverband.',
    ],
  }),
  demoCooperation({
    slug: 'abfallwirtschaft-elbe-weser',
    title: 'Gemeinsames Kommunalunternehmen für Abfallwirtschaft Elbe-Weser',
    summary:
      'Drei Landkreise zwischen Elbe und Weser betreiben Wertstoffhöfe, Bioabfallverwertung und die Abfallberatung in einem gemeinsamen Kommunalunternehmen. Gebühren und Service sind im ganzen Gebiet gleich.',
    sector: '05',
    sectorGroup: '05.1',
    fields: ['abfall', 'klimaschutz'],
    keywords: ['Abfallwirtschaft', 'Wertstoffhof', 'Bioabfall', 'Kommunalunternehmen', 'Kreislaufwirtschaft'],
    legalForm: 'aoer',
    status: 'laufend',
    startYear: 2016,
    partners: ['03352', '03359', '03357'],
    populationServed: 570_000,
    goal: [
      'Die Landkreise Cuxhaven, Stade und Rotenburg (Wümme) hatten ähnliche Aufgaben, aber unterschiedliche Anlagen und Verträge. Als mehrere Entsorgungsverträge zur selben Zeit ausliefen, haben sie ihre Abfallwirtschaft in eine gemeinsame Anstalt des öffentlichen Rechts übertragen.',
    ],
    results: [
      'Das Unternehmen betreibt ein Netz von Wertstoffhöfen mit abgestimmten Öffnungszeiten und eine gemeinsame Vergärungsanlage für Bioabfall, deren Gas Strom und Wärme liefert. Eine App zeigt Abfuhrtermine für alle drei Kreise.',
    ],
    lessons: [
      'Die Gebühren anzugleichen, war der politisch schwierigste Schritt. Eine Übergangszeit von mehreren Jahren hat ihn möglich gemacht.',
    ],
    transfer:
      'Benachbarte Entsorgungsträger mit ähnlichen Auslaufterminen ihrer Verträge und die Bereitschaft, Satzungen und Gebühren anzugleichen.',
  }),
];
