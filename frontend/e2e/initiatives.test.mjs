// @ts-check
// A municipality's citizen initiatives: a new dossier, its pipeline from idea to open, the history.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { inDays, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

test('a municipality registers a citizen initiative and takes it from idea to open', async () => {
  const page = await pages.open();
  const name = unique('Mantelzorgwoningen Familie Smit');
  await logInAs(page, 'gemeente@demo.onderdak.nl', 'Greet Gemeente');
  await openScreen(page, 'Burgerinitiatieven');
  await page.getByRole('status').filter({ hasText: /initiatie/ }).waitFor();
  await assertAccessible(page, 'the initiatives list');

  await page.getByRole('link', { name: 'Nieuw initiatief' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuw burgerinitiatief' }).waitFor();
  await page.getByRole('button', { name: 'Initiatief registreren' }).click();
  await page.getByText('Dit is verplicht.').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'name');

  await page.getByLabel('Naam van het initiatief').fill(name);
  await page.getByLabel('Geplande opvangplekken').fill('16');
  await page.getByLabel('Beschrijving').fill('Vier mantelzorgwoningen op eigen grond voor vier gezinnen.');
  await page.getByLabel('Einddatum').fill(inDays(3 * 365));
  await page.getByRole('button', { name: 'Vergunning toevoegen' }).click();
  const permit = page.getByRole('group', { name: 'Vergunning 1' });
  await permit.getByLabel('Soort vergunning').fill('Kruimelregeling');
  await permit.getByLabel('Stand van zaken').selectOption('requested');
  await page.getByRole('button', { name: 'Partij toevoegen' }).click();
  await page.getByRole('group', { name: 'Partij 1' }).getByLabel('Rol').fill('Grondeigenaar');
  await page.getByRole('button', { name: 'Risico toevoegen' }).click();
  const risk = page.getByRole('group', { name: 'Risico 1' });
  await risk.getByLabel('Omschrijving van het risico').fill('Huurrecht botst met een horizon van drie jaar.');
  await risk.getByLabel('Eigenaar van het risico').selectOption('municipality');
  await page.getByRole('button', { name: 'Behoefte toevoegen' }).click();
  await page.getByLabel('Behoefte 1').fill('Juridisch advies over huurrecht');
  await assertAccessible(page, 'the new-initiative form');
  await screenshot(page, 'initiative-form');
  await page.getByRole('button', { name: 'Initiatief registreren' }).click();

  await page.getByRole('heading', { level: 1, name }).waitFor();
  const risks = page.getByRole('table', { name: "Risico's" });
  await risks.getByRole('row', { name: /Huurrecht botst/ }).getByText('Gemeente').waitFor();
  const nextStep = page.getByRole('group', { name: 'Kies de nieuwe fase' });
  assert.deepEqual(await nextStep.getByRole('button').allInnerTexts(), ['Naar vergunningen', 'Initiatief stoppen']);

  /** @param {string} button @param {string} stage */
  async function moveTo(button, stage) {
    await nextStep.getByRole('button', { name: button }).click();
    await page.getByRole('button', { name: `Bevestig: naar ${stage}` }).click();
    await page.getByText(`Het initiatief is nu in de fase ${stage}.`).waitFor();
  }
  await moveTo('Naar vergunningen', 'Vergunningen');
  await moveTo('Naar voorbereiding', 'Voorbereiding');

  // Opening asks where the initiative will run; a new location needs an address and coordinates.
  await nextStep.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('radio', { name: 'In een nieuwe kleinschalige locatie' }).waitFor();
  await page.getByRole('button', { name: 'Bevestig: naar Open' }).click();
  await page.getByText('Dit is verplicht.').waitFor();
  const opening = page.getByRole('region', { name: 'Naar de fase Open' });
  await opening.getByLabel('Adres').fill('Boerderijweg 8, Utrecht');
  await opening.getByRole('button', { name: 'Gebruik het midden van de gemeente' }).click();
  await opening.getByText('Het midden van Utrecht is ingevuld.').waitFor();
  await opening.getByLabel('Toelichting').fill('Omgevingsvergunning verleend.');
  await assertAccessible(page, 'the opening form');
  await page.getByRole('button', { name: 'Bevestig: naar Open' }).click();
  await page.getByText('Het initiatief is nu in de fase Open.').waitFor();
  assert.deepEqual(await nextStep.getByRole('button').allInnerTexts(), ['Sluiten']);
  await page.getByRole('link', { name: 'Naar de opvanglocatie' }).waitFor();

  const history = page.getByRole('table', { name: 'Geschiedenis van de fasen' });
  await history.getByText('Van Voorbereiding naar Open').waitFor();
  assert.equal(await history.getByRole('row').count(), 5, 'a header row and four stage events');
  await history.getByText('Omgevingsvergunning verleend.').waitFor();
  await assertAccessible(page, 'the initiative dossier');
  await screenshot(page, 'initiative');

  await page.getByRole('link', { name: 'Terug naar de burgerinitiatieven' }).click();
  await page.getByRole('heading', { level: 1, name: 'Burgerinitiatieven' }).waitFor();
  await page.getByLabel('Fase', { exact: true }).selectOption('open');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await page.waitForURL(/stage=open/);
  await page.getByRole('table').getByRole('link', { name }).waitFor();
  await assertAccessible(page, 'the initiatives list filtered by stage');
  await screenshot(page, 'initiatives');
  await page.setViewportSize(phone);
  await assertAccessible(page, 'the initiatives list on a phone');
  await assertFitsScreen(page, 'the initiatives list');
});
