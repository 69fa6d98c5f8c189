import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatchingRun } from '../../api/matching';
import { client } from '../../client/client.gen';
import { renderSignedIn } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { MatchingPage } from './MatchingPage';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client/client.gen', () => ({ client: { get: vi.fn(), post: vi.fn() } }));

const base: MatchingRun = {
  id: 'run-1',
  organisationId: 'org-1',
  status: 'queued',
  requestCount: 4,
  progress: 0,
  candidatesPerRequest: 100,
  pairCount: null,
  assignedCount: null,
  objective: null,
  upperBound: null,
  gap: null,
  seconds: null,
  rankingSeconds: null,
  solvingSeconds: null,
  error: null,
  createdAt: '2026-12-03T08:00:00Z',
  startedAt: null,
  finishedAt: null,
  proposals: null,
};

const done: MatchingRun = {
  ...base,
  status: 'done',
  progress: 4,
  pairCount: 12,
  assignedCount: 1,
  objective: 0.8,
  upperBound: 0.81,
  gap: 0.012,
  seconds: 1.5,
  rankingSeconds: 1.2,
  solvingSeconds: 0.3,
  finishedAt: '2026-12-03T08:00:02Z',
  proposals: [
    {
      requestId: 'req-12345678',
      placeType: 'shelter_unit',
      placeId: 'unit-1',
      placeName: 'De Linde, kamer 1',
      score: 0.8,
      explanation: { terms: [], constraintsChecked: ['beds'], failedConstraints: [], distanceKm: 1.2 },
    },
  ],
};

type Call = { url: string };

describe('MatchingPage', () => {
  beforeEach(() => {
    vi.mocked(client.get).mockReset();
    vi.mocked(client.post).mockReset();
  });

  it('queues a run, shows its progress while a worker has it, and the proposals once done', async () => {
    const answers = [{ ...base, status: 'ranking', progress: 2 }, done];
    vi.mocked(client.get).mockImplementation(((options: Call) =>
      Promise.resolve(
        options.url === '/matching/runs' || options.url.endsWith('/unassigned')
          ? sdkOk({ items: [], total: 0 })
          : sdkOk(answers.length > 1 ? answers.shift() : answers[0]),
      )) as never);
    vi.mocked(client.post).mockResolvedValue(sdkOk(base, 202));
    renderSignedIn(<MatchingPage />, { role: 'desk', route: '/matching' });
    await userEvent.click(await screen.findByRole('button', { name: 'Koppeling starten' }));
    const bar = await screen.findByRole('progressbar', { name: 'Verzoeken gerangschikt' });
    expect(bar.getAttribute('aria-valuemax')).toBe('4');
    expect(['0', '2']).toContain(bar.getAttribute('aria-valuenow'));
    await screen.findByText('2 van 4 verzoeken gerangschikt', {}, { timeout: 3000 });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');
    const result = await screen.findByRole('region', { name: /Voorstellen van/ }, { timeout: 3000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
    within(result).getByText('Bewezen bovengrens');
    within(result).getByText('Rangschikken (seconden)');
    screen.getByText(/^Klaar: 1 voorstel/);
    within(result).getByRole('checkbox', { name: 'De Linde, kamer 1 voor verzoek req-1234 kiezen' });
    await within(result).findByText('Elk verzoek in deze koppeling kreeg een voorstel.');
  });

  it('cancels a run that is waiting', async () => {
    vi.mocked(client.get).mockImplementation(((options: Call) =>
      Promise.resolve(options.url === '/matching/runs' ? sdkOk({ items: [], total: 0 }) : sdkOk(base))) as never);
    vi.mocked(client.post).mockImplementation(((options: Call) =>
      Promise.resolve(options.url.endsWith('/cancel') ? sdkOk({ ...base, status: 'cancelled' }) : sdkOk(base, 202))) as never);
    renderSignedIn(<MatchingPage />, { role: 'desk', route: '/matching' });
    await userEvent.click(await screen.findByRole('button', { name: 'Koppeling starten' }));
    await screen.findByText('Wacht op een verwerker');
    await userEvent.click(screen.getByRole('button', { name: 'Deze koppeling annuleren' }));
    await screen.findByText('De koppeling is geannuleerd.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(vi.mocked(client.post).mock.calls.map(([options]) => (options as Call).url)).toContain('/matching/runs/{runId}/cancel');
  });
});
