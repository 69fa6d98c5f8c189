import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { offersQuery, type RelocationEvent } from '../../api/relocationRequests';
import { relocationRequestsListEvents, relocationRequestsListOffers } from '../../client';
import { renderSignedIn } from '../../test/render';
import { useLiveRequest } from './useLiveRequest';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({ relocationRequestsListEvents: vi.fn(), relocationRequestsListOffers: vi.fn() }));

const me = '00000000-0000-4000-8000-000000000001';

function event(id: string, kind: RelocationEvent['kind'], actor: RelocationEvent['actor']): RelocationEvent {
  return {
    id,
    occurredAt: '2026-12-03T10:00:00Z',
    kind,
    fromStatus: null,
    toStatus: 'offered',
    actor,
    note: null,
    nextStep: null,
    nextStepExpectedOn: null,
  } as RelocationEvent;
}

function answer(status: number, etag: string, items: RelocationEvent[] = []) {
  const response = new Response(null, { status, headers: { ETag: etag } });
  return (status === 304 ? { data: undefined, error: '', response } : { data: { items, total: items.length }, error: undefined, response }) as never;
}

function Page() {
  const { events, news } = useLiveRequest('request-1', 40);
  const offers = useQuery(offersQuery('request-1'));
  return (
    <>
      <p>{events.data?.items.length ?? 0} events</p>
      <p>{offers.data?.items.length ?? 0} offers</p>
      <div role="status">{news}</div>
    </>
  );
}

describe('useLiveRequest', () => {
  it('polls with the ETag, re-fetches the offers on news and announces what others did', async () => {
    const made = event('e1', 'offer_made', { type: 'user', userId: me, organisationId: null });
    const declined = event('e2', 'offer_declined', { type: 'household', userId: null, organisationId: null });
    vi.mocked(relocationRequestsListEvents)
      .mockResolvedValueOnce(answer(200, 'W/"1"', [made]))
      .mockResolvedValueOnce(answer(304, 'W/"1"'))
      .mockResolvedValueOnce(answer(200, 'W/"2"', [made, declined]))
      .mockResolvedValue(answer(304, 'W/"2"'));
    vi.mocked(relocationRequestsListOffers).mockResolvedValue({ data: { items: [], total: 0 }, error: undefined, response: new Response(null, { status: 200 }) } as never);

    renderSignedIn(<Page />, { role: 'desk' });
    await screen.findByText('2 events', undefined, { timeout: 3000 });
    expect(screen.getByRole('status').textContent).toBe('Bijgewerkt zonder herladen: Aanbod afgewezen (door het huishouden).');
    const calls = vi.mocked(relocationRequestsListEvents).mock.calls;
    expect(calls[0]?.[0].headers).toBeUndefined();
    expect(calls[1]?.[0].headers).toEqual({ 'If-None-Match': 'W/"1"' });
    expect(calls[2]?.[0].headers).toEqual({ 'If-None-Match': 'W/"1"' });
    await waitFor(() => expect(relocationRequestsListOffers).toHaveBeenCalledTimes(2));
  });

  it('does not announce the user’s own changes', async () => {
    const made = event('e1', 'offer_made', { type: 'user', userId: me, organisationId: null });
    vi.mocked(relocationRequestsListEvents).mockReset();
    vi.mocked(relocationRequestsListEvents)
      .mockResolvedValueOnce(answer(200, 'W/"1"'))
      .mockResolvedValue(answer(200, 'W/"2"', [made]));
    vi.mocked(relocationRequestsListOffers).mockResolvedValue({ data: { items: [], total: 0 }, error: undefined, response: new Response(null, { status: 200 }) } as never);
    renderSignedIn(<Page />, { role: 'desk' });
    await screen.findByText('1 events', undefined, { timeout: 3000 });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
