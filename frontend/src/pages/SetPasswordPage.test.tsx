import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authSetPassword } from '../client';
import { fakeSession } from '../test/fakes';
import { renderApp } from '../test/render';
import { sdkOk, sdkProblem } from '../test/sdk';
import { checkNewPassword, SetPasswordPage } from './SetPasswordPage';

vi.mock('../client', () => ({ authSetPassword: vi.fn() }));

function openWithLink(hash = '#ondp_token') {
  window.history.replaceState(null, '', `/set-password${hash}`);
  renderApp(<SetPasswordPage />, { session: fakeSession().session, route: '/set-password' });
}

async function choose(password: string, repeated = password) {
  await userEvent.type(screen.getByLabelText('Nieuw wachtwoord'), password);
  await userEvent.type(screen.getByLabelText('Herhaal het wachtwoord'), repeated);
  await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
}

describe('SetPasswordPage', () => {
  beforeEach(() => {
    vi.mocked(authSetPassword).mockReset();
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('takes the token from after the #, and out of the address bar', () => {
    openWithLink();
    expect(window.location.hash).toBe('');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toBeDefined();
  });

  it('checks length and repetition before sending, then sends the token with the password', async () => {
    vi.mocked(authSetPassword).mockResolvedValue(sdkOk({ email: 'nina@utrecht.nl' }));
    openWithLink();
    await choose('kort');
    expect(screen.getByText('Gebruik minstens 12 tekens.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByLabelText('Nieuw wachtwoord'));
    await userEvent.clear(screen.getByLabelText('Nieuw wachtwoord'));
    await userEvent.clear(screen.getByLabelText('Herhaal het wachtwoord'));
    await choose('een lang genoeg wachtwoord', 'een ander lang wachtwoord');
    expect(screen.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeDefined();
    expect(authSetPassword).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('Herhaal het wachtwoord'));
    await userEvent.type(screen.getByLabelText('Herhaal het wachtwoord'), 'een lang genoeg wachtwoord');
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Uw wachtwoord is opgeslagen. Log in met nina@utrecht.nl.')).toBeDefined();
    expect(vi.mocked(authSetPassword).mock.lastCall?.[0].body).toEqual({ token: 'ondp_token', password: 'een lang genoeg wachtwoord' });
    expect(screen.getByRole('link', { name: 'Naar inloggen' }).getAttribute('href')).toBe('/login');
  });

  it('says when the link no longer works', async () => {
    vi.mocked(authSetPassword).mockResolvedValue(sdkProblem({ status: 400, type: 'https://onderdak.nl/problems/invalid-password-link', detail: 'invalid' }));
    openWithLink();
    await choose('een lang genoeg wachtwoord');
    expect((await screen.findByRole('alert')).textContent).toContain('Deze link werkt niet meer');
    expect(screen.queryByLabelText('Nieuw wachtwoord')).toBeNull();
  });

  it('says when the link is incomplete', () => {
    openWithLink('');
    expect(screen.getByRole('alert').textContent).toContain('Deze link is niet compleet.');
  });
});

describe('checkNewPassword', () => {
  it('mirrors the API: 12 to 256 characters, typed twice the same', () => {
    expect(checkNewPassword('x'.repeat(11), 'x'.repeat(11))).toEqual({ password: 'tooShort' });
    expect(checkNewPassword('x'.repeat(257), 'x'.repeat(257))).toEqual({ password: 'tooLong' });
    expect(checkNewPassword('x'.repeat(12), 'y'.repeat(12))).toEqual({ repeated: 'mismatch' });
    expect(checkNewPassword('x'.repeat(12), 'x'.repeat(12))).toEqual({});
  });
});
