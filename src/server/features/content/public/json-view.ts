import type { PublicPage } from '../../../../shared/contracts/content-public.ts';
import { contentPageHref } from './addresses.ts';
import type { SluggedOrganisation } from './organisation-slug.ts';
import { languageOf, type PublishedPage } from './published-pages.ts';

/**
 * A public page as apps read it, once per language: only `language` when asked for (none when the
 * page is not published in it), else every published language, the source first. A linked page's
 * own text before and after the source's is part of `bodyHtml`, as the HTML page shows it.
 */
export function publicPageEntries(
  publicUrl: string,
  organisation: SluggedOrganisation,
  page: PublishedPage,
  asked: string | undefined,
): PublicPage[] {
  const shown = asked === undefined ? page.languages : [languageOf(page, asked) ?? []].flat();
  return shown.flatMap((language) => {
    const text = page.texts.get(language);
    if (!text) return [];
    return [
      {
        id: page.id,
        parentId: page.parentId,
        slug: page.slug,
        path: page.path,
        language,
        languages: page.languages,
        url: `${publicUrl}${contentPageHref(organisation.slug, language, page.path)}`,
        title: text.title,
        bodyHtml: [text.beforeHtml, text.bodyHtml, text.afterHtml].filter((part) => part.trim() !== '').join('\n'),
        contact: page.contact,
        validUntil: page.validUntil,
        updatedAt: text.createdAt.toISOString(),
        attribution: page.attribution,
      },
    ];
  });
}
