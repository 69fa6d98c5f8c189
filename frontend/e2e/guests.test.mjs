// @ts-check
// A host sees who is coming (arrival date, household size, languages; nothing sensitive), and the
// desk records the arrival on the request page. Runs before hosts.test.mjs, whose report suspends
// the demo host's offer.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { apiAs, inDays } from './api.mjs';
import { assertAccessible, assertFitsScreen, browserPages, logInAs, openScreen, phone, screenshot } from './browser.mjs';

const pages = browserPages();
after(() => pages.close());

/** @type {{requestId: string, moveOn: string}} */
let move = { requestId: '', moveOn: '' };

test('a household accepted at the demo host; the host sees who is coming and nothing sensitive', async () => {
  const desk = await apiAs('desk@demo.onderdak.nl');
  const household = await desk('POST', '/households', {
    adults: 2,
    children: 0,
    members: [{ ageBand: 'age_30_49' }, { ageBand: 'age_50_64' }],
    languages: ['uk', 'en'],
    preferredLanguage: 'uk',
    legalStatus: 'ukrainian_tpd',
    needs: { details: 'Heeft hartklachten.' },
    notes: 'Vertrouwelijk: vlucht voor een gewelddadige ex.',
    contact: { phone: '+31 6 9999 8888' },
  });
  const request = await desk('POST', '/relocation-requests', { householdId: household.id, reason: 'safety', mustMoveBy: inDays(30) });
  await desk('POST', `/relocation-requests/${request.id}/transitions`, { status: 'triaged' });
  await desk('POST', `/relocation-requests/${request.id}/transitions`, { status: 'matching' });
  const hosts = await desk('GET', '/host-families?limit=50');
  const bakker = hosts.items.find((/** @type {{displayName: string}} */ host) => host.displayName === 'Familie Bakker');
  assert.ok(bakker, 'the demo host family exists');
  const offer = await desk('POST', `/relocation-requests/${request.id}/offers`, { placeType: 'host_family', placeId: bakker.id, moveOn: inDays(8) });
  await desk('POST', `/offers/${offer.id}/accept`);
  move = { requestId: request.id, moveOn: offer.moveOn };

  const page = await pages.open();
  await logInAs(page, 'host@demo.onderdak.nl', 'Hanna Host');
  await openScreen(page, 'Mijn aanbod');
  const stays = page.getByRole('region', { name: 'Wie komt er bij u wonen?' });
  const row = stays.getByRole('row').nth(1);
  await row.getByText(/^Komt op /).waitFor();
  await row.getByText('2 volwassenen, 0 kinderen').waitFor();
  await row.getByText('Oekraïens, Engels').waitFor();
  const text = await page.locator('main').innerText();
  for (const secret of [household.reference, 'hartklachten', 'gewelddadige', '+31 6 9999 8888']) {
    assert.ok(!text.includes(secret), `the host does not see ${secret}`);
  }
  await page.getByRole('region', { name: 'Uw meldingen' }).getByText('U hebt nog geen melding gedaan.').waitFor();
  await assertAccessible(page, 'my offer with an incoming household');
  await screenshot(page, 'my-offer-incoming');
  await page.setViewportSize(phone);
  await assertAccessible(page, 'my offer with an incoming household on a phone');
  await assertFitsScreen(page, 'my offer with an incoming household');

  await page.getByRole('button', { name: 'Українська' }).click();
  await page.getByRole('heading', { level: 2, name: 'Хто приїде жити до вас?' }).waitFor();
  await page.getByRole('region', { name: 'Хто приїде жити до вас?' }).getByText('2 дорослих, 0 дітей').waitFor();
  await assertAccessible(page, 'my offer with an incoming household in Ukrainian');
});

test('the desk cannot record the arrival before the move date, and the request page says when it can', async () => {
  assert.ok(move.requestId, 'the previous test accepted an offer');
  const page = await pages.open();
  await logInAs(page, 'desk@demo.onderdak.nl', 'Dirk Desk');
  await page.goto(`${new URL(page.url()).origin}/relocation-requests/${move.requestId}`);
  const arrival = page.getByRole('region', { name: 'Aankomst' });
  await arrival.getByText(/Vanaf die dag leg je hier vast of het is aangekomen/).waitFor();
  assert.equal(await arrival.getByRole('button', { name: 'Aangekomen' }).count(), 0, 'no check-in before the move date');
  await assertAccessible(page, 'the accepted request with its arrival panel');
  await screenshot(page, 'request-arrival');
});
