// @ts-check
// An organisation administrator keeps the contact up to date that households see on their status page:
// name, phone, e-mail, where and when to come by.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs } from './api.mjs';
import { assertAccessible, assertFitsScreen, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

test('a municipality administrator sets the contact households see, checked at its field first', async () => {
  const municipality = await apiAs('gemeente@demo.onderdak.nl');
  const me = await municipality('GET', '/users/me');
  const before = await municipality('GET', `/organisations/${me.organisationId}`);
  try {
    const page = await pages.open();
    await logInAs(page, 'gemeente@demo.onderdak.nl', 'Greet Gemeente');
    await openScreen(page, 'Contact voor huishoudens');
    await page.getByRole('main').getByText('Gemeente Utrecht', { exact: true }).waitFor();

    const phoneField = page.getByLabel('Telefoonnummer');
    await phoneField.fill('bel ons');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert.equal(await phoneField.getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Naam (persoon of loket)').fill('Loket Oekraïne Utrecht');
    await phoneField.fill('030 286 00 00');
    await page.getByLabel('E-mailadres').fill('oekraine@utrecht.example');
    await page.getByLabel('Bezoekadres').fill('Stadsplateau 1, Utrecht');
    await page.getByLabel('Openingstijden').fill('ma–vr 9.00–17.00');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het contact is opgeslagen.', { exact: false }).waitFor();
    await page.getByRole('link', { name: '030 286 00 00' }).waitFor();
    const saved = await municipality('GET', `/organisations/${me.organisationId}`);
    assert.deepEqual(saved.contact, {
      name: 'Loket Oekraïne Utrecht',
      phone: '030 286 00 00',
      email: 'oekraine@utrecht.example',
      visitingAddress: 'Stadsplateau 1, Utrecht',
      openingHours: 'ma–vr 9.00–17.00',
    });

    await assertAccessible(page, 'the contact for households');
    await screenshot(page, 'organisation-contact');
    await page.setViewportSize(phone);
    await assertFitsScreen(page, 'the contact for households');
  } finally {
    await municipality('PUT', `/organisations/${me.organisationId}/contact`, before.contact ?? {});
  }
});
