import { useTranslation } from 'react-i18next';
import { Icon } from './icon.tsx';

const OTHER: Record<string, { code: 'de' | 'en'; name: string }> = {
  de: { code: 'en', name: 'English' },
  en: { code: 'de', name: 'Deutsch' },
};

/** One button that offers the other language, named in that language. */
export function LanguageSwitch({ onSwitch }: { onSwitch: (language: 'de' | 'en') => void }) {
  const { i18n, t } = useTranslation();
  const other = OTHER[i18n.language] ?? OTHER.de;
  if (!other) return null;
  return (
    <button
      type="button"
      className="kern-btn kern-btn--tertiary language-switch"
      lang={other.code}
      title={t('language.switchTitle')}
      onClick={() => onSwitch(other.code)}
    >
      <Icon name="language" />
      <span className="kern-label">{other.name}</span>
    </button>
  );
}
