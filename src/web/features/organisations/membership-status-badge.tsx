import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';

export function MembershipStatusBadge({ status }: { status: 'pending' | 'confirmed' }) {
  const { t } = useTranslation();
  return status === 'pending' ? (
    <Badge variant="warning">{t('membership.pending')}</Badge>
  ) : (
    <Badge variant="success">{t('membership.confirmed')}</Badge>
  );
}
