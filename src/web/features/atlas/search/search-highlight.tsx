const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** The server escapes the text; React escapes again, so the entities are turned back into characters first. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The runs of a highlighted text: the server sends escaped text in which only `<mark>…</mark>` is markup. */
export function highlightParts(text: string): Array<{ text: string; marked: boolean }> {
  return text
    .split(/<mark>(.*?)<\/mark>/gs)
    .map((part, index) => ({ text: decodeEntities(part), marked: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

/**
 * Text with the search's matches marked, rendered as React text and <mark> elements: no HTML from a
 * record ever reaches the page as markup.
 */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
