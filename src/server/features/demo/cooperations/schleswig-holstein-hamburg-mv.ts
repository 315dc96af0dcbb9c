import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Schleswig-Holstein, Hamburg and Mecklenburg-Vorpommern. */
export const SCHLESWIG_HOLSTEIN_HAMBURG_MV: DemoCooperation[] = [
  demoCooperation({
    slug: 'e-akte-verbund-kiel-neumuenster',
    title: 'E-Akte im Verbund: Kiel, Neumünster und zwei Kreise',
    summary:
      'Vier Verwaltungen in Schleswig-Holstein führen die elektronische Akte mit demselben System ein, teilen Aktenpläne, Schulungen und ein gemeinsames Kompetenzteam und lernen aus den Pilotämtern der anderen.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['edv', 'personal'],
    keywords: ['Digitalisierung', 'E-Akte', 'Dokumentenmanagement', 'Schulung', 'Aktenplan'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'laufend',
    startYear: 2020,
    partners: ['01002000', '01004000', '01057', '01058'],
    goal: [
      'Kiel, Neumünster und die Kreise Plön und Rendsburg-Eckernförde hatten sich unabhängig voneinander für dasselbe Dokumentenmanagementsystem entschieden. In einer Arbeitsgemeinschaft stimmen sie die Einführung ab, statt vier Mal dieselben Fragen zu klären.',
    ],
    results: [
      'Ein gemeinsamer Musteraktenplan, ein Schulungskonzept mit E-Learning-Einheiten und ein Kompetenzteam aus Beschäftigten aller vier Verwaltungen stehen. Jedes neue Amt startet mit den Vorlagen der Pilotämter.',
    ],
    lessons: [
      'Die E-Akte ist ein Organisationsprojekt. Wo die Amtsleitung selbst elektronisch arbeitete, ging die Umstellung deutlich schneller.',
    ],
    transfer:
      'Dasselbe oder ein vergleichbares Dokumentenmanagementsystem und Freiräume für ein gemeinsames Kompetenzteam.',
  }),
  demoCooperation({
    slug: 'waermeplanung-ostholstein-luebeck',
    title: 'Kommunale Wärmeplanung Ostholstein und Lübeck',
    summary:
      'Der Kreis Ostholstein, die Hansestadt Lübeck und Städte des Kreises erstellen ihre kommunalen Wärmepläne mit gemeinsamer Datengrundlage, gemeinsamer Ausschreibung der Fachplanung und abgestimmten Wärmenetzgebieten.',
    sector: '05',
    sectorGroup: '05.6',
    fields: ['klimaschutz', 'bauaufsicht', 'beschaffung'],
    keywords: ['Klimaschutz', 'Wärmeplanung', 'Wärmenetz', 'Energiewende', 'Vergabe'],
    legalForm: 'zweckvereinbarung',
    status: 'laufend',
    startYear: 2023,
    partners: ['01055', '01003000', '01055012', '01055004', '01055032'],
    goal: [
      'Das Wärmeplanungsgesetz verpflichtet Städte und Gemeinden, Wärmepläne aufzustellen. Kleinere Städte haben dafür weder die Daten noch die Fachleute. Der Kreis übernimmt für Eutin, Bad Schwartau und Neustadt in Holstein die Datenbeschaffung und die Vergabe, Lübeck bringt seine Erfahrung mit Wärmenetzen ein.',
    ],
    results: [
      'Eine gemeinsame Bestandsaufnahme des Wärmebedarfs liegt vor. Die Fachplanung wurde in einem Verfahren mit Losen je Stadt ausgeschrieben. Wo Wärmenetze über Gemeindegrenzen sinnvoll sind, planen die Partner sie zusammen.',
    ],
    lessons: [
      'Daten von Netzbetreibern und Schornsteinfegern zu bekommen, dauert länger als gedacht. Früh anfragen, und zwar für alle Partner gemeinsam.',
    ],
    transfer: 'Ein Kreis oder eine größere Stadt, die Datenbeschaffung und Vergabe für kleinere Nachbarn übernimmt.',
  }),
  demoCooperation({
    slug: 'e-fahrzeuge-beschaffung-metropolregion-hamburg',
    title: 'Gemeinsame Beschaffung von Elektrofahrzeugen rund um Hamburg',
    summary:
      'Hamburg und vier Kreise aus Schleswig-Holstein und Niedersachsen kaufen Elektrofahrzeuge für ihre Fuhrparks in einem gemeinsamen Vergabeverfahren ein – vom Kleinwagen bis zum Kehrfahrzeug für den Bauhof.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['beschaffung', 'klimaschutz', 'mobilitaet', 'bauhof'],
    keywords: ['Vergabe', 'Einkaufsgemeinschaft', 'Elektromobilität', 'Fuhrpark', 'Klimaschutz'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'abgeschlossen',
    startYear: 2022,
    endYear: 2024,
    partners: ['02', '01056', '01062', '03353', '03359'],
    contacts: ['03353'],
    goal: [
      'Einzelne Kreise bestellen nur wenige Fahrzeuge im Jahr und bekommen entsprechend wenige Angebote. Gemeinsam mit Hamburg haben die Kreise Pinneberg, Stormarn, Harburg und Stade ihre Bedarfe gebündelt und eine Rahmenvereinbarung ausgeschrieben, aus der jeder Partner abruft.',
    ],
    results: [
      'Die Rahmenvereinbarung mit mehreren Losen ist vergeben; die Partner haben daraus Dienstwagen, Transporter und Kommunalfahrzeuge abgerufen. Ladeinfrastruktur war nicht Teil des Verfahrens und bleibt Sache jedes Partners.',
    ],
    lessons: [
      'Eine gemeinsame Leistungsbeschreibung zwingt dazu, Standards anzugleichen. Das war mühsam, hat aber auch Sonderwünsche ohne echten Nutzen beseitigt.',
      'Eine federführende Vergabestelle mit klarem Mandat ist unverzichtbar.',
    ],
    transfer:
      'Eine Vergabestelle, die federführend für alle ausschreibt, und eine Vereinbarung über Kosten und Abrufmengen.',
  }),
  demoCooperation({
    slug: 'tourismus-gaestekarte-mueritz',
    title: 'Gästekarte und Radwegenetz Müritzregion',
    summary:
      'Ein Verein von Städten und Landkreis an der Müritz bringt eine gemeinsame Gästekarte mit freier Busfahrt, ein durchgehend beschildertes Radwegenetz und eine Buchungsplattform für Gastgeber auf den Weg.',
    sector: '04',
    sectorGroup: '04.7',
    fields: ['tourismus', 'mobilitaet', 'wirtschaftsfoerderung'],
    keywords: ['Tourismus', 'Gästekarte', 'Radtourismus', 'Mecklenburgische Seenplatte', 'ÖPNV'],
    legalForm: 'verein',
    status: 'laufend',
    startYear: 2018,
    partners: ['13071156', '13071107', '13071'],
    goal: [
      'Gäste an der Müritz sollen ohne Auto anreisen und unterwegs sein können. Die Städte Waren (Müritz) und Neubrandenburg und der Landkreis Mecklenburgische Seenplatte haben dafür einen eingetragenen Verein gegründet, in dem auch Gastgeber und Verkehrsunternehmen mitarbeiten.',
    ],
    results: [
      'Die Gästekarte gilt als Fahrschein in den Regionalbussen. Das Radwegenetz ist einheitlich beschildert, Lücken werden nach einer gemeinsamen Prioritätenliste geschlossen.',
    ],
    lessons: [
      'Der Verein gibt Gastgebern und Verkehrsunternehmen eine Stimme. Das hat die Gästekarte erst möglich gemacht, weil alle an der Finanzierung beteiligt sind.',
    ],
    transfer:
      'Eine Kurabgabe oder Gästetaxe, aus der das Angebot mitfinanziert wird, und Verkehrsunternehmen, die mitmachen.',
  }),
  demoCooperation({
    slug: 'abwasser-kanalnetz-vorpommern',
    title: 'Digitale Kanalnetzüberwachung in Vorpommern',
    summary:
      'Ein Abwasserzweckverband und die Hansestadt Greifswald messen Füllstände und Zuflüsse im Kanalnetz mit Funksensoren. Bei Starkregen sehen beide Leitwarten dasselbe Lagebild und steuern Pumpwerke und Rückhaltebecken gemeinsam.',
    sector: '05',
    sectorGroup: '05.2',
    fields: ['abwasser', 'edv', 'klimaschutz'],
    keywords: ['Abwasser', 'Starkregen', 'Sensorik', 'Digitalisierung', 'Klimaanpassung'],
    legalForm: 'zweckverband',
    status: 'laufend',
    startYear: 2021,
    partners: ['13075039', '13075', '13075144', '13075005'],
    goal: [
      'Starkregen überlastet die Kanäle immer häufiger. Die Hansestadt Greifswald, der Landkreis Vorpommern-Greifswald und die Städte Wolgast und Anklam haben im Rahmen ihres Abwasserzweckverbands ein gemeinsames Messnetz aufgebaut.',
    ],
    results: [
      'Über hundert Sensoren melden Füllstände an eine gemeinsame Plattform. Bei Starkregenwarnungen stimmen die Leitwarten die Steuerung der Pumpwerke ab; Rückhaltebecken werden vorher geleert.',
    ],
    lessons: [
      'Der Mobilfunkempfang in Schächten ist schlechter als erwartet. Ein eigenes Funknetz für Sensoren hat sich gelohnt.',
    ],
    transfer:
      'Ein Netzbetreiber mit Leitwarte, eine offene Schnittstelle für Sensordaten und ein Funknetz für das Messnetz.',
  }),
];
