import { useTranslation } from 'react-i18next';
import type { HandOver } from '../../../shared/contracts/account-deletion.ts';

/** The roles a person must hand over before their account can go, one per line. */
export function HandOverList({ handOver }: { handOver: HandOver }) {
  const { t } = useTranslation();
  const items = [
    ...handOver.organisations.map((name) => t('accountDeletion.handOverOrganisation', { name })),
    ...handOver.workspaces.map((name) => t('accountDeletion.handOverWorkspace', { name })),
    ...handOver.communities.map((name) => t('accountDeletion.handOverCommunity', { name })),
    ...(handOver.platformAdmin ? [t('accountDeletion.handOverPlatform')] : []),
  ];
  return (
    <ul className="kern-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
