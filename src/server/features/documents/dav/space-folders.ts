import type { SpaceKind, SpaceRights } from '../../../../shared/contracts/documents.ts';

/** A space as /dav/ lists it: a folder with a name unique among the person's spaces. */
export interface SpaceFolder {
  kind: SpaceKind;
  id: string;
  folderName: string;
  rights: SpaceRights;
}

const KIND_WORDS: Record<SpaceKind, string> = {
  workspace: 'Arbeitsraum',
  organisation: 'Organisation',
  alliance: 'Verbund',
};

// Characters Windows does not allow in a file name, control characters, and the slash.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
const NOT_IN_FILE_NAMES = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const MAX_SPACE_NAME = 120;

/** The space's name made fit for a folder name on every client. */
function folderWord(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(NOT_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SPACE_NAME)
    // Windows drops trailing dots and spaces, and would then not find the folder again.
    .replace(/[. ]+$/, '');
  return cleaned || 'ohne Namen';
}

/** The key folder names are compared by (the clients compare without regard to case). */
export const folderKey = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * The folders of /dav/: "Arbeitsraum – <name>", "Organisation – <name>", "Verbund – <name>". When two
 * spaces would get the same name, the older one (the smaller UUIDv7) keeps it and the others add the
 * end of their ID, so that a space added later never renames a folder a person already uses.
 */
export function spaceFolders(
  spaces: readonly { kind: SpaceKind; id: string; name: string; rights: SpaceRights }[],
): SpaceFolder[] {
  const sorted = [...spaces].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<string>();
  const folders: SpaceFolder[] = [];
  for (const space of sorted) {
    const base = `${KIND_WORDS[space.kind]} – ${folderWord(space.name)}`;
    let folderName = base;
    if (taken.has(folderKey(base))) folderName = `${base} (${space.id.slice(-8)})`;
    taken.add(folderKey(folderName));
    folders.push({ kind: space.kind, id: space.id, folderName, rights: space.rights });
  }
  return folders.sort((a, b) => a.folderName.localeCompare(b.folderName, 'de'));
}
