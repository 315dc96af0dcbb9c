import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/contracts/accounts.ts';

/** The password rules, shown as the hint of every new-password field. */
export function PasswordHint() {
  const { t } = useTranslation();
  return <>{t('password.rules', { count: PASSWORD_MIN_LENGTH })}</>;
}
