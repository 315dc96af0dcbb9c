import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { registerNumberFormat } from './number-format.ts';
import { translations } from './resources.ts';

export type Language = 'de' | 'en';
export const LANGUAGES: Language[] = ['de', 'en'];

const STORAGE_KEY = 'allmende.language';

function isLanguage(value: unknown): value is Language {
  return value === 'de' || value === 'en';
}

/** The language a person chose on this device, if any. */
export function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * German first: the interface is German until someone chooses English (on this device or in
 * their account). The browser's language is deliberately not guessed from, so every visitor of a
 * German administration platform starts from the same page.
 */
function initialLanguage(): Language {
  return storedLanguage() ?? 'de';
}

function reflectOnDocument(language: string) {
  document.documentElement.lang = language;
}

/** Switches the interface language and remembers the choice on this device. */
export async function setLanguage(language: Language, remember = true): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode may forbid storage; the switch still applies to this visit.
    }
  }
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'de';
}

i18next.on('languageChanged', reflectOnDocument);

void i18next.use(initReactI18next).init({
  resources: { de: { translation: translations.de }, en: { translation: translations.en } },
  lng: initialLanguage(),
  fallbackLng: 'de',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
registerNumberFormat(i18next);
reflectOnDocument(i18next.language);

export { i18next };
