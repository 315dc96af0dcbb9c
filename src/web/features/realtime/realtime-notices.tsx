import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icon.tsx';
import { useNotices } from './use-realtime.tsx';

/**
 * News that arrived while the page was open. The region exists from the start (empty), so
 * screen readers announce what is added to it, politely.
 */
export function RealtimeNotices() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  return (
    <div className="notices" role="status" aria-live="polite" aria-label={t('realtime.regionLabel')}>
      {notices.map((notice) => (
        <div key={notice.id} className="kern-alert kern-alert--info notice">
          <div className="kern-alert__header">
            <Icon name="info" />
            <span className="kern-title notice__text">{notice.text}</span>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary kern-btn--x-small notice__close"
              onClick={() => dismiss(notice.id)}
            >
              <Icon name="close" />
              <span className="kern-sr-only">{t('realtime.dismiss')}</span>
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
