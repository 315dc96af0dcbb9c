import type { ReactNode } from 'react';
import { Icon } from './icon.tsx';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  variant: AlertVariant;
  title: ReactNode;
  children?: ReactNode;
  /** `alert` for errors that appear after an action, `status` for polite news; none for static notes. */
  role?: 'alert' | 'status';
  id?: string;
  className?: string;
}

export function Alert({ variant, title, children, role, id, className }: AlertProps) {
  return (
    <div className={`kern-alert kern-alert--${variant}${className ? ` ${className}` : ''}`} role={role} id={id}>
      <div className="kern-alert__header">
        <Icon name={variant} />
        <span className="kern-title">{title}</span>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
