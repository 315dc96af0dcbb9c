import { type InlineNode, isSafeHref, normaliseInline } from './inline.ts';
import { problem, type XliffProblem } from './xliff-problems.ts';
import type { XmlElement } from './xml-reader.ts';

type SpanKind = 'strong' | 'em' | 'code' | 'a';

/** How one version reads an element inside `<source>` or `<target>`. */
export type InlineReading =
  /** A code around text (`<g>`, `<pc>`); `kind` null when its type is none we export. */
  | { type: 'paired'; id: string; kind: SpanKind | null; href: string | null }
  /** A code without content (`<x>`, `<ph>`); only line breaks are ours. */
  | { type: 'standalone'; id: string; lineBreak: boolean }
  /** An annotation (`<mrk>`): its content counts, the marker does not. */
  | { type: 'transparent' }
  /** A character XML cannot carry as text (`<cp>`), or nothing (`<sm/>`, `<em/>`). */
  | { type: 'text'; text: string }
  | { type: 'unknown' };

export type ClassifyInline = (element: XmlElement) => InlineReading;

/** A source code as the target may use it. */
interface SourceCode {
  kind: SpanKind | 'br';
  href: string | null;
}

/**
 * Reads a unit's source: the inline nodes, and its codes by id. Markup that our exports never
 * contain is reported, not guessed at; a link address outside web, mail, telephone and site
 * addresses is reported as unsafe.
 */
export function readSource(
  element: XmlElement,
  classify: ClassifyInline,
  unitId: string,
  problems: XliffProblem[],
): { nodes: InlineNode[]; codes: Map<string, SourceCode> } {
  const codes = new Map<string, SourceCode>();
  const walk = (children: XmlElement['children']): InlineNode[] =>
    children.flatMap((child): InlineNode[] => {
      if (typeof child === 'string') return [{ kind: 'text', text: child }];
      const reading = classify(child);
      if (reading.type === 'text') return reading.text === '' ? [] : [{ kind: 'text', text: reading.text }];
      if (reading.type === 'transparent') return walk(child.children);
      if (reading.type === 'standalone' && reading.lineBreak) {
        codes.set(reading.id, { kind: 'br', href: null });
        return [{ kind: 'br' }];
      }
      if (reading.type === 'paired' && reading.kind !== null) {
        if (reading.href !== null && !isSafeHref(reading.href)) {
          problems.push(problem('unsafe-link', { unitId, value: reading.href }));
        }
        const href = reading.href !== null && isSafeHref(reading.href) ? reading.href : null;
        codes.set(reading.id, { kind: reading.kind, href });
        const inner = walk(child.children);
        return [reading.kind === 'a' ? { kind: 'a', href, children: inner } : { kind: reading.kind, children: inner }];
      }
      problems.push(problem('unknown-inline-markup', { unitId, name: child.local }));
      return [];
    });
  return { nodes: normaliseInline(walk(element.children)), codes };
}

/**
 * Reads a unit's target against its source's codes. A placeholder counts by its id: its kind and
 * link address are the source's, whatever the target's own attributes say, so a translation can
 * neither add markup the source lacks nor point a link elsewhere.
 */
export function readTarget(
  element: XmlElement,
  classify: ClassifyInline,
  codes: ReadonlyMap<string, SourceCode>,
  unitId: string,
  problems: XliffProblem[],
): InlineNode[] {
  const walk = (children: XmlElement['children']): InlineNode[] =>
    children.flatMap((child): InlineNode[] => {
      if (typeof child === 'string') return [{ kind: 'text', text: child }];
      const reading = classify(child);
      if (reading.type === 'text') return reading.text === '' ? [] : [{ kind: 'text', text: reading.text }];
      if (reading.type === 'transparent') return walk(child.children);
      if (reading.type === 'unknown') {
        problems.push(problem('unknown-inline-markup', { unitId, name: child.local }));
        return [];
      }
      const code = codes.get(reading.id);
      const paired = reading.type === 'paired';
      if (!code || (code.kind === 'br') === paired) {
        problems.push(problem('target-placeholder-not-in-source', { unitId, value: reading.id }));
        return [];
      }
      if (code.kind === 'br') return [{ kind: 'br' }];
      const inner = walk(child.children);
      return [
        code.kind === 'a' ? { kind: 'a', href: code.href, children: inner } : { kind: code.kind, children: inner },
      ];
    });
  return normaliseInline(walk(element.children));
}
