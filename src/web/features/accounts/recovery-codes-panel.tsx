import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';

/** New recovery codes, shown this once, with a copy button; focus moves here so nobody misses them. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => panel.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(t('twoFactor.recovery.copied'));
    } catch {
      setCopied(t('twoFactor.recovery.copyFailed'));
    }
  }

  return (
    // Focus lands on the panel, so that a screen reader reads the codes and the warning first.
    <div ref={panel} tabIndex={-1} className="recovery-codes-panel">
      <Alert
        variant="warning"
        // The long German compound must be able to break on a 320 px screen.
        title={<span style={{ hyphens: 'auto', overflowWrap: 'anywhere' }}>{t('twoFactor.recovery.title')}</span>}
      >
        <p className="kern-body">{t('twoFactor.recovery.warning', { count: codes.length })}</p>
        <ol
          className="recovery-codes"
          aria-label={t('twoFactor.recovery.listLabel')}
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
            gap: '0.25rem 1.5rem',
            fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
            fontSize: '1.125rem',
            paddingInlineStart: '2rem',
          }}
        >
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p className="kern-body" role="status">
          {copied}
        </p>
        <div className="kern-btn-wrapper">
          <Button variant="secondary" small onClick={() => void copy()}>
            {t('twoFactor.recovery.copy')}
          </Button>
          <Button variant="primary" small onClick={onDone}>
            {t('twoFactor.recovery.done')}
          </Button>
        </div>
      </Alert>
    </div>
  );
}
