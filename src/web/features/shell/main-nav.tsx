import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';

/** Start, Organisationen, Verbünde, Arbeitsräume, Meine Aufgaben, Dokumente, Netzwerk and Dienste (signed in), Veranstaltungen, Inhalte (members of an organisation), Kooperationsatlas and, for platform administrators, Verwaltung. */
export function MainNav({ me }: { me: Me | null | undefined }) {
  const { t } = useTranslation();
  const active = { 'aria-current': 'page' } as const;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        <li>
          <Link className="main-nav__link" to="/" activeOptions={{ exact: true }} activeProps={active}>
            {t('nav.start')}
          </Link>
        </li>
        <li>
          <Link className="main-nav__link" to="/organisations" activeProps={active}>
            {t('nav.organisations')}
          </Link>
        </li>
        <li>
          <Link className="main-nav__link" to="/alliances" activeProps={active}>
            {t('nav.alliances')}
          </Link>
        </li>
        {me ? (
          <li>
            <Link className="main-nav__link" to="/workspaces" activeProps={active}>
              {t('workspaces.nav')}
            </Link>
          </li>
        ) : null}
        {me ? (
          <li>
            <Link className="main-nav__link" to="/me/tasks" activeProps={active}>
              {t('projects.nav.myTasks')}
            </Link>
          </li>
        ) : null}
        {me ? (
          <li>
            <Link className="main-nav__link" to="/documents" activeProps={active}>
              {t('documents.nav')}
            </Link>
          </li>
        ) : null}
        {me ? (
          <li>
            <Link className="main-nav__link" to="/network" activeProps={active}>
              {t('networkCommunities.nav')}
            </Link>
          </li>
        ) : null}
        {me ? (
          <li>
            <Link className="main-nav__link" to="/services" activeProps={active}>
              {t('nav.services')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="main-nav__link" to="/events" activeProps={active}>
            {t('nav.events')}
          </Link>
        </li>
        {me?.organisation?.status === 'confirmed' ? (
          <li>
            <Link className="main-nav__link" to="/content" activeProps={active}>
              {t('content.nav')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="main-nav__link" to="/atlas" activeProps={active}>
            {t('nav.atlas')}
          </Link>
        </li>
        {me?.isPlatformAdmin ? (
          <li>
            <Link className="main-nav__link" to="/admin" activeProps={active}>
              {t('nav.admin')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
