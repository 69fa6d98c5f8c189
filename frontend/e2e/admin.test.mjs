// @ts-check
// Administration: a platform admin registers an organisation, invites its first user (who chooses
// a password through the link), makes and revokes an API key and reads the audit log; an
// organisation's administrator sees and manages only their own organisation.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, baseUrl, browserPages, logIn, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

/**
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
async function menuItems(page) {
  const links = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts();
  return links.map((text) => text.trim());
}

/**
 * The value of the field that shows a secret once, after its copy button put it on the clipboard.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 * @param {string} copyButton
 * @param {string} copied
 */
async function copySecret(page, label, copyButton, copied) {
  const value = await page.getByRole('textbox', { name: label, exact: true }).inputValue();
  await page.getByRole('button', { name: copyButton }).click();
  await page.getByText(copied).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), value, 'the copy button put the secret on the clipboard');
  return value;
}

test('an admin registers an organisation, invites its first user, makes an API key and reads the audit log', async () => {
  const page = await pages.open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await logInAs(page, 'admin@demo.onderdak.nl', 'Anna Admin');

  // The organisation.
  await openScreen(page, 'Organisaties');
  await page.getByRole('rowheader', { name: 'Gemeente Utrecht' }).waitFor();
  await assertAccessible(page, 'the organisations list');
  await screenshot(page, 'organisations');
  const organisationName = unique('Stichting Welkom');
  await page.getByRole('link', { name: 'Organisatie aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisatie aanmelden' }).waitFor();
  await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
  await page.getByText('Dit is verplicht.').first().waitFor();
  await page.getByLabel('Naam', { exact: true }).fill(organisationName);
  await page.getByLabel('Soort organisatie').selectOption({ label: 'Partnerorganisatie' });
  await page.getByLabel('Gemeente', { exact: true }).selectOption('GM0344');
  await assertAccessible(page, 'the organisation form');
  await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: organisationName }).waitFor();
  await page.getByText('De organisatie is aangemeld.').waitFor();
  await assertAccessible(page, 'an organisation');
  await screenshot(page, 'organisation');

  // Its first user, invited: they choose their own password through the link.
  await page.getByRole('link', { name: 'Medewerker uitnodigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Medewerker uitnodigen' }).waitFor();
  const email = `${unique('welkom').replace(' ', '-')}@example.org`;
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Volledige naam').fill('Wim Welkom');
  const role = page.getByLabel('Rol', { exact: true });
  await role.locator('option', { hasText: 'Gastgezin' }).waitFor({ state: 'attached' });
  assert.deepEqual(await role.locator('option').allInnerTexts(), ['Kies een rol', 'Partnerorganisatie', 'Gastgezin', 'Beheerder']);
  await role.selectOption({ label: 'Partnerorganisatie' });
  await page.getByLabel('Beheerder van de organisatie').check();
  await assertAccessible(page, 'the invitation form');
  await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Wim Welkom is uitgenodigd' }).waitFor();
  const invitation = await copySecret(page, 'Wachtwoordlink', 'Link kopiëren', 'De link is gekopieerd.');
  assert.match(invitation, new RegExp(`^${baseUrl}/set-password#ondp_`));
  await assertAccessible(page, 'the invitation link');
  await screenshot(page, 'user-invited');

  // The API key, for the new organisation.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: organisationName }).waitFor();
  await page.getByRole('link', { name: 'API-sleutels van deze organisatie' }).click();
  await page.getByRole('heading', { level: 1, name: 'API-sleutels' }).waitFor();
  await page.getByText('Deze organisatie heeft nog geen API-sleutels.').waitFor();
  const scopes = page.getByRole('group', { name: 'Rechten' });
  await scopes.getByRole('checkbox', { name: /^Huishoudens: lezen/ }).waitFor();
  assert.equal(await scopes.getByRole('checkbox', { name: /^Auditlog/ }).count(), 0, 'a key never reads the audit log');
  assert.equal(await scopes.getByRole('checkbox', { name: /^Matching/ }).count(), 0, "a partner's key cannot match");
  const keyName = unique('CRM-koppeling');
  await page.getByLabel('Naam van de sleutel').fill(keyName);
  await scopes.getByRole('checkbox', { name: /^Huishoudens: lezen/ }).check();
  await scopes.getByRole('checkbox', { name: /^Naslaggegevens \(gemeenten\): lezen/ }).check();
  await page.getByRole('button', { name: 'Sleutel maken' }).click();
  await page.getByText(`De sleutel “${keyName}” wordt maar één keer getoond.`, { exact: false }).waitFor();
  const key = await copySecret(page, 'API-sleutel', 'Sleutel kopiëren', 'De sleutel is gekopieerd.');
  assert.match(key, /^ondk_/);
  const keyRow = page.getByRole('row', { name: new RegExp(keyName) });
  await keyRow.getByText('Nog nooit').waitFor();
  await assertAccessible(page, 'the API keys with a new key');
  await screenshot(page, 'api-keys');
  const municipalities = await fetch(`${baseUrl}/api/v1/municipalities?limit=1`, { headers: { 'X-Api-Key': key } });
  assert.equal(municipalities.status, 200, 'the key works');
  await page.reload();
  await keyRow.getByText('Nog nooit').waitFor({ state: 'detached' });
  await keyRow.getByRole('button', { name: `Intrekken ${keyName}` }).click();
  const confirmation = page.getByRole('region', { name: `Sleutel “${keyName}” intrekken?` });
  await confirmation.getByText('werkt meteen niet meer').waitFor();
  await assertAccessible(page, 'revoking an API key');
  await confirmation.getByRole('button', { name: 'Sleutel intrekken' }).click();
  await page.getByText(`De sleutel “${keyName}” is ingetrokken.`).waitFor();
  await keyRow.getByText(/^Ingetrokken op/).waitFor();
  const refused = await fetch(`${baseUrl}/api/v1/municipalities?limit=1`, { headers: { 'X-Api-Key': key } });
  assert.equal(refused.status, 401, 'the revoked key is refused');

  // The audit log says who did all of that.
  await openScreen(page, 'Auditlog');
  await page.getByLabel('Wat', { exact: true }).selectOption({ label: 'Aangemaakt' });
  await page.getByLabel('Waarover', { exact: true }).selectOption({ label: 'Organisatie' });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  const created = page.getByRole('row', { name: new RegExp(organisationName) });
  await created.getByRole('link', { name: 'Anna Admin' }).waitFor();
  await page.getByLabel('Wat', { exact: true }).selectOption({ label: 'Ingetrokken' });
  await page.getByLabel('Waarover', { exact: true }).selectOption({ label: 'API-sleutel' });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link', { name: 'Anna Admin' }).waitFor();
  await assertAccessible(page, 'the audit log');
  await screenshot(page, 'audit-log');

  // The invited user chooses a password and logs in: an administrator of the new organisation.
  const newcomer = await pages.open();
  await newcomer.goto(invitation);
  await newcomer.getByRole('heading', { level: 1, name: 'Wachtwoord kiezen' }).waitFor();
  assert.equal(new URL(newcomer.url()).hash, '', 'the token is out of the address bar');
  await newcomer.getByLabel('Nieuw wachtwoord').fill('een lang genoeg wachtwoord');
  await newcomer.getByLabel('Herhaal het wachtwoord').fill('een ander wachtwoord dus');
  await newcomer.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await newcomer.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();
  await newcomer.getByLabel('Herhaal het wachtwoord').fill('een lang genoeg wachtwoord');
  await assertAccessible(newcomer, 'choosing a password');
  await newcomer.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await newcomer.getByText(`Uw wachtwoord is opgeslagen. Log in met ${email}.`).waitFor();
  await screenshot(newcomer, 'password-chosen');
  await logIn(newcomer, email, 'een lang genoeg wachtwoord');
  await newcomer.getByRole('heading', { level: 1, name: 'Welkom, Wim Welkom' }).waitFor();
  const menu = await menuItems(newcomer);
  for (const screen of ['Gebruikers', 'API-sleutels', 'Auditlog']) assert.ok(menu.includes(screen), `the new administrator has ${screen}`);

  // Used once: the link does not work again.
  await newcomer.goto(invitation);
  await newcomer.getByLabel('Nieuw wachtwoord').fill('nog een lang wachtwoord');
  await newcomer.getByLabel('Herhaal het wachtwoord').fill('nog een lang wachtwoord');
  await newcomer.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await newcomer.getByText('Deze link werkt niet meer', { exact: false }).waitFor();
});

test("a municipality's administrator sees and manages only their own organisation", async () => {
  // Another organisation's user and key, and the platform admin's own work: none of it may show.
  const admin = await apiAs('admin@demo.onderdak.nl');
  const organisations = await admin('GET', '/organisations?kind=municipality&q=Amsterdam');
  const amsterdam = organisations.items.find((/** @type {{name: string}} */ o) => o.name === 'Gemeente Amsterdam');
  const amsterdamUser = await admin('POST', '/users', {
    email: `${unique('amsterdam').replace(' ', '-')}@example.org`,
    fullName: 'Aafke Amsterdam',
    role: 'municipality',
    organisationId: amsterdam.id,
  });
  const amsterdamKey = unique('Amsterdamse koppeling');
  await admin('POST', `/organisations/${amsterdam.id}/api-keys`, { name: amsterdamKey, scopes: ['reference:read'] });

  const page = await pages.open();
  await logInAs(page, 'gemeente@demo.onderdak.nl', 'Greet Gemeente');
  const menu = await menuItems(page);
  for (const screen of ['Gebruikers', 'API-sleutels', 'Auditlog']) assert.ok(menu.includes(screen), `menu shows ${screen}`);
  for (const screen of ['Organisaties', 'Achtergrondtaken']) assert.ok(!menu.includes(screen), `menu hides ${screen}`);

  // Users: only Utrecht's; a colleague can be invited only as municipality staff.
  await openScreen(page, 'Gebruikers');
  const users = page.getByRole('table');
  await users.getByRole('rowheader', { name: 'Greet Gemeente' }).waitFor();
  const names = await users.getByRole('rowheader').allInnerTexts();
  for (const name of ['Aafke Amsterdam', 'Anna Admin', 'Dirk Desk']) assert.ok(!names.includes(name), `${name} is not listed`);
  assert.equal(await page.getByLabel('Organisatie', { exact: true }).count(), 0, 'no choice of organisation');
  await users.getByRole('row', { name: /Greet Gemeente/ }).getByText('Uit').waitFor(); // two-factor login: not set up
  await assertAccessible(page, "the organisation's users");
  await screenshot(page, 'users-organisation-admin');
  await page.goto(`${baseUrl}/users/${amsterdamUser.id}`);
  await page.getByText('Dit bestaat niet (meer), of u hebt er geen toegang toe.').waitFor();

  await page.goto(`${baseUrl}/users/new`);
  await page.getByRole('heading', { level: 1, name: 'Medewerker uitnodigen' }).waitFor();
  await page.getByText('Gemeente Utrecht', { exact: true }).waitFor();
  const role = page.getByLabel('Rol', { exact: true });
  await role.locator('option', { hasText: 'Gemeente' }).waitFor({ state: 'attached' });
  assert.deepEqual(await role.locator('option').allInnerTexts(), ['Kies een rol', 'Gemeente']);

  // API keys: Utrecht's, with a municipality's scopes only.
  await openScreen(page, 'API-sleutels');
  await page.getByText('Gemeente Utrecht', { exact: true }).waitFor();
  assert.equal(await page.getByRole('form', { name: 'Organisatie kiezen' }).count(), 0, 'no choice of organisation');
  const scopes = page.getByRole('group', { name: 'Rechten' });
  await scopes.getByRole('checkbox', { name: /^Opvanglocaties: wijzigen/ }).waitFor();
  for (const refused of [/^Huishoudens: wijzigen/, /^Auditlog/, /^Gebruikers: wijzigen/]) {
    assert.equal(await scopes.getByRole('checkbox', { name: refused }).count(), 0, `no ${refused} for a municipality's key`);
  }
  await page.getByText('Deze organisatie heeft nog geen API-sleutels.').or(page.getByRole('table')).first().waitFor();
  assert.equal(await page.getByText(amsterdamKey).count(), 0, "Amsterdam's key is not listed");
  await assertAccessible(page, "the organisation's API keys");

  // The audit log: Utrecht's own events, never the platform admin's or another organisation's.
  await openScreen(page, 'Auditlog');
  assert.equal(await page.getByLabel('Organisatie', { exact: true }).count(), 0, 'no choice of organisation');
  const events = page.getByRole('table');
  await events.getByRole('row').nth(1).waitFor();
  const actors = await events.locator('tbody td:nth-child(2)').allInnerTexts();
  assert.ok(actors.length > 0);
  for (const actor of actors) assert.ok(!['Anna Admin', 'Dirk Desk', 'Aafke Amsterdam'].includes(actor.trim()), `an event by ${actor} is shown`);
  const subjects = await events.locator('tbody td:nth-child(4)').allInnerTexts();
  assert.ok(!subjects.some((subject) => subject.includes(amsterdamUser.id.slice(0, 8))), "no event about Amsterdam's user");
  await assertAccessible(page, "the organisation's audit log");
  await screenshot(page, 'audit-log-organisation-admin');

  await page.setViewportSize(phone);
  await assertFitsScreen(page, 'the audit log on a phone');
  await assertAccessible(page, 'the audit log on a phone');
  await screenshot(page, 'audit-log-phone');
});

test("the jobs screen shows the worker's runs and its queues", async () => {
  const page = await pages.open();
  await logInAs(page, 'admin@demo.onderdak.nl', 'Anna Admin');
  await openScreen(page, 'Achtergrondtaken');
  const jobs = page.getByRole('table', { name: 'Geplande taken' });
  await jobs.getByRole('rowheader', { name: 'stay-expiry' }).waitFor();
  // The worker started beside the API has run the jobs once: reload until the first run shows.
  await expectEventually(page, () => jobs.getByText('Gelukt').first().isVisible());
  await page.getByRole('table', { name: 'Wachtrijen' }).getByRole('rowheader', { name: 'notification' }).waitFor();
  await assertAccessible(page, 'the jobs screen');
  await screenshot(page, 'jobs');
});

/**
 * Reloads the page until CHECK holds (what a background worker did shows after a refresh).
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<boolean>} check
 */
async function expectEventually(page, check, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('what the worker should have done did not show in time');
    await page.waitForTimeout(1_000);
    await page.reload();
  }
}
