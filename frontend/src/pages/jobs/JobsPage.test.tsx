import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobsOverview } from '../../api/jobs';
import { client } from '../../client/client.gen';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { JobsPage } from './JobsPage';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client/client.gen', () => ({ client: { get: vi.fn() } }));

/** Fake data in the shape the worker's GET /operations/jobs answers with. */
const overview: JobsOverview = {
  jobs: [
    {
      name: 'expiry_planning',
      schedule: 'daily 02:00',
      lastRunAt: '2026-12-02T01:00:00Z',
      lastFinishedAt: '2026-12-02T01:00:05Z',
      lastStatus: 'succeeded',
      lastError: null,
      consecutiveFailures: 0,
      nextRunAt: '2026-12-03T01:00:00Z',
      runningOn: null,
    },
    {
      name: 'retention',
      schedule: 'daily 03:00',
      lastRunAt: '2026-12-02T02:00:00Z',
      lastFinishedAt: '2026-12-02T02:00:01Z',
      lastStatus: 'failed',
      lastError: 'database is busy',
      consecutiveFailures: 3,
      nextRunAt: '2026-12-03T02:00:00Z',
      runningOn: null,
    },
    {
      name: 'vetting_reminders',
      schedule: 'weekly',
      lastRunAt: null,
      lastFinishedAt: null,
      lastStatus: null,
      lastError: null,
      consecutiveFailures: 0,
      nextRunAt: null,
      runningOn: null,
    },
    {
      name: 'stay-expiry',
      schedule: 'daily 02:00 UTC',
      lastRunAt: '2026-12-03T02:00:00Z',
      lastFinishedAt: '2026-12-02T02:00:03Z',
      lastStatus: 'running',
      lastError: null,
      consecutiveFailures: 0,
      nextRunAt: '2026-12-03T02:00:00Z',
      runningOn: 'worker-2:4711',
    },
  ],
  queues: [
    { kind: 'notification', queued: 1204, running: 3, failed: 2, oldestQueuedAt: '2026-12-02T09:00:00Z' },
    { kind: 'matching_run', queued: 0, running: 0, failed: 0, oldestQueuedAt: null },
  ],
};

const when = (moment: string) => new Intl.DateTimeFormat('nl', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(moment));

function renderPage() {
  renderSignedIn(<JobsPage />, { role: 'admin', route: '/jobs' });
}

describe('JobsPage', () => {
  beforeEach(() => {
    vi.mocked(client.get).mockReset();
  });

  it('shows each job with its last and next run and the depth of each queue', async () => {
    vi.mocked(client.get).mockResolvedValue(sdkOk(overview));
    renderPage();
    const jobs = await screen.findByRole('table', { name: 'Geplande taken' });
    const retention = within(jobs).getByRole('row', { name: /retention/ });
    expect(within(retention).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'daily 03:00',
      when('2026-12-02T02:00:00Z'),
      'Mislukt',
      'database is busy',
      '3',
      when('2026-12-03T02:00:00Z'),
    ]);
    const never = within(jobs).getByRole('row', { name: /vetting_reminders/ });
    expect(never.textContent).toContain('Nog niet gelopen');
    expect(never.textContent).toContain('Niet gepland');
    const queues = screen.getByRole('table', { name: 'Wachtrijen' });
    expect(within(within(queues).getByRole('row', { name: /notification/ })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1.204',
      '3',
      '2',
      when('2026-12-02T09:00:00Z'),
    ]);
    expect(within(queues).getByRole('row', { name: /matching_run/ }).textContent).toContain('Leeg');
    expect(screen.getByText('2 taken of wachtrijen hebben fouten. Bekijk de laatste fouten hieronder.')).toBeDefined();
    expect(vi.mocked(client.get).mock.lastCall?.[0]).toMatchObject({ url: '/operations/jobs' });
  });

  it('shows which worker runs a job now, and no failures in a row as 0', async () => {
    vi.mocked(client.get).mockResolvedValue(sdkOk(overview));
    renderPage();
    const jobs = await screen.findByRole('table', { name: 'Geplande taken' });
    const running = within(jobs).getByRole('row', { name: /stay-expiry/ });
    expect(within(running).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'daily 02:00 UTC',
      when('2026-12-03T02:00:00Z'),
      'Bezig',
      '',
      '0',
      'Loopt nu op worker-2:4711',
    ]);
    expect(within(jobs).getAllByRole('columnheader').map((cell) => cell.textContent)).toContain('Mislukt op rij');
  });

  it('shows any other failure as an error', async () => {
    vi.mocked(client.get).mockResolvedValue(sdkProblem({ status: 403, type: 'https://onderdak.nl/problems/forbidden', detail: 'Your role may not do this.' }));
    renderPage();
    expect((await screen.findByRole('alert')).textContent).toContain('U hebt geen toestemming om dit te doen.');
  });
});
