import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { fieldErrorsByName, fieldPath, formErrorsFromProblem, problemCode, toProblem, unplacedFieldErrors } from './problem';

describe('toProblem', () => {
  it('keeps a problem+json body as it is', () => {
    const body = {
      type: 'https://onderdak.nl/problems/validation',
      title: 'Validation failed',
      status: 422,
      detail: 'Two fields are invalid.',
      errors: [{ field: 'password', message: 'Too short' }, { message: 'Check the form' }],
    };
    expect(toProblem(body, 422)).toEqual(body);
  });

  it('keeps the request id that a server error should be reported with', () => {
    expect(toProblem({ title: 'Internal Server Error', status: 500, requestId: 'abc123' }, 500).requestId).toBe('abc123');
  });

  it('takes the status from the response when the body has none', () => {
    expect(toProblem({ title: 'Conflict' }, 409)).toEqual({ type: 'about:blank', title: 'Conflict', status: 409 });
  });

  it('builds a problem from the status when the body is not a problem', () => {
    expect(toProblem('<html>Bad gateway</html>', 502)).toEqual({ type: 'about:blank', title: 'HTTP 502', status: 502 });
  });

  it('uses status 0 when there was no response at all', () => {
    expect(toProblem(new TypeError('Failed to fetch'), undefined).status).toBe(0);
  });

  it('keeps the members a problem type adds, and only those', () => {
    const body = { type: 'https://onderdak.nl/problems/status-link-ended', title: 'Not Found', status: 404, instance: '/api/v1/status/x', contact: { name: 'Loket' } };
    expect(toProblem(body, 404).extensions).toEqual({ contact: { name: 'Loket' } });
    expect(toProblem({ title: 'Conflict', status: 409, instance: '/x' }, 409).extensions).toBeUndefined();
  });

  it('drops malformed field errors', () => {
    const problem = toProblem({ title: 'Bad', status: 400, errors: [{ field: 'x' }, 'nonsense', { message: 'ok' }] }, 400);
    expect(problem.errors).toEqual([{ message: 'ok' }]);
  });
});

const t = i18n.getFixedT('en');

describe('field errors', () => {
  const problem = toProblem(
    {
      title: 'Invalid',
      status: 400,
      errors: [
        { field: 'body.username', message: 'value is not a valid email address: An email address must have an @-sign.' },
        { field: '/password', message: 'Field required' },
        { field: 'password', message: 'String should have at least 12 characters' },
        { field: 'grant_type', message: 'Input should be \'password\'' },
        { message: 'Something about the whole form.' },
      ],
    },
    400,
  );

  it('are keyed by the form field, whatever path notation the API used, and worded in the interface language', () => {
    expect(fieldErrorsByName(problem, t)).toEqual({
      username: 'Enter an e-mail address like name@example.org.',
      password: 'This is required. Use at least 12 characters.',
      grant_type: 'Choose one of the options.',
    });
  });

  it('that no form field shows are listed separately, with their label when the form gave one', () => {
    expect(unplacedFieldErrors(problem, ['username', 'password'], t, { labels: { grant_type: 'Grant' } })).toEqual([
      'Grant: Choose one of the options.',
      'This value is not valid.',
    ]);
  });
});

describe('form errors from a problem', () => {
  it('name a field by its whole path, without the body prefix', () => {
    expect(fieldPath('body.contact.email')).toBe('contact.email');
    expect(fieldPath('/languagesSpoken/0')).toBe('languagesSpoken.0');
    expect(fieldPath('body')).toBeUndefined();
  });

  it('know the problem code from its type', () => {
    expect(problemCode(toProblem({ type: 'https://onderdak.nl/problems/window-too-long', title: 'x', status: 422 }, 422))).toBe('window-too-long');
    expect(problemCode(toProblem({ title: 'x', status: 404 }, 404))).toBeUndefined();
  });

  it('put field errors and a one-field problem at the form fields', () => {
    const problem = toProblem(
      {
        type: 'https://onderdak.nl/problems/window-too-long',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'The availability window is 250 days.',
        errors: [
          { field: 'contact.email', message: 'value is not a valid email address: An email address must have an @-sign.' },
          { field: 'languages.1', message: 'String should have at most 3 characters' },
          { field: 'body', message: 'Value error, something else' },
        ],
      },
      422,
    );
    expect(formErrorsFromProblem(problem, t, { 'contact.email': 'contactEmail', languages: 'languages' }, { 'window-too-long': 'availableUntil' })).toEqual({
      contactEmail: 'Enter an e-mail address like name@example.org.',
      languages: 'Use at most 3 characters.',
      availableUntil: 'Hosting lasts at most about 6 months. An administrator can allow a longer period.',
    });
    expect(unplacedFieldErrors(problem, ['contact.email', 'languages'], t)).toEqual(['This value is not valid.']);
  });

  it('put a one-field problem at its field only when no field error is there already', () => {
    const problem = toProblem(
      {
        type: 'https://onderdak.nl/problems/window-too-long',
        title: 'Unprocessable Content',
        status: 422,
        errors: [{ field: 'availableUntil', message: 'at most 183 days after availableFrom' }],
      },
      422,
    );
    expect(formErrorsFromProblem(problem, t, { availableUntil: 'availableUntil' }, { 'window-too-long': 'availableUntil' })).toEqual({
      availableUntil: 'Choose a date at most 183 days after the start date.',
    });
  });
});
