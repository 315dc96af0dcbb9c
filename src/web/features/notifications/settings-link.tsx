import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button.tsx';
import { Section } from '../../ui/section.tsx';

/** The account page's way to the notification settings. */
export function NotificationSettingsSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('notifications.title')}>
      <p className="kern-body">{t('notifications.settings.lead')}</p>
      <div className="kern-btn-wrapper">
        <ButtonLink to="/account/notifications" variant="secondary">
          {t('notifications.settings.link')}
        </ButtonLink>
      </div>
    </Section>
  );
}
