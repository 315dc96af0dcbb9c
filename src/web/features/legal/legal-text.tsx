import { useTranslation } from 'react-i18next';
import type { LegalPage } from '../../../shared/contracts/legal.ts';

type Language = 'de' | 'en';

/**
 * The text to show in the interface's language, or the other one (marked with its language, WCAG 3.1.2)
 * when the operator wrote only that; null when there is none.
 */
export function chooseText(texts: LegalPage['texts'], language: Language): { html: string; language: Language } | null {
  const other: Language = language === 'de' ? 'en' : 'de';
  if (texts[language]) return { html: texts[language], language };
  if (texts[other]) return { html: texts[other], language: other };
  return null;
}

/**
 * The editor's headings start at h3 (it serves the atlas' sections under an h2); on a legal page they
 * follow the page's h1 directly, so they move one level up. The HTML was sanitised by the server:
 * its headings carry no attributes.
 */
export function shiftHeadings(html: string): string {
  return html.replace(/<(\/?)h([34])>/g, (_match, slash: string, level: string) => `<${slash}h${Number(level) - 1}>`);
}

/** The operator's text of a legal page, with a note when it is in the other language. */
export function LegalText({ texts }: { texts: LegalPage['texts'] }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const chosen = chooseText(texts, language);
  if (!chosen) return null;
  return (
    <>
      {chosen.language !== language ? (
        <p className="kern-body legal-text__note">{t(`legal.onlyIn.${chosen.language}`)}</p>
      ) : null}
      <div
        className="rich-text legal-text"
        lang={chosen.language === language ? undefined : chosen.language}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save
        dangerouslySetInnerHTML={{ __html: shiftHeadings(chosen.html) }}
      />
    </>
  );
}
