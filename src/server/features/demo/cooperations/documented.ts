import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import { type DemoCooperation, html, markedAsDemo } from './sketch.ts';

/**
 * The four real inter-municipal cooperations of the first demo, described from public sources in our
 * own words. Figures nobody can check are left out; what is said stays qualitative.
 */
const none: Pick<
  CooperationInput,
  | 'sectorGroup'
  | 'website'
  | 'endYear'
  | 'awards'
  | 'funding'
  | 'investment'
  | 'yearlySavings'
  | 'populationServed'
  | 'location'
> = {
  sectorGroup: null,
  website: null,
  endYear: null,
  awards: [],
  funding: [],
  investment: null,
  yearlySavings: null,
  populationServed: null,
  location: null,
};

export const DOCUMENTED: DemoCooperation[] = (
  [
    {
      partners: ['03353026', '03353031', '03353'],
      contacts: ['03353031', '03353'],
      record: {
        ...none,
        slug: 'kollaborationsplattform-landkreis-harburg',
        externalId: 'demo-kollaborationsplattform-harburg',
        title: 'Interkommunale Kollaborationsplattform Neu Wulmstorf, Seevetal und Landkreis Harburg',
        summary:
          'Zwei Gemeinden und ihr Landkreis betreiben seit 2007 eine gemeinsame Online-Plattform, auf der ihre Verwaltungen Wissen teilen und gemeinsam an Vorgängen arbeiten. Ausgezeichnet mit dem European Public Sector Award, später auf 13 Verwaltungen im Kreis ausgeweitet.',
        sector: '01',
        sectorGroup: '01.3',
        fields: ['edv'],
        keywords: ['Wissensmanagement', 'Kollaboration', 'E-Government', 'Zusammenarbeit im Landkreis'],
        externalPartners: [],
        startYear: 2006,
        status: 'laufend',
        legalForm: 'verwaltungsvereinbarung',
        awards: [{ name: 'European Public Sector Award (EPSA)', year: null }],
        transferable: true,
        transferRequirements:
          'Eine Vereinbarung der beteiligten Verwaltungen über Betrieb, Kosten und Zugriffsrechte, eine Stelle, die die Plattform betreibt und pflegt, und in jeder Verwaltung Menschen, die sie im eigenen Haus verankern.',
        description: html(
          'Die Gemeinden Neu Wulmstorf und Seevetal und der Landkreis Harburg haben 2006 in einer Verwaltungsvereinbarung verabredet, eine gemeinsame internetgestützte Arbeitsumgebung aufzubauen. Seit 2007 ist sie in Betrieb: Beschäftigte der drei Verwaltungen bearbeiten dort Dokumente gemeinsam, stimmen sich in Arbeitsgruppen ab und finden das Wissen und die Ansprechpartner der Nachbarverwaltungen, ohne Unterlagen hin und her zu schicken.',
          'Aufgaben, die alle drei Verwaltungen gleichermaßen betreffen, sollten nicht dreimal getrennt bearbeitet werden. Stattdessen teilen die Partner ihre Erfahrungen und entwickeln gemeinsame Lösungen. Das Vorhaben wurde mit dem European Public Sector Award (EPSA) ausgezeichnet, dem europäischen Wettbewerb für innovative öffentliche Verwaltungen.',
        ),
        currentStatus: html(
          'Aus der Zusammenarbeit der drei Partner wurde ein kreisweites Wissensmanagement: Die Plattform wurde auf 13 Verwaltungen ausgeweitet, den Landkreis und die Städte, Gemeinden und Samtgemeinden des Kreises. Sie ist damit der gemeinsame Arbeits- und Wissensraum der kommunalen Verwaltungen im Landkreis Harburg.',
        ),
        lessonsLearned: html(
          'Eine Plattform allein schafft noch keine Zusammenarbeit. Es braucht die Rückendeckung der Verwaltungsspitzen und in jeder Verwaltung Menschen, die die gemeinsame Arbeit vorantreiben.',
          'Mit wenigen Partnern zu beginnen, macht die spätere Ausweitung leichter: Regeln, Rollen und Arbeitsweisen sind erprobt, wenn weitere Verwaltungen hinzukommen.',
        ),
        furtherInformation: html(
          'Das Projekt ist unter den Einreichungen zum European Public Sector Award und in Berichten über interkommunale Zusammenarbeit in Niedersachsen beschrieben. Auskunft geben die beteiligten Verwaltungen.',
        ),
      },
    },
    {
      partners: ['05958004', '05970004', '05962040', '05966024', '05974040'],
      contacts: ['05958004', '05974040'],
      record: {
        ...none,
        slug: 'smart-cities-5-fuer-suedwestfalen',
        externalId: 'demo-5-fuer-suedwestfalen',
        title: 'Smart Cities: 5 für Südwestfalen',
        summary:
          'Arnsberg, Bad Berleburg, Menden, Olpe und Soest entwickeln mit der Südwestfalen Agentur digitale Lösungen für Klein- und Mittelstädte in einer ländlich geprägten Region – als Modellprojekt Smart Cities des Bundes, dessen Ergebnisse der ganzen Region offenstehen sollen.',
        sector: '06',
        sectorGroup: '06.2',
        fields: ['edv', 'wirtschaftsfoerderung'],
        keywords: ['Smart City', 'Digitalisierung', 'Südwestfalen', 'Modellprojekt', 'ländlicher Raum'],
        externalPartners: ['Südwestfalen Agentur'],
        startYear: 2019,
        status: 'laufend',
        legalForm: 'sonstige',
        funding: [{ programme: 'Modellprojekte Smart Cities (Förderprogramm des Bundes)', amount: null }],
        transferable: true,
        transferRequirements:
          'Die Bereitschaft, Lösungen gemeinsam zu entwickeln und offen zu teilen, eine Stelle, die die Zusammenarbeit in der Region koordiniert, und die Beteiligung der Bürgerinnen und Bürger von Anfang an.',
        description: html(
          'Fünf Städte aus Südwestfalen – Arnsberg, Bad Berleburg, Menden (Sauerland), Olpe und Soest – haben sich gemeinsam um die Förderung als Modellprojekt Smart Cities beworben und wurden vom Bund ausgewählt. Die Südwestfalen Agentur koordiniert das Vorhaben und verbindet es mit der Entwicklung der Region.',
          'Die Städte unterscheiden sich in Größe und Lage, und gerade darin liegt die Idee: Digitale Lösungen sollen nicht nur zu einer Großstadt passen, sondern zu Klein- und Mittelstädten im ländlichen Raum. Was eine Stadt erprobt, soll auch den anderen und weiteren Kommunen Südwestfalens nutzen.',
        ),
        currentStatus: html(
          'Nach einer Strategiephase, in der die Städte ihre gemeinsamen Ziele festgelegt haben, setzen sie einzelne Projekte um. Die Ergebnisse werden so dokumentiert und bereitgestellt, dass andere Kommunen sie übernehmen können – die Übertragbarkeit ist eine Bedingung der Förderung.',
        ),
        lessonsLearned: html(
          'Mehrere kleinere Städte können in einem Programm bestehen, das sonst eher Großstädte anspricht, wenn sie sich zusammentun und eine gemeinsame Koordination schaffen.',
          'Übertragbarkeit muss von Anfang an mitgedacht werden: Eine Lösung, die nur in einer Stadt funktioniert, hilft der Region wenig.',
        ),
        furtherInformation: html(
          'Die Modellprojekte Smart Cities sind ein Förderprogramm des Bundes; die geförderten Vorhaben und ihre Ergebnisse werden öffentlich vorgestellt. Auskunft geben die beteiligten Städte und die Südwestfalen Agentur.',
        ),
      },
    },
    {
      partners: ['05170', '05113000', '05978024'],
      contacts: [],
      record: {
        ...none,
        slug: 'verwaltungsrebellen-labor',
        externalId: 'demo-verwaltungsrebellen-labor',
        title: 'Verwaltungsrebellen-Labor: Kreis Wesel, Essen und Lünen',
        summary:
          'Ein informelles Netzwerk von Beschäftigten des Kreises Wesel und der Städte Essen und Lünen, die neue Arbeitsweisen in der Verwaltung ausprobieren, voneinander lernen und Ideen über die Grenzen ihrer Behörden hinweg weitertragen.',
        sector: '01',
        sectorGroup: '01.3',
        fields: ['personal', 'edv'],
        keywords: ['Verwaltungsinnovation', 'Netzwerk', 'neue Arbeitsformen', 'Innovationslabor'],
        externalPartners: [],
        startYear: null,
        status: 'laufend',
        legalForm: 'informell',
        transferable: true,
        transferRequirements:
          'Wenig formaler Aufwand: Rückendeckung der Leitung, Zeit für die Beteiligten und ein Ort, real oder digital, an dem man sich regelmäßig trifft.',
        description: html(
          'Im Verwaltungsrebellen-Labor arbeiten Beschäftigte des Kreises Wesel und der Städte Essen und Lünen zusammen, die ihre Verwaltungen moderner machen wollen. Sie entwickeln gemeinsam Ideen und probieren sie im Kleinen aus: neue Formen der Zusammenarbeit, Abläufe, die sich an den Menschen orientieren, die sie nutzen, und Wege, Veränderungen in der eigenen Behörde anzustoßen.',
          'Die Kooperation ist bewusst informell. Es gibt keinen Vertrag und keine gemeinsame Einrichtung, sondern ein Netzwerk von Menschen, die einander beraten und ermutigen.',
        ),
        currentStatus: html(
          'Das Labor lebt vom Engagement der Beteiligten und steht weiteren Verwaltungen offen, die sich mit Verwaltungsinnovation beschäftigen wollen.',
        ),
        lessonsLearned: html(
          'Der Austausch mit Gleichgesinnten aus anderen Verwaltungen macht Mut: Wer im eigenen Haus mit einer neuen Idee allein steht, findet im Netzwerk Erfahrungen und Verbündete.',
          'Die informelle Form senkt die Hürde mitzumachen, verlangt aber, dass jemand die Treffen verlässlich organisiert.',
        ),
        furtherInformation: html(
          'Der Name greift den Begriff der „Verwaltungsrebellen“ auf, mit dem sich Beschäftigte des öffentlichen Dienstes bezeichnen, die ihre Verwaltung von innen heraus verändern wollen.',
        ),
      },
    },
    {
      partners: ['14612000', '14713000', '15003000'],
      contacts: ['14612000', '14713000'],
      record: {
        ...none,
        slug: 'it-kooperation-dresden-leipzig-magdeburg',
        externalId: 'demo-it-kooperation-dresden-leipzig-magdeburg',
        title: 'IT-Kooperation Dresden, Leipzig und Magdeburg',
        summary:
          'Seit 2009 arbeiten Dresden, Leipzig und Magdeburg mit ihren IT-Dienstleistern zusammen: Jeder Standort bündelt Fachwissen zu bestimmten Themen, das die Partner mitnutzen, und Beschaffungen werden gemeinsam vorbereitet.',
        sector: '01',
        sectorGroup: '01.3',
        fields: ['edv', 'beschaffung'],
        keywords: ['IT-Kooperation', 'Fachverfahren', 'gemeinsame Beschaffung', 'Großstädte', 'Kompetenzzentren'],
        externalPartners: [
          'IT-Dienstleister der Landeshauptstadt Dresden',
          'Lecos GmbH (Leipzig)',
          'KID Magdeburg GmbH',
        ],
        startYear: 2009,
        status: 'laufend',
        legalForm: 'verwaltungsvereinbarung',
        transferable: true,
        transferRequirements:
          'Partner mit ähnlichen Aufgaben und vergleichbarer IT-Landschaft, eine verbindliche Absprache, welcher Standort welches Thema verantwortet, und vergaberechtlich saubere Wege für gemeinsame Ausschreibungen.',
        description: html(
          'Die Landeshauptstädte Dresden und Magdeburg und die Stadt Leipzig haben 2009 vereinbart, in der kommunalen Informationstechnik zusammenzuarbeiten. Beteiligt sind neben den Stadtverwaltungen ihre IT-Dienstleister.',
          'Der Grundgedanke: Nicht jede Stadt muss für jedes Fachverfahren und jede Technik eigenes Spezialwissen aufbauen. Jeder Standort übernimmt für bestimmte Themen die Rolle eines Kompetenzzentrums, dessen Wissen die Partner mitnutzen. Dazu kommt der gemeinsame Einkauf: Wo die Städte dasselbe brauchen, bereiten sie Beschaffungen zusammen vor.',
        ),
        currentStatus: html(
          'Die Zusammenarbeit reicht über Landesgrenzen: Zwei der Städte liegen in Sachsen, eine in Sachsen-Anhalt. Sie ist auf Dauer angelegt, sodass neue Themen wie die Digitalisierung von Verwaltungsleistungen im bestehenden Rahmen aufgegriffen werden können.',
        ),
        lessonsLearned: html(
          'Arbeitsteilung braucht Vertrauen: Eine Stadt verlässt sich darauf, dass der Partner ein Thema für alle gut betreut. Klare Zuständigkeiten und regelmäßige Abstimmung der IT-Verantwortlichen helfen dabei.',
          'Städte ähnlicher Größe haben ähnliche Aufgaben. Das macht gemeinsame Lösungen und Ausschreibungen einfacher als in Verbünden sehr unterschiedlich großer Partner.',
        ),
        furtherInformation: html(
          'Die Kooperation wird in Fachveröffentlichungen als Beispiel für länderübergreifende Zusammenarbeit kommunaler IT genannt. Auskunft geben die IT-Bereiche der drei Städte.',
        ),
      },
    },
  ] as DemoCooperation[]
).map(markedAsDemo);
