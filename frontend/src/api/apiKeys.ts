import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  organisationsCreateApiKey,
  organisationsListApiKeys,
  organisationsListApiKeyScopes,
  organisationsRevokeApiKey,
  type ApiKeyCreate,
  type ApiKeyCreated,
  type ApiKeyPublic,
} from '../client';
import { unwrap } from './result';

export type ApiKey = ApiKeyPublic;
export type CreatedApiKey = ApiKeyCreated;

export const apiKeyKeys = {
  all: ['api-keys'] as const,
  of: (organisationId: string) => ['api-keys', organisationId] as const,
};

export function apiKeysQuery(organisationId: string, page: { limit: number; offset: number }) {
  return queryOptions({
    queryKey: [...apiKeyKeys.of(organisationId), 'list', page],
    queryFn: () => unwrap(organisationsListApiKeys({ path: { organisationId }, query: page })),
    placeholderData: keepPreviousData,
  });
}

/** The scopes this organisation's keys may hold (its integrations' role decides). */
export function apiKeyScopesQuery(organisationId: string) {
  return queryOptions({
    queryKey: [...apiKeyKeys.of(organisationId), 'scopes'],
    queryFn: () => unwrap(organisationsListApiKeyScopes({ path: { organisationId } })),
    staleTime: 10 * 60_000,
  });
}

export function createApiKey(organisationId: string, body: ApiKeyCreate): Promise<CreatedApiKey> {
  return unwrap(organisationsCreateApiKey({ path: { organisationId }, body }));
}

export async function revokeApiKey(organisationId: string, apiKeyId: string): Promise<void> {
  await unwrap(organisationsRevokeApiKey({ path: { organisationId, apiKeyId } }));
}
