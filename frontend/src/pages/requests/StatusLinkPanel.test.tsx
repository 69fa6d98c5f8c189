import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { relocationRequestsRotateStatusLink } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { StatusLinkPanel } from './StatusLinkPanel';

vi.mock('../../client', () => ({ relocationRequestsRotateStatusLink: vi.fn() }));

describe('StatusLinkPanel', () => {
  it('ends the current link only after a confirmation, and can be kept', async () => {
    vi.mocked(relocationRequestsRotateStatusLink).mockResolvedValue(
      sdkOk({ token: 'onds_new', path: '/status/onds_new', createdAt: '2026-12-03T09:00:00Z' }, 201),
    );
    renderApp(<StatusLinkPanel requestId="request-1" />, { session: fakeSession().session });
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe statuslink maken' }));
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'De huidige link houden' }));
    expect(relocationRequestsRotateStatusLink).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe statuslink maken' }));
    expect(screen.getByRole('alert').textContent).toContain('werkt daarna niet meer');
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Ja, maak een nieuwe link' }));
    const field = (await screen.findByLabelText('Link naar de statuspagina')) as HTMLInputElement;
    expect(field.value).toMatch(/\/status\/onds_new$/);
  });
});
