// @ts-check
// A municipality's shelter locations: registering a small-scale location in steps, its units, the list.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, baseUrl, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

/** @param {import('playwright-core').Page} page */
const logInAsMunicipality = (page) => logInAs(page, 'gemeente@demo.onderdak.nl', 'Greet Gemeente');

/**
 * The text of a data-list value by its label.
 * @param {import('playwright-core').Locator} scope
 * @param {string} label
 */
const valueOf = (scope, label) => scope.locator('.utrecht-data-list__item', { has: scope.page().getByText(label, { exact: true }) }).locator('dd').innerText();

test('a municipality registers a small-scale location in steps, adds a unit and sees its capacity in the list', async () => {
  const page = await pages.open();
  const name = unique('Kleinschalig De Linde');
  await logInAsMunicipality(page);
  await openScreen(page, 'Opvanglocaties');
  await page.getByRole('status').filter({ hasText: /locatie|opvanglocaties/ }).waitFor();
  await assertAccessible(page, 'the locations list');
  await screenshot(page, 'locations');

  await page.getByRole('link', { name: 'Kleinschalige locatie aanmelden' }).click();
  const stepHeading = (/** @type {RegExp} */ title) => page.getByRole('heading', { level: 2, name: title }).waitFor();
  await stepHeading(/^Stap 1 van 4: Wat en waar$/);
  assert.equal(await page.getByLabel('Soort locatie').inputValue(), 'small_scale', 'a new location is small-scale by default');
  await page.getByText('Utrecht (GM0344)').waitFor();

  // Going on with empty fields explains what is missing, next to each field, and focuses the first.
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await page.getByText('Dit is verplicht.').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'name');
  assert.equal(await page.getByLabel('Naam van de locatie').getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'step 1 with errors');
  await screenshot(page, 'new-location-errors');

  await page.getByLabel('Naam van de locatie').fill(name);
  await page.getByLabel('Adres', { exact: true }).fill('Lindelaan 4, 3571 AB Utrecht');
  await page.getByRole('button', { name: 'Gebruik het midden van de gemeente' }).click();
  await page.getByText('Het midden van Utrecht is ingevuld.').waitFor();
  assert.match(await page.getByLabel('Breedtegraad').inputValue(), /^52\./);
  await page.getByRole('button', { name: 'Volgende stap' }).click();

  await stepHeading(/^Stap 2 van 4: Praktische zaken$/);
  assert.ok(await page.getByRole('heading', { level: 2, name: /Stap 2 van 4/ }).evaluate((heading) => heading === document.activeElement), 'focus moves to the new step');
  await page.getByLabel('Status').selectOption('open');
  await page.getByLabel('Oekraïens').check();
  await page.getByLabel('Nederlands').check();
  await page.getByLabel('Naam', { exact: true }).fill('Marieke de Boer');
  await page.getByLabel('Telefoonnummer').fill('030 123 4567');
  await assertAccessible(page, 'step 2');
  await screenshot(page, 'new-location-practical');
  await page.getByRole('button', { name: 'Volgende stap' }).click();

  await stepHeading(/^Stap 3 van 4: Eerste eenheden$/);
  await page.getByLabel('Naam van de eenheid').fill('Woning 1');
  await page.getByLabel('Aantal bedden').fill('4');
  await assertAccessible(page, 'step 3');
  await page.getByRole('button', { name: 'Volgende stap' }).click();

  await stepHeading(/^Stap 4 van 4: Controleren$/);
  const review = page.getByRole('main');
  assert.equal(await valueOf(review, 'Naam van de locatie'), name);
  assert.equal(await valueOf(review, 'Talen die op de locatie gesproken worden'), 'Oekraïens, Nederlands');
  await assertAccessible(page, 'the review step');
  await screenshot(page, 'new-location-review');
  await page.getByRole('button', { name: 'Locatie aanmelden' }).click();

  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('De locatie is aangemeld.').waitFor();
  const occupancy = page.getByRole('region', { name: 'Bezetting' });
  assert.equal(await valueOf(occupancy, 'Capaciteit'), '4');

  // A second unit through the add-unit form.
  const addUnit = page.getByRole('region', { name: 'Eenheid toevoegen' });
  await addUnit.getByLabel('Naam van de eenheid').fill('Woning 2');
  await addUnit.getByLabel('Aantal bedden').fill('3');
  await addUnit.getByLabel('Rolstoeltoegankelijk').check();
  await addUnit.getByRole('button', { name: 'Eenheid toevoegen' }).click();
  await page.getByText('Eenheid “Woning 2” is toegevoegd.').waitFor();
  const units = page.getByRole('table', { name: 'Eenheden van deze locatie' });
  await units.getByRole('rowheader', { name: 'Woning 2' }).waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-labelledby="occupancy-heading"]')?.textContent?.includes('Capaciteit7'));

  // Blocking a unit keeps its beds in the capacity but not among the free beds.
  await units.getByRole('button', { name: 'Wijzig Woning 1' }).click();
  const editUnit = page.getByRole('region', { name: 'Eenheid “Woning 1” wijzigen' });
  await editUnit.getByLabel('Status').selectOption('blocked');
  await editUnit.getByRole('button', { name: 'Eenheid opslaan' }).click();
  await page.getByText('Eenheid “Woning 1” is gewijzigd.').waitFor();
  await units.getByRole('row', { name: /Woning 1/ }).getByText('Geblokkeerd').waitFor();
  assert.equal(await valueOf(occupancy, 'Vrij'), '3');
  await assertAccessible(page, 'the location page');
  await screenshot(page, 'location');

  await page.getByRole('link', { name: 'Terug naar de opvanglocaties' }).click();
  await page.getByLabel('Omvang').selectOption('yes');
  await page.getByLabel('Minimaal aantal vrije bedden').fill('1');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await page.waitForURL(/smallScale=yes/);
  assert.match(page.url(), /minFreeBeds=1/);
  const row = page.getByRole('table').getByRole('row', { name: new RegExp(name) });
  await row.getByText('Utrecht (GM0344)').waitFor(); // the municipality by name, not only its code
  const cells = await row.getByRole('cell').allInnerTexts();
  assert.deepEqual(cells.slice(0, 6), ['Utrecht (GM0344)', 'Kleinschalige opvang', 'Open', '7', '0', '3'], `municipality, kind, status, capacity, occupied, free: ${cells.join(' | ')}`);
  await row.getByText('Kleinschalig', { exact: true }).waitFor();

  await page.setViewportSize(phone);
  await assertAccessible(page, 'the filtered locations list on a phone');
  await assertFitsScreen(page, 'the locations list');
  await screenshot(page, 'locations-phone');
});

test('a municipality changes a location, and a date out of order is explained', async () => {
  const api = await apiAs('gemeente@demo.onderdak.nl');
  const location = await api('POST', '/shelter-locations', {
    name: unique('Hotel Mariaplaats'),
    kind: 'hotel',
    municipalityCode: 'GM0344',
    address: 'Mariaplaats 1, Utrecht',
    lat: 52.089,
    lon: 5.118,
  });
  const page = await pages.open();
  await logInAsMunicipality(page);
  await page.goto(`${baseUrl}/shelter-locations/${location.id}`);
  await page.getByRole('heading', { level: 1, name: location.name }).waitFor();
  await page.getByRole('link', { name: 'Locatie wijzigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Locatie wijzigen' }).waitFor();
  assert.equal(await page.getByLabel('Naam van de locatie').inputValue(), location.name);

  await page.getByLabel('Open vanaf').fill('2026-06-01');
  await page.getByLabel('Open tot').fill('2026-05-01');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Deze datum ligt vóór de begindatum.').waitFor();
  await assertAccessible(page, 'the edit-location page with an error');
  await screenshot(page, 'location-edit');

  await page.getByLabel('Open tot').fill('2026-12-31');
  await page.getByLabel('Bezoekregels').selectOption('daytime');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  assert.equal(await valueOf(page.getByRole('region', { name: 'Gegevens' }), 'Bezoekregels'), 'Bezoek overdag');
});

test('a municipality closes a location: first who lives there, then the closing', async () => {
  const municipality = await apiAs('gemeente@demo.onderdak.nl');
  const name = unique('Noodopvang Sporthal');
  const location = await municipality('POST', '/shelter-locations', {
    name,
    kind: 'municipal',
    municipalityCode: 'GM0344',
    address: 'Sportlaan 3, Utrecht',
    lat: 52.08,
    lon: 5.1,
    status: 'open',
  });
  await municipality('POST', `/shelter-locations/${location.id}/units`, { name: 'Zaal A', beds: 20, maxHouseholds: 5 });

  const page = await pages.open();
  await logInAsMunicipality(page);
  await page.goto(`${baseUrl}/shelter-locations/${location.id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('region', { name: 'Bewoners' }).getByText('Er woont hier nu niemand en er komt ook niemand aan.').waitFor();
  const closing = page.getByRole('region', { name: 'Sluiten' });
  await closing.getByRole('button', { name: 'Nagaan wie hier woont' }).click();
  await closing.locator('.utrecht-form-field', { has: page.getByLabel('Laatste dag') }).getByText('Dit is verplicht.').waitFor();
  await closing.getByLabel('Wat sluit?').selectOption({ label: 'De hele locatie' });
  await closing.getByLabel('Laatste dag').fill(new Date().toISOString().slice(0, 10));
  await closing.getByRole('button', { name: 'Nagaan wie hier woont' }).click();
  await closing.getByText(/Er is nog niets veranderd: bevestig de sluiting hieronder/).waitFor();
  await assertAccessible(page, 'the closing panel after asking who lives there');
  await screenshot(page, 'location-closing-preview');
  await closing.getByRole('button', { name: 'Locatie sluiten en verzoeken openen' }).click();
  await closing.getByText('De sluiting is vastgelegd (gesloten).', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const details = page.locator('main');
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Gesloten'));
  assert.equal(await valueOf(details, 'Status'), 'Gesloten');
  assert.notEqual(await valueOf(details, 'Open tot'), 'Niet ingevuld', 'the closing date is set');
  await assertAccessible(page, 'a closed location');
});
