import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AuthProvider } from '../auth/AuthProvider';
import type { Session } from '../auth/session';

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
