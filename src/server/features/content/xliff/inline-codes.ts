import { type InlineNode, inlineText, parseInline, trimEdges } from './inline.ts';

/** A unit ready for writing: canonical nodes with the id of each inline code. */
export interface CodedUnit {
  source: InlineNode[];
  /** Null when the unit has no translation yet. */
  target: InlineNode[] | null;
  /** The code id of every markup node in `source` and `target`; a target node shares its source partner's. */
  codeIds: Map<InlineNode, string>;
  /** The source's links that have a target address, by code id, in order. */
  links: { codeId: string; href: string }[];
}

/**
 * Numbers the inline codes of a unit: `1`, `2`, … in the source's document order. An existing
 * translation's codes are paired with the source's of the same kind in order (its first bold with
 * the source's first bold, and so on); a link's address is always the source's. Markup in the
 * translation without a partner in the source keeps its text and loses the markup, since XLIFF
 * ties every code in a target to one in the source.
 */
export function codeUnit(sourceHtml: string, targetHtml?: string | null): CodedUnit {
  const source = parseInline(sourceHtml);
  const codeIds = new Map<InlineNode, string>();
  const links: CodedUnit['links'] = [];
  const queues = new Map<InlineNode['kind'], string[]>();
  let counter = 0;
  const number = (nodes: readonly InlineNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') continue;
      const id = String(++counter);
      codeIds.set(node, id);
      const queue = queues.get(node.kind) ?? [];
      queue.push(id);
      queues.set(node.kind, queue);
      if (node.kind === 'a' && node.href !== null) links.push({ codeId: id, href: node.href });
      if (node.kind !== 'br') number(node.children);
    }
  };
  number(source);

  const pair = (nodes: readonly InlineNode[]): InlineNode[] =>
    nodes.flatMap((node): InlineNode[] => {
      if (node.kind === 'text') return [node];
      const id = queues.get(node.kind)?.shift();
      if (id === undefined) return node.kind === 'br' ? [{ kind: 'text', text: ' ' }] : pair(node.children);
      const paired: InlineNode = node.kind === 'br' ? { kind: 'br' } : { ...node, children: pair(node.children) };
      codeIds.set(paired, id);
      return [paired];
    });
  const parsedTarget = targetHtml ? parseInline(targetHtml) : [];
  const target = inlineText(parsedTarget).trim() === '' ? null : pair(parsedTarget);
  if (target) trimEdges(target);
  return { source, target, codeIds, links };
}
