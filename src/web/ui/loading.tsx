import { useTranslation } from 'react-i18next';

/** A polite "loading" line; screen readers hear it once, sighted people see a small spinner. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading kern-body" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
