import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { Icon } from '../../ui/icon.tsx';
import { useDisclosure } from '../../ui/use-disclosure.ts';
import { useSignOut } from '../accounts/use-sign-out.ts';

/**
 * The signed-in person's menu (a disclosure, not an ARIA menu: it holds ordinary links and a
 * button, reached with Tab). Escape closes it and returns focus to its button.
 */
export function AccountMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { open, rootProps, toggleProps } = useDisclosure();
  const signOut = useSignOut();

  return (
    <div className="account-menu" {...rootProps}>
      <button
        {...toggleProps}
        className="kern-btn kern-btn--tertiary account-menu__toggle"
        aria-controls="account-menu-panel"
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
