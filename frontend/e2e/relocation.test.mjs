// @ts-check
// People and moves: the desk's queue and request page (candidates with their explanations, an offer,
// the status link), the household's own status page in Ukrainian on a phone, batch matching, and
// the partner's households.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { assertAccessible, assertFitsScreen, baseUrl, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

/** The status-page link the desk made, carried from the first test to the next. */
let statusUrl = '';
/** @type {string} */
let requestUrl = '';

test('the desk opens the request in matching, reads the explanations, makes an offer and a status link', async () => {
  const page = await pages.open();
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await openScreen(page, 'Verhuisverzoeken');
  const table = page.getByRole('table', { name: /Verhuisverzoeken/ });
  await table.waitFor();
  await table.getByText(/nog \d+ dagen/).first().waitFor();
  await assertAccessible(page, 'the requests queue');
  await screenshot(page, 'requests');

  await page.getByLabel('Status', { exact: true }).selectOption('matching');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await page.waitForURL(/status=matching/);
  // The previous rows stay (marked busy) until the filtered list arrives.
  await page.waitForFunction(() => {
    const rows = document.querySelectorAll('table:not([aria-busy]) tbody tr');
    return rows.length > 0 && Array.from(rows).every((row) => row.textContent?.includes('Zoekt een plek'));
  });
  assert.equal(await table.getByRole('link').count(), 1, 'one request is in matching');
  const link = table.getByRole('link', { name: /Verblijf bij gastgezin eindigt/ });
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Verhuisverzoek: Verblijf bij gastgezin eindigt' }).waitFor();
  requestUrl = page.url();

  // Candidates, each explained, and places excluded with the reason in plain words.
  const candidates = page.getByRole('region', { name: 'Passende plekken' });
  const firstExplanation = candidates.getByRole('table', { name: /Waarom .* zo scoort/ }).first();
  await firstExplanation.getByRole('rowheader', { name: 'Afstand tot werk' }).waitFor();
  await firstExplanation.getByText(/km naar Bakkerij in Lombok/).waitFor();
  await candidates.getByText(/Voldoet aan alle 12 voorwaarden/).first().waitFor();
  const excluded = candidates.getByRole('table', { name: 'Waarom andere plekken afvallen' });
  await excluded.getByText('De plek is niet lang genoeg beschikbaar vanaf de verhuisdatum').first().waitFor();
  await page.getByRole('region', { name: 'Kaart met de ankers van het huishouden' }).waitFor();
  await page.getByText('Basisschool Wittevrouwen').first().waitFor();
  assert.deepEqual(await page.getByRole('group', { name: 'Kies de nieuwe status' }).getByRole('button').allInnerTexts(), ['Annuleren']);
  await assertAccessible(page, 'the request page with candidates');
  await screenshot(page, 'request-candidates');

  // An offer on the top candidate; the move date defaults to the earliest the notice allows.
  const offerButton = candidates.getByRole('button', { name: /^Aanbod doen: / }).first();
  const place = (await offerButton.innerText()).replace('Aanbod doen: ', '');
  await offerButton.click();
  const moveOn = page.getByLabel('Verhuisdatum');
  const earliest = new Date();
  earliest.setDate(earliest.getDate() + 7);
  assert.ok((await moveOn.inputValue()) >= earliest.toISOString().slice(0, 10), 'the move date respects the notice period');
  await assertAccessible(page, 'the offer form');
  await page.getByRole('button', { name: 'Aanbod doen', exact: true }).click();
  await page.getByText('Het aanbod is gedaan.', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const offers = page.getByRole('region', { name: 'Aanbiedingen' });
  await offers.getByText('Wacht op antwoord').waitFor();
  await offers.getByRole('rowheader', { name: place }).waitFor();

  // The status link is shown once, to copy; making one ends the current link, so it asks first.
  await page.getByRole('button', { name: 'Nieuwe statuslink maken' }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Ja, maak een nieuwe link' }).click();
  const url = page.getByLabel('Link naar de statuspagina');
  await url.waitFor();
  statusUrl = await url.inputValue();
  assert.match(statusUrl, new RegExp(`^${baseUrl}/status/[^/]+$`));
  await assertAccessible(page, 'the request page with an offer and a status link');
  await screenshot(page, 'request-offer');
});

test('the household opens its status page on a phone in Ukrainian and accepts the offer', async () => {
  assert.ok(statusUrl, 'the previous test made a status link');
  const page = await pages.open(phone);
  await page.goto(`${statusUrl}?lang=uk`);
  await page.getByRole('heading', { level: 1, name: 'Ваш переїзд' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'uk');
  await page.getByText('Пропозиція чекає на вашу відповідь').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Для вас є місце' }).waitFor();
  await page.getByText('Ви можете відмовитися. Це не має жодних наслідків', { exact: false }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Русский' }).count(), 0, 'no Russian unless the household chose it');
  assert.equal(await page.getByRole('navigation', { name: 'Головне меню' }).count(), 0, 'no staff menu');
  await assertAccessible(page, 'the status page in Ukrainian on a phone');
  await assertFitsScreen(page, 'the status page');
  await screenshot(page, 'status-page-uk-phone');

  await page.getByRole('button', { name: 'Так, я хочу це місце' }).click();
  await page.getByRole('heading', { name: 'Прийняти це місце?' }).waitFor();
  // Before accepting: whom to ask, but no address, directions or contact of the place.
  await page.getByRole('heading', { level: 2, name: 'Є питання?' }).waitFor();
  await page.getByRole('link', { name: '+31 30 765 4321' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Як дістатися' }).count(), 0, 'no directions before accepting');

  await page.getByRole('button', { name: 'Так, прийняти місце' }).click();
  const thanks = page.getByText('Дякуємо. Ви прийняли це місце.');
  await thanks.waitFor();
  assert.ok(
    await page.evaluate(() => document.activeElement?.textContent?.includes('Дякуємо. Ви прийняли це місце.') ?? false),
    'the thank-you takes the focus',
  );
  assert.ok(await thanks.isVisible(), 'the thank-you is on screen');
  const box = await thanks.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < phone.height, `the thank-you is scrolled into view (y=${box?.y})`);
  await page.getByRole('heading', { level: 2, name: 'Ваше нове місце' }).waitFor();
  await page.getByText('Пропозицію прийнято, переїзд заплановано').first().waitFor();
  // After accepting: where to go, how to get in, whom to call.
  const arrival = page.getByRole('region', { name: 'Як дістатися' });
  await arrival.getByText('Адреса').waitFor();
  await arrival.getByText('Контакт для прибуття').waitFor();
  assert.ok((await arrival.innerText()).match(/Utrecht|Amsterdam/), 'the address of the place is shown');
  await assertAccessible(page, 'the status page after accepting');
  await screenshot(page, 'status-page-uk-accepted');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your move' }).waitFor();
  await page.getByText('Offer accepted, move planned').first().waitFor();
});

test('back at the desk, the request is accepted and the timeline says so', async () => {
  assert.ok(requestUrl, 'the first test opened the request');
  const page = await pages.open();
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await page.goto(requestUrl);
  await page.getByRole('heading', { level: 1, name: 'Verhuisverzoek: Verblijf bij gastgezin eindigt' }).waitFor();
  await page.getByText('Aanbod aangenomen').first().waitFor();
  const timeline = page.getByRole('table', { name: 'Tijdlijn' });
  await timeline.getByText('Aanbod aangenomen (door het huishouden)').waitFor();
  await timeline.getByText('Aanbod gedaan (door een medewerker)').waitFor();
  assert.deepEqual(await page.getByRole('group', { name: 'Kies de nieuwe status' }).getByRole('button').allInnerTexts(), ['Verhuisd', 'Zoeken starten', 'Annuleren']);
  await assertAccessible(page, 'the accepted request');
  await screenshot(page, 'request-accepted');
});

test('the desk runs batch matching and sees proposals with their explanation', async () => {
  const page = await pages.open();
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await openScreen(page, 'Matching');
  await assertAccessible(page, 'the matching page');
  await page.getByRole('button', { name: 'Koppeling starten' }).click();
  await page.getByText(/^Klaar: \d+ voorstel/).waitFor();
  const result = page.getByRole('region', { name: /Voorstellen van/ });
  await result.getByText('Bewezen bovengrens').waitFor();
  await result.getByText('Afstand tot de bovengrens').waitFor();
  await result.getByRole('table', { name: /Waarom .* zo scoort/ }).first().waitFor();
  const offerLink = result.getByRole('link', { name: /^Aanbod doen op het verzoek: / }).first();
  await offerLink.waitFor();
  await page.getByRole('table', { name: 'Eerdere koppelingen' }).getByRole('row').nth(1).waitFor();
  await assertAccessible(page, 'the matching page with proposals');
  await screenshot(page, 'matching');
  // Offering a selection asks first; going back makes no offer (later tests rely on the demo's states).
  const offers = result.getByRole('region', { name: 'Aanbiedingen doen' });
  await offers.getByRole('checkbox', { name: / kiezen$/ }).first().check();
  await offers.getByRole('button', { name: 'Deze aanbiedingen doen' }).click();
  await offers.getByRole('alert').getByText(/^1 aanbod doen met verhuisdatum/).waitFor();
  await result.getByRole('heading', { name: 'Verzoeken zonder voorstel' }).waitFor();
  await assertAccessible(page, 'the matching page asking to make an offer');
  await offers.getByRole('button', { name: 'Terug' }).click();
  await page.setViewportSize(phone);
  await assertFitsScreen(page, 'the matching page');
});

test('the partner sees its households and where their requests stand', async () => {
  const page = await pages.open();
  await logInAs(page, 'partner@demo.onderdak.nl', 'Pieter Partner');
  await openScreen(page, 'Huishoudens');
  await page.getByText(/^\d+ huishoudens$/).waitFor(); // 3 of its own, more once a referral from another e2e file reached it
  const table = page.getByRole('table', { name: 'Huishoudens' });
  await table.getByText('Ingediend').first().waitFor();
  await assertAccessible(page, 'the households list');
  await screenshot(page, 'households');

  await table.getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: /^Huishouden HH-/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Verhuisverzoeken' }).waitFor();
  await assertAccessible(page, 'a household');
  await screenshot(page, 'household');

  await page.getByRole('link', { name: 'Terug naar de huishoudens' }).click();
  await page.getByRole('link', { name: 'Huishouden aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Huishouden aanmelden' }).waitFor();
  await page.getByLabel('Volwassenen').fill('2');
  await page.getByLabel('Kinderen', { exact: true }).fill('1');
  await assertAccessible(page, 'the household form');
  await page.getByRole('button', { name: 'Huishouden aanmelden' }).click();
  await page.getByRole('heading', { level: 2, name: 'Verhuisverzoek indienen' }).waitFor();
  await page.getByLabel('Uiterste verhuisdatum').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Anker toevoegen' }).click();
  const anchor = page.getByRole('group', { name: 'Anker 1' });
  await anchor.getByLabel('Omschrijving').fill('Taalschool');
  await anchor.getByLabel('Breedtegraad').fill('52.09');
  await anchor.getByLabel('Lengtegraad').fill('5.12');
  await assertAccessible(page, 'the request form');
  await screenshot(page, 'household-request-form');
  await page.getByRole('button', { name: 'Verzoek indienen' }).click();
  await page.getByText('Het verzoek is ingediend.').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Verhuisverzoeken' }).waitFor();
  await page.getByText('Ingediend').first().waitFor();
  await page.setViewportSize(phone);
  await assertFitsScreen(page, 'a household');
});
