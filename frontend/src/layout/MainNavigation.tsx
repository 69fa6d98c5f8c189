import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Screen } from '../screens';

/** The screens this user may use; the current one is marked with aria-current. */
export function MainNavigation({ screens }: { screens: readonly Screen[] }) {
  const { t } = useTranslation();
  const items = [{ path: '/', label: t('screens.home') }, ...screens.map((screen) => ({ path: screen.path, label: t(`screens.${screen.id}`) }))];
  return (
    <nav className="utrecht-nav-bar app-nav" aria-label={t('app.mainNavigation')}>
      <div className="utrecht-nav-bar__content app-nav__content">
        <ul className="utrecht-nav-list" role="list">
          {items.map(({ path, label }) => (
            <li key={path} className="utrecht-nav-list__item">
              <NavLink to={path} end={path === '/'} className="utrecht-nav-list__link app-nav__link">
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
