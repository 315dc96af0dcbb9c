import { Link, type LinkProps } from '@tanstack/react-router';
import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import { Icon, type IconName } from './icon.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  icon?: IconName;
  small?: boolean;
  /** While true the button stays focusable but does nothing (a disabled button would drop keyboard focus). */
  busy?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

function classes(variant: ButtonVariant, small: boolean | undefined, extra?: string) {
  return ['kern-btn', `kern-btn--${variant}`, small ? 'kern-btn--x-small' : '', extra ?? ''].filter(Boolean).join(' ');
}

export function Button({ variant = 'primary', icon, small, busy, children, className, onClick, ...rest }: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  return (
    <button
      type="button"
      {...rest}
      className={classes(variant, small, className)}
      aria-disabled={busy || rest['aria-disabled'] ? true : undefined}
      onClick={handleClick}
    >
      {icon ? <Icon name={icon} /> : null}
      <span className="kern-label">{children}</span>
    </button>
  );
}

type ButtonLinkProps = LinkProps & { variant?: ButtonVariant; icon?: IconName; small?: boolean; children: ReactNode };

/** A router link that looks like a KERN button. */
export function ButtonLink({ variant = 'primary', icon, small, children, ...link }: ButtonLinkProps) {
  return (
    <Link {...link} className={classes(variant, small)}>
      {icon ? <Icon name={icon} /> : null}
      <span className="kern-label">{children}</span>
    </Link>
  );
}

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="kern-btn-wrapper">{children}</div>;
}
