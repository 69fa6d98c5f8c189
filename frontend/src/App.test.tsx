import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchCurrentUser, type Role } from './api/auth';
import { AppRoutes } from './App';
import { fakeSession, tokens, user } from './test/fakes';
import { renderApp } from './test/render';

vi.mock('./api/auth', () => ({ requestTokens: vi.fn(), fetchCurrentUser: vi.fn() }));

// Every screen is built; the jobs screen stands in for one that is still planned, to test that page.
vi.mock('./pages/screenPages', async (importOriginal) => {
  const { screenPages } = await importOriginal<typeof import('./pages/screenPages')>();
  const { jobs: _planned, ...built } = screenPages;
  return { screenPages: built };
});

/** Renders the app at `route` for a tab that reloads with a stored session of `role`. */
function renderSignedIn(role: Role, route: string, isOrganisationAdmin = false) {
  const { session, refreshTokens } = fakeSession();
  refreshTokens.mockResolvedValue(tokens('2'));
  vi.mocked(fetchCurrentUser).mockResolvedValue({ ...user(role), isOrganisationAdmin });
  sessionStorage.setItem('onderdak.refreshToken', 'refresh-1');
  renderApp(<AppRoutes />, { session, route });
}

describe('routes', () => {
  beforeEach(() => {
    vi.mocked(fetchCurrentUser).mockReset();
  });

  it('sends an anonymous visitor to the login page', async () => {
    renderApp(<AppRoutes />, { session: fakeSession().session, route: '/municipalities' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeDefined();
  });

  it('restores the session after a reload and shows only the screens of the role', async () => {
    renderSignedIn('desk', '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Test desk' })).toBeDefined();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const links = within(menu).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Start', 'Verhuisverzoeken', 'Matching', 'Kaart van plekken', 'Doorverwijzingen', 'Meldingen', 'Gemeenten']);
    expect(within(menu).getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows "not available yet" for a planned screen, without data', async () => {
    renderSignedIn('admin', '/jobs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Achtergrondtaken' })).toBeDefined();
    expect(screen.getByText('Dit scherm is nog niet beschikbaar.')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('refuses a screen that the role may not use', async () => {
    renderSignedIn('desk', '/shelter-locations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeDefined();
  });

  it('gives the admin the audit log', async () => {
    renderSignedIn('admin', '/audit-log');
    expect(await screen.findByRole('heading', { level: 1, name: 'Auditlog' })).toBeDefined();
  });

  it("gives an organisation's administrator its users, API keys and audit log, and not a colleague", async () => {
    renderSignedIn('municipality', '/', true);
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    const links = within(menu).getAllByRole('link').map((link) => link.textContent);
    expect(links.slice(-3)).toEqual(['Gebruikers', 'API-sleutels', 'Auditlog']);
    expect(links).not.toContain('Organisaties');
  });

  it('refuses the users screen to a member who does not administer the organisation', async () => {
    renderSignedIn('desk', '/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeDefined();
  });

  it('lets anyone with a password link choose a password, without logging in', async () => {
    renderApp(<AppRoutes />, { session: fakeSession().session, route: '/set-password' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Wachtwoord kiezen' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('Deze link is niet compleet.');
  });

  it('opens a page of a screen below its path, for the roles of that screen', async () => {
    renderSignedIn('partner', '/host-families/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gastgezin aanmelden' })).toBeDefined();
  });

  it('says when a page below a screen does not exist', async () => {
    renderSignedIn('host', '/my-offer/elsewhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeDefined();
  });

  it('says when a page does not exist', async () => {
    renderSignedIn('host', '/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeDefined();
  });
});
