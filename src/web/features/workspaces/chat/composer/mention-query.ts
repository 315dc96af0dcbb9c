/** The `@…` being typed just before the caret: where it starts and what follows the @. */
export interface MentionQuery {
  start: number;
  query: string;
}

// After an @ that begins a word: letters, digits and the characters names carry, spaces included
// (names have them), up to 40 characters.
const TYPED = /(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.'\- ]{0,40})$/u;

export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const match = TYPED.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? '';
  if (query.startsWith(' ') || query.includes('  ')) return null;
  return { start: caret - query.length - 1, query };
}

export interface MentionOption {
  /** A person's ID, or `channel` for @channel. */
  id: string;
  /** What is inserted after the @. */
  name: string;
}

/** People whose name, or a word of it, starts with the query; @channel when it fits too. At most eight. */
export function mentionOptions(
  query: string,
  people: ReadonlyArray<{ id: string; name: string }>,
  channelWord: string,
): MentionOption[] {
  const q = query.toLocaleLowerCase('de');
  const fits = (name: string) => {
    const lower = name.toLocaleLowerCase('de');
    return lower.startsWith(q) || (!q.includes(' ') && lower.split(/\s+/).some((word) => word.startsWith(q)));
  };
  const found: MentionOption[] = people.filter((p) => fits(p.name)).map((p) => ({ id: p.id, name: p.name }));
  if (channelWord.startsWith(q)) found.push({ id: 'channel', name: channelWord });
  return found.slice(0, 8);
}

/** The text with the query replaced by the chosen name and a space; and where the caret goes. */
export function insertMention(text: string, at: MentionQuery, caret: number, name: string) {
  const before = `${text.slice(0, at.start)}@${name} `;
  return { text: before + text.slice(caret).replace(/^ /, ''), caret: before.length };
}
