import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, so every page has its own title. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    if (title) document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}
