import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { fetchCurrentUser, type Role } from '../api/auth';
import { AuthProvider, useAuth } from '../auth/AuthProvider';
import type { Session } from '../auth/session';
import { fakeSession, tokens, user } from './fakes';

/** Renders `ui` inside the app's providers, at `route`. */
export function renderApp(ui: ReactElement, { session, route = '/' }: { session: Session; route?: string }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <AuthProvider session={session}>{ui}</AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/**
 * Renders `ui` for a signed-in user of `role`, as after a reload (the session is restored).
 * The test file must mock '../api/auth' (relative to src) with `fetchCurrentUser: vi.fn()`.
 */
export function renderSignedIn(ui: ReactElement, { role, route = '/', isOrganisationAdmin = false }: { role: Role; route?: string; isOrganisationAdmin?: boolean }) {
  const { session, refreshTokens } = fakeSession();
  refreshTokens.mockResolvedValue(tokens('1'));
  vi.mocked(fetchCurrentUser).mockResolvedValue({ ...user(role), isOrganisationAdmin });
  sessionStorage.setItem('onderdak.refreshToken', 'refresh-0');
  return renderApp(<SignedIn>{ui}</SignedIn>, { session, route });
}

/** Renders its children once the session is restored, as RequireAuth does in the app. */
function SignedIn({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  return state.status === 'authenticated' ? children : null;
}
