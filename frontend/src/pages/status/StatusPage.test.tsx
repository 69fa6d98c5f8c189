import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HouseholdStatus } from '../../api/statusPage';
import { statusAcceptFromStatusPage, statusDeclineFromStatusPage, statusReadStatus } from '../../client';
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
  },
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
      sdkOk({ ...offered, status: 'accepted', statusText: 'Пропозицію прийнято, переїзд заплановано', offer: { ...offered.offer!, status: 'accepted' } }),
    );
    renderStatus();
    expect(await screen.findByRole('heading', { level: 1, name: 'Ваш переїзд' })).toBeDefined();
    expect(vi.mocked(statusReadStatus).mock.calls[0]?.[0]).toEqual({ path: { token: 'secret' }, query: {} });
    expect(screen.getByText('Пропозиція чекає на вашу відповідь')).toBeDefined();
    expect(screen.getByText('Домашні тварини дозволені')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Русский' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Так, я хочу це місце' }));
    await userEvent.click(screen.getByRole('button', { name: 'Так, прийняти місце' }));
    expect(await screen.findByText('Дякуємо. Ви прийняли це місце.')).toBeDefined();
    expect(vi.mocked(statusAcceptFromStatusPage).mock.lastCall?.[0]).toEqual({ path: { token: 'secret', offerId: 'o-1' }, query: { lang: 'uk' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Ваше нове місце' })).toBeDefined();
  });

  it('asks why before declining, and says declining has no consequences', async () => {
    vi.mocked(statusReadStatus).mockResolvedValue(sdkOk({ ...offered, language: 'en' }));
    vi.mocked(statusDeclineFromStatusPage).mockResolvedValue(sdkOk({ ...offered, language: 'en', status: 'matching', offer: null }));
    renderStatus('/status/secret?lang=en');
    expect(await screen.findByText(/You may say no. It has no consequences/)).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'No, thank you' }));
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

  it('offers Russian only when the household chose it', async () => {
    expect(switcherLanguages(false)).toEqual(['nl', 'en', 'uk']);
    vi.mocked(statusReadStatus).mockResolvedValue(sdkOk({ ...offered, language: 'ru', statusText: 'Предложение ждёт вашего ответа', offer: null }));
    renderStatus();
    expect(await screen.findByRole('button', { name: 'Русский' })).toBeDefined();
    expect(screen.getByText('Предложение ждёт вашего ответа').closest('[lang]')?.getAttribute('lang')).toBe('ru');
  });
});
