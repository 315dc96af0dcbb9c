/**
 * The names of Kreise as people write them. The official data name a Kreis without its kind
 * ("Harburg", type Landkreis; "Soest", type Kreis), and some names already say it
 * ("Hochsauerlandkreis", "Städteregion Aachen", "Regionalverband Saarbrücken"). The directory
 * stores the full name ("Landkreis Harburg", "Kreis Soest"); a kreisfreie Stadt keeps its name as
 * a city and is called "Stadt …" where it stands as a Kreis (the atlas' Kreis filter and facts).
 */

// A name that already says what it is: "…kreis", "Kreis …", "Region …", "Städteregion …", "Regionalverband …".
const SAYS_ITS_KIND = /kreis|^region\b|^regionalverband\b|^städteregion\b/i;

/** The full name of a Landkreis or Kreis from its official name and type (`landkreis` or `kreis`). */
export function kreisFullName(type: string, name: string): string {
  // Destatis appends the kind to some names ("Rostock, Landkreis"); the full name puts it in front.
  const base = name.replace(/,\s*(land)?kreis$/i, '').trim();
  if (SAYS_ITS_KIND.test(base)) return base;
  if (type === 'landkreis') return `Landkreis ${base}`;
  if (type === 'kreis') return `Kreis ${base}`;
  return base;
}

/** How a Kreis-level organisation is named where it stands as a Kreis: a kreisfreie Stadt as "Stadt …". */
export function kreisLabel(type: string, name: string): string {
  return type === 'kreisfreie-stadt' && !/^stadt\b/i.test(name) ? `Stadt ${name}` : name;
}
