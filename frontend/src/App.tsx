import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, useCurrentUser } from './auth/AuthProvider';
import { RequireAuth } from './auth/RequireAuth';
import type { Session } from './auth/session';
import { Paragraph } from './components/Paragraph';
import { AppShell } from './layout/AppShell';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NoAccessPage } from './pages/NoAccessPage';
import { NotAvailablePage } from './pages/NotAvailablePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { screenPages } from './pages/screenPages';
import { canUse, screens, type Screen } from './screens';

/** The household's public status page: no login, outside the staff layout, loaded only when opened. */
const StatusPage = lazy(() => import('./pages/status/StatusPage').then((module) => ({ default: module.StatusPage })));
/** Where an invited user chooses their password: no login, loaded only when opened. */
/** The signed-in user's own two-step login, loaded only when opened. */
const TwoFactorPage = lazy(() => import('./pages/twoFactor/TwoFactorPage').then((module) => ({ default: module.TwoFactorPage })));
const SetPasswordPage = lazy(() => import('./pages/SetPasswordPage').then((module) => ({ default: module.SetPasswordPage })));

function ScreenRoute({ screen }: { screen: Screen }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!canUse(user, screen)) return <NoAccessPage />;
  const Page = screenPages[screen.id];
  if (!Page) return <NotAvailablePage screen={screen} />;
  return (
    <Suspense fallback={<Paragraph role="status">{t('app.loading')}</Paragraph>}>
      <Page />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/status/:token"
        element={
          <Suspense fallback={null}>
            <StatusPage />
          </Suspense>
        }
      />
      <Route
        path="/set-password"
        element={
          <Suspense fallback={null}>
            <SetPasswordPage />
          </Suspense>
        }
      />
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route index element={<HomePage />} />
          {/* A screen's own pages (a detail page, a form) live under its path and share its roles. */}
          {screens.map((screen) => (
            <Route key={screen.id} path={`${screen.path}/*`} element={<ScreenRoute screen={screen} />} />
          ))}
          <Route
            path="/account/two-factor"
            element={
              <Suspense fallback={null}>
                <TwoFactorPage />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

export function App({ session, queryClient }: { session: Session; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider session={session}>
          <AppRoutes />
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
