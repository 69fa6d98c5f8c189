// @ts-check
// The map of places with free beds, with the same places in a table, on the configured map
// background (PDOK's BRT-Achtergrondkaart by default) or, when it cannot be reached, on a grid.
// The tests run offline: the tile server is answered here, never reached.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, inDays, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, baseUrl, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

/** A 1×1 light grey PNG, for every tile. */
const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4++QFAAVLAqo4nA6sAAAAAElFTkSuQmCC', 'base64');

/** The origin the server's map setting loads tiles from (its CSP allows images from there). */
async function tileOrigin() {
  const settings = await (await fetch(`${baseUrl}/api/v1/map-settings`)).json();
  assert.ok(settings.tileUrl, 'the e2e server has a map background configured (the default)');
  return new URL(settings.tileUrl.replace(/[{}]/g, '')).origin;
}

/**
 * Answers the page's tile requests: with a tile, or as if the tile server were unreachable.
 * @param {import('playwright-core').Page} page
 * @param {'serve' | 'unreachable'} how
 */
async function routeTiles(page, how) {
  const origin = await tileOrigin();
  await page.route(`${origin}/**`, (route) => (how === 'serve' ? route.fulfill({ status: 200, contentType: 'image/png', body: tile }) : route.abort('internetdisconnected')));
}

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

test('the desk sees places with free beds on the map and in the table, on a grid when the map background cannot be reached', async () => {
  const { location, host } = await createPlaces();
  const page = await pages.open();
  await routeTiles(page, 'unreachable');
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await openScreen(page, 'Kaart van plekken');
  await page.getByRole('status').getByText('De kaartachtergrond kon niet worden geladen', { exact: false }).waitFor();
  await page.locator('.app-map.app-map--plain').waitFor();

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

test('the map draws on the BRT-Achtergrondkaart, credited to the Kadaster, and the CSP lets its tiles in', async () => {
  const { location } = await createPlaces();
  const page = await pages.open();
  await routeTiles(page, 'serve');
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await openScreen(page, 'Kaart van plekken');
  const map = page.getByRole('region', { name: 'Kaart van plekken met vrije bedden' });
  await map.getByText('Kaartgegevens © Kadaster').waitFor();
  await page.locator('.leaflet-tile-loaded').first().waitFor();
  assert.equal(await page.locator('.app-map--plain').count(), 0, 'no grid under loaded tiles');
  assert.equal(await page.getByText('De kaartachtergrond kon niet worden geladen', { exact: false }).count(), 0);
  await map.getByRole('button', { name: `${location.name} (Opvanglocatie): 5 vrije bedden` }).waitFor();
  // assertAccessible also fails on anything the Content-Security-Policy blocked: the tiles were not.
  await assertAccessible(page, 'the places map on tiles');
  await screenshot(page, 'places-map-tiles');
});

test('a municipality sees its own places on the map', async () => {
  const { location } = await createPlaces();
  const page = await pages.open();
  await routeTiles(page, 'unreachable');
  await logInAs(page, 'gemeente@demo.onderdak.nl', 'Greet Gemeente');
  await openScreen(page, 'Kaart van plekken');
  await page.getByRole('table').getByRole('row', { name: new RegExp(location.name) }).waitFor();
  const municipalities = await page.getByRole('table').getByRole('row').locator('td:nth-child(3)').allInnerTexts();
  assert.ok(municipalities.every((code) => code === 'GM0344'), `only places in Utrecht: ${municipalities.join(', ')}`);
});
