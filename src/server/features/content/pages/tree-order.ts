/** What the tree order looks at of a page. */
export interface TreeNode {
  id: string;
  parentId: string | null;
  position: number;
  slug: string;
}

const bySiblingOrder = (a: TreeNode, b: TreeNode) =>
  a.position - b.position || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * The pages in the order of their tree, depth first: each parent before its children, siblings by
 * position, then slug. A page whose parent is not among them counts as one at the top; pages caught
 * in a cycle (which moving refuses, but data may hold) come last, so that none is ever lost.
 */
export function treeOrder<T extends TreeNode>(pages: readonly T[]): T[] {
  const ids = new Set(pages.map((p) => p.id));
  const children = new Map<string | null, T[]>();
  for (const page of pages) {
    const parent = page.parentId && ids.has(page.parentId) && page.parentId !== page.id ? page.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(page);
    else children.set(parent, [page]);
  }
  for (const siblings of children.values()) siblings.sort(bySiblingOrder);

  const ordered: T[] = [];
  const seen = new Set<string>();
  // An explicit stack: a deep tree must not exhaust the call stack.
  const stack: T[] = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const page = stack.pop() as T;
    if (seen.has(page.id)) continue;
    seen.add(page.id);
    ordered.push(page);
    const below = children.get(page.id) ?? [];
    for (let i = below.length - 1; i >= 0; i -= 1) stack.push(below[i] as T);
  }
  const stranded = pages.filter((p) => !seen.has(p.id)).sort(bySiblingOrder);
  return [...ordered, ...stranded];
}
