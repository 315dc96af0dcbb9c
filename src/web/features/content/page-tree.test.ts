import { describe, expect, it } from 'vitest';
import type { PageListItem } from './content-types.ts';
import { buildPageTree, pageAndDescendants, parentOptions } from './page-tree.ts';

const page = (id: string, parentId: string | null, position: number, title = id): PageListItem => ({
  id,
  parentId,
  position,
  slug: id,
  title,
  sourceLanguage: 'de',
  published: true,
  languages: ['de'],
  adoptionMode: null,
  sharedWith: null,
  updatedAt: '2026-01-01T00:00:00Z',
});

const shape = (nodes: ReturnType<typeof buildPageTree>): unknown =>
  nodes.map((n) => (n.children.length ? { [n.page.id]: shape(n.children) } : n.page.id));

describe('page tree', () => {
  it('nests pages under their parent, ordered by position and then title', () => {
    const pages = [
      page('ausweis', 'buergerdienste', 2),
      page('wohnsitz', 'buergerdienste', 1),
      page('buergerdienste', null, 0),
      page('abfall', null, 1, 'Abfall'),
      page('baum', null, 1, 'Baumfällung'),
    ];
    expect(shape(buildPageTree(pages))).toEqual([{ buergerdienste: ['wohnsitz', 'ausweis'] }, 'abfall', 'baum']);
  });

  it('keeps a page whose parent is missing or that sits in a loop at the top, so none is lost', () => {
    const pages = [page('orphan', 'gone', 0), page('a', 'b', 1), page('b', 'a', 2)];
    const tree = buildPageTree(pages);
    expect(tree.map((n) => n.page.id)).toEqual(expect.arrayContaining(['orphan', 'a', 'b']));
    const count = (nodes: typeof tree): number => nodes.reduce((sum, n) => sum + 1 + count(n.children), 0);
    expect(count(tree)).toBe(3);
  });

  it('never offers a page or anything below it as its own parent', () => {
    const pages = [
      page('top', null, 0),
      page('child', 'top', 0),
      page('grandchild', 'child', 0),
      page('other', null, 1),
    ];
    expect([...pageAndDescendants(pages, 'child')].sort()).toEqual(['child', 'grandchild']);
    expect(parentOptions(pages, 'child').map((o) => o.label)).toEqual(['top', 'other']);
    expect(parentOptions(pages).map((o) => o.label)).toEqual(['top', '– child', '– – grandchild', 'other']);
  });
});
