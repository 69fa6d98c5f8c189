// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, baseUrl, launchBrowser, logIn, phone, screenshot, watchPolicyViolations } from './browser.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('playwright-core').BrowserContext | undefined} */
let context;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A fresh, isolated browser context per test (no shared storage or cookies). */
async function newPage(viewport = { width: 1280, height: 900 }) {
  await context?.close();
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  watchPolicyViolations(page);
  return page;
}

/** @param {import('playwright-core').Page} page */
async function logInAsDesk(page) {
  await logIn(page, 'desk@demo.onderdak.nl');
  await page.getByRole('heading', { level: 1, name: 'Welkom, Dirk Desk' }).waitFor();
}

/** @param {import('playwright-core').Page} page */
const mainMenu = (page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('the login page is accessible, in Dutch by default, and usable on a phone', async () => {
  const page = await newPage();
  await page.goto(`${baseUrl}/municipalities`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await assertAccessible(page, 'the login page');
  await screenshot(page, 'login');

  await page.setViewportSize(phone);
  await assertAccessible(page, 'the login page on a phone');
  await screenshot(page, 'login-phone');
});

test('the skip link is the first Tab stop and jumps to the content', async () => {
  const page = await newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
  assert.ok(await skipLink.evaluate((link) => link === document.activeElement), 'the skip link has focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
});

test('a wrong password is refused in the interface language, never with the English server detail', async () => {
  const page = await newPage();
  await logIn(page, 'desk@demo.onderdak.nl', 'not-the-password');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /Inloggen is niet gelukt\./);
  assert.match(text, /Het e-mailadres of het wachtwoord klopt niet\./);
  assert.doesNotMatch(text, /password is wrong/);
  assert.equal(new URL(page.url()).pathname, '/login');
  await assertAccessible(page, 'the login page with an error');
  await screenshot(page, 'login-error');
  await page.getByRole('button', { name: 'Українська' }).click();
  await alert.getByText('Неправильна адреса електронної пошти або пароль.').waitFor();
  assert.doesNotMatch(await alert.innerText(), /password is wrong/);
});

test('the desk sees the desk screens and not the municipality screens', async () => {
  const page = await newPage();
  await logInAsDesk(page);
  const links = (await mainMenu(page).getByRole('link').allInnerTexts()).map((text) => text.trim());
  for (const screen of ['Verhuisverzoeken', 'Matching', 'Kaart van plekken', 'Gemeenten']) assert.ok(links.includes(screen), `menu shows ${screen}`);
  // The demo desk user administers their organisation: its users, keys and log, not the platform's.
  for (const screen of ['Gebruikers', 'API-sleutels', 'Auditlog']) assert.ok(links.includes(screen), `menu shows ${screen}`);
  for (const screen of ['Opvanglocaties', 'Burgerinitiatieven', 'Huishoudens', 'Gastgezinnen', 'Organisaties', 'Achtergrondtaken']) {
    assert.ok(!links.includes(screen), `menu hides ${screen}`);
  }
});

test('the desk opens Municipalities, finds Amsterdam and searches', async () => {
  const page = await newPage();
  await logInAsDesk(page);
  await mainMenu(page).getByRole('link', { name: 'Gemeenten' }).click();
  const table = page.getByRole('table');
  await table.getByRole('rowheader', { name: 'Amsterdam', exact: true }).waitFor();
  assert.match(await page.getByRole('status').innerText(), /gemeenten gevonden/);
  await assertAccessible(page, 'the municipalities page');
  await screenshot(page, 'municipalities');

  await page.getByRole('searchbox', { name: 'Zoek op naam' }).fill('Utrecht');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL(/\?q=Utrecht/);
  await table.getByRole('rowheader', { name: 'Utrecht', exact: true }).waitFor();
  const names = await table.getByRole('rowheader').allInnerTexts();
  assert.ok(names.every((name) => name.includes('Utrecht')), `every result matches: ${names.join(', ')}`);

  await page.setViewportSize(phone);
  await assertAccessible(page, 'the municipalities page on a phone');
  await screenshot(page, 'municipalities-phone');
});

test('switching to Ukrainian translates the interface and is remembered', async () => {
  const page = await newPage();
  await logInAsDesk(page);
  await mainMenu(page).getByRole('link', { name: 'Gemeenten' }).click();
  await page.getByRole('rowheader', { name: 'Amsterdam', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Українська' }).click();
  await page.getByRole('heading', { level: 1, name: 'Муніципалітети' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'uk');
  await page.getByRole('navigation', { name: 'Головне меню' }).getByRole('link', { name: 'Запити на переселення' }).waitFor();
  await page.getByRole('button', { name: 'Вийти' }).waitFor();
  await assertAccessible(page, 'the municipalities page in Ukrainian');
  await screenshot(page, 'municipalities-uk');

  // A reload keeps both the language and the session (refresh token in sessionStorage).
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Муніципалітети' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'uk');
});

test('logging out ends the session', async () => {
  const page = await newPage();
  await logInAsDesk(page);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByText('U bent uitgelogd.').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('onderdak.refreshToken')), null);

  await page.goto(`${baseUrl}/municipalities`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
});
