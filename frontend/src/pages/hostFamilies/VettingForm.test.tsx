import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostFamily } from '../../api/hostFamilies';
import { hostFamiliesSetVetting } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { VettingForm } from './VettingForm';

vi.mock('../../client', () => ({ hostFamiliesSetVetting: vi.fn() }));

const host: HostFamily = {
  id: 'host-1',
  displayName: 'Familie Jansen',
  organisationId: 'org-1',
  hostUserId: null,
  municipalityCode: 'GM0344',
  lat: 52.1,
  lon: 5.1,
  beds: 3,
  rooms: 2,
  maxHouseholds: 1,
  petsAllowed: false,
  petsPresent: false,
  wheelchairAccessible: false,
  acceptsChildren: true,
  languages: ['nl'],
  medicalSupportNearby: false,
  specialNeedsSchoolKm: null,
  availableFrom: '2026-01-01',
  availableUntil: '2026-06-01',
  vetting: {
    status: 'pending',
    vogCheckedOn: null,
    homeVisitOn: null,
    referencesCheckedOn: null,
    idCheckedOn: null,
    expiresOn: null,
    isVetted: false,
    renewalDueOn: null,
    awaitingReview: null,
  },
  occupied: 0,
  available: 3,
  suspended: false,
  contact: null,
  address: null,
  arrivalInstructions: null,
};

function renderForm(onSaved = vi.fn()) {
  renderApp(<VettingForm hostFamily={host} onSaved={onSaved} />, { session: fakeSession().session });
  return onSaved;
}

describe('VettingForm', () => {
  beforeEach(() => {
    vi.mocked(hostFamiliesSetVetting).mockReset();
  });

  it('explains that vetting needs a VOG and a home visit', () => {
    renderForm();
    expect(screen.getByText(/verklaring omtrent het gedrag \(VOG\) én een huisbezoek/)).toBeDefined();
  });

  it('does not record "vetted" without the home visit, and says so at the field', async () => {
    renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Besluit'), 'vetted');
    await userEvent.type(screen.getByLabelText('VOG gecontroleerd op'), '2026-01-10');
    await userEvent.click(screen.getByRole('button', { name: 'Screening opslaan' }));
    const homeVisit = screen.getByLabelText('Huisbezoek op');
    expect(homeVisit.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(homeVisit);
    expect(hostFamiliesSetVetting).not.toHaveBeenCalled();
  });

  it('records the vetting with PUT and tells the page', async () => {
    const saved = { ...host, vetting: { ...host.vetting, status: 'vetted' as const, isVetted: true } };
    vi.mocked(hostFamiliesSetVetting).mockResolvedValue(sdkOk(saved));
    const onSaved = renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Besluit'), 'vetted');
    await userEvent.type(screen.getByLabelText('VOG gecontroleerd op'), '2026-01-10');
    await userEvent.type(screen.getByLabelText('Huisbezoek op'), '2026-01-12');
    await userEvent.click(screen.getByRole('button', { name: 'Screening opslaan' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(vi.mocked(hostFamiliesSetVetting).mock.lastCall?.[0]).toEqual({
      path: { hostFamilyId: 'host-1' },
      body: { status: 'vetted', vogCheckedOn: '2026-01-10', homeVisitOn: '2026-01-12', referencesCheckedOn: null, idCheckedOn: null, expiresOn: null, note: null },
    });
  });

  it('shows the API refusal of incomplete vetting next to the decision', async () => {
    vi.mocked(hostFamiliesSetVetting).mockResolvedValue(
      sdkProblem({
        status: 422,
        type: 'https://onderdak.nl/problems/vetting-incomplete',
        detail: 'Vetting needs a certificate-of-conduct check and a home visit: missing homeVisitOn.',
        errors: [{ field: 'homeVisitOn', message: 'required to vet' }],
      }),
    );
    renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Besluit'), 'rejected');
    await userEvent.click(screen.getByRole('button', { name: 'Screening opslaan' }));
    const decision = screen.getByLabelText('Besluit');
    await vi.waitFor(() => expect(decision.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(decision.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Voor een goedkeuring zijn een VOG-controle en een huisbezoek nodig.');
    const homeVisit = screen.getByLabelText('Huisbezoek op');
    expect(document.getElementById(homeVisit.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Dit is verplicht.');
  });
});
