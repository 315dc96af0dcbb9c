import { Link, useRouterState } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { Icon } from '../../ui/icon.tsx';
import { useSignOut } from '../accounts/use-sign-out.ts';

/**
 * The signed-in person's menu (a disclosure, not an ARIA menu: it holds ordinary links and a
 * button, reached with Tab). Escape closes it and returns focus to its button.
 */
export function AccountMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const signOut = useSignOut();
  const location = useRouterState({ select: (state) => state.location.href });

  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the page changes
  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the disclosure closes it
    <div
      className="account-menu"
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="kern-btn kern-btn--tertiary account-menu__toggle"
        aria-expanded={open}
        aria-controls="account-menu-panel"
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="account-circle" />
        <span className="kern-label">
          <span className="visually-hidden">{t('accountMenu.label')}: </span>
          {me.name}
        </span>
        <Icon name={open ? 'arrow-up' : 'arrow-down'} />
      </button>
      <div id="account-menu-panel" className="account-menu__panel" hidden={!open}>
        <p className="kern-body kern-body--small account-menu__who">
          {me.email}
          {me.organisation ? (
            <>
              <br />
              {me.organisation.name}
            </>
          ) : null}
        </p>
        <ul className="plain-list account-menu__list">
          <li>
            <Link className="kern-link account-menu__item" to="/account">
              <Icon name="account-circle" />
              {t('accountMenu.account')}
            </Link>
          </li>
          {me.organisation ? (
            <li>
              <Link
                className="kern-link account-menu__item"
                to="/organisations/$id"
                params={{ id: me.organisation.id }}
              >
                <Icon name="home" />
                {t('accountMenu.organisation')}
              </Link>
            </li>
          ) : null}
          <li>
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--block account-menu__signout"
              onClick={() => signOut.mutate()}
            >
              <Icon name="logout" />
              <span className="kern-label">{t('accountMenu.signOut')}</span>
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
