import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button.tsx';
import { Section } from '../../ui/section.tsx';

/** The account page's way to "Meine Daten". */
export function MyDataSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('myData.title')}>
      <p className="kern-body">{t('myData.sectionLead')}</p>
      <div className="kern-btn-wrapper">
        <ButtonLink to="/account/my-data" variant="secondary">
          {t('myData.open')}
        </ButtonLink>
      </div>
    </Section>
  );
}
