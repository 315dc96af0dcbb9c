import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button.tsx';
import { PageTitle } from '../../ui/page-title.tsx';

export function Welcome() {
  const { t } = useTranslation();
  return (
    <div className="welcome">
      <div className="welcome__hero">
        <PageTitle preline={t('app.name')} documentTitle={t('welcome.documentTitle')} lead={t('welcome.lead')}>
          {t('welcome.title')}
        </PageTitle>
        <div className="kern-btn-wrapper">
          <ButtonLink to="/sign-in">{t('nav.signIn')}</ButtonLink>
          <ButtonLink to="/register" variant="secondary">
            {t('nav.register')}
          </ButtonLink>
        </div>
      </div>
      <ul className="feature-list">
        {(['directory', 'alliances', 'atlas', 'people'] as const).map((key) => (
          <li key={key} className="kern-card kern-card--hug kern-card--surface">
            <div className="kern-card__container">
              <div className="kern-card__header">
                <h2 className="kern-title">{t(`welcome.${key}.title`)}</h2>
              </div>
              <div className="kern-card__body">
                <p className="kern-body">{t(`welcome.${key}.text`)}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <p className="kern-body">
        {t('welcome.browse')}{' '}
        <Link className="kern-link" to="/organisations">
          {t('welcome.browseLink')}
        </Link>
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/atlas">
          {t('welcome.atlasLink')}
        </Link>
      </p>
    </div>
  );
}
