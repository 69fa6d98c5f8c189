import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchCurrentUser, requestTokens } from '../../api/auth';
import { ApiError } from '../../api/problem';
import { enrolmentWithChallenge, verifySecondFactor } from '../../api/twoFactor';
import { fakeSession, tokens, user } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { LoginPage } from '../LoginPage';

vi.mock('../../api/auth', () => ({ requestTokens: vi.fn(), fetchCurrentUser: vi.fn() }));
vi.mock('../../api/twoFactor', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/twoFactor')>()),
  verifySecondFactor: vi.fn(),
  enrolmentWithChallenge: vi.fn(),
}));

function dueProblem(code: string) {
  return new ApiError({
    type: `https://onderdak.nl/problems/${code}`,
    title: 'Unauthorized',
    status: 401,
    detail: 'A second factor is due.',
    extensions: { challenge: 'ondc_challenge', challengeExpiresIn: 300 },
  });
}

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

async function passwordStep() {
  const events = userEvent.setup();
  await events.type(screen.getByLabelText('E-mailadres'), 'desk@example.test');
  await events.type(screen.getByLabelText('Wachtwoord'), 'onderdak-demo');
  await events.click(screen.getByRole('button', { name: 'Inloggen' }));
  return events;
}

describe('login with a second factor', () => {
  beforeEach(() => {
    vi.mocked(requestTokens).mockReset();
    vi.mocked(fetchCurrentUser).mockReset().mockResolvedValue(user('desk'));
    vi.mocked(verifySecondFactor).mockReset();
    vi.mocked(enrolmentWithChallenge).mockReset();
  });

  it('asks for the code after the password, with a one-time-code field, and signs in with it', async () => {
    vi.mocked(requestTokens).mockRejectedValue(dueProblem('second-factor-required'));
    vi.mocked(verifySecondFactor).mockResolvedValue(tokens('2'));
    const session = renderLogin();
    const events = await passwordStep();
    const code = await screen.findByLabelText('Code uit de app');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(session.getAccessToken()).toBeNull();
    await events.type(code, '123 456');
    await events.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText('Home page')).toBeDefined();
    expect(verifySecondFactor).toHaveBeenCalledWith('ondc_challenge', { code: '123456' });
    expect(session.getAccessToken()).toBe('access-2');
  });

  it('says an empty or wrong code next to the field, and takes a recovery code instead', async () => {
    vi.mocked(requestTokens).mockRejectedValue(dueProblem('second-factor-required'));
    vi.mocked(verifySecondFactor).mockRejectedValueOnce(
      new ApiError({ type: 'https://onderdak.nl/problems/invalid-second-factor', title: 'Unauthorized', status: 401, detail: 'The code is wrong or was used already.' }),
    );
    renderLogin();
    const events = await passwordStep();
    await events.click(await screen.findByRole('button', { name: 'Bevestigen' }));
    const code = screen.getByLabelText('Code uit de app');
    expect(code.getAttribute('aria-describedby')).toContain(screen.getByText('Vul de code uit de app in.').id);
    expect(verifySecondFactor).not.toHaveBeenCalled();
    await events.type(code, '000000');
    await events.click(screen.getByRole('button', { name: 'Bevestigen' }));
    const wrong = await screen.findByText('Deze code klopt niet of is al gebruikt. Wacht op de volgende code.');
    expect(screen.getByLabelText('Code uit de app').getAttribute('aria-describedby')).toContain(wrong.id);

    vi.mocked(verifySecondFactor).mockResolvedValue(tokens('3'));
    await events.click(screen.getByRole('button', { name: 'Ik heb mijn telefoon niet: herstelcode gebruiken' }));
    await events.type(screen.getByLabelText('Herstelcode'), 'abcd-efgh-jkmn-pqrs');
    await events.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText('Home page')).toBeDefined();
    expect(verifySecondFactor).toHaveBeenLastCalledWith('ondc_challenge', { recoveryCode: 'abcd-efgh-jkmn-pqrs' });
  });

  it('sends the user back to the password when the challenge expired', async () => {
    vi.mocked(requestTokens).mockRejectedValue(dueProblem('second-factor-required'));
    vi.mocked(verifySecondFactor).mockRejectedValue(
      new ApiError({ type: 'https://onderdak.nl/problems/invalid-challenge', title: 'Unauthorized', status: 401, detail: 'expired' }),
    );
    renderLogin();
    const events = await passwordStep();
    await events.type(await screen.findByLabelText('Code uit de app'), '123456');
    await events.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await events.click(await screen.findByRole('button', { name: 'Opnieuw inloggen' }));
    expect(screen.getByLabelText('Wachtwoord')).toBeDefined();
  });

  it('enrols a user whose role requires a factor, shows the recovery codes once, then signs in', async () => {
    vi.mocked(requestTokens).mockRejectedValue(dueProblem('second-factor-enrolment-required'));
    const start = vi.fn().mockResolvedValue({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Onderdak:desk', qrCode: 'data:image/svg+xml,qr' });
    const confirm = vi.fn().mockResolvedValue({ recoveryCodes: ['aaaa-bbbb-cccc-dddd', 'eeee-ffff-gggg-hhhh'], tokens: tokens('4') });
    vi.mocked(enrolmentWithChallenge).mockReturnValue({ needsPassword: false, start, confirm });
    const session = renderLogin();
    const events = await passwordStep();
    expect(await screen.findByText(/is inloggen in twee stappen verplicht/)).toBeDefined();
    await events.click(screen.getByRole('button', { name: 'Instellen' }));
    const qr = await screen.findByRole('img', { name: 'QR-code om Onderdak aan uw authenticator-app toe te voegen' });
    expect(qr.getAttribute('src')).toBe('data:image/svg+xml,qr');
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeDefined();
    await events.type(screen.getByLabelText('Code uit de app'), '654321');
    await events.click(screen.getByRole('button', { name: 'Code controleren en inschakelen' }));
    expect(confirm).toHaveBeenCalledWith('654321');
    expect(await screen.findByText('aaaa-bbbb-cccc-dddd')).toBeDefined();
    expect(session.getAccessToken()).toBeNull(); // not before the codes are stored
    await events.click(screen.getByRole('button', { name: 'Verder' }));
    const checkbox = screen.getByLabelText('Ik heb de herstelcodes veilig bewaard');
    expect(checkbox.getAttribute('aria-describedby')).toContain(screen.getByText('Bewaar eerst de herstelcodes en vink dit dan aan.').id);
    await events.click(checkbox);
    await events.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Home page')).toBeDefined();
    expect(session.getAccessToken()).toBe('access-4');
  });
});
