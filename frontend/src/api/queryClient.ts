import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './problem';

const maxRetries = 2;

/** Retries only what may pass on a second try: network and server errors, not 4xx answers. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < maxRetries && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
