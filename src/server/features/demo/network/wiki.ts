import { P } from '../workspaces/script.ts';
import { AGILE, BAUHOEFE, E_RECHNUNG, IT_SICHERHEIT } from './communities.ts';
import type { DemoWikiPage } from './plan.ts';
import { WINTERDIENST_QUESTION } from './questions-bauhoefe.ts';

export const OVERDUE_PAGE = 'Rechnungseingang: Prüfschritte für XRechnung';
export const PLATFORM_PAGE = 'Checkliste: Einen Onlinedienst nachnutzen';
export const CLOSED_PAGE = 'Meldewege bei einem IT-Sicherheitsvorfall';

export const DEMO_WIKI_PAGES: DemoWikiPage[] = [
  {
    community: BAUHOEFE,
    author: P.jan,
    title: WINTERDIENST_QUESTION,
    bodyHtml: '',
    fromQuestion: WINTERDIENST_QUESTION,
    daysAgo: 10,
  },
  {
    community: null,
    author: P.birgit,
    title: PLATFORM_PAGE,
    bodyHtml: `<p>Was eine Kommune tun muss, um einen Onlinedienst eines anderen Landes (Einer für Alle) zu nutzen. Zusammengefasst aus den Erfahrungen im Landkreis Harburg.</p>
<h2>Vorher klären</h2>
<ul>
<li>Ist das eigene Land dem Dienst beigetreten? Die Liste führt die Landeskoordinierung.</li>
<li>Welches Fachverfahren nimmt die Anträge entgegen, und bietet sein Hersteller eine Schnittstelle an?</li>
<li>Wer im Fachamt testet und wer den Dienst später betreut?</li>
</ul>
<h2>Schritte</h2>
<ol>
<li>Anschluss beim Land beantragen.</li>
<li>Leistung und Zuständigkeit im Verwaltungsportal verknüpfen.</li>
<li>Empfangsweg einrichten: Behördenpostfach oder Schnittstelle ins Fachverfahren.</li>
<li>Zwei Wochen Testbetrieb mit echten Anträgen aus dem Haus.</li>
<li>Freischalten und auf der eigenen Website verlinken.</li>
</ol>
<p>Dauer: drei bis sechs Monate je Dienst; den größten Teil nimmt die Schnittstelle ein.</p>`,
    daysAgo: 12,
  },
  {
    community: E_RECHNUNG,
    author: P.frank,
    title: OVERDUE_PAGE,
    bodyHtml: `<p>Die Reihenfolge, in der eine eingehende E-Rechnung bei uns geprüft wird, bevor sie gebucht wird.</p>
<ol>
<li><strong>Technische Prüfung:</strong> Validierung gegen die aktuelle XRechnung-Konfiguration (Ergebnis accept/reject).</li>
<li><strong>Leitweg-ID:</strong> gehört sie zu einer unserer Dienststellen?</li>
<li><strong>Bestellbezug:</strong> Bestellnummer oder Vertragsnummer vorhanden und bekannt?</li>
<li><strong>Sachliche Prüfung</strong> im Fachamt, dann <strong>rechnerische Prüfung</strong> und Anordnung.</li>
</ol>
<p>Abgewiesene Rechnungen erhalten eine Standardmail mit Prüfbericht. Stand der Regeln: Version vom Frühjahr – bei jeder neuen Standardversion prüfen.</p>`,
    daysAgo: 130,
    checkEveryDays: 90,
    checkedDaysAgo: 125,
  },
  {
    community: AGILE,
    author: P.christina,
    title: 'Retrospektive in 45 Minuten: ein Ablauf für Verwaltungsteams',
    bodyHtml: `<p>Ein Ablauf, der sich in Olpe, Leipzig und Arnsberg bewährt hat.</p>
<ol>
<li><strong>Ankommen (5 Min.):</strong> jede Person ein Wort zum letzten Sprint.</li>
<li><strong>Sammeln (10 Min.):</strong> anonym auf dem Board – was lief gut, was hat gebremst?</li>
<li><strong>Sortieren (10 Min.):</strong> Karten gruppieren, jede Person hat drei Punkte zum Abstimmen.</li>
<li><strong>Besprechen (15 Min.):</strong> die zwei wichtigsten Themen, je eine konkrete Maßnahme mit Namen.</li>
<li><strong>Abschluss (5 Min.):</strong> Was nehmen wir mit? Wie war die Retro?</li>
</ol>
<p>Nichts aus der Retro wird in Mitarbeitergesprächen verwendet.</p>`,
    daysAgo: 15,
  },
  {
    community: IT_SICHERHEIT,
    author: P.markus,
    title: CLOSED_PAGE,
    bodyHtml: `<p>Wen wir in welcher Reihenfolge informieren, wenn ein Sicherheitsvorfall vermutet wird.</p>
<ol>
<li>IT-Hotline der eigenen Stadt, außerhalb der Dienstzeit die Rufbereitschaft.</li>
<li>Informationssicherheitsbeauftragte Person und Verwaltungsleitung.</li>
<li>Bei personenbezogenen Daten: Datenschutzbeauftragte Person (Meldefrist 72 Stunden).</li>
<li>CERT des Landes und, bei Straftaten, die Zentrale Ansprechstelle Cybercrime der Polizei.</li>
<li>Nachbarstädte in dieser Fachgruppe, wenn gemeinsame Systeme betroffen sein könnten.</li>
</ol>`,
    daysAgo: 30,
  },
];
