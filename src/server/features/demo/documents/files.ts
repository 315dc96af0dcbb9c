/** A demo file: where it lies, its versions (oldest first), and whether it is checked out or awaits approval. */
export interface DemoFile {
  folder: string;
  name: string;
  versions: { by: string; comment: string; text: string }[];
  checkedOutBy?: string;
  approval?: { by: string; reviewers: string[]; approvedBy: string[]; message: string };
}

export const DEMO_FILES: DemoFile[] = [
  {
    folder: '',
    name: 'Liesmich.md',
    versions: [
      {
        by: 'stefan',
        comment: '',
        text: `# Breitband Sauerland – Ablage

Demodaten. Hier liegt alles, was wir für den Glasfaserausbau in den Gewerbegebieten brauchen:

- **Förderantrag**: Antrag, Kostenschätzung, Fristen
- **Tiefbau**: Protokolle der Baubesprechungen und der Leerrohrplan

Bitte neue Fassungen immer als neue Version hochladen, nicht als Kopie. Wer eine Datei in Word bearbeitet, checkt sie vorher aus.
`,
      },
    ],
  },
  {
    folder: 'Förderantrag',
    name: 'Antrag Gigabitförderung.md',
    versions: [
      {
        by: 'julia',
        comment: 'Erster Entwurf',
        text: `# Antrag auf Förderung des Gigabitausbaus in Gewerbegebieten

Antragsteller: Stadt Arnsberg, federführend für die Kooperation Breitband Sauerland (Demodaten)

## Vorhaben

Anschluss der Gewerbegebiete Wiebelsheide und Hellefelder Höhe an das Glasfasernetz.
`,
      },
      {
        by: 'stefan',
        comment: 'Kostenschätzung des Planungsbüros ergänzt',
        text: `# Antrag auf Förderung des Gigabitausbaus in Gewerbegebieten

Antragsteller: Stadt Arnsberg, federführend für die Kooperation Breitband Sauerland (Demodaten)

## Vorhaben

Anschluss der Gewerbegebiete Wiebelsheide und Hellefelder Höhe an das Glasfasernetz.

## Kosten

| Los | Trasse | Kosten |
| --- | --- | ---: |
| 1 | Wiebelsheide | 1.240.000 € |
| 2 | Hellefelder Höhe | 980.000 € |
`,
      },
    ],
    approval: {
      by: 'julia',
      reviewers: ['stefan', 'markus'],
      approvedBy: ['markus'],
      message: 'Bitte bis Freitag freigeben, dann reichen wir ein.',
    },
  },
  {
    folder: 'Förderantrag',
    name: 'Fristen.txt',
    versions: [
      {
        by: 'julia',
        comment: '',
        text: 'Einreichung Förderantrag: Ende des Quartals\nBescheid erwartet: drei Monate danach\nBaubeginn frühestens nach Bescheid\n',
      },
    ],
  },
  {
    folder: 'Tiefbau',
    name: 'Protokoll Baubesprechung.md',
    versions: [
      {
        by: 'markus',
        comment: 'Protokoll der ersten Baubesprechung',
        text: `# Baubesprechung Tiefbau (Demodaten)

Teilnehmende: Stadt Arnsberg, Stadt Soest, Planungsbüro

1. Mitverlegung von Leerrohren bei der Erneuerung der Kreisstraße: Soest berichtet von guten Erfahrungen.
2. Nächster Termin: in vier Wochen.
`,
      },
    ],
    checkedOutBy: 'markus',
  },
  {
    folder: 'Tiefbau',
    name: 'Leerrohrplan.csv',
    versions: [
      {
        by: 'claudia',
        comment: 'Abschnitte aus Soest übernommen',
        text: 'Abschnitt;Länge (m);Leerrohre;Status\nKreisstraße 1;850;2;verlegt\nGewerbegebiet Nord;1200;4;geplant\n',
      },
    ],
  },
];
