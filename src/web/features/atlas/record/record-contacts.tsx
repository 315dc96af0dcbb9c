import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { Section } from '../../../ui/section.tsx';

/**
 * The contact persons: people on the platform with their organisation, others by name. E-mail and
 * phone only reach signed-in people (the server leaves them out otherwise).
 */
export function RecordContacts({ record, signedIn }: { record: Cooperation; signedIn: boolean }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  if (record.contacts.length === 0) return null;
  return (
    <Section title={t('atlas.record.contactsTitle')}>
      <ul className="contact-list">
        {record.contacts.map((c) => (
          <li key={c.id} className="contact-list__item">
            <p className="kern-body kern-body--bold contact-list__name">{c.name}</p>
            {c.role || c.organisationName ? (
              <p className="kern-body kern-body--small fact-note" lang={lang}>
                {[c.role, c.organisationName].filter(Boolean).join(', ')}
              </p>
            ) : null}
            {c.personId ? (
              <p className="kern-body kern-body--small fact-note">{t('atlas.record.contactOnPlatform')}</p>
            ) : null}
            {c.email ? (
              <p className="kern-body">
                <span className="visually-hidden">{t('atlas.record.email')}: </span>
                <a className="kern-link break-all" href={`mailto:${c.email}`}>
                  {c.email}
                </a>
              </p>
            ) : null}
            {c.phone ? (
              <p className="kern-body">
                <span className="visually-hidden">{t('atlas.record.phone')}: </span>
                <a className="kern-link" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>
                  {c.phone}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {signedIn ? null : (
        <p className="kern-body">
          <Link className="kern-link" to="/sign-in" search={{ next: `/atlas/${record.slug}` }}>
            {t('atlas.record.signInForContacts')}
          </Link>
        </p>
      )}
    </Section>
  );
}
