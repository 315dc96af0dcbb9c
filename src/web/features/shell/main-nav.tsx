import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { NavGroup } from './nav-group.tsx';

const active = { 'aria-current': 'page' } as const;

function NavLink({ to, label, exact = false }: { to: string; label: string; exact?: boolean }) {
  return (
    <li>
      <Link className="main-nav__link" to={to} activeOptions={{ exact }} activeProps={active}>
        {label}
      </Link>
    </li>
  );
}

/**
 * Signed out: Start, Organisationen, Verbünde, Veranstaltungen, Kooperationsatlas. Signed in, the
 * daily work first and the rest in two groups, so that the line fits a 1280 px screen: Start,
 * Arbeitsräume, Meine Aufgaben, Dokumente, Inhalte (members of an organisation), Netzwerk (its
 * communities and questions, Dienste, Veranstaltungen), Kooperationsatlas, Verzeichnis
 * (Organisationen, Verbünde) and, for platform administrators, Verwaltung.
 */
export function MainNav({ me }: { me: Me | null | undefined }) {
  const { t } = useTranslation();
  const current = t('nav.currentGroup');
  if (!me) {
    return (
      <nav className="main-nav" aria-label={t('nav.label')}>
        <ul className="main-nav__list">
          <NavLink to="/" label={t('nav.start')} exact />
          <NavLink to="/organisations" label={t('nav.organisations')} />
          <NavLink to="/alliances" label={t('nav.alliances')} />
          <NavLink to="/events" label={t('nav.events')} />
          <NavLink to="/atlas" label={t('nav.atlas')} />
        </ul>
      </nav>
    );
  }
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        <NavLink to="/" label={t('nav.start')} exact />
        <NavLink to="/workspaces" label={t('workspaces.nav')} />
        <NavLink to="/me/tasks" label={t('projects.nav.myTasks')} />
        <NavLink to="/documents" label={t('documents.nav')} />
        {me.organisation?.status === 'confirmed' ? <NavLink to="/content" label={t('content.nav')} /> : null}
        <NavGroup
          label={t('nav.network')}
          currentLabel={current}
          links={[
            { to: '/network', label: t('nav.communities') },
            { to: '/services', label: t('nav.services') },
            { to: '/events', label: t('nav.events') },
          ]}
        />
        <NavLink to="/atlas" label={t('nav.atlas')} />
        <NavGroup
          label={t('nav.directory')}
          currentLabel={current}
          links={[
            { to: '/organisations', label: t('nav.organisations') },
            { to: '/alliances', label: t('nav.alliances') },
          ]}
        />
        {me.isPlatformAdmin ? <NavLink to="/admin" label={t('nav.admin')} /> : null}
      </ul>
    </nav>
  );
}
