import { P } from '../workspaces/script.ts';
import { BAUHOEFE } from './communities.ts';
import type { DemoQuestion } from './plan.ts';

export const WINTERDIENST_QUESTION = 'Wer hat Erfahrung mit Winterdienst-Tourenplanung?';

export const BAUHOEFE_QUESTIONS: DemoQuestion[] = [
  {
    community: BAUHOEFE,
    author: P.jan,
    title: WINTERDIENST_QUESTION,
    body: `Unsere Räumtouren stammen noch aus der Zeit vor der Eingemeindung der Neubaugebiete in Hittfeld und Maschen. Ergebnis: Die Tour 3 braucht bei Schneefall fast fünf Stunden, Tour 5 ist nach zwei Stunden durch.

Wir wollen die Touren für den nächsten Winter neu schneiden. Konkret interessiert mich:

- Plant ihr nach Dringlichkeitsstufen (Hauptverkehrsstraßen, Busrouten, Schulwege zuerst) oder nach Gebieten?
- Mit welchem Werkzeug? Wir haben bisher Excel und ausgedruckte Karten.
- Wie lang darf eine Tour bei euch höchstens sein, bis die erste Stufe wieder dran ist?`,
    tags: ['Winterdienst', 'Tourenplanung', 'Bauhof'],
    daysAgo: 12,
    votes: [P.thomas, P.anna, P.tobias],
    followers: [P.thomas, P.sabine],
    answers: [
      {
        author: P.tobias,
        hoursLater: 5,
        accepted: true,
        votes: [P.jan, P.thomas, P.anna, P.michael],
        body: `Wir haben das vor drei Wintern komplett neu gemacht, hier unser Vorgehen:

1. **Dringlichkeitsstufen zuerst festlegen**, politisch beschließen lassen und im Winterdienstplan veröffentlichen. Bei uns: Stufe 1 Busrouten, Steigungen über 8 %, Zufahrten Feuerwehr und Krankenhaus; Stufe 2 Sammelstraßen und Schulwege; Stufe 3 Anliegerstraßen (nur bei Glätte, kein Räumen bei unter 5 cm).
2. **Touren so schneiden, dass jede Tour die Stufe 1 ihres Gebiets in höchstens 2,5 Stunden schafft.** Danach geht das Fahrzeug in Stufe 2. Bei neuem Schneefall beginnt es wieder vorn.
3. **Leerfahrten messen.** Wir haben einen Winter lang die GPS-Daten der Streufahrzeuge ausgewertet. Rund 20 % der Strecke waren Fahrten ohne Streuen – vor allem der Weg zurück zum Salzlager. Ein zweites Lager am Ortsrand hat mehr gebracht als jede Umplanung.
4. **Werkzeug:** Die Touren zeichnen wir im GIS des Kreises (QGIS mit den Straßenabschnitten aus dem Straßenkataster). Die Fahrer bekommen die Tour als Karte aufs Tablet im Fahrzeug und als laminierten Ausdruck für den Fall, dass das Netz weg ist.

Wichtig für die Haftung: Die Einsatzdokumentation (Beginn, Ende, gestreute Menge je Abschnitt) kommt bei uns automatisch aus dem Streuautomaten. Das hat uns bei zwei Unfällen mit Klage viel Ärger erspart.`,
        comments: [
          {
            author: P.jan,
            body: 'Danke, das mit dem zweiten Salzlager ist ein guter Punkt. Welches Kataster nutzt ihr für die Abschnitte?',
            hoursLater: 7,
          },
          {
            author: P.tobias,
            body: 'Die Abschnitte kommen aus dem Straßenbestandsverzeichnis des Kreises, als Shape-Datei. Ich kann dir unsere Tourenkarte als Beispiel schicken.',
            hoursLater: 9,
          },
        ],
      },
      {
        author: P.thomas,
        hoursLater: 20,
        votes: [P.jan],
        body: `Bei uns in Neu Wulmstorf planen wir nach Gebieten, aber mit einer festen Reihenfolge innerhalb jeder Tour: Buslinie, dann Gefällstrecken, dann der Rest. Ein Tool haben wir nicht, die Touren sind in unserem Winterdienstplan als Straßenlisten hinterlegt.

Was ich empfehlen kann: Die Fahrerinnen und Fahrer bei der Neuplanung fragen. Die wissen genau, wo sie wenden müssen und wo ein Anhänger nicht durchkommt.`,
      },
    ],
  },
  {
    community: BAUHOEFE,
    author: P.thomas,
    title: 'Fuhrparkmanagement im Bauhof: Wie behaltet ihr Wartung und Prüffristen im Blick?',
    body: `Wir haben 27 Fahrzeuge und rund 60 Geräte mit Prüfpflicht (UVV, Hebebühne, Motorsägen, Leitern). Die Fristen stehen bisher in einer Excel-Tabelle, die nur einer pflegt. Letzten Monat ist uns die Hauptuntersuchung eines Unimogs durchgerutscht.

Nutzt ihr eine Fuhrpark-Software, ein Modul eurer Bauhofsoftware oder etwas Selbstgebautes? Und wer trägt bei euch die Fristen ein?`,
    tags: ['Fuhrparkmanagement', 'Bauhof'],
    daysAgo: 8,
    votes: [P.jan],
    answers: [
      {
        author: P.jan,
        hoursLater: 3,
        accepted: true,
        votes: [P.thomas, P.tobias],
        body: `Wir nutzen das Fuhrparkmodul unserer Bauhofsoftware, das wir ohnehin für die Leistungserfassung haben. Entscheidend war aber nicht die Software, sondern die Zuständigkeit:

- Jedes Fahrzeug und jedes prüfpflichtige Gerät hat eine **verantwortliche Person** im Team (meist der Hauptnutzer).
- Die Software schickt **sechs Wochen vor jeder Frist** eine Aufgabe an diese Person und an die Werkstatt.
- Einmal im Monat geht der Werkstattmeister die Liste „fällig in den nächsten 60 Tagen“ in der Dienstbesprechung durch.

Seitdem (zwei Jahre) ist keine Frist mehr abgelaufen. Die Stammdaten einmal sauber zu erfassen hat etwa zwei Wochen gedauert.`,
      },
      {
        author: P.tobias,
        hoursLater: 26,
        body: 'Wir haben einen einfachen Kalender in der Groupware mit einer Serie je Frist – kostet nichts, funktioniert bei 15 Fahrzeugen gut. Bei 27 Fahrzeugen würde ich aber auch zur Software greifen.',
      },
    ],
  },
  {
    community: BAUHOEFE,
    author: P.sabine,
    title: 'Streusalz gemeinsam ausschreiben – lohnt sich ein Einkaufsverbund?',
    body: `Mehrere Gemeinden im Landkreis kaufen Streusalz einzeln, jede etwa 300 bis 600 Tonnen im Jahr. Unser Bürgermeister fragt, ob eine gemeinsame Ausschreibung günstiger wäre.

Hat jemand Erfahrung mit so einem Verbund? Wie habt ihr die Mengen festgelegt, wenn niemand weiß, wie der Winter wird?`,
    tags: ['Winterdienst', 'Vergaberecht'],
    daysAgo: 20,
    answers: [
      {
        author: P.michael,
        hoursLater: 28,
        accepted: true,
        votes: [P.sabine, P.thomas, P.jan],
        body: `Wir haben das im Landkreis für fünf Gemeinden gemacht. Kurz:

- **Rahmenvereinbarung über zwei Jahre** mit Option auf ein drittes, offenes Verfahren nach UVgO, weil der Auftragswert unter dem EU-Schwellenwert lag.
- **Mengen als Schätzung mit Bandbreite** (bei uns 2.000 t ± 40 %). Bieter kalkulieren damit, solange die Mindestabnahme klar ist – wir haben 60 % der Schätzmenge garantiert.
- **Lose nach Lieferorten**, damit auch regionale Händler anbieten können.
- **Eine Vergabestelle führt**, die Gemeinden schließen vorher eine Verwaltungsvereinbarung (Kostenteilung nach Tonnen).

Der Preis lag am Ende rund 12 % unter dem Mittel der Einzelvergaben des Vorjahres. Mehr noch hat die gesicherte Lieferung im Januar gebracht.`,
        comments: [
          {
            author: P.sabine,
            body: 'Könnt ihr die Verwaltungsvereinbarung teilen? Dann lege ich sie unserem Rechtsamt vor.',
            hoursLater: 30,
          },
        ],
      },
    ],
  },
  {
    community: BAUHOEFE,
    author: P.anna,
    title: 'Baumkontrolle an Gemeindestraßen: In welchem Rhythmus kontrolliert ihr?',
    body: `Nach einem Astbruch auf einen geparkten Wagen fragt unsere Versicherung, wie oft wir die Straßenbäume kontrollieren. Bisher: einmal im Jahr, im Sommer, durch den Bauhof.

Kontrolliert ihr zweimal (belaubt und unbelaubt)? Macht das der Bauhof oder ein Sachverständiger? Und wie dokumentiert ihr das, damit es im Schadensfall trägt?`,
    tags: ['Bauhof', 'Baumkontrolle'],
    daysAgo: 4,
    answers: [],
  },
];
