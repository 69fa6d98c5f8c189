import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestNotification } from '../../api/relocationRequests';
import { relocationRequestsListRequestNotifications } from '../../client';
import i18n from '../../i18n';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { DeliveriesSection } from './DeliveriesSection';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({ relocationRequestsListRequestNotifications: vi.fn() }));

const sentAt = '2026-12-03T10:02:00Z';
const retryAt = '2026-12-03T10:34:00Z';

function notification(overrides: Partial<RequestNotification>): RequestNotification {
  return {
    id: 'n-1',
    kind: 'offer_made',
    channel: 'email',
    recipientType: 'household',
    language: 'uk',
    status: 'sent',
    createdAt: '2026-12-03T10:00:00Z',
    sentAt,
    attempts: [{ attempt: 1, attemptedAt: sentAt, via: 'smtp', status: 'sent', error: null, retryAt: null }],
    ...overrides,
  };
}

const log = [
  notification({}),
  notification({
    id: 'n-2',
    channel: 'sms',
    status: 'pending',
    sentAt: null,
    attempts: [{ attempt: 1, attemptedAt: sentAt, via: 'sms-gateway', status: 'failed', error: 'The SMS gateway answered 503: busy', retryAt }],
  }),
  notification({
    id: 'n-3',
    channel: 'sms',
    kind: 'move_date',
    status: 'failed',
    sentAt: null,
    attempts: [{ attempt: 1, attemptedAt: sentAt, via: 'sms-gateway', status: 'failed', error: 'The phone number cannot receive text messages.', retryAt: null }],
  }),
  notification({ id: 'n-4', recipientType: 'organisation_user', status: 'pending', sentAt: null, attempts: [] }),
];

function dateTime(value: string) {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

beforeEach(() => {
  vi.mocked(relocationRequestsListRequestNotifications).mockReset();
  vi.mocked(relocationRequestsListRequestNotifications).mockResolvedValue(sdkOk({ items: log, total: log.length }));
});

afterEach(async () => {
  await i18n.changeLanguage('nl');
});

describe('DeliveriesSection', () => {
  it('tells the desk how each message fared, in Dutch', async () => {
    renderSignedIn(<DeliveriesSection requestId="r-1" />, { role: 'desk' });
    const section = await screen.findByRole('region', { name: 'Berichten over dit verzoek' });
    const rows = await within(section).findAllByRole('row');
    expect(rows).toHaveLength(5);
    const [, sent, retrying, refused, staff] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(sent).getByText('Aanbod gedaan')).toBeDefined();
    expect(within(sent).getByText(`Verstuurd per e-mail, ${dateTime(sentAt)}.`)).toBeDefined();
    expect(within(retrying).getByText(`Niet verstuurd per sms: The SMS gateway answered 503: busy Nieuwe poging ${dateTime(retryAt)}.`)).toBeDefined();
    expect(within(refused).getByText('Niet verstuurd per sms: The phone number cannot receive text messages. Er volgt geen nieuwe poging.')).toBeDefined();
    expect(within(staff).getByText('Ondersteunende organisatie')).toBeDefined();
    expect(within(staff).getByText('Wacht op verzending per e-mail.')).toBeDefined();
    expect(vi.mocked(relocationRequestsListRequestNotifications).mock.lastCall?.[0]).toEqual({ path: { requestId: 'r-1' }, query: { limit: 50 } });
  });

  it.each([
    ['en', 'Messages about this request', 'Sent by e-mail', 'Not sent by SMS'],
    ['uk', 'Повідомлення щодо цього запиту', 'Надіслано електронною поштою', 'Не надіслано через SMS'],
  ])('speaks %s', async (language, title, sent, failed) => {
    await i18n.changeLanguage(language);
    renderSignedIn(<DeliveriesSection requestId="r-1" />, { role: 'desk' });
    const section = await screen.findByRole('region', { name: title });
    expect(await within(section).findByText(new RegExp(`^${sent}, `))).toBeDefined();
    expect(within(section).getAllByText(new RegExp(`^${failed}: `))).toHaveLength(2);
  });

  it('says when nothing was sent, and shows a refusal', async () => {
    vi.mocked(relocationRequestsListRequestNotifications).mockResolvedValueOnce(sdkOk({ items: [], total: 0 }));
    const { unmount } = renderSignedIn(<DeliveriesSection requestId="r-1" />, { role: 'desk' });
    expect(await screen.findByText('Er zijn nog geen berichten over dit verzoek.')).toBeDefined();
    unmount();
    vi.mocked(relocationRequestsListRequestNotifications).mockResolvedValueOnce(sdkProblem({ status: 404, detail: 'No such relocation request.' }));
    renderSignedIn(<DeliveriesSection requestId="r-2" />, { role: 'desk' });
    expect(await screen.findByRole('alert')).toBeDefined();
  });
});
