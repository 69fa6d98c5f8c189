import { queryOptions } from '@tanstack/react-query';
import {
  authConfirmWithChallenge,
  authEnrolWithChallenge,
  authVerifySecondFactor,
  usersConfirmMyTwoFactor,
  usersDisableMyTwoFactor,
  usersEnrolMyTwoFactor,
  usersReadMyTwoFactor,
  usersRegenerateMyRecoveryCodes,
  type TwoFactorEnrolled,
  type TwoFactorEnrolment,
  type TwoFactorState,
} from '../client';
import type { Tokens } from './auth';
import { ApiError, problemCode } from './problem';
import { unwrap } from './result';

export type Enrolment = TwoFactorEnrolment;
export type Enrolled = TwoFactorEnrolled;

/** A second factor: the 6-digit code of the authenticator app, or one of the recovery codes. */
export type SecondFactor = { code: string } | { recoveryCode: string };

/** What the password step asks for next (the problem codes of POST /auth/token's 401). */
export type LoginChallenge = { kind: 'code' | 'enrol'; challenge: string };

export function verifySecondFactor(challenge: string, factor: SecondFactor): Promise<Tokens> {
  return unwrap(authVerifySecondFactor({ body: { challenge, ...factor } }));
}

/**
 * Enrolment, either during a login that requires a factor (with its challenge) or signed in, when
 * the password is asked again (`needsPassword`), so that a stolen session alone cannot enrol.
 */
export interface EnrolmentApi {
  needsPassword: boolean;
  start: (password: string) => Promise<Enrolment>;
  confirm: (code: string) => Promise<Enrolled>;
}

export function enrolmentWithChallenge(challenge: string): EnrolmentApi {
  return {
    needsPassword: false,
    start: () => unwrap(authEnrolWithChallenge({ body: { challenge } })),
    confirm: (code) => unwrap(authConfirmWithChallenge({ body: { challenge, code } })),
  };
}

export const myEnrolment: EnrolmentApi = {
  needsPassword: true,
  start: (password) => unwrap(usersEnrolMyTwoFactor({ body: { password } })),
  confirm: (code) => unwrap(usersConfirmMyTwoFactor({ body: { code } })),
};

export const twoFactorKeys = { mine: ['two-factor', 'mine'] as const };

export function myTwoFactorQuery() {
  return queryOptions<TwoFactorState>({ queryKey: twoFactorKeys.mine, queryFn: () => unwrap(usersReadMyTwoFactor()) });
}

export async function disableMyTwoFactor(password: string, factor: SecondFactor): Promise<void> {
  await unwrap(usersDisableMyTwoFactor({ body: { password, ...factor } }));
}

export async function regenerateRecoveryCodes(factor: SecondFactor): Promise<string[]> {
  return (await unwrap(usersRegenerateMyRecoveryCodes({ body: factor }))).recoveryCodes;
}

const challengeKinds: Record<string, LoginChallenge['kind']> = {
  'second-factor-required': 'code',
  'second-factor-enrolment-required': 'enrol',
};

/** The challenge in a refused password step that asks for a second factor, else null. */
export function loginChallenge(error: unknown): LoginChallenge | null {
  if (!(error instanceof ApiError)) return null;
  const kind = challengeKinds[problemCode(error.problem) ?? ''];
  const challenge = error.problem.extensions?.challenge;
  return kind && typeof challenge === 'string' ? { kind, challenge } : null;
}
