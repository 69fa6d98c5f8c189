// @ts-check
// The desk's request page keeps itself up to date: the household declines on its phone and the
// desk sees it, announced politely, without reloading.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, inDays, unique } from './api.mjs';
import { assertAccessible, baseUrl, launchBrowser, logInAs, phone, watchPolicyViolations } from './browser.mjs';

/** @type {import('playwright-core').Browser | undefined} */
let browser;
after(() => browser?.close());

test('the desk sees the household decline on its phone without a reload', async () => {
  const desk = await apiAs('desk@demo.onderdak.nl');
  const household = await desk('POST', '/households', {
    adults: 1,
    members: [{ ageBand: 'age_30_49' }],
    languages: ['en'],
    preferredLanguage: 'en',
    legalStatus: 'ukrainian_tpd',
    needs: {},
    vulnerable: false,
    notes: unique('live update'),
  });
  const request = await desk('POST', '/relocation-requests', {
    householdId: household.id,
    reason: 'work',
    urgency: 'normal',
    mustMoveBy: inDays(40),
  });
  for (const status of ['triaged', 'matching']) await desk('POST', `/relocation-requests/${request.id}/transitions`, { status });
  const candidates = await desk('GET', `/relocation-requests/${request.id}/candidates?limit=1`);
  const [place] = candidates.items;
  assert.ok(place, 'the demo data has a place for one adult');
  await desk('POST', `/relocation-requests/${request.id}/offers`, { placeType: place.placeType, placeId: place.placeId, moveOn: inDays(10) });
  const link = await desk('POST', `/relocation-requests/${request.id}/status-link`);

  browser = await launchBrowser();
  const deskContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const deskPage = await deskContext.newPage();
  watchPolicyViolations(deskPage);
  await logInAs(deskPage, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await deskPage.goto(`${baseUrl}/relocation-requests/${request.id}`);
  const offers = deskPage.getByRole('region', { name: 'Aanbiedingen' });
  await offers.getByText('Wacht op antwoord').waitFor();
  const isPoll = (/** @type {import('playwright-core').Response} */ response) => response.url().endsWith(`/relocation-requests/${request.id}/events`);
  // While nothing happens the page polls cheaply: 304 Not Modified, no body.
  await deskPage.waitForResponse((response) => isPoll(response) && response.status() === 304, { timeout: 15_000 });

  /** @type {string[]} */
  const reloads = [];
  deskPage.on('framenavigated', (frame) => frame === deskPage.mainFrame() && reloads.push(frame.url()));

  // The household, on its own phone, declines.
  const householdContext = await browser.newContext({ viewport: phone });
  const householdPage = await householdContext.newPage();
  await householdPage.goto(`${baseUrl}/status/${link.token}?lang=en`);
  await householdPage.getByRole('button', { name: 'No, thank you' }).click();
  await householdPage.getByLabel('Why does this place not suit you?').fill('Too far from my work.');
  await householdPage.getByRole('button', { name: 'Decline the place' }).click();
  await householdPage.getByText('Thank you. We will keep looking for another place.').waitFor();
  await householdContext.close();

  // Back at the desk: no reload, the offer reads declined and the change is announced.
  await offers.getByText('Afgewezen').waitFor({ timeout: 20_000 });
  await offers.getByText('Too far from my work.').waitFor();
  assert.equal(await offers.getByText('Wacht op antwoord').count(), 0, 'no offer waits for an answer any more');
  const news = deskPage.getByRole('status').filter({ hasText: 'Bijgewerkt zonder herladen' });
  await news.getByText('Aanbod afgewezen (door het huishouden)', { exact: false }).waitFor();
  await deskPage.getByRole('table', { name: 'Tijdlijn' }).getByText('Aanbod afgewezen (door het huishouden)').waitFor();
  // The request went back to matching, so candidates are offered again.
  await deskPage.getByRole('region', { name: 'Passende plekken' }).waitFor();
  assert.deepEqual(reloads, [], 'the page was not reloaded');
  await assertAccessible(deskPage, 'the request page after a live update');
  const height = await deskPage.evaluate(() => document.documentElement.scrollHeight);
  console.log(`e2e figure: the request page with its candidates is ${height} px tall at 1280 px wide`);
  await deskContext.close();
  // Leave no request in matching for the other browser tests, which count them.
  await desk('POST', `/relocation-requests/${request.id}/cancel`, { reason: 'End of the live-update test.' });
});
