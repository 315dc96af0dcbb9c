import { useTranslation } from 'react-i18next';
import type { LegalPage } from '../../../shared/contracts/legal.ts';
import { Section } from '../../ui/section.tsx';

type Contacts = NonNullable<LegalPage['accessibility']>;

/** `tel:` wants the number without spaces and separators. */
const telOf = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

/**
 * The two parts BITV 2.0 § 7 asks of every accessibility statement besides its text: where to report
 * barriers, and the Schlichtungsstelle to turn to when that does not help.
 */
export function AccessibilityContacts({ contacts }: { contacts: Contacts }) {
  const { t } = useTranslation();
  const { feedbackEmail, feedbackPhone, arbitration } = contacts;
  return (
    <>
      <Section title={t('legal.accessibility.feedbackTitle')}>
        {feedbackEmail || feedbackPhone ? (
          <>
            <p className="kern-body">{t('legal.accessibility.feedbackText')}</p>
            <ul className="plain-list legal-contact">
              {feedbackEmail ? (
                <li className="kern-body">
                  {t('legal.accessibility.email')}:{' '}
                  <a className="kern-link" href={`mailto:${feedbackEmail}`}>
                    {feedbackEmail}
                  </a>
                </li>
              ) : null}
              {feedbackPhone ? (
                <li className="kern-body">
                  {t('legal.accessibility.phone')}:{' '}
                  <a className="kern-link" href={telOf(feedbackPhone)}>
                    {feedbackPhone}
                  </a>
                </li>
              ) : null}
            </ul>
          </>
        ) : (
          <p className="kern-body">{t('legal.accessibility.feedbackMissing')}</p>
        )}
      </Section>
      <Section title={t('legal.accessibility.arbitrationTitle')}>
        <p className="kern-body legal-page__prose">{t('legal.accessibility.arbitrationText')}</p>
        {/* The board's name and address are German, also in the English interface (WCAG 3.1.2). */}
        <address className="legal-contact">
          <p className="kern-body" lang="de">
            <strong>{arbitration.name}</strong>
          </p>
          {arbitration.address ? (
            <p className="kern-body" lang="de">
              {arbitration.address.split('\n').map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: address lines have no identity but their place
                <span key={index} className="legal-contact__line">
                  {line}
                </span>
              ))}
            </p>
          ) : null}
          <ul className="plain-list">
            {arbitration.phone ? (
              <li className="kern-body">
                {t('legal.accessibility.phone')}:{' '}
                <a className="kern-link" href={telOf(arbitration.phone)}>
                  {arbitration.phone}
                </a>
              </li>
            ) : null}
            {arbitration.email ? (
              <li className="kern-body">
                {t('legal.accessibility.email')}:{' '}
                <a className="kern-link" href={`mailto:${arbitration.email}`}>
                  {arbitration.email}
                </a>
              </li>
            ) : null}
            {arbitration.website ? (
              <li className="kern-body">
                {t('legal.accessibility.website')}:{' '}
                <a className="kern-link" href={arbitration.website}>
                  {arbitration.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                </a>
              </li>
            ) : null}
          </ul>
        </address>
      </Section>
    </>
  );
}
