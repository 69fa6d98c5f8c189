import type { ApiKeyCreate, Permission } from '../../client';
import { checkRequired, collect, type Invalids } from '../../forms/validation';

export interface ApiKeyDraft {
  name: string;
  scopes: Permission[];
}

export type ApiKeyField = keyof ApiKeyDraft;

export const apiKeyFieldPaths: Readonly<Record<string, ApiKeyField>> = { name: 'name', scopes: 'scopes' };
export const apiKeyCodeFields: Readonly<Record<string, ApiKeyField>> = { 'scope-not-allowed': 'scopes' };

export const emptyApiKeyDraft: ApiKeyDraft = { name: '', scopes: [] };

export function validateApiKey(draft: ApiKeyDraft): Invalids<ApiKeyField> {
  return collect<ApiKeyField>({ name: checkRequired(draft.name), scopes: draft.scopes.length === 0 ? { code: 'required' } : undefined });
}

export function apiKeyBody(draft: ApiKeyDraft): ApiKeyCreate {
  return { name: draft.name.trim(), scopes: [...draft.scopes].sort() };
}

/** `households:write` → family `households`, action `write`. */
export function scopeParts(scope: Permission): { family: string; action: string } {
  const [family = scope, action = ''] = scope.split(':');
  return { family, action };
}

/** Ticking a scope adds it, unticking removes it; the order does not matter. */
export function toggleScope(scopes: readonly Permission[], scope: Permission, on: boolean): Permission[] {
  const without = scopes.filter((chosen) => chosen !== scope);
  return on ? [...without, scope] : without;
}
