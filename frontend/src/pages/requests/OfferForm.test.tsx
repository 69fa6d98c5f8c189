import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { relocationRequestsMakeOffer } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { OfferForm } from './OfferForm';

vi.mock('../../client', () => ({ relocationRequestsMakeOffer: vi.fn() }));

const props = { requestId: 'r-1', placeType: 'host_family' as const, placeId: 'h-1', placeName: 'Familie De Boer', onCancel: vi.fn(), now: '2026-03-30' };

describe('OfferForm', () => {
  beforeEach(() => vi.mocked(relocationRequestsMakeOffer).mockReset());

  it('proposes the earliest date the notice allows and refuses an earlier one before calling the API', async () => {
    const onMade = vi.fn();
    vi.mocked(relocationRequestsMakeOffer).mockResolvedValue(sdkOk({ id: 'o-1' }, 201));
    renderApp(<OfferForm {...props} urgency="normal" onMade={onMade} />, { session: fakeSession().session });
    const moveOn = screen.getByLabelText('Verhuisdatum') as HTMLInputElement;
    expect(moveOn.value).toBe('2026-04-06');
    expect(screen.queryByLabelText(/Noodgeval/)).toBeNull();
    await userEvent.clear(moveOn);
    await userEvent.type(moveOn, '2026-04-02');
    await userEvent.click(screen.getByRole('button', { name: 'Aanbod doen' }));
    expect(moveOn.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Een verhuizing heeft minstens 7 dagen opzegtermijn nodig.')).toBeDefined();
    expect(relocationRequestsMakeOffer).not.toHaveBeenCalled();

    await userEvent.clear(moveOn);
    await userEvent.type(moveOn, '2026-04-08');
    await userEvent.click(screen.getByRole('button', { name: 'Aanbod doen' }));
    await vi.waitFor(() => expect(onMade).toHaveBeenCalled());
    expect(vi.mocked(relocationRequestsMakeOffer).mock.lastCall?.[0]).toEqual({
      path: { requestId: 'r-1' },
      body: { placeType: 'host_family', placeId: 'h-1', moveOn: '2026-04-08' },
    });
  });

  it('lets an emergency override the notice period with a reason', async () => {
    vi.mocked(relocationRequestsMakeOffer).mockResolvedValue(sdkOk({ id: 'o-1' }, 201));
    const onMade = vi.fn();
    renderApp(<OfferForm {...props} urgency="emergency" onMade={onMade} />, { session: fakeSession().session });
    await userEvent.click(screen.getByLabelText('Noodgeval: eerder verhuizen dan de opzegtermijn'));
    const moveOn = screen.getByLabelText('Verhuisdatum');
    await userEvent.clear(moveOn);
    await userEvent.type(moveOn, '2026-03-31');
    await userEvent.click(screen.getByRole('button', { name: 'Aanbod doen' }));
    expect(screen.getByLabelText('Waarom kan het huishouden niet wachten?').getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(screen.getByLabelText('Waarom kan het huishouden niet wachten?'), 'Onveilige situatie');
    await userEvent.click(screen.getByRole('button', { name: 'Aanbod doen' }));
    await vi.waitFor(() => expect(onMade).toHaveBeenCalled());
    expect(vi.mocked(relocationRequestsMakeOffer).mock.lastCall?.[0]?.body).toEqual({
      placeType: 'host_family',
      placeId: 'h-1',
      moveOn: '2026-03-31',
      noticeOverrideReason: 'Onveilige situatie',
    });
  });

  it('puts the API refusal of the notice period at the move date', async () => {
    vi.mocked(relocationRequestsMakeOffer).mockResolvedValue(
      sdkProblem({ status: 422, type: 'https://onderdak.nl/problems/notice-period', detail: "A move needs 7 days' notice." }),
    );
    renderApp(<OfferForm {...props} urgency="normal" onMade={vi.fn()} now="2026-03-30" />, { session: fakeSession().session });
    await userEvent.click(screen.getByRole('button', { name: 'Aanbod doen' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('Het aanbod is niet gedaan.');
    expect(screen.getByLabelText('Verhuisdatum').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Verhuisdatum').getAttribute('aria-describedby')).toBeTruthy();
  });
});
