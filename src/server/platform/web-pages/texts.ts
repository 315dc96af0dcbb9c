import type { FastifyRequest } from 'fastify';
import i18next, { type TFunction } from 'i18next';
// The web app's own strings, so a page rendered here reads exactly as the app renders it. They are
// data (JSON), shared like src/shared/; nothing of the web app's code comes along.
import { translations } from '../../../web/i18n/resources.ts';

export type PageLanguage = 'de' | 'en';

/**
 * The interface language the web app remembers (it writes this cookie whenever the language
 * changes). German without it, as the app is: the browser's language is deliberately not guessed from.
 */
export const LANGUAGE_COOKIE = 'allmende_language';

export interface PageTexts {
  language: PageLanguage;
  t: TFunction;
  /** A date as the app shows it (medium style in the interface language). */
  date(value: Date | string): string;
  number(value: number): string;
}

const instance = i18next.createInstance();
void instance.init({
  resources: { de: { translation: translations.de }, en: { translation: translations.en } },
  lng: 'de',
  fallbackLng: 'de',
  supportedLngs: ['de', 'en'],
  // The pages escape every value themselves (platform/web-pages/html.ts).
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function textsOf(language: PageLanguage): PageTexts {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  return {
    language,
    t: instance.getFixedT(language),
    date: (value) => date.format(typeof value === 'string' ? new Date(value) : value),
    number: (value) => number.format(value),
  };
}

const TEXTS: Record<PageLanguage, PageTexts> = { de: textsOf('de'), en: textsOf('en') };

/** The texts of one interface language. */
export function pageTexts(language: PageLanguage): PageTexts {
  return TEXTS[language];
}

/** The language a request's page is rendered in: the app's cookie, else German. */
export function pageLanguage(request: FastifyRequest): PageLanguage {
  return request.cookies?.[LANGUAGE_COOKIE] === 'en' ? 'en' : 'de';
}
