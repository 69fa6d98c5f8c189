import { describe, expect, it } from 'vitest';
import { apiKeyBody, emptyApiKeyDraft, scopeParts, toggleScope, validateApiKey } from './apiKeyDraft';

describe('API key drafts', () => {
  it('need a name and at least one scope', () => {
    expect(validateApiKey(emptyApiKeyDraft)).toEqual({ name: { code: 'required' }, scopes: { code: 'required' } });
    expect(validateApiKey({ name: 'CRM', scopes: ['reference:read'] })).toEqual({});
  });

  it('send a trimmed name and the scopes in order', () => {
    expect(apiKeyBody({ name: ' CRM ', scopes: ['reference:read', 'households:read'] })).toEqual({ name: 'CRM', scopes: ['households:read', 'reference:read'] });
  });

  it('toggle scopes without doubles', () => {
    expect(toggleScope(['reference:read'], 'reference:read', true)).toEqual(['reference:read']);
    expect(toggleScope(['reference:read', 'places:read'], 'reference:read', false)).toEqual(['places:read']);
  });

  it('split a scope into family and action', () => {
    expect(scopeParts('host-families:write')).toEqual({ family: 'host-families', action: 'write' });
  });
});
