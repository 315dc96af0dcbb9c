/**
 * Short profiles of demo organisations (those with demo people and frequent partners of the demo's
 * records). The first paragraph marks them as demo data; the second says only what is plainly true of
 * the place; the third names what it does in the demo.
 */
export const DEMO_PROFILE_NOTICE =
  'Demodaten: Diese Beschreibung wurde für den Demo-Modus von Allmende geschrieben und stammt nicht von der Verwaltung selbst. Das Logo ist ein Platzhalter, kein Wappen.';

export interface DemoProfile {
  ags: string;
  about: string;
  inDemo: string;
}

const profile = (ags: string, about: string, inDemo: string): DemoProfile => ({ ags, about, inDemo });

export const DEMO_PROFILES: DemoProfile[] = [
  profile(
    '03353031',
    'Seevetal ist eine Gemeinde im Landkreis Harburg in Niedersachsen, südlich von Hamburg.',
    'In der Demo arbeitet Seevetal in der Feuerwehr-Kooperation Nordheide mit und plant mit Nachbargemeinden einen gemeinsamen Bauhof.',
  ),
  profile(
    '03353026',
    'Neu Wulmstorf ist eine Gemeinde im Landkreis Harburg an der südwestlichen Grenze Hamburgs.',
    'In der Demo gehört Neu Wulmstorf zur Kollaborationsplattform im Landkreis und zum geplanten gemeinsamen Bauhof.',
  ),
  profile(
    '03353',
    'Der Landkreis Harburg liegt in Niedersachsen zwischen Hamburg und der Lüneburger Heide; Kreisstadt ist Winsen (Luhe).',
    'In der Demo koordiniert der Landkreis die Feuerwehrausbildung und den Verbund „Kooperation Landkreis Harburg“.',
  ),
  profile(
    '03353029',
    'Rosengarten ist eine Gemeinde im Landkreis Harburg am Rand der Harburger Berge.',
    'In der Demo ist Rosengarten Partner der Feuerwehr-Kooperation Nordheide und des geplanten Bauhofs.',
  ),
  profile(
    '03353005',
    'Buchholz in der Nordheide ist eine Stadt im Landkreis Harburg in Niedersachsen.',
    'In der Demo bildet Buchholz seine Feuerwehrleute gemeinsam mit den Nachbarn aus.',
  ),
  profile(
    '05958004',
    'Arnsberg ist eine Stadt im Hochsauerlandkreis in Nordrhein-Westfalen und Sitz der Bezirksregierung Arnsberg.',
    'In der Demo gehört Arnsberg zu „5 für Südwestfalen“ und treibt den Breitbandausbau im Sauerland voran.',
  ),
  profile(
    '05958',
    'Der Hochsauerlandkreis liegt im Osten des Sauerlands in Nordrhein-Westfalen; Kreisstadt ist Meschede.',
    'In der Demo ist der Kreis Gesellschafter der Breitbandgesellschaft Sauerland.',
  ),
  profile(
    '05974040',
    'Soest ist die Kreisstadt des Kreises Soest in Nordrhein-Westfalen, bekannt für ihre historische Altstadt.',
    'In der Demo gehört Soest zu „5 für Südwestfalen“ und trägt die gemeinsame Volkshochschule am Hellweg.',
  ),
  profile(
    '05974',
    'Der Kreis Soest liegt am Hellweg zwischen Ruhrgebiet und Sauerland; Kreisstadt ist Soest.',
    'In der Demo trägt der Kreis die Volkshochschule am Hellweg mit.',
  ),
  profile(
    '05974028',
    'Lippstadt ist eine Stadt im Kreis Soest in Nordrhein-Westfalen an der Lippe.',
    'In der Demo gehört Lippstadt zur gemeinsamen Volkshochschule am Hellweg.',
  ),
  profile(
    '05970004',
    'Bad Berleburg ist eine Stadt im Kreis Siegen-Wittgenstein in Nordrhein-Westfalen, im Wittgensteiner Land am Rothaargebirge.',
    'In der Demo gehört Bad Berleburg zu „5 für Südwestfalen“, leitet die telemedizinische Sprechstunde in den Ortsteilen und baut das gemeinsame Funknetz für Sensoren auf.',
  ),
  profile(
    '05962040',
    'Menden (Sauerland) ist eine Stadt im Märkischen Kreis in Nordrhein-Westfalen, an der Hönne am Nordrand des Sauerlands.',
    'In der Demo gehört Menden zu „5 für Südwestfalen“ und erprobt einen On-Demand-Verkehr mit Arnsberg und Soest.',
  ),
  profile(
    '05966024',
    'Olpe ist die Kreisstadt des Kreises Olpe in Nordrhein-Westfalen und liegt am Biggesee.',
    'In der Demo gehört Olpe zu „5 für Südwestfalen“, richtet Coworking-Orte ein und misst den Energieverbrauch städtischer Gebäude.',
  ),
  profile(
    '14612000',
    'Dresden ist die Landeshauptstadt des Freistaates Sachsen und liegt an der Elbe.',
    'In der Demo teilt Dresden IT-Know-how mit Leipzig und Magdeburg und bringt seine Hochwasserausrüstung in den Maschinenring Sächsische Schweiz ein.',
  ),
  profile(
    '14713000',
    'Leipzig ist die größte Stadt Sachsens.',
    'In der Demo gehört Leipzig zur IT-Kooperation mit Dresden und Magdeburg und öffnet Rahmenverträge für die zentrale Vergabestelle im Umland.',
  ),
  profile(
    '15003000',
    'Magdeburg ist die Landeshauptstadt Sachsen-Anhalts und liegt an der Elbe.',
    'In der Demo gehört Magdeburg zur IT-Kooperation mit Dresden und Leipzig und berät den Glasfaser-Zweckverband Börde.',
  ),
  profile(
    '14628',
    'Der Landkreis Sächsische Schweiz-Osterzgebirge liegt südöstlich von Dresden an der Grenze zu Tschechien; Kreisstadt ist Pirna.',
    'In der Demo teilt der Landkreis Großgeräte im Bauhof-Maschinenring.',
  ),
  profile(
    '14628270',
    'Pirna ist die Kreisstadt des Landkreises Sächsische Schweiz-Osterzgebirge an der Elbe.',
    'In der Demo koordiniert Pirna den Bauhof-Maschinenring Sächsische Schweiz.',
  ),
  profile(
    '14729',
    'Der Landkreis Leipzig umgibt die Stadt Leipzig im Süden und Osten; Kreisstadt ist Borna.',
    'In der Demo führt der Landkreis eine zentrale Vergabestelle für Städte des Umlands.',
  ),
  profile(
    '15083',
    'Der Landkreis Börde liegt in Sachsen-Anhalt westlich von Magdeburg; Kreisstadt ist Haldensleben.',
    'In der Demo baut der Landkreis mit seinen Städten ein kommunales Glasfasernetz.',
  ),
  profile(
    '06611000',
    'Kassel ist eine kreisfreie Stadt in Nordhessen an der Fulda.',
    'In der Demo plant Kassel die digitale Ausstattung seiner Schulen gemeinsam mit dem Landkreis.',
  ),
  profile(
    '08311000',
    'Freiburg im Breisgau ist eine kreisfreie Stadt in Baden-Württemberg am Rand des Schwarzwalds.',
    'In der Demo verwertet Freiburg seinen Klärschlamm gemeinsam mit Partnern am Oberrhein.',
  ),
  profile(
    '09564000',
    'Nürnberg ist die zweitgrößte Stadt Bayerns.',
    'In der Demo arbeitet Nürnberg mit Fürth, Erlangen und dem Landkreis an einem gemeinsamen Hitzeaktionsplan.',
  ),
  profile(
    '09372116',
    'Cham ist die Kreisstadt des Landkreises Cham in der Oberpfalz.',
    'In der Demo hat Cham Feuerwehrfahrzeuge in einer Sammelbeschaffung gekauft.',
  ),
  profile(
    '12054000',
    'Potsdam ist die Landeshauptstadt Brandenburgs und grenzt an Berlin.',
    'In der Demo wirbt Potsdam mit Berlin und zwei Landkreisen gemeinsam um Fachkräfte für die Verwaltung.',
  ),
  profile(
    '14626110',
    'Görlitz ist die östlichste Stadt Deutschlands und liegt an der Neiße.',
    'In der Demo vermarktet Görlitz den Radtourismus in der Oberlausitz mit seinen Nachbarn.',
  ),
  profile(
    '16055000',
    'Weimar ist eine kreisfreie Stadt in Thüringen.',
    'In der Demo betreibt Weimar einen interkommunalen Bauhof mit Apolda und dem Weimarer Land.',
  ),
  profile(
    '01002000',
    'Kiel ist die Landeshauptstadt Schleswig-Holsteins und liegt an der Ostsee.',
    'In der Demo führt Kiel die elektronische Akte im Verbund mit Neumünster und zwei Kreisen ein.',
  ),
  profile(
    '04011000',
    'Die Stadt Bremen ist die größere der beiden Städte des Landes Freie Hansestadt Bremen.',
    'In der Demo führt Bremen Onlinedienste gemeinsam mit Bremerhaven und zwei Umlandkreisen ein.',
  ),
  profile(
    '10041100',
    'Saarbrücken ist die Landeshauptstadt des Saarlandes.',
    'In der Demo wirbt Saarbrücken im Ausbildungsverbund Verwaltung Saar um Nachwuchs.',
  ),
];

/** The description an organisation gets in the demo: notice, facts and its part in the demo, as paragraphs. */
export function demoDescription(p: DemoProfile): string {
  return [DEMO_PROFILE_NOTICE, p.about, p.inDemo].join('\n\n');
}
