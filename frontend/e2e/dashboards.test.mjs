// @ts-check
// The home page's dashboards: a municipality's and a desk's figures as chart and table, the same
// as the API's reports, accessible, with CSV and XLSX downloads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { apiAs, inDays, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, browserPages, logInAs, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

/**
 * The text of a table cell, by the row's header and the column's position.
 * @param {import('playwright-core').Locator} table
 * @param {string} row
 * @param {number} column
 */
async function cell(table, row, column) {
  return (await table.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').nth(column).innerText()).trim();
}

test("a municipality's dashboard shows its locations small against large, the forecast, and downloads", async () => {
  const municipality = await apiAs('gemeente@demo.onderdak.nl');
  const location = await municipality('POST', '/shelter-locations', {
    name: unique('Opvang De Wissel'),
    kind: 'small_scale',
    municipalityCode: 'GM0344',
    address: 'Wisselweg 3, Utrecht',
    lat: 52.09,
    lon: 5.1,
    status: 'open',
    closesOn: inDays(30),
  });
  await municipality('POST', `/shelter-locations/${location.id}/units`, { name: 'Kamer 1', beds: 6, maxHouseholds: 2 });
  const report = await municipality('GET', '/reports/occupancy?groupBy=scale');
  const small = report.groups.find((/** @type {{key: string}} */ g) => g.key === 'small');
  assert.ok(small.beds >= 6, 'the new location counts as small-scale');

  const page = await pages.open();
  await logInAs(page, 'gemeente@demo.onderdak.nl', 'Greet Gemeente');
  const occupancy = page.getByRole('region', { name: 'Bezetting van de locaties: kleinschalig en grootschalig' });
  const table = occupancy.getByRole('table', { name: 'Bedden en bezetting, kleinschalig tegenover grootschalig' });
  await table.waitFor();
  assert.equal(await cell(table, 'Kleinschalig', 1), String(small.beds), 'beds of the small-scale locations');
  assert.equal(await cell(table, 'Kleinschalig', 0), String(small.locations), 'small-scale locations');
  await occupancy.getByRole('img', { name: /Grafiek: Bedden en bezetting/ }).waitFor();
  await page.getByRole('region', { name: /Verhuisprognose voor de komende 12 weken/ }).waitFor();
  await page.getByRole('region', { name: 'Burgerinitiatieven per fase' }).getByRole('table').waitFor();
  await assertAccessible(page, "the municipality's dashboard");
  await screenshot(page, 'dashboard-municipality');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    occupancy.getByRole('button', { name: 'Bezetting van de locaties: kleinschalig en grootschalig downloaden als CSV' }).click(),
  ]);
  assert.match(csv.suggestedFilename(), /^occupancy-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readFileSync(/** @type {string} */ (await csv.path()), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(rows[0].split(',').slice(0, 4).join(','), 'Code,Naam,Locaties,Bedden');
  assert.equal(rows.find((r) => r.startsWith('small,'))?.split(',')[3], String(small.beds));
  const [list] = await Promise.all([
    page.waitForEvent('download'),
    occupancy.getByRole('button', { name: 'de locatielijst downloaden als Excel (XLSX)' }).click(),
  ]);
  assert.match(list.suggestedFilename(), /^locations-.*\.xlsx$/);
  assert.equal(readFileSync(/** @type {string} */ (await list.path())).subarray(0, 2).toString(), 'PK', 'an XLSX is a zip file');

  await page.setViewportSize(phone);
  await assertFitsScreen(page, "the municipality's dashboard on a phone");
  await assertAccessible(page, "the municipality's dashboard on a phone");
});

test("a desk's dashboard shows the queue by status and urgency as the API counts it", async () => {
  const partner = await apiAs('partner@demo.onderdak.nl');
  const household = await partner('POST', '/households', {
    adults: 1,
    children: 1,
    members: [{ ageBand: 'age_30_49' }, { ageBand: 'age_4_11' }],
    languages: ['uk'],
    preferredLanguage: 'uk',
    legalStatus: 'ukrainian_tpd',
    needs: { wheelchair: false, pets: false },
    vulnerable: false,
  });
  await partner('POST', '/relocation-requests', {
    householdId: household.id,
    reason: 'host_stay_ending',
    urgency: 'emergency',
    mustMoveBy: inDays(10),
  });
  const desk = await apiAs('desk@demo.onderdak.nl');
  const report = await desk('GET', '/reports/requests');
  const submittedEmergencies = report.byStatusAndUrgency.submitted.emergency;
  assert.ok(submittedEmergencies >= 1);

  const page = await pages.open();
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  const today = page.getByRole('region', { name: 'Vandaag in de wachtrij' });
  await today.getByText('Open verzoeken').waitFor();
  const queue = page.getByRole('region', { name: 'Open verzoeken naar status en urgentie' });
  const table = queue.getByRole('table', { name: 'Open verzoeken naar status (rijen) en urgentie (kolommen)' });
  await table.waitFor();
  assert.equal(await cell(table, 'Ingediend', 0), String(submittedEmergencies), 'submitted emergencies');
  assert.equal(await cell(table, 'Aanbod aangenomen', 2), String(report.byStatusAndUrgency.accepted.normal));
  await queue.getByRole('img', { name: /Grafiek: Open verzoeken naar status en urgentie/ }).waitFor();
  await assertAccessible(page, "the desk's dashboard");
  await screenshot(page, 'dashboard-desk');

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    queue.getByRole('button', { name: 'het overzicht van verzoeken downloaden als Excel (XLSX)' }).click(),
  ]);
  assert.match(xlsx.suggestedFilename(), /^requests-.*\.xlsx$/);
});
