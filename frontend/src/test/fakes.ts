import { vi } from 'vitest';
import type { CurrentUser, Role, Tokens } from '../api/auth';
import { Session } from '../auth/session';

export function tokens(suffix: string, expiresIn = 900): Tokens {
  return { access_token: `access-${suffix}`, refresh_token: `refresh-${suffix}`, token_type: 'bearer', expires_in: expiresIn };
}

export function user(role: Role): CurrentUser {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: `${role}@example.test`,
    fullName: `Test ${role}`,
    role,
    organisationId: '00000000-0000-4000-8000-000000000002',
    isOrganisationAdmin: false,
    isActive: true,
    twoFactorEnabled: false,
  };
}

export function fakeSession() {
  const refreshTokens = vi.fn<(token: string) => Promise<Tokens>>();
  const revokeRefreshToken = vi.fn<(token: string) => Promise<void>>().mockResolvedValue(undefined);
  const session = new Session({ refreshTokens, revokeRefreshToken, storage: sessionStorage });
  return { session, refreshTokens, revokeRefreshToken };
}
