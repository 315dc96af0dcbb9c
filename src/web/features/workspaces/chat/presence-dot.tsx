import { useTranslation } from 'react-i18next';
import { usePresence } from './chat-stores.ts';

/** A coloured dot for online/away/offline, with the same said in words for screen readers. */
export function PresenceDot({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const status = usePresence(personId);
  return (
    <>
      <span className={`presence presence--${status}`} aria-hidden="true" />
      <span className="visually-hidden"> ({t(`workspaces.presence.${status}`)})</span>
    </>
  );
}
