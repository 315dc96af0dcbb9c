import { Link, type LinkProps, useRouterState } from '@tanstack/react-router';
import { useId } from 'react';
import { Icon } from '../../ui/icon.tsx';
import { useDisclosure } from '../../ui/use-disclosure.ts';

export interface NavGroupLink {
  to: NonNullable<LinkProps['to']>;
  label: string;
}

/**
 * A group of the main navigation: a button that opens its links below it (on a wide screen floating
 * over the page, in the narrow menu in place). The button is marked like a current link when one of
 * its pages is open, and says so to screen readers.
 */
export function NavGroup({
  label,
  links,
  currentLabel,
}: {
  label: string;
  links: NavGroupLink[];
  currentLabel: string;
}) {
  const { open, rootProps, toggleProps } = useDisclosure<HTMLLIElement>();
  const panel = useId();
  const path = useRouterState({ select: (state) => state.location.pathname });
  const current = links.some((link) => path === link.to || path.startsWith(`${link.to}/`));
  return (
    <li className="main-nav__group" {...rootProps}>
      <button
        {...toggleProps}
        className={
          current ? 'main-nav__link main-nav__toggle main-nav__toggle--current' : 'main-nav__link main-nav__toggle'
        }
        aria-controls={panel}
      >
        {label}
        {current ? <span className="visually-hidden"> ({currentLabel})</span> : null}
        <Icon name={open ? 'arrow-up' : 'arrow-down'} />
      </button>
      <ul id={panel} className="main-nav__panel" hidden={!open}>
        {links.map((link) => (
          <li key={link.to}>
            <Link className="main-nav__link main-nav__sublink" to={link.to} activeProps={{ 'aria-current': 'page' }}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
