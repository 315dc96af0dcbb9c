import { diffArrays, diffWordsWithSpace } from 'diff';
import { Parser } from 'htmlparser2';

/**
 * What changed between two versions of a page's text, word by word, as a reader sees it: pure (no
 * database, no clock), so that the version history, notifications and mails can all use it.
 *
 * The HTML becomes its readable text first (`readableText`): tags dropped, entities decoded, each
 * block (paragraph, heading, list item, quote, table cell …) a paragraph of its own, paragraphs
 * separated by a blank line ("\n\n"), a `<br>` a line break, other whitespace one space. Markup
 * alone (a word made bold, a link's address) is therefore no change.
 *
 * The texts are compared paragraph by paragraph first and then word by word within the paragraphs
 * that changed, with `diff`'s `diffWordsWithSpace` (words, punctuation marks and runs of whitespace
 * as tokens, so that both texts are spelt exactly); a space both sides keep between changed words
 * goes into the change, so that "im Bürgerbüro" → "online" reads as one replacement. Both steps
 * give up beyond a bounded number of edits and answer the changed stretch as removed and added
 * whole, so that a page rewritten from top to bottom costs no more than a page with a few changes.
 *
 * Invariants: the `same` and `removed` parts, in order, spell the older text exactly; the `same`
 * and `added` parts spell the newer one; no part is empty; no two neighbouring parts have the same
 * kind; where a change replaces text, the removed part comes before the added one.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface VersionText {
  title: string;
  bodyHtml: string;
}

/** Paragraph breaks in the readable text. */
export const PARAGRAPH_BREAK = '\n\n';

// Beyond this many inserted plus deleted paragraphs (or words) the diff stops looking for a finer
// answer; a changed stretch of more words than this is not compared word by word at all. The bounds
// keep the worst case (a long page rewritten throughout) to a fraction of a second.
const MAX_PARAGRAPH_EDITS = 1000;
const MAX_WORD_EDITS = 1000;
const MAX_STRETCH_WORDS = 4000;

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// Their text is no text a reader sees.
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

/** The readable text of a page body: one paragraph per block, separated by "\n\n". */
export function readableText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let hidden = 0;
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden += 1;
        else if (name === 'br') current += '\n';
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        // Line breaks in the source are whitespace; only <br> makes one.
        if (hidden === 0) current += text.replace(/\s/g, ' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join(PARAGRAPH_BREAK);
}

const wordCount = (text: string) => text.split(/\s+/).length;

/** Word by word within one stretch; removed and added whole when it is too long or changed too much. */
function wordParts(older: string, newer: string): DiffPart[] {
  if (older === newer) return [{ kind: 'same', text: older }];
  if (!older || !newer) return [older ? { kind: 'removed', text: older } : { kind: 'added', text: newer }];
  const changes =
    wordCount(older) + wordCount(newer) <= MAX_STRETCH_WORDS
      ? diffWordsWithSpace(older, newer, { maxEditLength: MAX_WORD_EDITS })
      : undefined;
  if (!changes) {
    return [
      { kind: 'removed', text: older },
      { kind: 'added', text: newer },
    ];
  }
  return foldSpaces(changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value })));
}

const isSpace = (part: DiffPart) => part.kind === 'same' && /^\s+$/.test(part.text);

/**
 * Runs of changes with only whitespace kept between them become one removed and one added part,
 * each with that whitespace where its side had it (when the run both removes and adds).
 */
function foldSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i] as DiffPart;
    if (part.kind === 'same') {
      out.push(part);
      i += 1;
      continue;
    }
    // The run: changes, and spaces followed by a further change.
    let end = i + 1;
    while (end < parts.length) {
      const next = parts[end] as DiffPart;
      if (next.kind !== 'same') end += 1;
      else if (isSpace(next) && parts[end + 1] && parts[end + 1]?.kind !== 'same') end += 2;
      else break;
    }
    const run = parts.slice(i, end);
    if (run.some((p) => p.kind === 'removed') && run.some((p) => p.kind === 'added')) {
      out.push({
        kind: 'removed',
        text: run
          .filter((p) => p.kind !== 'added')
          .map((p) => p.text)
          .join(''),
      });
      out.push({
        kind: 'added',
        text: run
          .filter((p) => p.kind !== 'removed')
          .map((p) => p.text)
          .join(''),
      });
    } else {
      out.push(...run);
    }
    i = end;
  }
  return out;
}

/**
 * A stretch of changed paragraphs: as many on each side (each edited in place) compared pair by
 * pair, otherwise as one text.
 */
function stretchParts(removed: readonly string[], added: readonly string[]): DiffPart[] {
  if (removed.length !== added.length) return wordParts(removed.join(PARAGRAPH_BREAK), added.join(PARAGRAPH_BREAK));
  return removed.flatMap((paragraph, i) => [
    ...(i > 0 ? [{ kind: 'same' as const, text: PARAGRAPH_BREAK }] : []),
    ...wordParts(paragraph, added[i] ?? ''),
  ]);
}

interface Block {
  kind: DiffKind | 'changed';
  parts: DiffPart[];
}

/** The readable texts compared: paragraphs first, then the words of the paragraphs that changed. */
export function diffReadable(older: string, newer: string): DiffPart[] {
  if (older === newer) return older ? [{ kind: 'same', text: older }] : [];
  const a = older ? older.split(PARAGRAPH_BREAK) : [];
  const b = newer ? newer.split(PARAGRAPH_BREAK) : [];
  const changes = diffArrays(a, b, { maxEditLength: MAX_PARAGRAPH_EDITS });
  if (!changes) {
    return [
      { kind: 'removed', text: older },
      { kind: 'added', text: newer },
    ];
  }

  // Neighbouring removed and added paragraphs are one changed stretch, compared word by word.
  const blocks: Block[] = [];
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i];
    if (!change) continue;
    const next = changes[i + 1];
    const text = change.value.join(PARAGRAPH_BREAK);
    if (!change.added && !change.removed) {
      blocks.push({ kind: 'same', parts: [{ kind: 'same', text }] });
    } else if (next && (next.added || next.removed) && next.added !== change.added) {
      const [removed, added] = change.removed ? [change.value, next.value] : [next.value, change.value];
      blocks.push({ kind: 'changed', parts: stretchParts(removed, added) });
      i += 1;
    } else {
      const kind: DiffKind = change.added ? 'added' : 'removed';
      blocks.push({ kind, parts: [{ kind, text }] });
    }
  }

  // The break between two blocks: a paragraph only one side has carries its own break with it (in
  // front, or behind when it comes first); between blocks both sides have, the break is the same.
  const parts: DiffPart[] = [];
  blocks.forEach((block, index) => {
    const only = block.kind === 'added' || block.kind === 'removed' ? block.kind : null;
    const previous = blocks[index - 1];
    const previousOnly = previous && (previous.kind === 'added' || previous.kind === 'removed');
    const text = block.parts.map((p) => p.text).join('');
    if (only) {
      if (index > 0) parts.push({ kind: only, text: PARAGRAPH_BREAK + text });
      else parts.push({ kind: only, text: blocks.length > 1 ? text + PARAGRAPH_BREAK : text });
      return;
    }
    if (index > 0 && !(previousOnly && index === 1)) parts.push({ kind: 'same', text: PARAGRAPH_BREAK });
    parts.push(...block.parts);
  });
  return normalise(parts);
}

/** Empty parts dropped, neighbours of one kind joined. */
function normalise(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * The changes from version `a` (older) to version `b` (newer): of the titles and of the bodies'
 * readable text, each as a list of parts to show in order (removed struck through, added marked).
 */
export function diffTexts(a: VersionText, b: VersionText): { title: DiffPart[]; body: DiffPart[] } {
  const title = diffReadable(a.title.replace(/\s+/g, ' ').trim(), b.title.replace(/\s+/g, ' ').trim());
  return { title, body: diffReadable(readableText(a.bodyHtml), readableText(b.bodyHtml)) };
}
