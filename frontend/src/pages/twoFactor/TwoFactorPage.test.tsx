import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/problem';
import { disableMyTwoFactor, myEnrolment } from '../../api/twoFactor';
import type { TwoFactorState } from '../../client';
import { renderSignedIn } from '../../test/render';
import { TwoFactorPage } from './TwoFactorPage';

vi.mock('../../api/auth', () => ({ requestTokens: vi.fn(), fetchCurrentUser: vi.fn() }));
const readState = vi.hoisted(() => vi.fn<() => Promise<TwoFactorState>>());
vi.mock('../../api/twoFactor', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../api/twoFactor')>();
  return {
    ...original,
    myTwoFactorQuery: () => ({ queryKey: original.twoFactorKeys.mine, queryFn: readState }),
    myEnrolment: { needsPassword: true, start: vi.fn(), confirm: vi.fn() },
    disableMyTwoFactor: vi.fn(),
    regenerateRecoveryCodes: vi.fn(),
  };
});

const read = () => readState;

describe('TwoFactorPage', () => {
  beforeEach(() => {
    read().mockReset();
    vi.mocked(myEnrolment.start).mockReset();
    vi.mocked(myEnrolment.confirm).mockReset();
    vi.mocked(disableMyTwoFactor).mockReset();
  });

  it('sets up the app signed in: QR code and key, a confirming code, the recovery codes once', async () => {
    read().mockResolvedValue({ enabled: false, required: false, recoveryCodesLeft: 0 });
    vi.mocked(myEnrolment.start).mockResolvedValue({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrCode: 'data:image/svg+xml,qr' });
    vi.mocked(myEnrolment.confirm).mockResolvedValue({ recoveryCodes: ['aaaa-bbbb-cccc-dddd'], tokens: null });
    renderSignedIn(<TwoFactorPage />, { role: 'desk' });
    const events = userEvent.setup();
    expect(await screen.findByText(/staat uit/)).toBeDefined();
    await events.click(screen.getByRole('button', { name: 'Instellen' }));
    expect(screen.getByText('Vul uw wachtwoord in.')).toBeDefined(); // asked again before enrolling
    expect(myEnrolment.start).not.toHaveBeenCalled();
    await events.type(screen.getByLabelText('Wachtwoord'), 'secret password');
    await events.click(screen.getByRole('button', { name: 'Instellen' }));
    expect(myEnrolment.start).toHaveBeenCalledWith('secret password');
    expect(await screen.findByRole('img', { name: /QR-code/ })).toBeDefined();
    await events.click(screen.getByRole('button', { name: 'Code controleren en inschakelen' }));
    expect(screen.getByText('Vul de code uit de app in.')).toBeDefined();
    expect(myEnrolment.confirm).not.toHaveBeenCalled();
    await events.type(screen.getByLabelText('Code uit de app'), '123456');
    await events.click(screen.getByRole('button', { name: 'Code controleren en inschakelen' }));
    expect(await screen.findByText('aaaa-bbbb-cccc-dddd')).toBeDefined();
    read().mockResolvedValue({ enabled: true, required: false, recoveryCodesLeft: 1 });
    await events.click(screen.getByLabelText('Ik heb de herstelcodes veilig bewaard'));
    await events.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Inloggen in twee stappen staat nu aan.')).toBeDefined();
    expect(await screen.findByText('Ongebruikte herstelcodes: 1')).toBeDefined();
  });

  it('switches off with the password and a fresh code, and shows a refusal at the field', async () => {
    read().mockResolvedValue({ enabled: true, required: false, recoveryCodesLeft: 10 });
    vi.mocked(disableMyTwoFactor).mockRejectedValueOnce(
      new ApiError({ type: 'https://onderdak.nl/problems/invalid-second-factor', title: 'Forbidden', status: 403, detail: 'The password or the code is wrong.' }),
    );
    renderSignedIn(<TwoFactorPage />, { role: 'desk' });
    const events = userEvent.setup();
    const disable = await screen.findByRole('button', { name: 'Inloggen in twee stappen uitzetten' });
    await events.type(screen.getByLabelText('Wachtwoord'), 'secret password');
    const codes = screen.getAllByLabelText('Code uit de app');
    await events.type(codes[codes.length - 1]!, '111111');
    await events.click(disable);
    expect(disableMyTwoFactor).toHaveBeenCalledWith('secret password', { code: '111111' });
    expect(await screen.findByText(/Het wachtwoord of de code klopt niet/)).toBeDefined();
  });

  it('offers no switch-off when the role requires it', async () => {
    read().mockResolvedValue({ enabled: true, required: true, recoveryCodesLeft: 10 });
    renderSignedIn(<TwoFactorPage />, { role: 'desk' });
    expect(await screen.findByText(/u kunt het niet uitzetten/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Inloggen in twee stappen uitzetten' })).toBeNull();
  });
});
