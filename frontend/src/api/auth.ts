import { authLogin, authLogout, authRefresh, usersReadMe, type TokenResponse, type UserPublic } from '../client';
import { unwrap } from './result';

export type Tokens = TokenResponse;
export type CurrentUser = UserPublic;
export type Role = CurrentUser['role'];

export function requestTokens(username: string, password: string): Promise<Tokens> {
  return unwrap(authLogin({ body: { username, password } }));
}

export function refreshTokens(token: string): Promise<Tokens> {
  return unwrap(authRefresh({ body: { refreshToken: token } }));
}

export async function revokeRefreshToken(token: string): Promise<void> {
  await unwrap(authLogout({ body: { refreshToken: token } }));
}

export function fetchCurrentUser(): Promise<CurrentUser> {
  return unwrap(usersReadMe());
}
