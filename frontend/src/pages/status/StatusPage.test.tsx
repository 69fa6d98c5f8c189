import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HouseholdStatus } from '../../api/statusPage';
import { statusAcceptFromStatusPage, statusDeclineFromStatusPage, statusReadStatus, statusReportConcern } from '../../client';
import i18n from '../../i18n';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { StatusPage } from './StatusPage';
import { switcherLanguages } from './statusLanguage';

vi.mock('../../client', () => ({
  statusReadStatus: vi.fn(),
  statusAcceptFromStatusPage: vi.fn(),
  statusDeclineFromStatusPage: vi.fn(),
  statusReportConcern: vi.fn(),
}));

const offered: HouseholdStatus = {
  language: 'uk',
  status: 'offered',
  statusText: 'Пропозиція чекає на вашу відповідь',
  mustMoveBy: '2026-04-30',
  nextStep: 'respond_to_offer',
  nextStepText: 'Дайте відповідь на пропозицію',
  nextStepExpectedOn: '2026-04-03',
  timeline: [{ occurredAt: '2026-03-30T10:00:00Z', text: 'Запит отримано' }],
  offer: {
    id: 'o-1',
    placeType: 'host_family',
    status: 'open',
    description: 'Приймаюча родина в Утрехті',
    municipalityName: 'Utrecht',
    beds: 3,
    moveOn: '2026-04-06',
    respondBy: '2026-04-03',
    stayEndsOn: null,
    languagesSpoken: ['uk'],
    facts: [{ code: 'pets_allowed', text: 'Домашні тварини дозволені' }],
    address: null,
    arrivalInstructions: null,
    contact: null,
  },
  supportingOrganisation: { name: 'Stichting Gastvrij Thuis', contact: { name: 'Loket', phone: '+31 30 765 4321', email: 'hulp@example.org', visitingAddress: 'Stadsplateau 1, Utrecht', openingHours: 'ma–vr 9.00–17.00' } },
};

const acceptedOffer = {
  ...offered.offer!,
  status: 'accepted' as const,
  address: 'Oudegracht 12, Utrecht',
  arrivalInstructions: 'Дзвоніть у бічні двері.',
  contact: { name: 'Joke Jansen', phone: '+31 6 1234 5678', email: null },
};

function renderStatus(route = '/status/secret') {
  return renderApp(
    <Routes>
      <Route path="/status/:token" element={<StatusPage />} />
    </Routes>,
    { session: fakeSession().session, route },
  );
}

describe('StatusPage', () => {
  beforeEach(() => {
    vi.mocked(statusReadStatus).mockReset();
    vi.mocked(statusAcceptFromStatusPage).mockReset();
    vi.mocked(statusDeclineFromStatusPage).mockReset();
  });
  afterEach(() => void i18n.changeLanguage('nl'));

  it('speaks the household language, shows the offer and accepts it', async () => {
    vi.mocked(statusReadStatus).mockResolvedValue(sdkOk(offered));
    vi.mocked(statusAcceptFromStatusPage).mockResolvedValue(
      sdkOk({ ...offered, status: 'accepted', statusText: 'Пропозицію прийнято, переїзд заплановано', offer: acceptedOffer }),
    );
    renderStatus();
    expect(await screen.findByRole('heading', { level: 1, name: 'Ваш переїзд' })).toBeDefined();
    expect(screen.queryByText('Oudegracht 12, Utrecht')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Є питання?' })).toBeDefined();
    expect(screen.getByRole('link', { name: '+31 30 765 4321' }).getAttribute('href')).toBe('tel:+31307654321');
    expect(screen.getByText('Stadsplateau 1, Utrecht')).toBeDefined(); // where and when to come by
    expect(screen.getByText('ma–vr 9.00–17.00')).toBeDefined();
    expect(vi.mocked(statusReadStatus).mock.calls[0]?.[0]).toEqual({ path: { token: 'secret' }, query: {} });
    expect(screen.getByText('Пропозиція чекає на вашу відповідь')).toBeDefined();
    expect(screen.getByText('Домашні тварини дозволені')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Русский' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Так, я хочу це місце' }));
    await userEvent.click(screen.getByRole('button', { name: 'Так, прийняти місце' }));
    const thanks = await screen.findByText('Дякуємо. Ви прийняли це місце.');
    expect(thanks.closest('[tabindex="-1"]')).toBe(document.activeElement); // brought into view
    expect(screen.getByRole('heading', { level: 3, name: 'Як дістатися' })).toBeDefined();
    expect(screen.getByText('Oudegracht 12, Utrecht')).toBeDefined();
    expect(screen.getByText('Дзвоніть у бічні двері.')).toBeDefined();
    expect(screen.getByText('Joke Jansen')).toBeDefined();
    expect(vi.mocked(statusAcceptFromStatusPage).mock.lastCall?.[0]).toEqual({ path: { token: 'secret', offerId: 'o-1' }, query: { lang: 'uk' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Ваше нове місце' })).toBeDefined();
  });

  it('asks why before declining, and says declining has no consequences', async () => {
    vi.mocked(statusReadStatus).mockResolvedValue(sdkOk({ ...offered, language: 'en' }));
    vi.mocked(statusDeclineFromStatusPage).mockResolvedValue(sdkOk({ ...offered, language: 'en', status: 'matching', offer: null }));
    renderStatus('/status/secret?lang=en');
    expect(await screen.findByText(/You may say no. It has no consequences/)).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'No, thank you' }));
    const reason = screen.getByLabelText('Why does this place not suit you?');
    // Nothing typed yet: announced as required, but not marked invalid (no red border).
    expect(reason.getAttribute('aria-invalid')).toBeNull();
    expect(reason.getAttribute('aria-required')).toBe('true');
    expect(reason.matches(':invalid')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Decline the place' }));
    expect(screen.getByLabelText('Why does this place not suit you?').getAttribute('aria-invalid')).toBe('true');
    expect(statusDeclineFromStatusPage).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Why does this place not suit you?'), 'Too far from school');
    await userEvent.click(screen.getByRole('button', { name: 'Decline the place' }));
    expect(await screen.findByText('Thank you. We will keep looking for another place.')).toBeDefined();
    expect(vi.mocked(statusDeclineFromStatusPage).mock.lastCall?.[0]).toEqual({
      path: { token: 'secret', offerId: 'o-1' },
      query: { lang: 'en' },
      body: { reason: 'Too far from school' },
    });
  });

  it('says plainly when the link no longer works', async () => {
    vi.mocked(statusReadStatus).mockResolvedValue(sdkProblem({ status: 404, detail: 'No status page exists at this address.' }));
    renderStatus('/status/old?lang=nl');
    expect(await screen.findByText('Deze link werkt niet (meer). Vraag uw contactpersoon om een nieuwe link.')).toBeDefined();
  });

  it('names the supporting organisation when the link has ended', async () => {
    vi.mocked(statusReadStatus).mockResolvedValue(
      sdkProblem({
        status: 404,
        type: 'https://onderdak.nl/problems/status-link-ended',
        detail: 'No status page exists at this address.',
        contact: { name: 'Stichting Gastvrij Thuis', contact: { name: 'Loket', phone: '+31 30 765 4321', email: 'hulp@example.org' } },
      }),
    );
    renderStatus('/status/old?lang=nl');
    expect(await screen.findByText('Deze link werkt niet meer. Vraag Stichting Gastvrij Thuis om een nieuwe link:')).toBeDefined();
    expect(screen.getByRole('link', { name: 'hulp@example.org' }).getAttribute('href')).toBe('mailto:hulp@example.org');
  });

  it("says in the household's own language that an ended request's link expired", async () => {
    vi.mocked(statusReadStatus).mockResolvedValue(
      sdkProblem({
        status: 404,
        type: 'https://onderdak.nl/problems/status-link-expired',
        detail: 'No status page exists at this address.',
        language: 'uk',
        contact: { name: 'Gemeente Utrecht', contact: { name: 'Loket', phone: '+31 30 286 0000', email: null } },
      }),
    );
    renderStatus('/status/old');
    expect(
      await screen.findByText('Ваш запит завершено, тому це посилання більше не працює. З питаннями звертайтеся до організації «Gemeente Utrecht»:'),
    ).toBeDefined();
  });

  it('lets a placed household say something is not right, without its name', async () => {
    vi.mocked(statusReadStatus).mockResolvedValue(sdkOk({ ...offered, language: 'nl', status: 'moved', offer: null }));
    vi.mocked(statusReportConcern).mockResolvedValue(sdkOk({ receivedAt: '2026-12-03T09:00:00Z', text: 'Dank u. Uw melding is ontvangen zonder uw naam.' }));
    renderStatus('/status/secret?lang=nl');
    const send = await screen.findByRole('button', { name: 'Melding versturen' });
    await userEvent.click(send);
    expect(screen.getByText('Dit is verplicht.')).toBeDefined(); // nothing sent without a description
    expect(statusReportConcern).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/Wat is er aan de hand/), 'We worden buitengesloten.');
    await userEvent.click(screen.getByLabelText('Iemand is nu in gevaar'));
    await userEvent.click(send);
    expect(await screen.findByText('Dank u. Uw melding is ontvangen zonder uw naam.')).toBeDefined();
    expect(vi.mocked(statusReportConcern).mock.calls[0]?.[0]).toMatchObject({
      path: { token: 'secret' },
      body: { description: 'We worden buitengesloten.', urgent: true },
    });
  });

  it('offers Russian only when the household chose it', async () => {
    expect(switcherLanguages(false)).toEqual(['nl', 'en', 'uk']);
    vi.mocked(statusReadStatus).mockResolvedValue(sdkOk({ ...offered, language: 'ru', statusText: 'Предложение ждёт вашего ответа', offer: null }));
    renderStatus();
    expect(await screen.findByRole('button', { name: 'Русский' })).toBeDefined();
    expect(screen.getByText('Предложение ждёт вашего ответа').closest('[lang]')?.getAttribute('lang')).toBe('ru');
  });
});
