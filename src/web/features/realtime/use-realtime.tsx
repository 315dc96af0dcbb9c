import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnrolmentRequired } from '../accounts/passkeys/enrolment-gate.tsx';
import { ME_KEY, useMe } from '../accounts/use-me.ts';
import { RealtimeClient, type RealtimeMessage } from './realtime-client.ts';

export interface Notice {
  id: number;
  text: string;
}

const NoticesContext = createContext<{
  notices: Notice[];
  dismiss: (id: number) => void;
  /** Shows a notice in the polite live region (at most three stay). */
  announce: (text: string) => void;
}>({
  notices: [],
  dismiss: () => undefined,
  announce: () => undefined,
});

type RealtimeListener = (message: RealtimeMessage) => void;
const ListenersContext = createContext<Set<RealtimeListener> | null>(null);
const ClientContext = createContext<{ current: RealtimeClient | null } | null>(null);

/**
 * Connects to the realtime endpoint while someone is signed in; turns events into notices and
 * refreshes the answers they make stale.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const client = useQueryClient();
  const [notices, setNotices] = useState<Notice[]>([]);
  const counter = useRef(0);
  const [listeners] = useState(() => new Set<RealtimeListener>());
  // Held to the enrolment of a second factor, the socket would be refused: it connects once free.
  const free = useEnrolmentRequired(Boolean(me)) === false;
  const personId = free ? me?.id : undefined;
  const [clientRef] = useState<{ current: RealtimeClient | null }>(() => ({ current: null }));

  const notify = useCallback((text: string) => {
    counter.current += 1;
    const id = counter.current;
    setNotices((list) => [...list.slice(-2), { id, text }]);
  }, []);

  const handle = useCallback(
    (message: RealtimeMessage) => {
      for (const listener of listeners) listener(message);
      const text = (key: string) => t(key, message as Record<string, unknown>);
      switch (message.type) {
        case 'membership.confirmed':
          void client.invalidateQueries({ queryKey: ME_KEY });
          void client.invalidateQueries({ queryKey: ['organisation'] });
          void client.invalidateQueries({ queryKey: ['alliances'] });
          notify(text('realtime.membershipConfirmed'));
          break;
        case 'alliance.invited':
          void client.invalidateQueries({ queryKey: ['alliances'] });
          notify(text('realtime.allianceInvited'));
          break;
        case 'alliance.joined':
          void client.invalidateQueries({ queryKey: ['alliances'] });
          void client.invalidateQueries({ queryKey: ['organisation'] });
          notify(text('realtime.allianceJoined'));
          break;
        case 'alliance.left':
          void client.invalidateQueries({ queryKey: ['alliances'] });
          void client.invalidateQueries({ queryKey: ['organisation'] });
          notify(text('realtime.allianceLeft'));
          break;
        default:
          break;
      }
    },
    [client, notify, t, listeners],
  );
  const handleRef = useRef(handle);
  handleRef.current = handle;

  useEffect(() => {
    if (!personId) return;
    const realtime = new RealtimeClient({
      onMessage: (message) => handleRef.current(message),
      onResync: () => void client.invalidateQueries(),
    });
    clientRef.current = realtime;
    realtime.start();
    return () => {
      clientRef.current = null;
      realtime.stop();
    };
  }, [personId, client, clientRef]);

  useEffect(() => {
    if (!personId) setNotices([]);
  }, [personId]);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return (
    <ClientContext.Provider value={clientRef}>
      <ListenersContext.Provider value={listeners}>
        <NoticesContext.Provider value={{ notices, dismiss, announce: notify }}>{children}</NoticesContext.Provider>
      </ListenersContext.Provider>
    </ClientContext.Provider>
  );
}

/** Hears every realtime event while the calling component is mounted, so a feature can react to its own. */
export function useRealtimeEvents(listener: RealtimeListener) {
  const listeners = useContext(ListenersContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    if (!listeners) return;
    const forward: RealtimeListener = (message) => latest.current(message);
    listeners.add(forward);
    return () => {
      listeners.delete(forward);
    };
  }, [listeners]);
}

/** Sends to the server over the socket (typing, presence); a message sent while disconnected is dropped. */
export function useRealtimeSend() {
  const ref = useContext(ClientContext);
  return useMemo(
    () => ({
      send: (message: { type: string; [key: string]: unknown }) => ref?.current?.send(message) ?? false,
      setPresence: (status: 'online' | 'away') => ref?.current?.setPresence(status),
    }),
    [ref],
  );
}

export function useNotices() {
  return useContext(NoticesContext);
}
