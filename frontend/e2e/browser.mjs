// @ts-check
// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core, axe-core checks
// and screenshots in frontend/test-results/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumPath, resultsDir } from './browser-paths.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The server the runner (scripts/run-e2e.mjs) started. */
export const baseUrl = process.env.ONDERDAK_E2E_BASE_URL ?? assert.fail('ONDERDAK_E2E_BASE_URL is not set: run `npm run e2e`');

export const demoPassword = 'onderdak-demo';
export const phone = { width: 390, height: 844 };

/**
 * Launches Chromium headless. Playwright gives every launch a fresh temporary profile
 * (user-data-dir) and removes it on close; each test then gets its own isolated context.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** @type {WeakMap<import('playwright-core').Page, string[]>} */
const policyViolations = new WeakMap();

/**
 * Records what the app's Content-Security-Policy blocked (assertAccessible fails on it).
 * @param {import('playwright-core').Page} page
 */
export function watchPolicyViolations(page) {
  /** @type {string[]} */
  const seen = [];
  policyViolations.set(page, seen);
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) seen.push(message.text());
  });
}

/**
 * Runs axe-core on the page and fails on serious or critical violations, and on anything the
 * Content-Security-Policy blocked.
 * @param {import('playwright-core').Page} page
 * @param {string} name what is being checked, for the failure message
 */
export async function assertAccessible(page, name) {
  assert.deepEqual(policyViolations.get(page) ?? [], [], `the Content-Security-Policy blocked something on ${name}`);
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (its own scripts
  // only) stays in force for everything else the page does.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  /** @type {Array<{id: string, impact: string | null, help: string, nodes: Array<{target: unknown[]}>}>} */
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the global that axe.min.js defines
    const results = await window.axe.run(document);
    return results.violations;
  });
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const describe = (/** @type {typeof violations} */ list) =>
    list.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`).join('\n  ');
  const minor = violations.filter((violation) => !blocking.includes(violation));
  if (minor.length > 0) console.log(`axe on ${name}, minor:\n  ${describe(minor)}`);
  assert.equal(blocking.length, 0, `axe found serious/critical violations on ${name}:\n  ${describe(blocking)}`);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name file name without extension
 */
export async function screenshot(page, name) {
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: `${resultsDir}${name}.png`, fullPage: true });
}

/**
 * Logs in through the login form (in Dutch, the default language).
 * @param {import('playwright-core').Page} page
 * @param {string} email
 * @param {string} password
 */
export async function logIn(page, email, password = demoPassword) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Gives each test a fresh, isolated browser context (no shared storage or cookies): call
 * `open()` for a page, `close()` after the last test.
 */
export function browserPages() {
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {import('playwright-core').BrowserContext | undefined} */
  let context;
  return {
    /** @param {{width: number, height: number}} [viewport] */
    async open(viewport = { width: 1280, height: 900 }) {
      browser ??= await launchBrowser();
      await context?.close();
      context = await browser.newContext({ viewport });
      const page = await context.newPage();
      watchPolicyViolations(page);
      return page;
    },
    async close() {
      await browser?.close();
    },
  };
}

/**
 * Logs in and waits for the home page.
 * @param {import('playwright-core').Page} page
 * @param {string} email
 * @param {string} fullName
 */
export async function logInAs(page, email, fullName) {
  await logIn(page, email);
  await page.getByRole('heading', { level: 1, name: `Welkom, ${fullName}` }).waitFor();
}

/**
 * Opens a screen through the main menu and waits for its heading.
 * @param {import('playwright-core').Page} page
 * @param {string} name the menu item, which is also the page's heading
 */
export async function openScreen(page, name) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/**
 * Fails when the page is wider than the screen (only wide tables may scroll, inside their own box).
 * @param {import('playwright-core').Page} page
 * @param {string} name what is being checked, for the failure message
 */
export async function assertFitsScreen(page, name) {
  const { pageWidth, screenWidth } = await page.evaluate(() => ({ pageWidth: document.documentElement.scrollWidth, screenWidth: window.innerWidth }));
  assert.ok(pageWidth <= screenWidth, `${name} is ${pageWidth}px wide on a ${screenWidth}px screen`);
}
