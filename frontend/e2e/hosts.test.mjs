// @ts-check
// Host families: a partner registers and vets one; a host registers their own offer and reports a problem.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { inDays, unique } from './api.mjs';
import { assertAccessible, assertFitsScreen, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

test('a partner registers a host family (a too-long window is refused in Dutch, naming the start field by its label) and vets it', async () => {
  const page = await pages.open();
  const name = unique('Familie Jansen');
  await logInAs(page, 'partner@demo.onderdak.nl', 'Pieter Partner');
  await openScreen(page, 'Gastgezinnen');
  await page.getByRole('status').filter({ hasText: /gastgezin/ }).waitFor();

  await page.getByRole('link', { name: 'Gastgezin aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gastgezin aanmelden' }).waitFor();
  await page.getByLabel('Naam', { exact: true }).first().fill(name);
  await page.getByLabel('Gemeente').selectOption('GM0344');
  await page.getByRole('button', { name: 'Gebruik het midden van de gemeente' }).click();
  await page.getByText('Het midden van Utrecht is ingevuld.').waitFor();
  await page.getByLabel('Vanaf').fill(inDays(0));
  await page.getByLabel('Tot en met').fill(inDays(250));
  await page.getByLabel('Aantal bedden').fill('3');
  await page.getByLabel('Kinderen welkom').check();
  await page.getByLabel('Oekraïens').check();
  await page.getByRole('button', { name: 'Gastgezin aanmelden' }).click();

  // The API refuses a window of more than about six months; the web app words it at the end date, naming the start by its label.
  const untilField = page.locator('.utrecht-form-field', { has: page.getByLabel('Tot en met') });
  await untilField.locator('.utrecht-form-field-error-message').filter({ hasText: 'Kies een datum hoogstens 183 dagen na ‘Vanaf’.' }).waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /availableFrom|days/);
  assert.equal(await page.getByLabel('Tot en met').getAttribute('aria-invalid'), 'true');
  await page.getByRole('alert').filter({ hasText: 'Het aanbod is niet opgeslagen.' }).waitFor();
  await assertAccessible(page, 'the host family form with the API refusal');
  await screenshot(page, 'host-family-form-error');

  await page.getByLabel('Tot en met').fill(inDays(150));
  await page.getByRole('button', { name: 'Gastgezin aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('Het gastgezin is aangemeld.', { exact: false }).waitFor();
  const vetting = page.getByRole('region', { name: 'Screening' });
  await vetting.locator('.utrecht-status-badge', { hasText: 'Screening loopt' }).waitFor();

  // "Vetted" needs both the VOG check and the home visit.
  await vetting.getByLabel('Besluit').selectOption('vetted');
  await vetting.getByLabel('VOG gecontroleerd op').fill(inDays(-10));
  await vetting.getByRole('button', { name: 'Screening opslaan' }).click();
  await vetting.locator('.utrecht-form-field', { has: page.getByLabel('Huisbezoek op') }).getByText('Dit is verplicht.').waitFor();
  await vetting.getByLabel('Huisbezoek op').fill(inDays(-5));
  await vetting.getByLabel('Referenties nagegaan op').fill(inDays(-3));
  await vetting.getByRole('button', { name: 'Screening opslaan' }).click();
  await page.getByText('De screening is opgeslagen.').waitFor();
  await vetting.getByText(/^Gescreend t\/m /).first().waitFor();
  await page.getByRole('region', { name: 'Aanbod' }).getByText('Oekraïens').waitFor();
  await assertAccessible(page, 'the host family page');
  await screenshot(page, 'host-family');

  await page.getByRole('link', { name: 'Terug naar de gastgezinnen' }).click();
  const row = page.getByRole('table').getByRole('row', { name: new RegExp(name) });
  await row.getByText(/^Gescreend t\/m /).waitFor();
  await row.getByText('3 van 3').waitFor();
  await assertAccessible(page, 'the host families list');
  await screenshot(page, 'host-families');
  await page.setViewportSize(phone);
  await assertAccessible(page, 'the host families list on a phone');
  await assertFitsScreen(page, 'the host families list');
  await screenshot(page, 'host-families-phone');
});

test('a host registers their own offer, changes it, and reports a problem with a calm explanation', async () => {
  const page = await pages.open();
  await logInAs(page, 'host@demo.onderdak.nl', 'Hanna Host');
  await openScreen(page, 'Mijn aanbod');
  await page.getByRole('heading', { level: 2 }).first().waitFor();

  if (await page.getByRole('heading', { level: 2, name: 'Uw aanbod aanmelden' }).isVisible()) {
    await assertAccessible(page, 'the self-registration form');
    await screenshot(page, 'my-offer-register');
    await page.getByLabel('Naam', { exact: true }).first().fill('Familie Host');
    await page.getByLabel('Gemeente').selectOption('GM0344');
    await page.getByRole('button', { name: 'Gebruik het midden van de gemeente' }).click();
    await page.getByText('Het midden van Utrecht is ingevuld.').waitFor();
    await page.getByLabel('Vanaf').fill(inDays(7));
    await page.getByLabel('Tot en met').fill(inDays(120));
    await page.getByLabel('Aantal bedden').fill('2');
    await page.getByRole('button', { name: 'Aanbod aanmelden' }).click();
    await page.getByText('Uw aanbod is aangemeld.', { exact: false }).waitFor();
  }
  await page.getByRole('heading', { level: 2, name: /^Aanbod van / }).waitFor();
  await page.getByText('U bent nog niet (of niet meer) gescreend.', { exact: false }).waitFor();

  await page.getByRole('button', { name: 'Aanbod wijzigen' }).click();
  await page.getByLabel('Huisdieren van gasten welkom').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Uw wijzigingen zijn opgeslagen.').waitFor();
  const offer = page.getByRole('region', { name: /^Aanbod van / });
  await offer.locator('.utrecht-data-list__item', { hasText: 'Huisdieren van gasten welkom' }).getByText('Ja').waitFor();

  const report = page.getByRole('region', { name: 'Een probleem melden' });
  await report.getByText('Alleen beheerders kunnen zien wie een melding heeft gedaan.').waitFor();
  await report.getByText('Zolang de melding open staat, worden er geen nieuwe huishoudens aan uw aanbod gekoppeld.', { exact: false }).waitFor();
  await report.getByRole('button', { name: 'Melding versturen' }).click();
  await report.getByText('Dit is verplicht.').first().waitFor();
  await assertAccessible(page, 'my offer with the report form');
  await screenshot(page, 'my-offer');

  await report.getByRole('radio', { name: 'Gemiddeld' }).check();
  await report.getByLabel('Wat is er gebeurd?').fill('De verwarming in de logeerkamer is kapot; we zoeken een oplossing.');
  await report.getByRole('button', { name: 'Melding versturen' }).click();
  await report.getByText('Uw melding is ontvangen.').waitFor();
  await page.getByText('Er loopt een melding over uw aanbod.', { exact: false }).waitFor();
  // The host follows what happens to its report.
  const followed = page.getByRole('region', { name: 'Uw meldingen' }).getByRole('row', { name: /De verwarming in de logeerkamer/ });
  await followed.getByText('Wordt bekeken').waitFor();
  await assertAccessible(page, 'my offer after reporting');
  await screenshot(page, 'my-offer-reported');
  await page.setViewportSize(phone);
  await assertAccessible(page, 'my offer on a phone');
  await assertFitsScreen(page, 'my offer');
  await screenshot(page, 'my-offer-phone');

  // Hosts from Ukraine read the same page in Ukrainian.
  await page.getByRole('button', { name: 'Українська' }).click();
  await page.getByRole('heading', { level: 1, name: 'Моя пропозиція' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Повідомити про проблему' }).waitFor();
  await page.getByText('Хто зробив повідомлення, бачать лише адміністратори.').waitFor();
  await assertAccessible(page, 'my offer in Ukrainian');
  await screenshot(page, 'my-offer-uk');
});
