import { LRUCache } from 'lru-cache';
import MarkdownIt from 'markdown-it';

/** A person a message mentions, as the renderer marks them up. */
export interface MentionedName {
  id: string;
  name: string;
}

// The safe subset: emphasis, code, lists, links and line breaks. Raw HTML is off, so `<b>` in a
// message stays text; images, headings, tables and quotes are not rules at all.
const md = new MarkdownIt('zero', { html: false, linkify: true, breaks: true }).enable([
  'paragraph',
  'code',
  'fence',
  'list',
  'newline',
  'escape',
  'backticks',
  'emphasis',
  'link',
  'autolink',
  'linkify',
]);

// Only web and mail addresses become links; markdown-it's own check would let relative and other
// scheme-less addresses through.
md.validateLink = (url) => /^(https?:\/\/|mailto:)/i.test(url.trim());

const renderLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  token?.attrSet('rel', 'noopener nofollow');
  token?.attrSet('target', '_blank');
  return renderLinkOpen(tokens, idx, options, env, self);
};

md.renderer.rules.mention = (tokens, idx) => {
  const token = tokens[idx];
  const personId = token?.meta?.personId as string | undefined;
  const label = md.utils.escapeHtml(token?.content ?? '');
  return personId
    ? `<span class="mention" data-person-id="${md.utils.escapeHtml(personId)}">${label}</span>`
    : `<span class="mention mention-channel">${label}</span>`;
};

interface RenderEnv {
  mentions: MentionedName[];
}

// Marks `@Name` (of the people the message mentions) and `@channel` in plain text, never in code.
md.core.ruler.push('mentions', (state) => {
  const env = state.env as unknown as RenderEnv;
  const names = [...(env.mentions ?? [])].sort((a, b) => b.name.length - a.name.length);
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children = [];
    let inLink = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') inLink += 1;
      if (token.type === 'link_close') inLink -= 1;
      if (token.type !== 'text' || inLink > 0 || !token.content.includes('@')) {
        children.push(token);
        continue;
      }
      for (const piece of splitMentions(token.content, names)) {
        const t = new state.Token(piece.personId === undefined ? 'text' : 'mention', '', 0);
        t.content = piece.text;
        if (piece.personId !== undefined) t.meta = { personId: piece.personId };
        children.push(t);
      }
    }
    block.children = children;
  }
});

interface Piece {
  text: string;
  /** '' for @channel, a person ID for a person, undefined for plain text. */
  personId?: string;
}

function splitMentions(text: string, names: MentionedName[]): Piece[] {
  const pieces: Piece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const at = i === 0 || !/[\p{L}\p{N}_]/u.test(text[i - 1] ?? '') ? text[i] === '@' : false;
    const found = at ? mentionAt(text, i + 1, names) : null;
    if (!found) {
      plain += text[i];
      i += 1;
      continue;
    }
    if (plain) pieces.push({ text: plain });
    plain = '';
    pieces.push({ text: text.slice(i, i + 1 + found.length), personId: found.personId });
    i += 1 + found.length;
  }
  if (plain) pieces.push({ text: plain });
  return pieces;
}

/** The longest known name (or `channel`) that starts at `from` and ends at a word boundary. */
export function mentionAt(
  text: string,
  from: number,
  names: readonly MentionedName[],
): { length: number; personId: string } | null {
  const rest = text.slice(from, from + 200).toLocaleLowerCase('de');
  const endsWord = (length: number) => !/[\p{L}\p{N}_]/u.test(rest[length] ?? '');
  for (const person of names) {
    const name = person.name.toLocaleLowerCase('de');
    if (name && rest.startsWith(name) && endsWord(name.length)) return { length: name.length, personId: person.id };
  }
  if (rest.startsWith('channel') && endsWord(7)) return { length: 7, personId: '' };
  return null;
}

// Rendering is a hot path of every message page; a message's HTML changes only with its text.
const cache = new LRUCache<string, string>({ max: 20_000 });

/** The message's Markdown as safe HTML, with its mentions marked up. */
export function renderMessage(text: string, mentions: MentionedName[] = []): string {
  if (text === '') return '';
  const key = mentions.length === 0 ? text : `${mentions.map((m) => `${m.id}:${m.name}`).join('|')}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = md.render(text, { mentions } satisfies RenderEnv);
  cache.set(key, html);
  return html;
}

/** The text with Markdown marks and line breaks flattened, for notifications' excerpts. */
export function plainExcerpt(text: string, max = 140): string {
  const flat = text
    .replace(/```[\s\S]*?```/g, ' … ')
    .replace(/[*_`>#]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
