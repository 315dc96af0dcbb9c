import { useCallback, useEffect, useRef } from 'react';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { api } from '../../api/client.ts';
import { currentLanguage, type Language, setLanguage, storedLanguage } from '../../i18n/i18n.ts';
import { useMe, useSetMe } from './use-me.ts';

/** Switches the interface language, remembers it on this device and, when signed in, on the account. */
export function useSwitchLanguage() {
  const { me } = useMe();
  const setMe = useSetMe();
  return useCallback(
    async (language: Language) => {
      await setLanguage(language);
      if (me && me.locale !== language) {
        try {
          setMe(await api.patch<Me>('/me', { locale: language }));
        } catch {
          // The interface already switched; the account keeps its old language until next time.
        }
      }
    },
    [me, setMe],
  );
}

/**
 * Once per signed-in person: a language chosen on this device wins and is saved to the account;
 * without one, the account's language is used.
 */
export function useLanguageSync() {
  const { me } = useMe();
  const setMe = useSetMe();
  const synced = useRef<string | null>(null);
  useEffect(() => {
    if (!me || synced.current === me.id) return;
    synced.current = me.id;
    const chosen = storedLanguage();
    if (!chosen) {
      if (me.locale !== currentLanguage()) void setLanguage(me.locale, false);
    } else if (chosen !== me.locale) {
      api.patch<Me>('/me', { locale: chosen }).then(setMe, () => undefined);
    }
  }, [me, setMe]);
}
