import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button.tsx';
import { PageTitle } from '../../ui/page-title.tsx';

/** Where a person lands after deleting their account: what happened, and that the address is free again. */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('accountDeletion.deletedTitle')}</PageTitle>
      <div className="stack-md">
        <p className="kern-body">{t('accountDeletion.deletedText')}</p>
        <p>
          <ButtonLink variant="secondary" to="/">
            {t('accountDeletion.toStart')}
          </ButtonLink>
        </p>
      </div>
    </>
  );
}
