import { P } from '../workspaces/script.ts';
import { AGILE, IT_SICHERHEIT } from './communities.ts';
import type { DemoQuestion } from './plan.ts';

export const FRIEDHOF_QUESTION = 'Friedhofsgebühren neu kalkulieren: Wie verteilt ihr die Kosten der Grünpflege?';
export const HELD_QUESTION = 'Notfallhandbuch für einen Ransomware-Angriff – hat jemand eine Vorlage?';

export const AGILE_QUESTIONS: DemoQuestion[] = [
  {
    community: AGILE,
    author: P.sandra,
    title: 'Retrospektiven im Amt: Wie bringt man Führungskräfte dazu, mitzumachen?',
    body: `Unser Team arbeitet seit einem halben Jahr in Zwei-Wochen-Sprints. Die Retros im Team laufen gut. Sobald die Amtsleitung dabei ist, sagt aber niemand mehr etwas Kritisches.

Wie habt ihr das gelöst? Führungskräfte raus aus der Retro, anonyme Karten, externe Moderation?`,
    tags: ['Agile Verwaltung'],
    daysAgo: 18,
    votes: [P.julia, P.anna],
    answers: [
      {
        author: P.christina,
        hoursLater: 3,
        accepted: true,
        votes: [P.sandra, P.julia, P.nadine, P.susanne],
        body: `Das kennen wir gut. Was bei uns geholfen hat:

- **Zwei Formate trennen:** Die Team-Retro bleibt ohne Leitung. Einmal im Quartal gibt es eine „Retro mit Gästen“, in die das Team die drei Punkte mitbringt, bei denen es die Leitung braucht.
- **Die Leitung fängt an:** In der ersten gemeinsamen Retro hat unser Fachbereichsleiter selbst einen Fehler aus dem letzten Quartal erzählt. Danach war das Eis gebrochen.
- **Anonym sammeln, offen besprechen:** Karten werden vorher anonym auf dem digitalen Board gesammelt, besprochen wird im Raum.
- **Eine Moderation von außerhalb des Teams**, bei uns im Tausch mit einer anderen Abteilung.

Nach drei Durchgängen war die Zurückhaltung weg.`,
      },
      {
        author: P.nadine,
        hoursLater: 27,
        votes: [P.sandra],
        body: 'Wir haben mit der Leitung vorher eine Vereinbarung getroffen: Nichts aus der Retro wird in Mitarbeitergesprächen verwendet. Das schriftlich zu haben, hat mehr bewirkt als jede Methode.',
      },
    ],
  },
  {
    community: AGILE,
    author: P.birgit,
    title: 'Kanban für die OZG-Umsetzung: Papier an der Wand oder digitales Board?',
    body: `Wir steuern die Einführung von 35 Onlinediensten für die Gemeinden im Kreis. Bisher mit einer Liste im Tabellenprogramm, die keiner mehr überblickt. Ein Kanban-Board soll her.

Die Hälfte des Teams sitzt in den Gemeinden. Lohnt sich trotzdem ein physisches Board? Welche Spalten habt ihr für Onlinedienste?`,
    tags: ['Agile Verwaltung', 'OZG-Umsetzung'],
    daysAgo: 6,
    followers: [P.anna],
    answers: [
      {
        author: P.nadine,
        hoursLater: 8,
        votes: [P.birgit],
        body: 'Bei verteilten Teams nur digital, sonst gibt es zwei Wahrheiten. Unsere Spalten: Idee – Anbieter geklärt – Vertrag/Anschluss – Konfiguration – Test mit Fachamt – Live – Nacharbeit. Wichtig ist eine WIP-Grenze bei „Test mit Fachamt“, da staut es sich immer.',
      },
      {
        author: P.julia,
        hoursLater: 30,
        body: 'Wir haben zusätzlich eine Spalte „wartet auf Dritte“ mit Datum auf der Karte. So sieht man, welcher Dienst seit Wochen beim Land oder beim Hersteller hängt.',
      },
    ],
  },
];

export const IT_SICHERHEIT_QUESTIONS: DemoQuestion[] = [
  {
    community: IT_SICHERHEIT,
    author: P.lukas,
    title: 'Phishing-Simulation für Beschäftigte: Wie habt ihr den Personalrat eingebunden?',
    body: `Wir wollen im Frühjahr eine Phishing-Simulation mit allen Beschäftigten machen. Der Personalrat befürchtet eine Leistungskontrolle.

Habt ihr eine Dienstvereinbarung dazu abgeschlossen? Was steht drin, und wertet ihr Ergebnisse pro Person aus?`,
    tags: ['IT-Sicherheit'],
    daysAgo: 10,
    held: { approve: P.markus },
    answers: [
      {
        author: P.oliver,
        hoursLater: 5,
        accepted: true,
        votes: [P.lukas, P.markus],
        body: `Ja, wir haben eine kurze Dienstvereinbarung geschlossen. Die Kernpunkte:

- **Keine Auswertung pro Person.** Der Dienstleister liefert nur Quoten je Fachbereich ab zehn Personen.
- Wer klickt, landet auf einer **Lernseite**, nicht auf einer Warnung.
- Der Personalrat bekommt die **Vorlagen der Mails vorher** zu sehen und darf einzelne streichen (z. B. gefälschte Gehaltsmitteilungen).
- Ergebnisse werden nach der Kampagne allen Beschäftigten vorgestellt.

Mit diesen Punkten war der Personalrat nicht nur einverstanden, sondern hat die Kampagne selbst beworben.`,
        comments: [
          {
            author: P.markus,
            body: 'Genauso bei uns. Ich würde noch ergänzen: einen Meldeknopf im Mailprogramm vorher einführen, sonst lernt man nur das Nicht-Klicken und nicht das Melden.',
            hoursLater: 9,
          },
        ],
      },
    ],
  },
  {
    community: IT_SICHERHEIT,
    author: P.markus,
    title: 'IT-Grundschutz-Profil für Kommunen: Wer hat den Basis-Check schon hinter sich?',
    body: `Wir haben mit dem IT-Grundschutz-Profil „Basis-Absicherung Kommunalverwaltung“ begonnen. Der Basis-Check für die Serverräume und die Clients ist durch, bei den Fachverfahren stocken wir: Die Hersteller liefern die nötigen Angaben nur zögerlich.

Wie seid ihr bei den Fachverfahren vorgegangen? Fragebogen an die Hersteller, Vertragsklauseln, einfach selbst einschätzen?`,
    tags: ['IT-Sicherheit'],
    daysAgo: 5,
    answers: [
      {
        author: P.oliver,
        hoursLater: 20,
        votes: [P.markus],
        body: 'Wir haben einen Fragebogen mit zwölf Punkten an die Hersteller geschickt (Patchzyklen, Verschlüsselung, Protokollierung, Rollenmodell) und bei Vertragsverlängerungen eine Klausel ergänzt, die die Antworten verbindlich macht. Wo nichts kam, haben wir selbst eingeschätzt und das Risiko dokumentiert – so bleibt der Check nicht stehen.',
      },
    ],
  },
  {
    community: IT_SICHERHEIT,
    author: P.tobias,
    title: HELD_QUESTION,
    body: 'Unser Bauhof hängt an der IT der Stadt, aber für die Fahrzeuge und die Zeiterfassung haben wir eigene Systeme. Gibt es eine Vorlage für ein Notfallhandbuch, die auch so etwas abdeckt?',
    tags: ['IT-Sicherheit', 'Notfallmanagement'],
    daysAgo: 1,
    held: {},
    answers: [],
  },
];

export const PLATFORM_QUESTIONS: DemoQuestion[] = [
  {
    community: null,
    author: P.sabine,
    title: FRIEDHOF_QUESTION,
    body: `Wir kalkulieren unsere Friedhofsgebühren neu. Strittig ist der Anteil der allgemeinen Grünpflege: Die Wege, Hecken und Rasenflächen nutzen auch Spaziergänger, die Friedhöfe sind ein Stück Stadtgrün.

Welchen Anteil rechnet ihr als „öffentliches Grün“ heraus und tragt ihn aus dem Haushalt? Gibt es dazu Rechtsprechung, auf die ihr euch stützt?`,
    tags: ['Friedhofswesen', 'Gebührenkalkulation'],
    daysAgo: 25,
    votes: [P.heike, P.katrin],
    answers: [
      {
        author: P.heike,
        hoursLater: 6,
        accepted: true,
        votes: [P.sabine, P.katrin, P.thomas],
        body: `Wir ziehen 20 % der Grünpflegekosten als öffentliches Grün ab. Die Spannbreite, die Gerichte akzeptiert haben, liegt meist zwischen 10 und 30 %; wichtig ist, dass der Anteil **begründet** ist und nicht gegriffen.

So haben wir ihn ermittelt:

1. Flächen kartiert: Grabfelder, Wege, Grünflächen ohne Gräber, Parkbereiche.
2. An zwölf Tagen über das Jahr Besucher gezählt und gefragt, ob sie ein Grab besuchen.
3. Den Anteil der Nicht-Grabbesucher auf die Pflegekosten der Wege und freien Grünflächen angewendet, nicht auf die Grabfelder.

Dazu kommt: Kosten für die **Trauerhalle** und **leerstehende Grabfelder** (Überhangflächen) haben wir ebenfalls gesondert betrachtet, weil sie sonst die Gebühren für alle erhöhen.`,
        comments: [
          {
            author: P.katrin,
            body: 'Danke! Die Besucherzählung ist eine gute Idee, das überzeugt auch den Rat.',
            hoursLater: 30,
          },
        ],
      },
    ],
  },
  {
    community: null,
    author: P.susanne,
    title: 'OZG-Leistungen nachnutzen: Wie kommt man an einen EfA-Dienst, ohne selbst zu entwickeln?',
    body: `Wir wollen drei Onlinedienste nachnutzen, die ein anderes Land nach dem Einer-für-Alle-Prinzip entwickelt hat (Gewerbeanmeldung, Wohngeld, Hundesteuer). Der Weg dahin ist mir nicht klar: Wer schließt welchen Vertrag, und was muss die Kommune selbst tun?`,
    tags: ['OZG-Umsetzung', 'EfA'],
    daysAgo: 14,
    votes: [P.anna, P.birgit],
    followers: [P.anna, P.andreas],
    answers: [
      {
        author: P.birgit,
        hoursLater: 4,
        accepted: true,
        votes: [P.susanne, P.anna, P.andreas],
        body: `So lief es bei uns im Landkreis:

1. **Land klären:** In den meisten Ländern tritt das Land der Nachnutzungsallianz bei und schließt den Vertrag mit dem Anbieterland. Die Kommune muss also meist keinen eigenen Vertrag schließen, aber beim Land den **Anschluss beantragen**.
2. **Zuständigkeitsfinder pflegen:** Die Leistung muss mit eurer Behörde im Verwaltungsportal verknüpft sein, sonst findet niemand den Dienst.
3. **Postfach und Schnittstelle:** Anträge kommen über ein Behördenpostfach oder eine Schnittstelle (meist FIT-Connect) ins Fachverfahren. Hier steckt die meiste Arbeit: mit dem Hersteller des Fachverfahrens klären, ob er die Schnittstelle anbietet.
4. **Fachamt schulen und testen:** Zwei Wochen Testbetrieb mit echten Anträgen von Kolleginnen.

Rechnet mit drei bis sechs Monaten je Dienst, vor allem wegen Schritt 3.`,
      },
      {
        author: P.andreas,
        hoursLater: 26,
        body: 'Ergänzung zur Beschaffung: Wenn euer Fachverfahrenshersteller für die Schnittstelle Geld will, ist das eine eigene Vergabe. Wir haben das für drei Städte gemeinsam ausgeschrieben, das hat den Preis deutlich gedrückt.',
      },
    ],
  },
  {
    community: null,
    author: P.julia,
    title: 'Fördermittel für den Breitbandausbau: Lohnt sich ein gemeinsamer Fördermittelmanager?',
    body: `Fünf Städte überlegen, gemeinsam eine Stelle für Fördermittelmanagement zu schaffen, zunächst für den Breitbandausbau, später für weitere Programme. Hat jemand so eine geteilte Stelle? Wie ist sie angesiedelt, und wie wird sie finanziert?`,
    tags: ['Fördermittel', 'Breitbandausbau'],
    daysAgo: 5,
    answers: [],
  },
];
