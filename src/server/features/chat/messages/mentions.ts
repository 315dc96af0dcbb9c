import { type MentionedName, mentionAt } from './markdown.ts';

export interface ResolvedMentions {
  personIds: string[];
  channel: boolean;
}

/**
 * The people a text mentions as `@Name`, matched against the names of those who may read the
 * channel (longest name first, case-insensitive, ending at a word boundary), and whether it says
 * `@channel`. Code spans and blocks mention nobody.
 */
export function resolveMentions(text: string, candidates: readonly MentionedName[]): ResolvedMentions {
  const result: ResolvedMentions = { personIds: [], channel: false };
  if (!text.includes('@')) return result;
  const prose = text.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
  const names = [...candidates].filter((c) => c.name.trim() !== '').sort((a, b) => b.name.length - a.name.length);
  const found = new Set<string>();
  for (let i = prose.indexOf('@'); i !== -1; i = prose.indexOf('@', i + 1)) {
    if (i > 0 && /[\p{L}\p{N}_]/u.test(prose[i - 1] ?? '')) continue;
    const match = mentionAt(prose, i + 1, names);
    if (!match) continue;
    if (match.personId === '') result.channel = true;
    else found.add(match.personId);
  }
  result.personIds = [...found];
  return result;
}
