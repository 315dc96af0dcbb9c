import { type DemoCooperation, demoCooperation } from './sketch.ts';

/** Sachsen-Anhalt and Thüringen. */
export const SACHSEN_ANHALT_THUERINGEN: DemoCooperation[] = [
  demoCooperation({
    slug: 'glasfaser-zweckverband-boerde',
    title: 'Glasfaser-Zweckverband Börde: ein kommunales Netz bis ins Haus',
    summary:
      'Der Landkreis Börde und vier seiner Städte bauen in einem Zweckverband ein eigenes Glasfasernetz bis in die Häuser. Das Netz bleibt in kommunaler Hand, ein Betreiber bietet darüber Internet und Telefon an.',
    sector: '04',
    sectorGroup: '04.6',
    fields: ['breitband', 'wirtschaftsfoerderung'],
    keywords: ['Breitband', 'Glasfaser', 'FTTH', 'Betreibermodell', 'Zweckverband'],
    legalForm: 'zweckverband',
    status: 'laufend',
    startYear: 2016,
    partners: ['15083', '15083270', '15083415', '15083531', '15083565', '15003000'],
    contacts: ['15003000'],
    goal: [
      'In den Dörfern der Börde hatten Telekommunikationsunternehmen wenig Interesse, Glasfaser bis in jedes Haus zu legen. Der Landkreis und die Städte Haldensleben, Oschersleben (Bode), Wanzleben-Börde und Wolmirstedt haben einen Zweckverband gegründet, der das Netz selbst baut; die Landeshauptstadt Magdeburg berät mit den Erfahrungen ihrer Stadtwerke.',
      'Der Zweckverband bleibt Eigentümer des passiven Netzes und verpachtet es an einen Betreiber, der Haushalten und Unternehmen Anschlüsse anbietet (Betreibermodell).',
    ],
    results: [
      'Der Ausbau läuft in Abschnitten, zuerst dort, wo genügend Haushalte einen Vertrag zugesagt haben. Die Pachteinnahmen decken Zins und Tilgung der Kredite.',
    ],
    lessons: [
      'Eine hohe Anschlussquote vor dem Bau entscheidet über die Wirtschaftlichkeit. Informationsabende in jedem Dorf haben mehr gebracht als jede Anzeige.',
    ],
    transfer:
      'Kommunen, die Kredite für den Bau aufnehmen können, ein Betreiber, der das Netz pachtet, und eine hohe Vorvermarktungsquote.',
  }),
  demoCooperation({
    slug: 'schuelerbefoerderung-harz',
    title: 'Schülerbeförderung und Nahverkehr im Landkreis Harz abstimmen',
    summary:
      'Der Landkreis Harz und die Städte Wernigerode, Halberstadt und Quedlinburg stimmen Schulanfangszeiten und Busfahrpläne aufeinander ab. Schulbusse werden Teil des öffentlichen Nahverkehrs, den alle nutzen können.',
    sector: '09',
    sectorGroup: '09.6',
    fields: ['schulen', 'mobilitaet'],
    keywords: ['Schule', 'Schülerbeförderung', 'ÖPNV', 'Schulanfangszeiten', 'Fahrplan'],
    legalForm: 'verwaltungsvereinbarung',
    status: 'laufend',
    startYear: 2018,
    partners: ['15085', '15085370', '15085135', '15085235'],
    goal: [
      'Wenn alle Schulen zur selben Minute beginnen, braucht der Landkreis viele Busse für eine halbe Stunde am Tag. Der Landkreis als Träger der Schülerbeförderung und die Städte als Schulträger haben vereinbart, Anfangszeiten zu staffeln und Schulbusse in den Linienverkehr zu integrieren.',
    ],
    results: [
      'Gestaffelte Anfangszeiten erlauben es, mit denselben Bussen mehrere Schulen anzufahren. Die frei werdenden Fahrzeuge verdichten den Takt im Linienverkehr, den auch Pendlerinnen und Pendler nutzen.',
    ],
    lessons: [
      'Schulen, Eltern und Verkehrsunternehmen müssen früh beteiligt werden. Die Schulkonferenzen waren die wichtigste Hürde.',
    ],
    transfer:
      'Ein Landkreis als Träger der Schülerbeförderung und Schulträger, die bereit sind, Anfangszeiten zu verschieben.',
  }),
  demoCooperation({
    slug: 'mobile-jugendarbeit-anhalt',
    title: 'Mobile Jugendarbeit Dessau-Roßlau und Wittenberg',
    summary:
      'Ein Jugendmobil fährt abwechselnd durch Dörfer und Stadtteile von Dessau-Roßlau und dem Landkreis Wittenberg. Fachkräfte beider Partner bieten Treffpunkte, Beratung und Freizeitangebote dort, wo es keinen Jugendclub gibt.',
    sector: '10',
    sectorGroup: '10.4',
    fields: ['jugendarbeit', 'soziales'],
    keywords: ['Jugendarbeit', 'mobile Jugendarbeit', 'ländlicher Raum', 'Beteiligung', 'Soziales'],
    legalForm: 'verwaltungsvereinbarung',
    status: 'laufend',
    startYear: 2022,
    partners: ['15001000', '15091'],
    goal: [
      'In vielen Dörfern gibt es keinen Jugendclub mehr. Dessau-Roßlau und der Landkreis Wittenberg haben ein Jugendmobil gemeinsam angeschafft und teilen sich Fachkräfte, die mit ihm unterwegs sind.',
    ],
    results: [
      'Das Jugendmobil steht an festen Tagen an festen Orten. Jugendliche bestimmen mit, welche Orte angefahren werden und was dort stattfindet.',
    ],
    lessons: ['Verlässlichkeit zählt mehr als Programm: Das Mobil muss zur angekündigten Zeit da sein.'],
  }),
  demoCooperation({
    slug: 'interkommunaler-bauhof-weimarer-land',
    title: 'Interkommunaler Bauhof Weimar und Weimarer Land',
    summary:
      'Die Stadt Weimar, Apolda und der Landkreis Weimarer Land betreiben Grünpflege, Straßenunterhaltung und Winterdienst in einem gemeinsamen Kommunalunternehmen. Ein Betriebshof, eine Werkstatt und ein Fuhrpark für alle.',
    sector: '06',
    sectorGroup: '06.2',
    fields: ['bauhof', 'personal', 'beschaffung'],
    keywords: ['Bauhof', 'Kommunalunternehmen', 'Winterdienst', 'Grünpflege', 'Werkstatt'],
    legalForm: 'aoer',
    status: 'laufend',
    startYear: 2021,
    partners: ['16055000', '16071001', '16071'],
    goal: [
      'Zwei Bauhöfe und eine Kreisstraßenmeisterei arbeiteten nebeneinander, mit eigenen Werkstätten und teils denselben Strecken. Die Partner haben sie in einer gemeinsamen Anstalt des öffentlichen Rechts zusammengeführt.',
    ],
    results: [
      'Die gemeinsame Werkstatt wartet alle Fahrzeuge. Touren für Winterdienst und Grünpflege sind neu geschnitten, sodass kein Fahrzeug mehr an der Gemeindegrenze umdreht.',
    ],
    lessons: [
      'Der Personalübergang wurde mit einem Überleitungstarifvertrag geregelt. Ohne ihn hätten die Beschäftigten nicht zugestimmt.',
    ],
    transfer:
      'Benachbarte Bauhöfe mit überschneidenden Aufgaben, ein Überleitungsvertrag für das Personal und eine gemeinsame Gebührenlogik.',
  }),
  demoCooperation({
    slug: 'klimaschutzagentur-mittelthueringen',
    title: 'Klimaschutzagentur Mittelthüringen',
    summary:
      'Erfurt, Weimar, Jena und zwei Landkreise tragen einen Verein, der Klimaschutzmanagement für kleinere Gemeinden übernimmt: Energieberatung, Fördermittelanträge und Energiemonitoring kommunaler Gebäude.',
    sector: '05',
    sectorGroup: '05.6',
    fields: ['klimaschutz', 'bauaufsicht'],
    keywords: ['Klimaschutz', 'Energieberatung', 'Klimaschutzmanagement', 'Energiemonitoring', 'Förderung'],
    legalForm: 'verein',
    status: 'laufend',
    startYear: 2017,
    partners: ['16051000', '16055000', '16053000', '16071', '16070'],
    goal: [
      'Kleinere Gemeinden können sich kein eigenes Klimaschutzmanagement leisten. Die drei Städte und die Landkreise Weimarer Land und Ilm-Kreis haben einen eingetragenen Verein gegründet, der diese Aufgabe für Mitglieder übernimmt.',
    ],
    results: [
      'Die Agentur betreut das Energiemonitoring kommunaler Gebäude, berät Bürgerinnen und Bürger und stellt Förderanträge für Sanierungen.',
    ],
    lessons: [
      'Ein Energiemonitoring zeigt schnell, wo sich etwas lohnt: Oft sind es Heizungsregelungen, nicht teure Sanierungen.',
    ],
    transfer: 'Städte oder Kreise, die eine Grundfinanzierung sichern, und Gemeinden, die Mitglied werden.',
  }),
  demoCooperation({
    slug: 'einkaufsgemeinschaft-ostthueringen',
    title: 'Einkaufsgemeinschaft Ostthüringen',
    summary:
      'Gera, Greiz, Altenburg und zwei Landkreise kaufen Streusalz, Strom, Büromaterial und Bauhoftechnik gemeinsam ein. Eine Arbeitsgemeinschaft plant die Vergaben, jeder Partner übernimmt abwechselnd die Federführung.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['beschaffung', 'bauhof', 'finanzen'],
    keywords: ['Vergabe', 'Einkaufsgemeinschaft', 'Beschaffung', 'Streusalz', 'Energie'],
    legalForm: 'arbeitsgemeinschaft',
    status: 'laufend',
    startYear: 2019,
    partners: ['16052000', '16076022', '16077001', '16076', '16077'],
    goal: [
      'Viele Güter kaufen alle Kommunen einer Region, nur zu unterschiedlichen Zeitpunkten und Preisen. Die Partner haben einen gemeinsamen Vergabekalender aufgestellt und bündeln gleichartige Bedarfe.',
    ],
    results: [
      'Strom, Streusalz und Büromaterial werden gemeinsam ausgeschrieben. Jeder Partner führt abwechselnd ein Verfahren für alle.',
    ],
    lessons: ['Ein gemeinsamer Vergabekalender ist der einfachste Einstieg. Er zeigt, wo sich Bündelung lohnt.'],
    transfer: 'Nachbarkommunen mit ähnlichen Bedarfen und eine Vereinbarung über Federführung und Kostenteilung.',
  }),
];
