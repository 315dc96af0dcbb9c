import { SaxesParser } from 'saxes';
import { ExtractRefused } from './limits.ts';
import type { TextSink } from './text-sink.ts';

/**
 * How a format's XML holds its text: the elements whose character data is text (`text`), elements
 * that stand for a character where they are (`marks`: a tab, a line break), and elements whose end
 * ends a line (`lines`: paragraphs, cells). Names are as written, with their prefix (`w:t`).
 */
export interface XmlTextRules {
  text: ReadonlySet<string>;
  marks: ReadonlyMap<string, string>;
  lines: ReadonlySet<string>;
  /** An attribute of an element that is text too (a worksheet's name), as `element@attribute`. */
  attributes?: ReadonlyMap<string, string>;
}

/**
 * Reads one XML entry as it is inflated, chunk by chunk, into the sink: the entry is never held whole.
 * saxes loads nothing and expands no entity declared in a DOCTYPE, so an XML entity bomb is an error.
 */
export function xmlTextReader(rules: XmlTextRules, sink: TextSink) {
  const parser = new SaxesParser({ xmlns: false });
  const decoder = new TextDecoder('utf-8');
  let inside = 0;
  parser.on('error', (error) => {
    throw new ExtractRefused(`unreadable XML: ${error.message}`);
  });
  parser.on('opentag', (tag) => {
    if (rules.text.has(tag.name)) inside += 1;
    const mark = rules.marks.get(tag.name);
    if (mark !== undefined) sink.add(mark);
    const attribute = rules.attributes?.get(tag.name);
    if (attribute) {
      const value = tag.attributes[attribute];
      if (typeof value === 'string' && value !== '') sink.add(`${value}\n`);
    }
  });
  parser.on('closetag', (tag) => {
    if (rules.text.has(tag.name)) inside = Math.max(0, inside - 1);
    if (rules.lines.has(tag.name)) sink.add('\n');
  });
  const addText = (text: string) => {
    if (inside > 0) sink.add(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  let first = true;
  return {
    write(chunk: Uint8Array) {
      let text = decoder.decode(chunk, { stream: true });
      if (first) {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      parser.write(text);
    },
    close() {
      parser.write(decoder.decode());
      parser.close();
    },
  };
}
