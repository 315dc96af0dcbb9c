const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Thrown to stop reading once the text kept is full: what was read so far is the text. */
export class TextFull extends Error {
  constructor() {
    super('the text kept is full');
  }
}

/**
 * Collects extracted text up to a number of characters; `add` throws TextFull once there is no more
 * room, so that a reader stops early. Runs of blanks and blank lines are folded as they come.
 */
export class TextSink {
  private parts: string[] = [];
  private length = 0;
  truncated = false;

  constructor(private readonly maxChars: number) {}

  add(text: string): void {
    if (text === '') return;
    const room = this.maxChars - this.length;
    const part = text.length > room ? text.slice(0, room) : text;
    this.parts.push(part);
    this.length += part.length;
    if (part.length < text.length || this.length >= this.maxChars) {
      this.truncated = part.length < text.length;
      throw new TextFull();
    }
  }

  /** The text, its control characters (NUL, which PostgreSQL refuses, among them) as blanks. */
  text(): string {
    return (
      this.parts
        .join('')
        .replace(LONE_SURROGATE, '\uFFFD')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly those are replaced
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    );
  }
}

/** Runs a reader that writes into a sink; the sink being full is no error. */
export async function untilFull(read: () => void | Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (!(error instanceof TextFull)) throw error;
  }
}
