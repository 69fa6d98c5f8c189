import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditListAuditEvents, organisationsListOrganisations, usersListUsers, type AuditEventPublic } from '../../client';
import { user } from '../../test/fakes';
import { renderSignedIn } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { AuditLogPage } from './AuditLogPage';
import { startOfLocalDay } from './auditFilters';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({ auditListAuditEvents: vi.fn(), organisationsListOrganisations: vi.fn(), usersListUsers: vi.fn() }));

const me = user('municipality');
const base: AuditEventPublic = {
  id: 'event-1',
  occurredAt: '2026-12-02T09:30:00Z',
  actorUserId: me.id,
  actorApiKeyId: null,
  organisationId: me.organisationId,
  action: 'update',
  subjectType: 'shelter_location',
  subjectId: 'aaaaaaaa-1111-4111-8111-111111111111',
  requestId: 'req-1',
  details: { fields: ['name', 'status'] },
  actorName: 'Greet Gemeente',
};
const events: AuditEventPublic[] = [
  base,
  { ...base, id: 'event-2', actorUserId: null, actorApiKeyId: 'key-1', actorName: 'CRM', action: 'read_contact', subjectType: 'host_family' },
  { ...base, id: 'event-3', actorUserId: null, actorName: null, action: 'login', subjectType: 'user', subjectId: me.id, details: null },
  { ...base, id: 'event-4', actorUserId: null, actorName: null, action: 'webhook_sent', subjectType: 'webhook', details: null },
];

const lastQuery = () => vi.mocked(auditListAuditEvents).mock.lastCall?.[0]?.query;

describe('AuditLogPage', () => {
  beforeEach(() => {
    vi.mocked(auditListAuditEvents).mockReset().mockResolvedValue(sdkOk({ items: events, total: 4 }));
    vi.mocked(usersListUsers).mockReset().mockResolvedValue(sdkOk({ items: [{ ...me, fullName: 'Greet Gemeente' }], total: 1 }));
    vi.mocked(organisationsListOrganisations).mockReset().mockResolvedValue(sdkOk({ items: [], total: 0 }));
  });

  it('shows who did what about what, in words, with the actor of each kind', async () => {
    renderSignedIn(<AuditLogPage />, { role: 'municipality', isOrganisationAdmin: true, route: '/audit-log' });
    const rows = within(await screen.findByRole('table', { name: 'Auditlog, pagina 1 van 1' })).getAllByRole('row').slice(1);
    const cells = rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(cells[0]).toEqual(['Greet Gemeente', 'Gewijzigd', 'Opvanglocatie aaaaaaaa alleen gebeurtenissen hierover', 'fields: name, status']);
    expect(cells[1]?.slice(0, 2)).toEqual(['API-sleutel “CRM”', 'Contactgegevens bekeken']);
    expect(cells[2]?.slice(0, 2)).toEqual(['De gebruiker zelf', 'Ingelogd']);
    expect(cells[3]?.slice(0, 3)).toEqual(['Onderdak (automatisch)', 'webhook_sent', 'webhook aaaaaaaa alleen gebeurtenissen hierover']);
    expect(within(rows[0]!).getByRole('link', { name: 'Greet Gemeente' }).getAttribute('href')).toBe(`/users/${me.id}`);
    expect(screen.getByText('4 gebeurtenissen gevonden').getAttribute('role')).toBe('status');
  });

  it("gives an organisation admin no choice of organisation, and their own organisation's people", async () => {
    renderSignedIn(<AuditLogPage />, { role: 'municipality', isOrganisationAdmin: true, route: '/audit-log' });
    await screen.findByRole('option', { name: /Greet Gemeente/ });
    expect(screen.queryByLabelText('Organisatie')).toBeNull();
    expect(vi.mocked(usersListUsers).mock.lastCall?.[0]?.query).toEqual({ organisationId: me.organisationId, limit: 200 });
    expect(organisationsListOrganisations).not.toHaveBeenCalled();
  });

  it('filters by person, action, subject and whole days, and pages', async () => {
    vi.mocked(auditListAuditEvents).mockResolvedValue(sdkOk({ items: events, total: 120 }));
    renderSignedIn(<AuditLogPage />, { role: 'municipality', isOrganisationAdmin: true, route: '/audit-log' });
    await screen.findByRole('option', { name: /Greet Gemeente/ });
    await userEvent.selectOptions(screen.getByLabelText('Door wie'), me.id);
    await userEvent.selectOptions(screen.getByLabelText('Wat'), 'update');
    await userEvent.selectOptions(screen.getByLabelText('Waarover'), 'shelter_location');
    await userEvent.type(screen.getByLabelText('Van'), '2026-12-01');
    await userEvent.type(screen.getByLabelText('Tot en met'), '2026-12-02');
    await userEvent.click(screen.getByRole('button', { name: 'Filter toepassen' }));
    await vi.waitFor(() =>
      expect(lastQuery()).toEqual({
        actorUserId: me.id,
        action: 'update',
        subjectType: 'shelter_location',
        occurredFrom: startOfLocalDay('2026-12-01'),
        occurredBefore: startOfLocalDay('2026-12-03'),
        limit: 50,
        offset: 0,
      }),
    );
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Paginering' })).getByRole('button', { name: 'Volgende' }));
    await vi.waitFor(() => expect(lastQuery()).toMatchObject({ action: 'update', offset: 50 }));
  });

  it('narrows to one subject from its link', async () => {
    renderSignedIn(<AuditLogPage />, { role: 'admin', route: '/audit-log?action=update' });
    const row = (await screen.findAllByRole('row'))[1]!;
    await userEvent.click(within(row).getByRole('link', { name: /alleen gebeurtenissen hierover/ }));
    await vi.waitFor(() => expect(lastQuery()).toMatchObject({ action: 'update', subjectType: 'shelter_location', subjectId: base.subjectId }));
  });
});
