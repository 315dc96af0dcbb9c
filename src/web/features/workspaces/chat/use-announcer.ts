import { useCallback, useEffect, useRef, useState } from 'react';

/** At most one announcement this often: a burst of messages becomes one sentence with a count. */
export const ANNOUNCE_EVERY_MS = 4_000;

/**
 * New messages for the one polite live region of the chat. Counts arrivals per channel and says
 * "3 neue Nachrichten in #allgemein" at most every few seconds, never a message's text, so that
 * someone typing is not talked over.
 */
export function useAnnouncer(sentence: (count: number, channel: string) => string) {
  const [text, setText] = useState('');
  const pending = useRef(new Map<string, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(0);
  const say = useRef(sentence);
  say.current = sentence;

  const flush = useCallback(() => {
    timer.current = null;
    const parts = [...pending.current.entries()].map(([channel, count]) => say.current(count, channel));
    pending.current.clear();
    if (parts.length === 0) return;
    last.current = Date.now();
    // Emptied first, so that the same sentence twice in a row is read twice.
    setText('');
    setTimeout(() => setText(parts.join(' ')), 50);
  }, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const arrived = useCallback(
    (channel: string) => {
      pending.current.set(channel, (pending.current.get(channel) ?? 0) + 1);
      if (timer.current) return;
      const wait = Math.max(1_000, ANNOUNCE_EVERY_MS - (Date.now() - last.current));
      timer.current = setTimeout(flush, wait);
    },
    [flush],
  );

  return { text, arrived };
}
