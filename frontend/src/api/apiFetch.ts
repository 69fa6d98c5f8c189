export interface ApiFetchOptions {
  /** The current access token, or null when there is none. */
  accessToken: () => string | null;
  /** Gets a new access token; resolves false when the session cannot be renewed. */
  refresh: () => Promise<boolean>;
  /** The interface language, sent as Accept-Language so the API can answer in it. */
  language: () => string;
  fetch?: typeof fetch;
}

const authPath = '/api/v1/auth/';

function isAuthEndpoint(request: Request): boolean {
  return new URL(request.url).pathname.startsWith(authPath);
}

function withHeaders(request: Request, options: ApiFetchOptions): Request {
  const headers = new Headers(request.headers);
  headers.set('Accept-Language', options.language());
  const token = options.accessToken();
  if (token !== null && !isAuthEndpoint(request)) headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

/**
 * The fetch the generated API client uses: it adds the bearer token and the language,
 * and on a 401 renews the session once and repeats the request.
 */
export function createApiFetch(options: ApiFetchOptions): typeof fetch {
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return async (input, init) => {
    const request = new Request(input, init);
    const retry = request.clone();
    const response = await send(withHeaders(request, options));
    if (response.status !== 401 || isAuthEndpoint(request)) return response;
    if (!(await options.refresh())) return response;
    return send(withHeaders(retry, options));
  };
}
