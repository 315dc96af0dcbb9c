import type { PageListItem } from './content-types.ts';

export interface PageNode {
  page: PageListItem;
  children: PageNode[];
}

/**
 * The organisation's pages as a tree: children under their parent, ordered by position and then by
 * title. A page whose parent is not in the list (not visible, or a loop in the data) stands at the top,
 * so no page is ever lost from the view.
 */
export function buildPageTree(pages: readonly PageListItem[]): PageNode[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const nodes = new Map(pages.map((page) => [page.id, { page, children: [] as PageNode[] }]));
  const roots: PageNode[] = [];
  for (const page of pages) {
    const node = nodes.get(page.id) as PageNode;
    const parent = page.parentId && !leadsBackTo(page.id, page.parentId, byId) ? nodes.get(page.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const order = (list: PageNode[]) => {
    list.sort((a, b) => a.page.position - b.page.position || a.page.title.localeCompare(b.page.title, 'de'));
    for (const node of list) order(node.children);
    return list;
  };
  return order(roots);
}

/** Whether following the parents from `parentId` comes back to `id` (a loop). */
function leadsBackTo(id: string, parentId: string, byId: Map<string, PageListItem>): boolean {
  const seen = new Set<string>();
  let current: string | null = parentId;
  while (current && !seen.has(current)) {
    if (current === id) return true;
    seen.add(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return false;
}

/** The page and every page below it: none of them may become its parent. */
export function pageAndDescendants(pages: readonly PageListItem[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const page of pages) {
      if (page.parentId && result.has(page.parentId) && !result.has(page.id)) {
        result.add(page.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The pages as options for "parent page", indented by depth, without the page itself and its descendants. */
export function parentOptions(
  pages: readonly PageListItem[],
  excludeId?: string,
): Array<{ value: string; label: string }> {
  const excluded = excludeId ? pageAndDescendants(pages, excludeId) : new Set<string>();
  const options: Array<{ value: string; label: string }> = [];
  const walk = (nodes: PageNode[], depth: number) => {
    for (const node of nodes) {
      if (excluded.has(node.page.id)) continue;
      options.push({ value: node.page.id, label: `${'– '.repeat(depth)}${node.page.title || node.page.slug}` });
      walk(node.children, depth + 1);
    }
  };
  walk(buildPageTree(pages), 0);
  return options;
}
