// @ts-check
// Consent and referrals: the desk records a household's consent and refers the household to a
// partner; the partner answers from its inbox and then reads the household; withdrawing the consent
// takes that access away at once.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs } from './api.mjs';
import { assertAccessible, assertFitsScreen, baseUrl, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

const partnerName = 'Stichting Gastvrij Thuis';

/** A household the desk registered, with no supporting partner: nobody but desks sees it yet. */
async function deskHousehold() {
  const desk = await apiAs('desk@demo.onderdak.nl');
  return desk('POST', '/households', { adults: 1, children: 1, members: [{ ageBand: 'age_30_49' }, { ageBand: 'age_4_11' }], preferredLanguage: 'uk', legalStatus: 'ukrainian_tpd' });
}

test('the desk records consent and refers a household; the partner accepts, reads it, and loses it when consent is withdrawn', async () => {
  const household = await deskHousehold();
  const householdUrl = `${baseUrl}/referrals/households/${household.id}`;

  const desk = await pages.open();
  await logInAs(desk, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await desk.goto(householdUrl);
  await desk.getByRole('heading', { level: 1, name: `Huishouden ${household.reference}` }).waitFor();

  // Without a consent for the partner and the purpose there is nothing to cite.
  const send = desk.getByRole('region', { name: 'Doorverwijzen of overdragen' });
  await send.getByLabel('Naar organisatie').selectOption({ label: partnerName });
  await send.getByLabel('Waarvoor').selectOption('host_matching');
  await send.getByText('Er is geen geldige toestemming van het huishouden voor deze organisatie en dit doel.', { exact: false }).waitFor();

  const consents = desk.getByRole('region', { name: 'Toestemming' });
  const form = consents.getByRole('form', { name: 'Toestemming vastleggen' });
  await form.getByLabel('Organisatie').selectOption({ label: partnerName });
  await form.getByLabel('Waarvoor').selectOption('host_matching');
  await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await consents.getByText('De toestemming is vastgelegd.').waitFor();
  await consents.getByRole('row', { name: new RegExp(partnerName) }).getByText('Geldig', { exact: true }).waitFor();

  await send.getByLabel('Toestemming van het huishouden').selectOption({ index: 1 });
  await send.getByLabel('Bericht voor de ontvanger').fill('Zoekt een gastgezin in Utrecht; de zoon gaat daar naar school.');
  await send.getByRole('button', { name: 'Versturen' }).click();
  await send.getByText('De doorverwijzing is verstuurd', { exact: false }).waitFor();
  await send.getByRole('row', { name: new RegExp(household.reference) }).getByText('Wacht op antwoord').waitFor();
  await assertAccessible(desk, 'the household page with consent and a sent referral');
  await screenshot(desk, 'household-sharing');

  // The partner does not see the household until it accepts.
  const partnerApi = await apiAs('partner@demo.onderdak.nl');
  await partnerApi('GET', `/households/${household.id}`, undefined, 404); // not before it accepts

  const partner = await pages.open();
  await logInAs(partner, 'partner@demo.onderdak.nl', 'Pieter Partner');
  await openScreen(partner, 'Doorverwijzingen');
  const card = partner.getByRole('article', { name: `${household.reference} van Relocatiedesk Rotterdam` });
  await card.getByText('Zoekt een gastgezin in Utrecht; de zoon gaat daar naar school.').waitFor();
  await card.getByText('Doorverwijzing: Koppelen aan een gastgezin').waitFor();
  await assertAccessible(partner, 'the referral inbox');
  await screenshot(partner, 'referrals-inbox');
  await card.getByRole('button', { name: 'Aannemen' }).click();
  await partner.getByText(`Je hebt ${household.reference} aangenomen.`, { exact: false }).waitFor();
  await partner.getByRole('status').getByRole('link', { name: `Huishouden ${household.reference} bekijken` }).click();
  await partner.getByRole('heading', { level: 1, name: `Huishouden ${household.reference}` }).waitFor();
  await partner.getByText('Dit huishouden is naar jouw organisatie doorverwezen.', { exact: false }).waitFor();
  await partner.getByText('Je ziet alleen de toestemming voor je eigen organisatie.').waitFor();
  assert.equal(await partner.getByRole('region', { name: 'Doorverwijzen of overdragen' }).count(), 0, 'a referred household is read only');
  await assertAccessible(partner, 'a referred household');
  await screenshot(partner, 'referred-household');
  assert.equal((await partnerApi('GET', `/households/${household.id}`)).access, 'referral');

  // The desk withdraws the consent (one browser context at a time: each logs in again).
  const deskAgain = await pages.open();
  await logInAs(deskAgain, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await deskAgain.goto(householdUrl);
  await deskAgain.getByRole('button', { name: `Toestemming voor ${partnerName} (Koppelen aan een gastgezin) intrekken` }).click();
  await deskAgain.getByText('De toestemming is ingetrokken; de toegang die erop rustte is beëindigd.').waitFor();
  await deskAgain.getByRole('region', { name: 'Doorverwijzen of overdragen' }).getByText('Beëindigd: de toestemming is ingetrokken').waitFor();
  await partnerApi('GET', `/households/${household.id}`, undefined, 404); // at once

  // The sent list, on a phone and in Ukrainian.
  await openScreen(deskAgain, 'Doorverwijzingen');
  await deskAgain.getByRole('region', { name: 'Verstuurd' }).getByRole('row', { name: new RegExp(household.reference) }).waitFor();
  await deskAgain.setViewportSize(phone);
  await assertAccessible(deskAgain, 'the referrals screen on a phone');
  await assertFitsScreen(deskAgain, 'the referrals screen');
  await deskAgain.getByRole('button', { name: 'Українська' }).click();
  await deskAgain.getByRole('heading', { level: 1, name: 'Направлення' }).waitFor();
  await deskAgain.getByRole('heading', { level: 2, name: 'Надіслані' }).waitFor();
  await assertAccessible(deskAgain, 'the referrals screen in Ukrainian');
  await screenshot(deskAgain, 'referrals-uk-phone');

  // The partner's page of the household now answers that it is not there.
  const partnerAgain = await pages.open();
  await logInAs(partnerAgain, 'partner@demo.onderdak.nl', 'Pieter Partner');
  await partnerAgain.goto(householdUrl);
  await partnerAgain.getByRole('alert').getByText('Dit bestaat niet (meer), of u hebt er geen toegang toe.').waitFor();
});

test('a partner declines a referral with a reason, which the desk reads', async () => {
  const household = await deskHousehold();
  const desk = await apiAs('desk@demo.onderdak.nl');
  const partnerId = (await desk('GET', '/organisations?kind=partner')).items.find((/** @type {{name: string}} */ o) => o.name === partnerName).id;
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const consent = await desk('POST', `/households/${household.id}/consents`, { organisationId: partnerId, purpose: 'relocation', validUntil: until });
  await desk('POST', '/referrals', { householdId: household.id, purpose: 'relocation', toOrganisationId: partnerId, consentId: consent.id });

  const page = await pages.open();
  await logInAs(page, 'partner@demo.onderdak.nl', 'Pieter Partner');
  await openScreen(page, 'Doorverwijzingen');
  const card = page.getByRole('article', { name: `${household.reference} van Relocatiedesk Rotterdam` });
  await card.getByRole('button', { name: 'Afwijzen' }).click();
  await card.getByRole('button', { name: 'Afwijzing versturen' }).click();
  await card.getByText('Dit is verplicht.').waitFor();
  await assertAccessible(page, 'declining a referral');
  await card.getByLabel('Waarom wijs je af?').fill('Wij hebben deze maand geen gastgezin vrij.');
  await card.getByRole('button', { name: 'Afwijzing versturen' }).click();
  await page.getByText(`Je hebt ${household.reference} afgewezen.`).waitFor();
  const earlier = page.getByRole('group', { name: 'Eerder ontvangen' });
  await earlier.getByRole('row', { name: new RegExp(household.reference) }).getByText('Wij hebben deze maand geen gastgezin vrij.', { exact: false }).waitFor();

  const sent = await desk('GET', `/referrals?direction=sent&householdId=${household.id}`);
  assert.deepEqual(
    sent.items.map((/** @type {{status: string, declineReason: string}} */ r) => [r.status, r.declineReason]),
    [['declined', 'Wij hebben deze maand geen gastgezin vrij.']],
  );
});

