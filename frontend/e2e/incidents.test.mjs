// @ts-check
// The desk reviews safeguarding reports: open ones with subject and severity, closed with an outcome.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, inDays, unique } from './api.mjs';
import { assertAccessible, browserPages, logInAs, openScreen, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

test('the desk sees an open incident with its subject and severity and closes it with an outcome', async () => {
  const partner = await apiAs('partner@demo.onderdak.nl');
  const host = await partner('POST', '/host-families', {
    displayName: unique('Familie Bakker'),
    municipalityCode: 'GM0344',
    lat: 52.1,
    lon: 5.1,
    beds: 2,
    availableFrom: inDays(0),
    availableUntil: inDays(90),
  });
  await partner('POST', '/incidents', {
    subjectType: 'host_family',
    subjectId: host.id,
    severity: 'high',
    description: 'De gast voelt zich niet veilig bij een huisgenoot.',
  });

  const page = await pages.open();
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await openScreen(page, 'Meldingen');
  const row = page.getByRole('table').getByRole('row', { name: new RegExp(host.displayName) });
  await row.getByText('Hoog').waitFor();
  await row.getByRole('rowheader', { name: `Gastgezin: ${host.displayName}` }).waitFor();
  await assertAccessible(page, 'the incidents list');
  await screenshot(page, 'incidents');

  await row.getByRole('button', { name: `Afhandelen Gastgezin: ${host.displayName}` }).click();
  const form = page.getByRole('region', { name: /^Melding afhandelen:/ });
  await form.getByRole('button', { name: 'Melding sluiten' }).click();
  await form.getByText('Dit is verplicht.').first().waitFor();
  await form.getByRole('radio', { name: 'Opgelost' }).check();
  await form.getByLabel('Toelichting').fill('Gesprek gevoerd; de huisgenoot is vertrokken.');
  await assertAccessible(page, 'the close-incident form');
  await screenshot(page, 'incident-close');
  await form.getByRole('button', { name: 'Melding sluiten' }).click();
  await page.getByText('De melding is gesloten met uitkomst: Opgelost.').waitFor();
  await row.waitFor({ state: 'detached' });

  await page.getByLabel('Status').selectOption('closed');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  const closed = page.getByRole('table').getByRole('row', { name: new RegExp(host.displayName) });
  await closed.getByText('Gesprek gevoerd', { exact: false }).waitFor();
  assert.ok(await closed.getByText('Opgelost').isVisible());
});
