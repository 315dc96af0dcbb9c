/** The formats the composer's toolbar writes, each as the Markdown the server renders. */
export type MarkdownFormat = 'bold' | 'italic' | 'list' | 'link' | 'code';

/** A text with its selection, as a textarea holds it. */
export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

const WRAP: Record<'bold' | 'italic' | 'code', string> = { bold: '**', italic: '_', code: '`' };

/**
 * Applies a format to the selection of a Markdown text: wraps it in `**` / `_` / `` ` `` (or unwraps
 * it when it is wrapped already), turns its lines into a list (or back), or makes it a link whose
 * address is selected so that pasting one replaces it. Without a selection the marks are inserted
 * around the caret. Code over several lines becomes a fenced block.
 */
export function applyMarkdownFormat(edit: TextEdit, format: MarkdownFormat, linkText = 'Link'): TextEdit {
  const start = Math.min(edit.start, edit.end);
  const end = Math.max(edit.start, edit.end);
  const selected = edit.text.slice(start, end);
  if (format === 'list') return toggleList(edit.text, start, end);
  if (format === 'link') return link(edit.text, start, end, selected, linkText);
  if (format === 'code' && selected.includes('\n')) return fence(edit.text, start, end, selected);
  return toggleWrap(edit.text, start, end, WRAP[format]);
}

function toggleWrap(text: string, start: number, end: number, mark: string): TextEdit {
  const n = mark.length;
  const selected = text.slice(start, end);
  // Marks just outside the selection (as left after an earlier click) or just inside it: take them off.
  if (text.slice(start - n, start) === mark && text.slice(end, end + n) === mark && start >= n) {
    return { text: text.slice(0, start - n) + selected + text.slice(end + n), start: start - n, end: end - n };
  }
  if (selected.length >= 2 * n && selected.startsWith(mark) && selected.endsWith(mark)) {
    const inner = selected.slice(n, selected.length - n);
    return { text: text.slice(0, start) + inner + text.slice(end), start, end: start + inner.length };
  }
  // Spaces stay outside the marks: "**word **" would not be bold.
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const core = selected.trim();
  if (core === '' && selected !== '') return { text, start, end };
  const from = start + lead;
  const to = end - trail;
  return {
    text: text.slice(0, from) + mark + core + mark + text.slice(to),
    start: from + n,
    end: from + n + core.length,
  };
}

function fence(text: string, start: number, end: number, selected: string): TextEdit {
  const before = start > 0 && text[start - 1] !== '\n' ? '\n' : '';
  const after = end < text.length && text[end] !== '\n' ? '\n' : '';
  const body = selected.replace(/\n$/, '');
  const block = `${before}\`\`\`\n${body}\n\`\`\`${after}`;
  const bodyStart = start + before.length + 4;
  return { text: text.slice(0, start) + block + text.slice(end), start: bodyStart, end: bodyStart + body.length };
}

function toggleList(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A selection that ends right after a line break does not take in the next line.
  const endAt = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const next = text.indexOf('\n', endAt);
  const lineEnd = next === -1 ? text.length : next;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const listed = lines.every((line) => /^[-*] /.test(line) || line.trim() === '');
  const changed = listed
    ? lines.map((line) => line.replace(/^[-*] /, ''))
    : lines.map((line) => (line.trim() === '' && lines.length > 1 ? line : `- ${line}`));
  const block = changed.join('\n');
  const result = text.slice(0, lineStart) + block + text.slice(lineEnd);
  if (start === end) {
    const shift = listed ? -Math.min(2, start - lineStart) : 2;
    return { text: result, start: start + shift, end: start + shift };
  }
  return { text: result, start: lineStart, end: lineStart + block.length };
}

function link(text: string, start: number, end: number, selected: string, linkText: string): TextEdit {
  const address = 'https://';
  if (/^(https?:\/\/|mailto:)\S+$/i.test(selected.trim())) {
    // An address was selected: it becomes the target, and the words to show are to be typed.
    const inserted = `[${linkText}](${selected.trim()})`;
    return {
      text: text.slice(0, start) + inserted + text.slice(end),
      start: start + 1,
      end: start + 1 + linkText.length,
    };
  }
  const words = selected === '' ? linkText : selected;
  const inserted = `[${words}](${address})`;
  const at = start + words.length + 3;
  return { text: text.slice(0, start) + inserted + text.slice(end), start: at, end: at + address.length };
}

/**
 * The smallest change from one text to another: where it starts and ends in the old text and what
 * replaces that part. Inserting only this keeps the browser's undo history useful.
 */
export function smallestChange(before: string, after: string): { from: number; to: number; insert: string } {
  let from = 0;
  const shorter = Math.min(before.length, after.length);
  while (from < shorter && before[from] === after[from]) from += 1;
  let tail = 0;
  while (tail < shorter - from && before[before.length - 1 - tail] === after[after.length - 1 - tail]) {
    tail += 1;
  }
  return { from, to: before.length - tail, insert: after.slice(from, after.length - tail) };
}
