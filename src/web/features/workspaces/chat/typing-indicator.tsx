import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypists } from './chat-stores.ts';

/**
 * "Anna tippt …" below the list. Deliberately not a live region: it comes and goes every few seconds
 * and would talk over whoever reads or writes.
 */
export function TypingIndicator({ channelId, meId }: { channelId: string; meId: string }) {
  const { t } = useTranslation();
  const typists = useTypists(channelId);
  const [now, setNow] = useState(() => Date.now());
  const names = [...typists.entries()].filter(([id, v]) => id !== meId && v.until > now).map(([, v]) => v.name);

  useEffect(() => {
    if (typists.size === 0) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [typists]);

  let text = '';
  if (names.length === 1) text = t('workspaces.chat.typingOne', { name: names[0] });
  else if (names.length === 2) text = t('workspaces.chat.typingTwo', { first: names[0], second: names[1] });
  else if (names.length > 2) text = t('workspaces.chat.typingMany');
  return <p className="typing-indicator">{text}</p>;
}
