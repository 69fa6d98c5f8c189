import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '../components/AppLink';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { SkipLink } from '../components/SkipLink';

const mainId = 'main';

/** After client-side navigation, focus moves to the new page's content, as a page load would. */
function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus();
  }, [pathname, target]);
}

interface PageLayoutProps {
  /** Shown in the header beside the language choice, e.g. who is signed in. */
  account?: ReactNode;
  navigation?: ReactNode;
  children: ReactNode;
}

export function PageLayout({ account, navigation, children }: PageLayoutProps) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className="utrecht-page-layout app-layout">
      <SkipLink targetId={mainId}>{t('app.skipLink')}</SkipLink>
      <header className="utrecht-page-header app-header">
        <div className="app-header__content">
          <AppLink to="/" className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </AppLink>
          <div className="app-header__tools">
            <LanguageSwitcher />
            {account}
          </div>
        </div>
      </header>
      {navigation}
      <main id={mainId} ref={main} tabIndex={-1} className="utrecht-page-body app-main">
        <div className="utrecht-page-body__content app-main__content">{children}</div>
      </main>
    </div>
  );
}
