/** A unit as an import reads it: inline HTML in canonical form, sanitised to the inline markup. */
export interface ReadUnit {
  id: string;
  source: string;
  /** Null when the file has no translation for the unit (no target, or an empty one). */
  target: string | null;
}

/** What both versions' readers hand on; the checks that do not depend on the version follow. */
export interface FileContent {
  original: string | null;
  sourceLanguage: { name: string; value: string | null };
  targetLanguage: { name: string; value: string | null };
  units: ReadUnit[];
}
