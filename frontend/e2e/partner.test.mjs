// @ts-check
// A partner's daily work on its own household: it finds the anchor by place name (no coordinates
// typed), chooses preferred municipalities in the searchable multi-select, changes the household
// after registering it, makes a new status link, withdraws the request; and it invites the host of
// a host family it manages, who then logs in to the host screens.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, inDays, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, baseUrl, browserPages, logIn, logInAs, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

test('the partner finds an anchor by name, changes its household, makes a status link and withdraws the request', async () => {
  const partnerApi = await apiAs('partner@demo.onderdak.nl');
  const household = await partnerApi('POST', '/households', { adults: 1, children: 0, preferredLanguage: 'uk', legalStatus: 'ukrainian_tpd' });

  const page = await pages.open();
  await logInAs(page, 'partner@demo.onderdak.nl', 'Pieter Partner');
  await page.goto(`${baseUrl}/households/${household.id}`);
  await page.getByRole('heading', { level: 1, name: `Huishouden ${household.reference}` }).waitFor();

  // The request: the anchor by place name, the municipalities by typing.
  await page.getByLabel('Uiterste verhuisdatum').fill(inDays(30));
  await page.getByRole('button', { name: 'Anker toevoegen' }).click();
  const anchor = page.getByRole('group', { name: 'Anker 1' });
  const search = anchor.getByRole('combobox', { name: 'Zoek een adres of plaats' });
  await search.fill('Utrec');
  await anchor.getByRole('option', { name: /^Utrecht/ }).first().waitFor();
  assert.equal(await search.getAttribute('aria-expanded'), 'true');
  await search.press('ArrowDown');
  await search.press('Enter');
  await anchor.getByText('Utrecht gekozen: de coördinaten zijn ingevuld.').waitFor();
  assert.match(await anchor.getByLabel('Breedtegraad').inputValue(), /^52\.\d+/);
  assert.match(await anchor.getByLabel('Lengtegraad').inputValue(), /^5\.\d+/);
  assert.equal(await anchor.getByLabel('Omschrijving').inputValue(), 'Utrecht');

  const preferred = page.getByRole('combobox', { name: 'Voorkeursgemeenten' });
  await preferred.fill('amers');
  await preferred.press('ArrowDown');
  await preferred.press('Enter');
  await preferred.fill('nieuweg');
  await page.getByRole('option', { name: /Nieuwegein/ }).click();
  const chosen = page.getByRole('list', { name: 'Gekozen: Voorkeursgemeenten' });
  await chosen.getByText('Amersfoort').waitFor();
  await chosen.getByText('Nieuwegein').waitFor();
  await chosen.getByRole('button', { name: 'Amersfoort verwijderen' }).click();
  assert.equal(await chosen.getByText('Amersfoort').count(), 0);
  await assertAccessible(page, 'the request form with the place search and the multi-select');
  await screenshot(page, 'partner-request-form');
  await page.getByRole('button', { name: 'Verzoek indienen' }).click();
  await page.getByText('Het verzoek is ingediend.').waitFor();
  const [request] = (await partnerApi('GET', `/relocation-requests?householdId=${household.id}`)).items;
  assert.deepEqual(request.preferredMunicipalities, ['GM0356']);
  assert.equal(request.anchors[0].label, 'Utrecht');
  assert.equal(request.anchors[0].municipalityCode, 'GM0344'); // the municipality of the place found

  // Changing the household after registering it.
  await page.getByRole('button', { name: 'Huishouden wijzigen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Huishouden wijzigen' }).waitFor();
  await page.getByLabel('Kinderen', { exact: true }).fill('2');
  await page.getByRole('checkbox', { name: 'Rolstoeltoegang' }).check();
  await assertAccessible(page, 'changing a household');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  const changed = await partnerApi('GET', `/households/${household.id}`);
  assert.equal(changed.children, 2);
  assert.equal(changed.needs.wheelchair, true);

  // A new status link, after a confirmation; the old one stops working.
  await page.getByRole('button', { name: 'Nieuwe statuslink maken' }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Ja, maak een nieuwe link' }).click();
  const link = await page.getByLabel('Link naar de statuspagina').inputValue();
  assert.match(link, /\/status\/onds_/);
  await assertAccessible(page, 'a household with a new status link');
  await screenshot(page, 'partner-status-link');

  // Withdrawing the request, with a reason.
  await page.getByRole('button', { name: 'Verzoek intrekken' }).click();
  await page.getByLabel('Waarom trekt u het verzoek in?').fill('Het huishouden heeft zelf een woning gevonden.');
  await page.getByRole('button', { name: 'Ja, trek het verzoek in' }).click();
  await page.getByText('Het verzoek is ingetrokken.').waitFor();
  assert.equal((await partnerApi('GET', `/relocation-requests/${request.id}`)).status, 'cancelled');
  await page.setViewportSize(phone);
  await assertFitsScreen(page, 'a household after its request was withdrawn');
});

test('the partner invites the host of a host family it manages, who then sees its own offer', async () => {
  const partnerApi = await apiAs('partner@demo.onderdak.nl');
  const name = unique('Familie Uitnodiging');
  const host = await partnerApi('POST', '/host-families', {
    displayName: name, municipalityCode: 'GM0344', lat: 52.09, lon: 5.12, beds: 2, rooms: 1, languages: ['nl'],
    availableFrom: inDays(1), availableUntil: inDays(120),
  });
  const email = `${Date.now().toString(36)}@gastgezin.example.org`;

  const page = await pages.open();
  await logInAs(page, 'partner@demo.onderdak.nl', 'Pieter Partner');
  await page.goto(`${baseUrl}/host-families/${host.id}`);
  const panel = page.getByRole('region', { name: 'Account van het gastgezin' });
  await panel.getByLabel('Naam van de gastheer of gastvrouw').fill('Joke Jansen');
  await panel.getByLabel('E-mailadres').fill(email);
  await panel.getByRole('button', { name: 'Uitnodigen' }).click();
  const url = await panel.getByLabel('Wachtwoordlink').inputValue();
  assert.match(url, /\/set-password#ondp_/);
  await assertAccessible(page, 'a host family with its host invited');

  const hostPage = await pages.open();
  await hostPage.goto(url);
  const password = 'een lang eigen wachtwoord';
  await hostPage.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await hostPage.getByLabel('Herhaal het wachtwoord').fill(password);
  await hostPage.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await hostPage.getByText(`Uw wachtwoord is opgeslagen. Log in met ${email}.`).waitFor();
  await logIn(hostPage, email, password);
  await hostPage.getByRole('heading', { level: 1, name: 'Welkom, Joke Jansen' }).waitFor();
  const asHost = await (await fetch(`${baseUrl}/api/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username: email, password }) })).json();
  const own = await (await fetch(`${baseUrl}/api/v1/host-families`, { headers: { Authorization: `Bearer ${asHost.access_token}` } })).json();
  assert.deepEqual(own.items.map((/** @type {{id: string}} */ h) => h.id), [host.id]);
});
