import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Proposal, Unassigned } from '../../api/matching';
import { client } from '../../client/client.gen';
import nl from '../../i18n/nl.json';
import { renderSignedIn } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { ProposalOffers } from './ProposalOffers';
import { UnassignedList } from './UnassignedList';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client/client.gen', () => ({ client: { get: vi.fn(), post: vi.fn() } }));

const explanation = { terms: [], constraintsChecked: ['beds'], failedConstraints: [], distanceKm: 1.2 };
const proposals: Proposal[] = [
  { requestId: 'aaaaaaaa-1', placeType: 'shelter_unit', placeId: 'unit-1', placeName: 'De Linde, kamer 1', score: 0.8, explanation },
  { requestId: 'bbbbbbbb-2', placeType: 'host_family', placeId: 'host-1', placeName: 'Familie Jansen', score: 0.7, explanation },
];

type Call = { url: string; body?: unknown };

describe('ProposalOffers', () => {
  beforeEach(() => {
    vi.mocked(client.get).mockReset();
    vi.mocked(client.post).mockReset();
  });

  it('makes the offers of the chosen proposals after a confirmation and shows each outcome', async () => {
    vi.mocked(client.post).mockResolvedValue(
      sdkOk({
        items: [
          { requestId: 'aaaaaaaa-1', outcome: 'created', offerId: 'offer-1' },
          { requestId: 'bbbbbbbb-2', outcome: 'refused', status: 409, code: 'no-room', detail: 'This place does not fit: beds.' },
        ],
        created: 1,
        alreadyOffered: 0,
        refused: 1,
      }),
    );
    renderSignedIn(<ProposalOffers runId="run-1" proposals={proposals} now="2026-04-01" />, { role: 'desk' });
    const make = await screen.findByRole('button', { name: 'Deze aanbiedingen doen' });
    await userEvent.click(make);
    expect(screen.getByText('Kies minstens één voorstel.')).toBeDefined();
    expect(client.post).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Alle voorstellen kiezen' }));
    expect((screen.getByRole('checkbox', { name: 'Familie Jansen voor verzoek bbbbbbbb kiezen' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Verhuisdatum van de aanbiedingen') as HTMLInputElement).value).toBe('2026-04-08');
    await userEvent.click(screen.getByRole('button', { name: 'Deze aanbiedingen doen' }));
    const confirm = screen.getByRole('alert');
    expect(confirm.textContent).toMatch(/^2 aanbiedingen doen met verhuisdatum/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Terug' }));
    expect(client.post).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('checkbox', { name: 'De Linde, kamer 1 voor verzoek aaaaaaaa kiezen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Deze aanbiedingen doen' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^1 aanbod doen met verhuisdatum/);
    await userEvent.click(screen.getByRole('checkbox', { name: 'De Linde, kamer 1 voor verzoek aaaaaaaa kiezen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, aanbiedingen doen' }));

    await screen.findByText('Gedaan: 1. Eerder gedaan: 0. Niet gedaan: 1.');
    const call = vi.mocked(client.post).mock.calls[0]?.[0] as Call;
    expect(call.url).toBe('/matching/runs/{runId}/offers');
    expect(call.body).toEqual({ requestIds: ['aaaaaaaa-1', 'bbbbbbbb-2'], moveOn: '2026-04-08' });
    const table = screen.getByRole('table', { name: 'Voorstellen om aan te bieden' });
    const outcome = (request: string) => within(within(table).getByRole('row', { name: new RegExp(request) })).getAllByRole('cell').at(-1)?.textContent;
    expect(outcome('aaaaaaaa')).toBe('Aanbod gedaan');
    expect(outcome('bbbbbbbb')).toBe(`Niet gedaan: ${nl.problems['no-room']}`);
    expect(screen.queryByText(/does not fit/)).toBeNull();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Kiezen', 'Verzoek', 'Plek', 'Score', 'Resultaat']);
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});

describe('UnassignedList', () => {
  beforeEach(() => vi.mocked(client.get).mockReset());

  const none = {
    constraint: null,
    excludedCount: null,
    examinedCount: null,
    placeType: null,
    placeId: null,
    placeName: null,
    score: null,
    takenByRequestId: null,
    takenByScore: null,
    scoreDifference: null,
  };

  it('says per request why it got no proposal', async () => {
    const items: Unassigned[] = [
      { ...none, requestId: 'cccccccc-3', reason: 'no_feasible_place', constraint: 'max_distance', excludedCount: 12, examinedCount: 14 },
      {
        ...none,
        requestId: 'dddddddd-4',
        reason: 'outcompeted',
        placeType: 'shelter_unit',
        placeId: 'unit-1',
        placeName: 'De Linde, kamer 1',
        score: 0.7,
        takenByRequestId: 'aaaaaaaa-1',
        takenByScore: 0.8,
        scoreDifference: 0.1,
      },
      { ...none, requestId: 'eeeeeeee-5', reason: 'no_longer_open' },
    ];
    vi.mocked(client.get).mockResolvedValue(sdkOk({ items, total: 3 }));
    renderSignedIn(<UnassignedList runId="run-1" />, { role: 'desk' });
    const table = await screen.findByRole('table', { name: 'Verzoeken zonder voorstel' });
    const reason = (request: string) => within(within(table).getByRole('row', { name: new RegExp(request) })).getByRole('cell').textContent;
    expect(reason('cccccccc')).toBe(`Geen enkele plek past. Meestal: ‘${nl.constraints.max_distance}’ (12 van de 14 dichtstbijzijnde plekken).`);
    expect(reason('dddddddd')).toBe('De beste plek, De Linde, kamer 1, ging naar verzoek aaaaaaaa, dat daar 0,1 punten hoger scoort.');
    expect(reason('eeeeeeee')).toBe(nl.matching.unassigned.reasons.no_longer_open);
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(vi.mocked(client.get).mock.calls[0]?.[0]).toMatchObject({ url: '/matching/runs/{runId}/unassigned', path: { runId: 'run-1' } });
  });

  it('says so when every request got a proposal', async () => {
    vi.mocked(client.get).mockResolvedValue(sdkOk({ items: [], total: 0 }));
    renderSignedIn(<UnassignedList runId="run-1" />, { role: 'desk' });
    await screen.findByText('Elk verzoek in deze koppeling kreeg een voorstel.');
  });
});
