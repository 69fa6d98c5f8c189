import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { relocationRequestsRotateStatusLink, relocationRequestsSendStatusLink } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { StatusLinkPanel } from './StatusLinkPanel';

vi.mock('../../client', () => ({ relocationRequestsRotateStatusLink: vi.fn(), relocationRequestsSendStatusLink: vi.fn() }));

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

  it('sends the link on a channel the household gave, and says so', async () => {
    vi.mocked(relocationRequestsSendStatusLink).mockResolvedValue(
      sdkOk({ id: 'n1', kind: 'status_link', channel: 'sms', recipientType: 'household', language: 'uk', status: 'pending', createdAt: '2026-12-03T09:00:00Z', sentAt: null, attempts: [] }, 202),
    );
    renderApp(<StatusLinkPanel requestId="request-1" contact={{ email: null, phone: '+31 6 1234 5678', preferredChannel: null }} />, {
      session: fakeSession().session,
    });
    expect(screen.queryByRole('button', { name: 'Link per e-mail sturen' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Link per sms sturen' }));
    expect(relocationRequestsSendStatusLink).toHaveBeenCalledWith({ path: { requestId: 'request-1' }, body: { channel: 'sms' } });
    expect((await screen.findByRole('status')).textContent).toContain('per sms verstuurd');
  });

  it('offers both channels when the contact is not shown, and words a refusal', async () => {
    vi.mocked(relocationRequestsSendStatusLink).mockResolvedValue(sdkProblem({ status: 429, code: 'too-many-requests' }));
    renderApp(<StatusLinkPanel requestId="request-1" contact={null} />, { session: fakeSession().session });
    await userEvent.click(screen.getByRole('button', { name: 'Link per e-mail sturen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('De link is niet verstuurd.');
    expect(screen.getByRole('button', { name: 'Link per sms sturen' })).toBeTruthy();
  });
});
