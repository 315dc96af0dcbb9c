import { type DemoWorkspace, P, reply, say } from './script.ts';

const { stefan, julia, markus, claudia, martina, tobias, oliver, sandra, christina, lukas } = P;

/** The first workspace of „Smart Cities: 5 für Südwestfalen“; its projects are seeded by ../projects/. */
export const SMART_CITY_GESUNDHEIT_ARBEIT: DemoWorkspace = {
  name: 'Smart City Südwestfalen: Gesundheit und Arbeit',
  description:
    'Demodaten: Projekte der fünf Städte zu Versorgung, Arbeit und Wissensaustausch – Telemedizin in den Ortsteilen, Coworking, Beteiligung im Quartier.',
  owner: { alliance: 'Smart Cities: 5 für Südwestfalen' },
  visibility: 'owner',
  owners: [stefan, martina],
  members: [julia, markus, claudia, tobias, oliver, sandra, christina, lukas],
  channels: [
    { name: 'telemedizin', topic: 'Projekt Smart Health: Sprechräume, Praxen, Datenschutz' },
    { name: 'coworking', topic: 'Projekt New Work: Standorte, Buchung, Eröffnungen' },
  ],
  messages: [
    say(
      'telemedizin',
      3,
      '09:10',
      martina,
      'Kurzer Stand: Die Stellungnahme der Datenschutzaufsicht fehlt weiter. Ohne sie können wir die Einwilligung nicht mit den Praxen abstimmen – ich habe das Thema für den nächsten Steuerungskreis angemeldet.',
      { key: 'dsfa' },
    ),
    reply(
      'dsfa',
      3,
      '10:25',
      julia,
      'Ich habe dort noch einmal angerufen, die Stellungnahme liegt zur Unterschrift vor. Die Ausschreibung der Software können wir trotzdem schon vorbereiten.',
      { reactions: { '🙏': [martina] } },
    ),
    say(
      'coworking',
      1,
      '16:40',
      christina,
      'Der Coworking-Ort in der Olper Innenstadt ist eingerichtet: acht Arbeitsplätze, ein Besprechungsraum, schnelles WLAN. Wer aus Bad Berleburg oder Menden ihn sich ansehen möchte, ist herzlich eingeladen.',
      { reactions: { '🎉': [tobias, sandra, lukas] } },
    ),
  ],
};
