// @ts-check
// Creates what a browser test needs through the real API (the demo data has users but no places).
import assert from 'node:assert/strict';
import { baseUrl, demoPassword } from './browser.mjs';

/**
 * Logs in through the API and returns a function that calls it as that user.
 * @param {string} email
 */
export async function apiAs(email) {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: email, password: demoPassword }),
  });
  assert.equal(response.status, 200, `logging in as ${email} through the API`);
  const { access_token: token } = /** @type {{access_token: string}} */ (await response.json());
  /**
   * @param {string} method
   * @param {string} path under /api/v1
   * @param {unknown} [body]
   * @param {number} [expectedStatus] a refusal the test expects; any success when left out
   * @returns {Promise<any>}
   */
  return async (method, path, body, expectedStatus) => {
    const result = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await result.text();
    if (expectedStatus === undefined) assert.ok(result.ok, `${method} ${path} answered ${result.status}: ${text}`);
    else assert.equal(result.status, expectedStatus, `${method} ${path} answered ${result.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

/**
 * A name no earlier run used, so tests can run again on the same database.
 * @param {string} name
 */
export function unique(name) {
  return `${name} ${Date.now().toString(36).slice(-5)}`;
}

/**
 * A date `days` from today as YYYY-MM-DD.
 * @param {number} days
 */
export function inDays(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
}
