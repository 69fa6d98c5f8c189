import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchCurrentUser, requestTokens, type CurrentUser, type Tokens } from '../api/auth';
import { loginChallenge, type LoginChallenge } from '../api/twoFactor';
import type { Session } from './session';

export type AuthState =
  | { status: 'restoring' }
  | { status: 'anonymous'; notice?: 'sessionExpired' | 'loggedOut' }
  | { status: 'authenticated'; user: CurrentUser };

interface AuthContextValue {
  state: AuthState;
  /** The password step: signs in, or returns what the account asks for next (a second factor). */
  login: (username: string, password: string) => Promise<LoginChallenge | null>;
  /** Signs in with the tokens of a login's last step (the second factor). */
  completeLogin: (tokens: Tokens) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function restore(session: Session): Promise<CurrentUser | null> {
  return (await session.refresh()) ? fetchCurrentUser() : null;
}

export function AuthProvider({ session, children }: { session: Session; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AuthState>(() =>
    session.hasRefreshToken() ? { status: 'restoring' } : { status: 'anonymous' },
  );

  // After a reload the refresh token in sessionStorage brings the session back.
  useEffect(() => {
    if (!session.hasRefreshToken()) return;
    let current = true;
    restore(session)
      .catch(() => null)
      .then((user) => {
        if (current) setState(user ? { status: 'authenticated', user } : { status: 'anonymous' });
      });
    return () => {
      current = false;
    };
  }, [session]);

  useEffect(
    () =>
      session.onExpired(() => {
        queryClient.clear();
        setState({ status: 'anonymous', notice: 'sessionExpired' });
      }),
    [session, queryClient],
  );

  const completeLogin = useCallback(
    async (tokens: Tokens) => {
      session.start(tokens);
      try {
        setState({ status: 'authenticated', user: await fetchCurrentUser() });
      } catch (error) {
        await session.end();
        throw error;
      }
    },
    [session],
  );

  const login = useCallback(
    async (username: string, password: string) => {
      let tokens: Tokens;
      try {
        tokens = await requestTokens(username, password);
      } catch (error) {
        const challenge = loginChallenge(error);
        if (challenge) return challenge;
        throw error;
      }
      await completeLogin(tokens);
      return null;
    },
    [completeLogin],
  );

  const logout = useCallback(async () => {
    await session.end();
    queryClient.clear();
    setState({ status: 'anonymous', notice: 'loggedOut' });
  }, [session, queryClient]);

  const value = useMemo(() => ({ state, login, completeLogin, logout }), [state, login, completeLogin, logout]);
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = use(AuthContext);
  if (value === null) throw new Error('useAuth needs an <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useCurrentUser(): CurrentUser {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useCurrentUser needs a signed-in user');
  return state.user;
}
