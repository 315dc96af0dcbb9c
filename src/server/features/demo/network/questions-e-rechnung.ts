import { P } from '../workspaces/script.ts';
import { E_RECHNUNG } from './communities.ts';
import type { DemoQuestion } from './plan.ts';

export const E_RECHNUNG_QUESTIONS: DemoQuestion[] = [
  {
    community: E_RECHNUNG,
    author: P.daniel,
    title: 'XRechnung-Validierung: Welcher Validator prüft bei euch vor der Buchung?',
    body: `Seit dem Frühjahr kommen bei uns rund 40 % der Rechnungen als XRechnung. Etwa jede zehnte davon scheitert später im Finanzverfahren, weil Pflichtangaben fehlen (meist die Leitweg-ID oder die Bankverbindung).

Prüft ihr die Dateien vor der Übernahme ins Finanzverfahren? Mit dem Validator der KoSIT, mit dem Modul des Herstellers oder gar nicht? Und was schickt ihr dem Lieferanten zurück?`,
    tags: ['XRechnung', 'E-Rechnung'],
    daysAgo: 15,
    votes: [P.claudia, P.katrin],
    followers: [P.katrin],
    answers: [
      {
        author: P.frank,
        hoursLater: 2,
        accepted: true,
        votes: [P.daniel, P.claudia, P.michael],
        body: `Wir prüfen jede eingehende Datei automatisch, **bevor** sie im Rechnungsworkflow landet:

1. Der Posteingang (Peppol und E-Mail) legt die Datei ab.
2. Ein Dienst ruft den **KoSIT-Validator** mit der aktuellen Konfiguration für XRechnung auf (Version im Betrieb immer mit dem Stand der Standardversion abgleichen, sonst gibt es falsche Fehler beim Wechsel).
3. Ist das Ergebnis „reject“, geht eine **Standardmail an den Absender** mit dem Prüfbericht als PDF und dem Satz, dass die Rechnung als nicht zugegangen gilt.
4. Nur Dateien mit „accept“ kommen in den Workflow; Warnungen werden angezeigt, halten aber nicht auf.

Zusätzlich prüfen wir selbst, ob die **Leitweg-ID zu einer unserer Dienststellen gehört**. Das kann der Validator nicht wissen, und es war bei uns der häufigste Fehler.`,
        comments: [
          {
            author: P.daniel,
            body: 'Gilt die Rechnung bei euch dann rechtlich als nicht zugegangen? Unser Rechtsamt ist da vorsichtig.',
            hoursLater: 4,
          },
          {
            author: P.frank,
            body: 'Wir schreiben „kann nicht verarbeitet werden, bitte korrigiert erneut senden“. Die Frist beginnt mit der korrekten Rechnung – so steht es auch in unseren Vertragsbedingungen.',
            hoursLater: 6,
          },
        ],
      },
      {
        author: P.claudia,
        hoursLater: 22,
        votes: [P.daniel],
        body: 'Wir nutzen das Validierungsmodul unseres Finanzverfahrens. Es setzt intern auch die KoSIT-Regeln ein, zeigt die Fehler aber verständlicher an. Nachteil: Es hinkt neuen Versionen etwa drei Monate hinterher.',
      },
    ],
  },
  {
    community: E_RECHNUNG,
    author: P.claudia,
    title: 'Was macht ihr mit PDF-Rechnungen, die trotz E-Rechnungspflicht weiter kommen?',
    body: `Wir bekommen immer noch rund ein Drittel der Rechnungen als PDF per E-Mail, vor allem von kleinen Handwerksbetrieben. Zurückweisen wollen wir sie nicht ohne Weiteres, die Betriebe sind oft wichtige Auftragnehmer.

Wie geht ihr damit um? Erfassen, zurückweisen, Übergangsfrist?`,
    tags: ['E-Rechnung'],
    daysAgo: 9,
    followers: [P.frank],
    answers: [
      {
        author: P.frank,
        hoursLater: 6,
        votes: [P.claudia],
        body: 'Wir haben allen Lieferanten sechs Monate vorher geschrieben und einen kostenlosen Erfassungsweg genannt (das Eingabeformular des Landes). Seit dem Stichtag weisen wir PDF-Rechnungen mit einem freundlichen Standardschreiben zurück. Die Quote ist in drei Monaten von 30 % auf 6 % gefallen.',
      },
      {
        author: P.daniel,
        hoursLater: 30,
        accepted: true,
        votes: [P.claudia, P.katrin, P.frank],
        body: `Bei uns ein Mittelweg, der gut funktioniert:

- **Betriebe mit weniger als 20 Rechnungen im Jahr** bekommen einen Anruf statt eines Briefes und den Link zum Eingabeformular. Viele wussten schlicht nicht, dass es das gibt.
- PDF-Rechnungen werden **vorerst noch erfasst**, aber mit einem Aufkleber-Vermerk in der Antwort: ab dem Stichtag nur noch elektronisch.
- Wir führen eine **Liste der Dauerlieferanten**, die noch PDF schicken, und gehen sie monatlich durch.

So haben wir niemanden verprellt, und die großen Lieferanten waren ohnehin längst umgestellt.`,
      },
    ],
  },
  {
    community: E_RECHNUNG,
    author: P.katrin,
    title: 'ZUGFeRD im Rechnungseingang: Gilt das Bild oder der XML-Teil?',
    body: `Eine Baufirma schickt uns ZUGFeRD-Rechnungen, bei denen die Summe im PDF-Bild und im eingebetteten XML um ein paar Cent abweicht (Rundung). Welcher Teil ist für euch maßgeblich, und wie bucht ihr so etwas?`,
    tags: ['E-Rechnung', 'XRechnung'],
    daysAgo: 2,
    answers: [
      {
        author: P.claudia,
        hoursLater: 4,
        votes: [P.katrin],
        body: 'Bei einer E-Rechnung ist der strukturierte Teil maßgeblich, das PDF ist nur eine Lesehilfe. Wir buchen nach dem XML und bitten den Lieferanten, die Rundung zu korrigieren, weil Abweichungen sonst bei der Prüfung auffallen. Wichtig: prüfen, ob das Profil überhaupt als E-Rechnung gilt – das Profil BASIC WL reicht dafür nicht.',
      },
    ],
  },
];
