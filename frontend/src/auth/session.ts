import type { Tokens } from '../api/auth';
import { ApiError } from '../api/problem';

export interface SessionOptions {
  refreshTokens: (refreshToken: string) => Promise<Tokens>;
  revokeRefreshToken: (refreshToken: string) => Promise<void>;
  storage: Storage;
}

const refreshTokenKey = 'onderdak.refreshToken';
/** Renew this long before the access token expires… */
const refreshMarginMs = 30_000;
/** …but never sooner than halfway through its lifetime. */
const minimumLifetimeShare = 0.5;

export function refreshDelayMs(expiresInSeconds: number): number {
  const lifetimeMs = expiresInSeconds * 1000;
  return Math.max(lifetimeMs - refreshMarginMs, lifetimeMs * minimumLifetimeShare);
}

/**
 * The signed-in session: the access token lives only in memory, the refresh token in
 * sessionStorage (so a reload keeps you signed in, a closed tab does not). The access
 * token is renewed shortly before it expires, and on demand after a 401.
 */
export class Session {
  private accessToken: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingRefresh: Promise<boolean> | null = null;
  private readonly expiredListeners = new Set<() => void>();
  private readonly options: SessionOptions;

  constructor(options: SessionOptions) {
    this.options = options;
  }

  getAccessToken(): string | null {
    return this.accessToken;
  }

  hasRefreshToken(): boolean {
    return this.options.storage.getItem(refreshTokenKey) !== null;
  }

  start(tokens: Tokens): void {
    this.accessToken = tokens.access_token;
    this.options.storage.setItem(refreshTokenKey, tokens.refresh_token);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), refreshDelayMs(tokens.expires_in));
  }

  /**
   * Renews the tokens. Concurrent callers share one request, because the refresh token
   * rotates: a second request with the same token would be refused.
   */
  refresh(): Promise<boolean> {
    this.pendingRefresh ??= this.renew().finally(() => {
      this.pendingRefresh = null;
    });
    return this.pendingRefresh;
  }

  /** Signs out: revokes the refresh token on the server (best effort) and forgets both tokens. */
  async end(): Promise<void> {
    const refreshToken = this.options.storage.getItem(refreshTokenKey);
    this.clear();
    if (refreshToken === null) return;
    try {
      await this.options.revokeRefreshToken(refreshToken);
    } catch {
      // The tokens are gone locally; an unreachable server must not keep anyone signed in.
    }
  }

  /** Called when the session ends without the user asking (the refresh token was refused). */
  onExpired(listener: () => void): () => void {
    this.expiredListeners.add(listener);
    return () => {
      this.expiredListeners.delete(listener);
    };
  }

  private async renew(): Promise<boolean> {
    const refreshToken = this.options.storage.getItem(refreshTokenKey);
    if (refreshToken === null) return false;
    try {
      this.start(await this.options.refreshTokens(refreshToken));
      return true;
    } catch (error) {
      // Only a 4xx means the token was refused; after a network or server error it may still be good.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        this.clear();
        this.expiredListeners.forEach((listener) => listener());
      }
      return false;
    }
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.accessToken = null;
    this.options.storage.removeItem(refreshTokenKey);
  }
}
