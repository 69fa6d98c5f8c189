import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { describeProblem, fieldErrorKind, knownProblemCodes } from './describeProblem';
import { toProblem } from './problem';

const nl = i18n.getFixedT('nl');
const uk = i18n.getFixedT('uk');
const en = i18n.getFixedT('en');

/** What POST /api/v1/auth/token answers for a wrong password (api/identity/service.py). */
const refusedLogin = toProblem(
  {
    type: 'https://onderdak.nl/problems/unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail: 'The e-mail address or password is wrong.',
    instance: '/api/v1/auth/token',
    requestId: 'req-login-1',
  },
  401,
);

/** What PATCH /api/v1/host-families/{id} answers for a window of 250 days (api/hosts/service.py). */
const windowTooLong = toProblem(
  {
    type: 'https://onderdak.nl/problems/window-too-long',
    title: 'Unprocessable Content',
    status: 422,
    detail: 'The availability window is 250 days; hosting lasts at most 183 days (about 6 months). An administrator can accept a longer window.',
    requestId: 'req-window-1',
    errors: [{ field: 'availableUntil', message: 'at most 183 days after availableFrom' }],
  },
  422,
);
const hostLabels = { availableFrom: 'Vanaf', availableUntil: 'Tot en met' };

describe('describeProblem', () => {
  it('words a refused login in Dutch and Ukrainian, never with the server detail', () => {
    const dutch = describeProblem(refusedLogin, nl);
    expect(dutch.code).toBe('unauthorized');
    expect(dutch.message).toBe('U bent niet (meer) ingelogd. Log opnieuw in.');
    expect(dutch.requestId).toBeUndefined();
    expect(describeProblem(refusedLogin, nl, { messages: { unauthorized: nl('problemMessages.loginRefused') } }).message).toBe(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
    expect(describeProblem(refusedLogin, uk, { messages: { unauthorized: uk('problemMessages.loginRefused') } }).message).toBe(
      'Неправильна адреса електронної пошти або пароль.',
    );
    expect(describeProblem(refusedLogin, uk).message).not.toContain('password');
  });

  it('words the host window refusal as a Dutch sentence that names the form field by its label', () => {
    const described = describeProblem(windowTooLong, nl, { labels: hostLabels });
    expect(described.message).toBe('Opvang in een gastgezin duurt hoogstens ongeveer 6 maanden. Een beheerder kan een langere periode toestaan.');
    expect(described.fields).toEqual([
      {
        path: 'availableUntil',
        label: 'Tot en met',
        message: 'Kies een datum hoogstens 183 dagen na ‘Vanaf’.',
        summary: 'Tot en met: Kies een datum hoogstens 183 dagen na ‘Vanaf’.',
      },
    ]);
    expect(JSON.stringify(described)).not.toMatch(/availableFrom|at most/);
  });

  it('names the other field by what it is when the form gave no label', () => {
    expect(describeProblem(windowTooLong, nl).fields[0]?.message).toBe('Kies een datum hoogstens 183 dagen na de begindatum.');
    expect(describeProblem(windowTooLong, uk, { labels: { availableFrom: 'З' } }).fields[0]?.message).toBe('Виберіть дату не пізніше ніж через 183 дн. після «З».');
  });

  it('words validation errors per kind, with the limits the API named', () => {
    const problem = toProblem(
      {
        type: 'https://onderdak.nl/problems/invalid-input',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid; see errors.',
        errors: [
          { field: 'displayName', message: 'Field required' },
          { field: 'address', message: 'String should have at most 300 characters' },
          { field: 'beds', message: 'Input should be less than or equal to 30' },
          { field: 'availableFrom', message: 'Input should be a valid date or datetime, input is too short' },
          { field: 'body', message: 'Value error, availableUntil lies before availableFrom' },
          { field: 'expiresOn', message: 'lies in the past' },
          { field: 'availableFrom', message: 'on or before 2027-03-01' },
        ],
      },
      400,
    );
    const described = describeProblem(problem, nl, { labels: { ...hostLabels, address: 'Adres' } });
    expect(described.message).toBe('Sommige gegevens kloppen niet. Bekijk de velden hieronder.');
    expect(described.fields.map(({ summary }) => summary)).toEqual([
      'Dit is verplicht.',
      'Adres: Gebruik hoogstens 300 tekens.',
      'Vul 30 of minder in.',
      'Vanaf: Vul een geldige datum in.',
      '‘Tot en met’ ligt vóór ‘Vanaf’.',
      'Deze datum ligt in het verleden.',
      'Vanaf: Kies 1 maart 2027 of eerder.',
    ]);
    expect(described.fields[4]).toMatchObject({ path: 'availableUntil', message: '‘Tot en met’ ligt vóór ‘Vanaf’.' });
  });

  it('writes numbers the way the interface language does', () => {
    const problem = toProblem(
      { type: 'https://onderdak.nl/problems/invalid-input', title: 'Bad Request', status: 400, errors: [{ field: 'lat', message: 'Input should be less than or equal to 53.7' }] },
      400,
    );
    expect(describeProblem(problem, nl).fields[0]?.message).toBe('Vul 53,7 of minder in.');
    expect(describeProblem(problem, en).fields[0]?.message).toBe('Enter 53.7 or less.');
  });

  it('gives a general sentence and the request id for a code it does not know', () => {
    const problem = toProblem({ type: 'https://onderdak.nl/problems/brand-new', title: 'Conflict', status: 409, detail: 'Something new in English.', requestId: 'abc123' }, 409);
    for (const t of [nl, uk, en]) {
      const described = describeProblem(problem, t);
      expect(described.message).not.toContain('Something new');
      expect(described.requestId).toBe('abc123');
    }
    expect(describeProblem(problem, nl).message).toBe('Het verzoek is niet gelukt (status 409).');
  });

  it('names a problem without a code by its status, and a server error with its request id', () => {
    expect(describeProblem(toProblem({ title: 'Not Found', status: 404, detail: 'No resource exists at this address.' }, 404), nl)).toEqual({
      code: 'http-404',
      message: 'Dit bestaat niet (meer), of u hebt er geen toegang toe.',
      fields: [],
    });
    const crash = describeProblem(toProblem({ type: 'https://onderdak.nl/problems/internal-error', title: 'Internal Server Error', status: 500, requestId: 'r-500' }, 500), uk);
    expect(crash).toMatchObject({ message: 'З нашого боку сталася помилка.', requestId: 'r-500' });
    expect(describeProblem(toProblem(undefined, undefined), nl).message).toBe(nl('errors.network'));
  });

  it('knows a kind for every message the API words field errors with', () => {
    expect(knownProblemCodes).toContain('window-too-long');
    expect(fieldErrorKind('Input should be \'active\', \'blocked\' or \'closed\'').kind).toBe('choice');
    expect(fieldErrorKind('List should have at most 5 items after validation, not 6')).toEqual({ kind: 'tooMany', values: { max: 5 } });
    expect(fieldErrorKind('Input should be a valid integer, got a number with a fractional part').kind).toBe('wholeNumber');
    expect(fieldErrorKind('Value error, times need a timezone (RFC 3339), e.g. 2027-01-31T23:59:59+01:00').kind).toBe('dateTime');
    expect(fieldErrorKind('Value error, must lie between 2000-01-01 and 2100-12-31')).toEqual({ kind: 'between', values: { min: '2000-01-01', max: '2100-12-31' } });
    expect(fieldErrorKind('Something never seen').kind).toBe('invalid');
  });
});
