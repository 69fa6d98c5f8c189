import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchCurrentUser, requestTokens } from '../api/auth';
import { ApiError } from '../api/problem';
import { fakeSession, tokens, user } from '../test/fakes';
import { renderApp } from '../test/render';
import { LoginPage } from './LoginPage';

vi.mock('../api/auth', () => ({ requestTokens: vi.fn(), fetchCurrentUser: vi.fn() }));

function renderLogin() {
  const { session } = fakeSession();
  renderApp(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/" element={<p>Home page</p>} />
    </Routes>,
    { session, route: '/login' },
  );
  return session;
}

async function logIn(email: string, password: string) {
  const events = userEvent.setup();
  if (email) await events.type(screen.getByLabelText('E-mailadres'), email);
  if (password) await events.type(screen.getByLabelText('Wachtwoord'), password);
  await events.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('LoginPage', () => {
  beforeEach(() => {
    vi.mocked(requestTokens).mockReset();
    vi.mocked(fetchCurrentUser).mockReset();
  });

  it('asks for the missing fields without calling the API, and focuses the first', async () => {
    renderLogin();
    await logIn('', '');
    const email = screen.getByLabelText('E-mailadres');
    expect(email).toHaveProperty('ariaInvalid', 'true');
    expect(email.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Vul uw e-mailadres in.')).toBeDefined();
    expect(screen.getByText('Vul uw wachtwoord in.')).toBeDefined();
    expect(document.activeElement).toBe(email);
    expect(requestTokens).not.toHaveBeenCalled();
  });

  it('announces a refused login in the interface language, not with the server detail', async () => {
    vi.mocked(requestTokens).mockRejectedValue(
      new ApiError({ type: 'https://onderdak.nl/problems/unauthorized', title: 'Unauthorized', status: 401, detail: 'The e-mail address or password is wrong.' }),
    );
    renderLogin();
    await logIn('desk@example.test', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Inloggen is niet gelukt.');
    expect(alert.textContent).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(alert.textContent).not.toContain('wrong');
  });

  it('shows field errors from the API next to their fields', async () => {
    vi.mocked(requestTokens).mockRejectedValue(
      new ApiError({
        type: 'about:blank',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'The request is invalid.',
        errors: [{ field: 'body.username', message: 'value is not a valid email address: An email address must have an @-sign.' }],
      }),
    );
    renderLogin();
    await logIn('not-an-email', 'secret');
    const message = await screen.findByText('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    expect(screen.getByLabelText('E-mailadres').getAttribute('aria-describedby')).toContain(message.id);
  });

  it('signs in and goes to the home page', async () => {
    vi.mocked(requestTokens).mockResolvedValue(tokens('1'));
    vi.mocked(fetchCurrentUser).mockResolvedValue(user('desk'));
    const session = renderLogin();
    await logIn('desk@example.test', 'onderdak-demo');
    expect(await screen.findByText('Home page')).toBeDefined();
    expect(requestTokens).toHaveBeenCalledWith('desk@example.test', 'onderdak-demo');
    expect(session.getAccessToken()).toBe('access-1');
  });
});
