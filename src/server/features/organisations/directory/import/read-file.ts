import type { DirectoryData } from '../directory-file.ts';
import { DirectoryFileError, entriesFromDestatis } from './destatis.ts';
import { readGvIsysCsv } from './gv-isys-csv.ts';
import { isGv100ad, readGv100ad } from './gv100ad.ts';

/** The official file's text (GV100AD or the GV-ISys table as CSV, told apart by its first line) as directory data. */
export function readOfficialFile(content: string): DirectoryData & { format: 'gv100ad' | 'csv' } {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (text.trim() === '') throw new DirectoryFileError('no-rows', 'the file is empty');
  if (isGv100ad(text)) {
    const { stand, records } = readGv100ad(text);
    return { format: 'gv100ad', stand, source: `Destatis GV100AD ${stand}`, entries: entriesFromDestatis(records) };
  }
  const { stand, records } = readGvIsysCsv(text);
  const source = stand ? `Destatis GV-ISys ${stand}` : 'Destatis GV-ISys';
  return { format: 'csv', stand, source, entries: entriesFromDestatis(records) };
}
