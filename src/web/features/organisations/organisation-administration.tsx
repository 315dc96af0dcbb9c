import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { SsoRequirementSection } from '../sso/sso-requirement-section.tsx';
import { DomainsSection } from './domains-section.tsx';
import { LogoSection } from './logo-section.tsx';
import { MembersSection } from './members-section.tsx';
import { ProfileEditSection } from './profile-edit-section.tsx';
import { TwoFactorRequirementSection } from './two-factor-requirement-section.tsx';

/** What the organisation's admins (and platform admins) manage on its page. */
export function OrganisationAdministration({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  return (
    <section className="administration">
      <h2 className="kern-heading-medium" id="administration-title">
        {t('orgAdmin.title')}
      </h2>
      <div className="stack-xl">
        <MembersSection organisationId={organisation.id} />
        <ProfileEditSection organisation={organisation} />
        <LogoSection organisation={organisation} />
        <DomainsSection organisation={organisation} />
        <TwoFactorRequirementSection organisation={organisation} />
        <SsoRequirementSection organisationId={organisation.id} />
      </div>
    </section>
  );
}
