import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button.tsx';
import { PageTitle } from '../../ui/page-title.tsx';

/** "Not found" inside any page: for unknown addresses and for things one may not see. */
export function NotFoundContent({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageTitle lead={t('notFound.lead')}>{title ?? t('notFound.title')}</PageTitle>
      <p className="kern-body">{t('notFound.help')}</p>
      <div className="kern-btn-wrapper spaced">
        <ButtonLink to="/" icon="home">
          {t('notFound.home')}
        </ButtonLink>
        <ButtonLink to="/search" variant="secondary" icon="search">
          {t('notFound.search')}
        </ButtonLink>
      </div>
    </div>
  );
}

export function NotFoundPage() {
  return <NotFoundContent />;
}
