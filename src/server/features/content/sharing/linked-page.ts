import { conflict } from '../../../platform/errors/problem.ts';
import type { PageRow } from '../queries.ts';

/** A linked page shows its source's text: its organisation writes only its own text around it. */
export function refuseLinkedPage(page: PageRow): void {
  if (page.adoptionMode === 'link') {
    throw conflict(
      'linked-page',
      'Linked page',
      'The page shows another organisation’s text. Write your own text before and after it, or turn the link into a copy.',
    );
  }
}

/** The operations on a linked page refuse every other page. */
export function requireLinkedPage(page: PageRow): void {
  if (page.adoptionMode !== 'link') {
    throw conflict('not-linked', 'Not a linked page', 'Only a page linked to another organisation’s page has this.');
  }
}
