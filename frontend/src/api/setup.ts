import { Session } from '../auth/session';
import { client } from '../client/client.gen';
import i18n from '../i18n';
import { createApiFetch } from './apiFetch';
import { refreshTokens, revokeRefreshToken } from './auth';

/** The one session of this browser tab. */
export const session = new Session({ refreshTokens, revokeRefreshToken, storage: sessionStorage });

// The generated client already points at /api/v1 on this origin (the spec's server URL).
client.setConfig({
  fetch: createApiFetch({
    accessToken: () => session.getAccessToken(),
    refresh: () => session.refresh(),
    language: () => i18n.language,
  }),
});
