// @ts-check
// The map of places with free beds, with the same places in a table, working without map tiles.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, inDays, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

/** A shelter location with a free unit and a host family with free beds, both in Utrecht. */
async function createPlaces() {
  const municipality = await apiAs('gemeente@demo.onderdak.nl');
  const location = await municipality('POST', '/shelter-locations', {
    name: unique('Opvang Lombok'),
    kind: 'small_scale',
    municipalityCode: 'GM0344',
    address: 'Kanaalstraat 10, Utrecht',
    lat: 52.0925,
    lon: 5.1,
    status: 'open',
  });
  await municipality('POST', `/shelter-locations/${location.id}/units`, { name: 'Huis A', beds: 5, maxHouseholds: 2 });
  const partner = await apiAs('partner@demo.onderdak.nl');
  const host = await partner('POST', '/host-families', {
    displayName: unique('Familie Visser'),
    municipalityCode: 'GM0344',
    lat: 52.07,
    lon: 5.14,
    beds: 2,
    availableFrom: inDays(0),
    availableUntil: inDays(120),
  });
  return { location, host };
}

test('the desk sees places with free beds on the map and in the table, without map tiles', async () => {
  const { location, host } = await createPlaces();
  const page = await pages.open();
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await openScreen(page, 'Kaart van plekken');
  await page.getByText('Er is geen kaartachtergrond ingesteld.', { exact: false }).waitFor();

  const table = page.getByRole('table', { name: 'Plekken met vrije bedden, meeste vrije bedden eerst' });
  const locationRow = table.getByRole('row', { name: new RegExp(location.name) });
  await locationRow.getByRole('cell', { name: '5', exact: true }).waitFor();
  await table.getByRole('row', { name: new RegExp(host.displayName) }).getByText('Screening loopt').waitFor();

  const map = page.getByRole('region', { name: 'Kaart van plekken met vrije bedden' });
  const marker = map.getByRole('button', { name: `${location.name} (Opvanglocatie): 5 vrije bedden` });
  await marker.waitFor();
  await map.getByRole('button', { name: `${host.displayName} (Gastgezin): 2 vrije bedden` }).waitFor();
  assert.equal(await marker.innerText(), '5');
  // A marker is a keyboard stop; Enter opens its popup.
  await marker.focus();
  await page.keyboard.press('Enter');
  await map.locator('.leaflet-popup-content').getByText(`${location.name} (Opvanglocatie): 5 vrije bedden`).waitFor();

  await assertAccessible(page, 'the places map');
  await screenshot(page, 'places-map');
  await page.setViewportSize(phone);
  await assertAccessible(page, 'the places map on a phone');
  await assertFitsScreen(page, 'the places map');
  await screenshot(page, 'places-map-phone');
});

test('a municipality sees its own places on the map', async () => {
  const { location } = await createPlaces();
  const page = await pages.open();
  await logInAs(page, 'gemeente@demo.onderdak.nl', 'Greet Gemeente');
  await openScreen(page, 'Kaart van plekken');
  await page.getByRole('table').getByRole('row', { name: new RegExp(location.name) }).waitFor();
  const municipalities = await page.getByRole('table').getByRole('row').locator('td:nth-child(3)').allInnerTexts();
  assert.ok(municipalities.every((code) => code === 'GM0344'), `only places in Utrecht: ${municipalities.join(', ')}`);
});
