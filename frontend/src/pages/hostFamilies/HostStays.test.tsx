import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostFamiliesListHostStays } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { HostStays } from './HostStays';

vi.mock('../../client', () => ({ hostFamiliesListHostStays: vi.fn(), placementsExtendStay: vi.fn() }));

describe('HostStays', () => {
  beforeEach(() => vi.mocked(hostFamiliesListHostStays).mockReset());

  it('tells the host who is coming: when, how many, which languages', async () => {
    vi.mocked(hostFamiliesListHostStays).mockResolvedValue(
      sdkOk({
        items: [{ placementId: 'p-1', status: 'incoming', moveOn: '2026-04-06', arrivedOn: null, plannedEndOn: '2026-09-30', adults: 1, children: 2, languages: ['uk'] }],
        total: 1,
      }),
    );
    renderApp(<HostStays hostFamilyId="h-1" voice="host" canExtend={false} />, { session: fakeSession().session });
    expect(await screen.findByText('1 volwassene, 2 kinderen')).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Wie komt er bij u wonen?' })).toBeDefined();
    expect(screen.getByText(/^Komt op /)).toBeDefined();
    expect(screen.queryByRole('button', { name: /Verblijf verlengen/ })).toBeNull(); // a host does not extend
  });

  it('says so when nobody is coming', async () => {
    vi.mocked(hostFamiliesListHostStays).mockResolvedValue(sdkOk({ items: [], total: 0 }));
    renderApp(<HostStays hostFamilyId="h-1" voice="host" canExtend={false} />, { session: fakeSession().session });
    expect(await screen.findByText('Er komt nu niemand bij u wonen.')).toBeDefined();
  });
});
