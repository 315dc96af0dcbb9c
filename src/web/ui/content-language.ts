import { useTranslation } from 'react-i18next';

/**
 * The language of what people write on the platform (atlas records, descriptions, messages): German,
 * as long as a record does not say otherwise.
 */
export const CONTENT_LANGUAGE = 'de';

/**
 * The `lang` attribute for an element holding user content: the content's language when the
 * interface speaks another one (WCAG 3.1.2, so screen readers read German records in English pages
 * with a German voice), nothing when they agree and the page's own `lang` already says it.
 */
export function useContentLang(language: string = CONTENT_LANGUAGE): string | undefined {
  const { i18n } = useTranslation();
  return i18n.language === language ? undefined : language;
}
