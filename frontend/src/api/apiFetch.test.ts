import { describe, expect, it, vi } from 'vitest';
import { createApiFetch, type ApiFetchOptions } from './apiFetch';

const api = 'http://onderdak.test/api/v1';

function setup(overrides: Partial<ApiFetchOptions> = {}) {
  let token: string | null = 'old';
  const seen: Request[] = [];
  const responses: number[] = [];
  const send = vi.fn(async (input: RequestInfo | URL) => {
    const request = input as Request;
    seen.push(request);
    return new Response(null, { status: responses.shift() ?? 200 });
  });
  const refresh = vi.fn(async () => {
    token = 'new';
    return true;
  });
  const apiFetch = createApiFetch({ accessToken: () => token, refresh, language: () => 'uk', fetch: send, ...overrides });
  return { apiFetch, seen, responses, refresh };
}

describe('apiFetch', () => {
  it('sends the access token and the interface language', async () => {
    const { apiFetch, seen } = setup();
    await apiFetch(`${api}/municipalities`);
    expect(seen[0]?.headers.get('Authorization')).toBe('Bearer old');
    expect(seen[0]?.headers.get('Accept-Language')).toBe('uk');
  });

  it('sends no access token to the auth endpoints', async () => {
    const { apiFetch, seen } = setup();
    await apiFetch(`${api}/auth/refresh`, { method: 'POST' });
    expect(seen[0]?.headers.has('Authorization')).toBe(false);
  });

  it('after a 401 renews the session once and repeats the request with its body', async () => {
    const { apiFetch, seen, responses, refresh } = setup();
    responses.push(401, 201);
    const response = await apiFetch(`${api}/incidents`, { method: 'POST', body: '{"severity":"high"}' });
    expect(response.status).toBe(201);
    expect(refresh).toHaveBeenCalledOnce();
    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers.get('Authorization')).toBe('Bearer new');
    expect(await seen[1]?.text()).toBe('{"severity":"high"}');
  });

  it('passes the 401 on when the session cannot be renewed', async () => {
    const { apiFetch, seen, responses } = setup({ refresh: async () => false });
    responses.push(401);
    expect((await apiFetch(`${api}/users/me`)).status).toBe(401);
    expect(seen).toHaveLength(1);
  });

  it('does not renew the session for a 401 from an auth endpoint (wrong password)', async () => {
    const { apiFetch, responses, refresh } = setup();
    responses.push(401);
    expect((await apiFetch(`${api}/auth/token`, { method: 'POST' })).status).toBe(401);
    expect(refresh).not.toHaveBeenCalled();
  });
});
