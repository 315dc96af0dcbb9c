import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icon.tsx';
import { useNotices } from './use-realtime.tsx';
import './realtime-notices.css';

/** How long a notice stays on screen; while the pointer or focus is on the notices, none goes. */
const SHOW_MS = 10_000;

/**
 * News that arrived while the page was open, as small toasts over the page's corner: they never push
 * the page down. The region exists from the start (empty), so screen readers announce what is added
 * to it, politely. Each notice goes by itself after a while (the bell keeps the notifications).
 */
export function RealtimeNotices() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  const [held, setHeld] = useState(false);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const running = timers.current;
    for (const [id, timer] of running) {
      if (held || !notices.some((n) => n.id === id)) {
        clearTimeout(timer);
        running.delete(id);
      }
    }
    if (held) return;
    for (const notice of notices) {
      if (!running.has(notice.id))
        running.set(
          notice.id,
          setTimeout(() => dismiss(notice.id), SHOW_MS),
        );
    }
  }, [notices, held, dismiss]);

  useEffect(() => {
    const running = timers.current;
    return () => {
      for (const timer of running.values()) clearTimeout(timer);
      running.clear();
    };
  }, []);

  return (
    <div
      className="notices"
      role="status"
      aria-live="polite"
      aria-label={t('realtime.regionLabel')}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      {notices.map((notice) => (
        <div key={notice.id} className="notice">
          <Icon name="info" />
          <p className="notice__text">{notice.text}</p>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small notice__close"
            onClick={() => dismiss(notice.id)}
          >
            <Icon name="close" />
            <span className="kern-label kern-sr-only">{t('realtime.dismiss')}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
