import { Link, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { BrandMark } from './brand-mark.tsx';
import { Icon } from './icon.tsx';
import { Kopfzeile } from './kopfzeile.tsx';

interface SiteHeaderProps {
  kopfzeile: string;
  brandName: string;
  brandClaim: string;
  homeLabel: string;
  menuLabel: string;
  /** Search, language switch and account: beside the brand on wide screens, in the menu on narrow ones. */
  tools: ReactNode;
  /** The main navigation (a `<nav>`). */
  nav: ReactNode;
}

/**
 * The page header: Kopfzeile, brand, tools and navigation. Below 992 px the tools and the
 * navigation fold into a menu behind one button, so nothing scrolls sideways at 320 px.
 */
export function SiteHeader({ kopfzeile, brandName, brandClaim, homeLabel, menuLabel, tools, nav }: SiteHeaderProps) {
  const [open, setOpen] = useState(false);
  const location = useRouterState({ select: (state) => state.location.href });
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing on every navigation is the point
  useEffect(() => setOpen(false), [location]);
  return (
    <header className="site-header">
      <Kopfzeile label={kopfzeile} />
      <div className="kern-container site-header__inner">
        <Link to="/" className="brand">
          <BrandMark />
          <span className="brand__text">
            <span className="brand__name">{brandName}</span>
            <span className="brand__claim">{brandClaim}</span>
          </span>
          <span className="visually-hidden">{homeLabel}</span>
        </Link>
        <button
          type="button"
          className="kern-btn kern-btn--secondary site-header__toggle"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpen((o) => !o)}
        >
          <Icon name={open ? 'close' : 'dehaze'} />
          <span className="kern-label">{menuLabel}</span>
        </button>
        <div id="site-menu" className={`site-header__menu${open ? ' site-header__menu--open' : ''}`}>
          <div className="site-header__tools">{tools}</div>
          <div className="site-header__nav">{nav}</div>
        </div>
      </div>
    </header>
  );
}
