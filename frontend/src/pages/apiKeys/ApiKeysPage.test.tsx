import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  organisationsCreateApiKey,
  organisationsGetOrganisation,
  organisationsListApiKeys,
  organisationsListApiKeyScopes,
  organisationsRevokeApiKey,
  type ApiKeyPublic,
} from '../../client';
import { user } from '../../test/fakes';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { ApiKeysPage } from './ApiKeysPage';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({
  organisationsCreateApiKey: vi.fn(),
  organisationsGetOrganisation: vi.fn(),
  organisationsListApiKeys: vi.fn(),
  organisationsListApiKeyScopes: vi.fn(),
  organisationsListOrganisations: vi.fn(),
  organisationsRevokeApiKey: vi.fn(),
}));

const organisationId = user('partner').organisationId;
const crm: ApiKeyPublic = {
  id: 'key-1',
  organisationId,
  name: 'CRM',
  prefix: 'ondk_AbCdEfG',
  role: 'partner',
  scopes: ['households:read'],
  createdAt: '2026-12-01T09:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
};

function renderPage() {
  renderSignedIn(<ApiKeysPage />, { role: 'partner', isOrganisationAdmin: true, route: '/api-keys' });
}

describe('ApiKeysPage', () => {
  beforeEach(() => {
    vi.mocked(organisationsGetOrganisation).mockReset().mockResolvedValue(sdkOk({ id: organisationId, name: 'Stichting Thuis', kind: 'partner', municipalityCode: null }));
    vi.mocked(organisationsListApiKeys).mockReset().mockResolvedValue(sdkOk({ items: [crm], total: 1 }));
    vi.mocked(organisationsListApiKeyScopes).mockReset().mockResolvedValue(sdkOk({ role: 'partner', scopes: ['households:read', 'households:write', 'reference:read'] }));
    vi.mocked(organisationsCreateApiKey).mockReset();
    vi.mocked(organisationsRevokeApiKey).mockReset();
  });

  it("offers as checkboxes only the scopes the organisation's role can use", async () => {
    renderPage();
    const scopes = await screen.findByRole('group', { name: 'Rechten' });
    expect(within(scopes).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Huishoudens: lezen (households:read)',
      'Huishoudens: wijzigen (households:write)',
      'Naslaggegevens (gemeenten): lezen (reference:read)',
    ]);
    expect(vi.mocked(organisationsListApiKeyScopes).mock.lastCall?.[0].path).toEqual({ organisationId });
    expect(screen.queryByRole('form', { name: 'Organisatie kiezen' })).toBeNull();
  });

  it('asks for a name and a scope, then shows the new key once with a copy button', async () => {
    vi.mocked(organisationsCreateApiKey).mockResolvedValue(sdkOk({ ...crm, id: 'key-2', name: 'Website', key: 'ondk_the_secret' }, 201));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Sleutel maken' }));
    expect(screen.getAllByText('Dit is verplicht.')).toHaveLength(2);
    expect(organisationsCreateApiKey).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Naam van de sleutel'), 'Website');
    await userEvent.click(screen.getByRole('checkbox', { name: /reference:read/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /households:read/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Sleutel maken' }));
    const secret = (await screen.findByRole('textbox', { name: 'API-sleutel' })) as HTMLInputElement;
    expect(secret.value).toBe('ondk_the_secret');
    expect(screen.getByText(/wordt maar één keer getoond/).textContent).toContain('Website');
    expect(screen.getByRole('button', { name: 'Sleutel kopiëren' })).toBeDefined();
    expect(vi.mocked(organisationsCreateApiKey).mock.lastCall?.[0].body).toEqual({ name: 'Website', scopes: ['households:read', 'reference:read'] });
    expect((screen.getByLabelText('Naam van de sleutel') as HTMLInputElement).value).toBe('');
  });

  it('puts a refused scope at the scopes', async () => {
    vi.mocked(organisationsCreateApiKey).mockResolvedValue(
      sdkProblem({ status: 422, type: 'https://onderdak.nl/problems/scope-not-allowed', detail: 'An integration of a partner organisation cannot hold: audit:read.' }),
    );
    renderPage();
    await userEvent.type(await screen.findByLabelText('Naam van de sleutel'), 'X');
    await userEvent.click(await screen.findByRole('checkbox', { name: /reference:read/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Sleutel maken' }));
    const group = screen.getByRole('group', { name: 'Rechten' });
    await vi.waitFor(() => expect(group.getAttribute('aria-invalid')).toBe('true'));
    expect(group.textContent).toContain('Een koppeling van deze soort organisatie mag deze rechten niet krijgen.');
    expect(group.textContent).not.toContain('cannot hold');
  });

  it('lists keys with their last use, and revokes one only after a confirmation', async () => {
    vi.mocked(organisationsRevokeApiKey).mockResolvedValue(sdkOk(undefined, 204));
    renderPage();
    const row = await screen.findByRole('row', { name: /CRM/ });
    expect(row.textContent).toContain('Nog nooit');
    expect(row.textContent).toContain('ondk_AbCdEfG…');
    await userEvent.click(within(row).getByRole('button', { name: 'Intrekken CRM' }));
    const confirmation = screen.getByRole('region', { name: 'Sleutel “CRM” intrekken?' });
    expect(document.activeElement?.textContent).toBe('Sleutel “CRM” intrekken?');
    expect(organisationsRevokeApiKey).not.toHaveBeenCalled();
    await userEvent.click(within(confirmation).getByRole('button', { name: 'Sleutel intrekken' }));
    expect(await screen.findByText('De sleutel “CRM” is ingetrokken.')).toBeDefined();
    expect(vi.mocked(organisationsRevokeApiKey).mock.lastCall?.[0].path).toEqual({ organisationId, apiKeyId: 'key-1' });
  });

  it('cancels a revocation', async () => {
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Intrekken CRM' }));
    await userEvent.click(within(screen.getByRole('region', { name: /intrekken\?/ })).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('region', { name: /intrekken\?/ })).toBeNull();
    expect(organisationsRevokeApiKey).not.toHaveBeenCalled();
  });
});
