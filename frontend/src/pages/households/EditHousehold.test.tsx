import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HouseholdPublic } from '../../client';
import { householdsUpdateHousehold, relocationRequestsCancelRequest } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { EditHousehold } from './EditHousehold';
import { draftFromHousehold, editableInForm, emptyRequest, householdUpdateBody, requestBody } from './householdDraft';
import { WithdrawRequest } from './WithdrawRequest';

vi.mock('../../client', () => ({ householdsUpdateHousehold: vi.fn(), relocationRequestsCancelRequest: vi.fn() }));

const household: HouseholdPublic = {
  id: 'household-1',
  reference: 'HH-ABCD2345',
  adults: 2,
  children: 1,
  size: 3,
  members: [{ ageBand: 'age_30_49' }, { ageBand: 'age_30_49' }, { ageBand: 'age_4_11' }],
  languages: ['uk', 'en'],
  preferredLanguage: 'uk',
  legalStatus: 'ukrainian_tpd',
  needs: {
    wheelchair: false,
    medicalCare: true,
    pets: true,
    petDetails: 'een kleine hond',
    specialNeedsEducation: false,
    informalCare: false,
    informalChildcare: false,
    selfCatering: true,
    womenAndChildrenOnly: false,
    details: 'hartpatiënt',
  },
  vulnerable: false,
  notes: null,
  contact: null,
  supportingOrganisationId: 'organisation-1',
  restrictedFieldsShown: true,
  access: 'own_scope',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};

describe('householdDraft for changes', () => {
  it('keeps the details the form does not show, and the age bands while the numbers stay', () => {
    const body = householdUpdateBody(draftFromHousehold(household), household);
    expect(body.needs).toMatchObject({ medicalCare: true, pets: true, petDetails: 'een kleine hond', details: 'hartpatiënt' });
    expect(body).not.toHaveProperty('members');
    expect(householdUpdateBody({ ...draftFromHousehold(household), children: '2' }, household).members).toEqual([]);
  });

  it('offers the form only over fields the caller sees', () => {
    expect(editableInForm(household)).toBe(true);
    expect(editableInForm({ ...household, legalStatus: null })).toBe(false);
    expect(editableInForm({ ...household, needs: { ...household.needs, medicalCare: null } })).toBe(false);
    expect(editableInForm({ ...household, restrictedFieldsShown: false, vulnerable: null })).toBe(false);
  });
});

describe('requestBody', () => {
  it("sends an anchor's municipality when the search found it, and none when typed by hand", () => {
    const anchors = [
      { kind: 'work', label: 'Bakkerij', lat: '52.09', lon: '5.12', municipalityCode: 'GM0344' },
      { kind: 'school', label: '', lat: '52,1', lon: '5.13' },
    ] as const;
    const body = requestBody({ ...emptyRequest(), mustMoveBy: '2027-01-01', anchors: [...anchors] }, 'household-1');
    expect(body.anchors).toEqual([
      { kind: 'work', label: 'Bakkerij', lat: 52.09, lon: 5.12, municipalityCode: 'GM0344' },
      { kind: 'school', label: null, lat: 52.1, lon: 5.13, municipalityCode: null },
    ]);
  });
});

describe('EditHousehold', () => {
  beforeEach(() => vi.mocked(householdsUpdateHousehold).mockReset());

  it('saves the changed household and says the age bands go when the numbers change', async () => {
    vi.mocked(householdsUpdateHousehold).mockResolvedValue(sdkOk({ ...household, adults: 3, members: [] }));
    const onDone = vi.fn();
    renderApp(<EditHousehold household={household} onDone={onDone} />, { session: fakeSession().session });
    const adults = screen.getByLabelText('Volwassenen');
    expect(adults).toHaveProperty('value', '2');
    await userEvent.clear(adults);
    await userEvent.type(adults, '3');
    expect(screen.getByText(/leeftijdsgroepen .* worden gewist/)).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: /Rolstoel/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const body = vi.mocked(householdsUpdateHousehold).mock.calls[0]?.[0];
    expect(body?.path).toEqual({ householdId: 'household-1' });
    expect(body?.body).toMatchObject({ adults: 3, children: 1, members: [], legalStatus: 'ukrainian_tpd', needs: { wheelchair: true, details: 'hartpatiënt' } });
  });

  it('checks the numbers before sending, and can be left without saving', async () => {
    const onDone = vi.fn();
    renderApp(<EditHousehold household={household} onDone={onDone} />, { session: fakeSession().session });
    await userEvent.clear(screen.getByLabelText('Volwassenen'));
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(householdsUpdateHousehold).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Volwassenen').getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Niet wijzigen' }));
    expect(onDone).toHaveBeenCalledWith(false);
  });

  it('words a refusal from its problem code', async () => {
    vi.mocked(householdsUpdateHousehold).mockResolvedValue(sdkProblem({ status: 403, code: 'referred-read-only', detail: 'English detail' }));
    renderApp(<EditHousehold household={household} onDone={vi.fn()} />, { session: fakeSession().session });
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn niet opgeslagen.')).toBeTruthy();
    expect(screen.queryByText('English detail')).toBeNull();
  });
});

describe('WithdrawRequest', () => {
  it('withdraws only with a reason', async () => {
    vi.mocked(relocationRequestsCancelRequest).mockResolvedValue(sdkOk({ id: 'request-1', status: 'cancelled' }));
    const onWithdrawn = vi.fn();
    renderApp(<WithdrawRequest request={{ id: 'request-1' } as never} onWithdrawn={onWithdrawn} />, { session: fakeSession().session });
    await userEvent.click(screen.getByRole('button', { name: 'Verzoek intrekken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, trek het verzoek in' }));
    expect(relocationRequestsCancelRequest).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/Waarom trekt u het verzoek in/), 'Zelf een woning gevonden');
    await userEvent.click(screen.getByRole('button', { name: 'Ja, trek het verzoek in' }));
    await vi.waitFor(() => expect(onWithdrawn).toHaveBeenCalled());
    expect(vi.mocked(relocationRequestsCancelRequest).mock.calls[0]?.[0]).toEqual({ path: { requestId: 'request-1' }, body: { reason: 'Zelf een woning gevonden' } });
  });
});
