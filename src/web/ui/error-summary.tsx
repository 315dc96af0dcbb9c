import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon.tsx';

export interface SummaryError {
  /** The id of the control at fault; the summary links to it. */
  id: string;
  message: string;
}

/**
 * The list of what is wrong in a form, shown above it after a failed submit. It takes focus
 * so screen-reader users hear it, and each entry jumps to its field.
 */
export function ErrorSummary({ errors, revision }: { errors: SummaryError[]; revision: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // `revision` changes on every submit, so a second failed submit is announced again.
    if (errors.length > 0 && revision > 0) ref.current?.focus();
  }, [revision, errors.length]);
  if (errors.length === 0) return null;
  return (
    <section
      className="kern-alert kern-alert--danger error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <div className="kern-alert__header">
        <Icon name="danger" />
        <h2 className="kern-title" id="error-summary-title">
          {t('form.errorSummary', { count: errors.length })}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {errors.map((error) => (
            <li key={error.id}>
              <a
                className="kern-link"
                href={`#${error.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(error.id);
                  target?.focus();
                  target?.scrollIntoView({ block: 'center' });
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
