import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Nordrhein-Westfalen (beside the real records of the first demo). */
export const NORDRHEIN_WESTFALEN: DemoCooperation[] = [
  demoCooperation({
    slug: 'breitband-sauerland-gewerbegebiete',
    title: 'Breitband Sauerland: Glasfaser für Gewerbegebiete und Schulen',
    summary:
      'Städte des Hochsauerlandkreises bauen mit einer gemeinsamen Breitbandgesellschaft Glasfaser in Gewerbegebiete, Schulen und Ortsteile, die kein Unternehmen allein erschließen würde, und beantragen Fördermittel gemeinsam.',
    sector: '04',
    sectorGroup: '04.6',
    fields: ['breitband', 'wirtschaftsfoerderung', 'schulen'],
    keywords: ['Breitband', 'Glasfaser', 'Gigabit', 'Förderung', 'Digitalisierung'],
    legalForm: 'gesellschaft',
    status: 'laufend',
    startYear: 2017,
    partners: ['05958', '05958004', '05958032', '05958012', '05958044', '05958040'],
    contacts: ['05958004'],
    funding: [{ programme: 'Bundesförderprogramm Breitband (Gigabitförderung)' }],
    goal: [
      'Im Sauerland liegen viele Gewerbegebiete und Ortsteile weit auseinander. Für Telekommunikationsunternehmen lohnte sich der Ausbau dort nicht. Der Hochsauerlandkreis und die Städte Arnsberg, Meschede, Brilon, Sundern und Schmallenberg haben deshalb eine gemeinsame Gesellschaft gegründet, die Förderanträge stellt, Ausbauprojekte ausschreibt und das passive Netz hält.',
    ],
    results: [
      'Die Gewerbegebiete der beteiligten Städte und die weiterführenden Schulen sind an Glasfaser angeschlossen. Der Ausbau in den Ortsteilen läuft abschnittsweise; die Gesellschaft verpachtet das Netz an einen Betreiber.',
    ],
    lessons: [
      'Eine Gesellschaft mit eigenem Personal kann Förderverfahren durchhalten, die eine einzelne Stadtverwaltung überfordern.',
      'Tiefbaukapazitäten sind knapp: Gemeinsame Ausschreibungen über mehrere Städte locken mehr Bieter an.',
    ],
    transfer:
      'Ein Landkreis und Städte, die sich auf eine Gesellschaft einigen, eine Finanzierung des Eigenanteils und Personal mit Erfahrung in Förderverfahren.',
  }),
  demoCooperation({
    slug: 'digitale-ratsarbeit-lippe',
    title: 'Digitale Ratsarbeit im Kreis Lippe',
    summary:
      'Der Kreis Lippe und drei seiner Städte nutzen ein gemeinsames Ratsinformationssystem mit Sitzungs-App. Ratsmitglieder arbeiten papierlos, Bürgerinnen und Bürger finden Vorlagen und Beschlüsse an einem Ort.',
    sector: '01',
    sectorGroup: '01.1',
    fields: ['edv'],
    keywords: ['Digitalisierung', 'Ratsinformationssystem', 'Sitzungsdienst', 'papierlos', 'Transparenz'],
    legalForm: 'verwaltungsvereinbarung',
    status: 'laufend',
    startYear: 2019,
    partners: ['05766', '05766020', '05766044', '05766008'],
    goal: [
      'Vier Sitzungsdienste, vier Systeme, vier Schulungen für Ratsmitglieder: Das wollten der Kreis Lippe und die Städte Detmold, Lemgo und Bad Salzuflen ändern. In einer Verwaltungsvereinbarung haben sie verabredet, ein System gemeinsam zu betreiben, bei dem jeder Partner seinen eigenen Bereich hat.',
    ],
    results: [
      'Alle Gremien der Partner tagen papierlos. Der Kreis betreibt das System, die Städte zahlen nach Zahl der Gremien. Vorlagen der Kreisgremien sind für die Städte sofort sichtbar.',
    ],
    lessons: [
      'Die Ratsmitglieder vor der Umstellung zu fragen, was sie brauchen, hat die Annahme der App sehr erleichtert.',
    ],
    transfer: 'Ein Partner, der das System betreibt, und eine einfache Kostenverteilung.',
  }),
  demoCooperation({
    slug: 'photovoltaik-offensive-muensterland',
    title: 'Photovoltaik-Offensive auf kommunalen Dächern im Münsterland',
    summary:
      'Münster, der Kreis Steinfurt, Rheine und Ibbenbüren belegen Schulen, Turnhallen und Bauhöfe mit Solaranlagen – über eine gemeinsame Projektgesellschaft, an der sich Bürgerinnen und Bürger beteiligen können.',
    sector: '04',
    sectorGroup: '04.3',
    fields: ['klimaschutz', 'schulen', 'bauhof'],
    keywords: ['Klimaschutz', 'Photovoltaik', 'Bürgerenergie', 'Energiewende', 'Dachflächen'],
    legalForm: 'gesellschaft',
    status: 'laufend',
    startYear: 2022,
    partners: ['05515000', '05566', '05566076', '05566028'],
    goal: [
      'Viele kommunale Dächer eignen sich für Photovoltaik, aber Planung, Statik und Ausschreibung binden Personal, das die Bauämter nicht haben. Die Partner haben deshalb eine Projektgesellschaft gegründet, die Dächer prüft, Anlagen baut und betreibt und den Strom an die Gebäude liefert.',
    ],
    results: [
      'Die ersten Anlagen auf Schulen und einem Bauhof laufen. Ein Dachkataster aller Partner zeigt, welche Dächer als Nächstes kommen. Bürgerinnen und Bürger können sich über Nachrangdarlehen beteiligen.',
    ],
    lessons: [
      'Die Statik älterer Hallen ist oft der Engpass. Eine frühe Prüfung spart teure Planungen für Dächer, die am Ende nichts tragen.',
    ],
    transfer:
      'Ausreichend geeignete Dachflächen, eine Kommunalaufsicht, die die Gesellschaft genehmigt, und ein Partner mit Erfahrung im Anlagenbetrieb.',
  }),
  demoCooperation({
    slug: 'volkshochschule-hellweg',
    title: 'Gemeinsame Volkshochschule am Hellweg',
    summary:
      'Soest, Lippstadt und der Kreis Soest tragen ihre Volkshochschule gemeinsam in einem Zweckverband. Ein Programm, eine Anmeldung und Kurse an vielen Orten – dazu Schulabschlüsse und Sprachkurse für Zugewanderte.',
    sector: '09',
    sectorGroup: '09.5',
    fields: ['schulen', 'kultur', 'soziales'],
    keywords: ['Volkshochschule', 'Weiterbildung', 'Schule', 'Integrationskurse', 'Zweckverband'],
    legalForm: 'zweckverband',
    status: 'laufend',
    startYear: 2004,
    partners: ['05974040', '05974028', '05974'],
    contacts: ['05974040'],
    goal: [
      'Eine Volkshochschule für eine Stadt allein kann nur ein schmales Programm bieten. Im Zweckverband bündeln Soest, Lippstadt und der Kreis Soest Personal, Räume und Programmplanung und erreichen auch die kleineren Orte des Kreises.',
    ],
    results: [
      'Das Programm umfasst Sprachen, Gesundheit, Kultur, berufliche Bildung und das Nachholen von Schulabschlüssen. Anmeldung und Bezahlung laufen online für alle Standorte.',
    ],
    lessons: ['Feste Ansprechpersonen in jeder Stadt sind wichtig, damit die Volkshochschule vor Ort sichtbar bleibt.'],
    transfer: 'Kommunen, die eine Umlage vereinbaren, und Räume in Schulen oder Bürgerhäusern an mehreren Orten.',
  }),
];
