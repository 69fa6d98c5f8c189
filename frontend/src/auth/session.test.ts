import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { fakeSession, tokens } from '../test/fakes';
import { refreshDelayMs } from './session';

const storedRefreshToken = () => sessionStorage.getItem('onderdak.refreshToken');

afterEach(() => {
  vi.useRealTimers();
});

describe('refreshDelayMs', () => {
  it('renews 30 seconds before expiry', () => {
    expect(refreshDelayMs(900)).toBe(870_000);
  });

  it('but not before half of a short lifetime has passed', () => {
    expect(refreshDelayMs(40)).toBe(20_000);
  });
});

describe('Session', () => {
  it('keeps the access token in memory and only the refresh token in sessionStorage', () => {
    const { session } = fakeSession();
    session.start(tokens('1'));
    expect(session.getAccessToken()).toBe('access-1');
    expect(storedRefreshToken()).toBe('refresh-1');
    expect(Object.values(sessionStorage)).not.toContain('access-1');
    expect(Object.values(localStorage)).not.toContain('access-1');
  });

  it('renews the tokens shortly before the access token expires', async () => {
    vi.useFakeTimers();
    const { session, refreshTokens } = fakeSession();
    refreshTokens.mockResolvedValue(tokens('2'));
    session.start(tokens('1', 900));
    await vi.advanceTimersByTimeAsync(869_000);
    expect(refreshTokens).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refreshTokens).toHaveBeenCalledWith('refresh-1');
    expect(session.getAccessToken()).toBe('access-2');
    expect(storedRefreshToken()).toBe('refresh-2');
  });

  it('sends one refresh request for concurrent callers, as the refresh token rotates', async () => {
    const { session, refreshTokens } = fakeSession();
    refreshTokens.mockResolvedValue(tokens('2'));
    session.start(tokens('1'));
    expect(await Promise.all([session.refresh(), session.refresh()])).toEqual([true, true]);
    expect(refreshTokens).toHaveBeenCalledOnce();
  });

  it('ends and reports expiry when the refresh token is refused', async () => {
    const { session, refreshTokens } = fakeSession();
    refreshTokens.mockRejectedValue(new ApiError({ type: 'about:blank', title: 'Unauthorized', status: 401 }));
    const expired = vi.fn();
    session.onExpired(expired);
    session.start(tokens('1'));
    expect(await session.refresh()).toBe(false);
    expect(expired).toHaveBeenCalledOnce();
    expect(session.getAccessToken()).toBeNull();
    expect(session.hasRefreshToken()).toBe(false);
  });

  it('keeps the refresh token when the server could not be reached', async () => {
    const { session, refreshTokens } = fakeSession();
    refreshTokens.mockRejectedValue(new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }));
    session.start(tokens('1'));
    expect(await session.refresh()).toBe(false);
    expect(session.hasRefreshToken()).toBe(true);
  });

  it('revokes the refresh token on logout, and forgets both tokens even if that fails', async () => {
    const { session, revokeRefreshToken } = fakeSession();
    revokeRefreshToken.mockRejectedValue(new TypeError('Failed to fetch'));
    session.start(tokens('1'));
    await session.end();
    expect(revokeRefreshToken).toHaveBeenCalledWith('refresh-1');
    expect(session.getAccessToken()).toBeNull();
    expect(storedRefreshToken()).toBeNull();
  });
});
