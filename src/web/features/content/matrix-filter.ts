import type { MatrixFilter } from './content-queries.ts';
import type { StatusMatrix } from './content-types.ts';

/**
 * The matrix as the filter asks: only the chosen language's column, only pages where a shown language
 * has the chosen status. Filtering here keeps the whole matrix at hand, so the page can say how many
 * pages the filter leaves; the CSV route takes the same filter.
 */
export function filterMatrix(matrix: StatusMatrix, filter: MatrixFilter): StatusMatrix {
  const languages = filter.language ? matrix.languages.filter((l) => l === filter.language) : matrix.languages;
  const pages = filter.status
    ? matrix.pages.filter((page) => languages.some((l) => page.statuses[l] === filter.status))
    : matrix.pages;
  return { languages, pages };
}
