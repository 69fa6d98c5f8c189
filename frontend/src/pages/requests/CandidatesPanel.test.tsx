import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Candidates, RelocationRequest } from '../../api/relocationRequests';
import { matchingListCandidates, municipalitiesGetMunicipality } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { leadingTerms } from './candidateSummary';
import { CandidatesPanel } from './CandidatesPanel';

vi.mock('../../client', () => ({ matchingListCandidates: vi.fn(), municipalitiesGetMunicipality: vi.fn() }));

const candidates = {
  moveOn: '2026-12-20',
  items: [
    {
      placeType: 'host_family',
      placeId: 'host-1',
      name: 'Familie De Boer',
      municipalityCode: 'GM0344',
      freeBeds: 3,
      score: 7.25,
      explanation: {
        terms: [
          { name: 'language', weight: 1, value: 1, detail: 'speaks uk', facts: { languages: ['uk'] } },
          { name: 'work', weight: 3, value: 0.9, detail: '2.7 km to Bakkerij', facts: { km: 2.7, anchor: 'Bakkerij' } },
          { name: 'urgency', weight: 1, value: 0, detail: '', facts: {} },
        ],
        constraintsChecked: ['beds', 'pets'],
        failedConstraints: [],
        distanceKm: 1.1,
      },
    },
  ],
  excluded: [],
} as unknown as Candidates;

describe('CandidatesPanel', () => {
  it('shows each candidate compactly, with why it ranks here, and the full explanation on demand', async () => {
    vi.mocked(matchingListCandidates).mockResolvedValue(sdkOk(candidates));
    vi.mocked(municipalitiesGetMunicipality).mockResolvedValue(sdkOk({ code: 'GM0344', name: 'Utrecht', province: 'Utrecht', lat: 52, lon: 5 }));
    const request = { id: 'request-1', status: 'matching', urgency: 'normal' } as RelocationRequest;
    renderApp(<CandidatesPanel request={request} chosen={null} onChoose={vi.fn()} onOfferMade={vi.fn()} />, { session: fakeSession().session });
    const card = await screen.findByRole('article', { name: '1. Familie De Boer' });
    expect(card.textContent).toContain('Score 7,25');
    expect(card.textContent).toContain('3 vrije bedden');
    expect(within(card).getByText('Scoort vooral op: Afstand tot werk (2,7 km naar Bakkerij), Gedeelde taal (Spreekt Oekraïens).')).toBeDefined();
    const summary = within(card).getByText('Volledige uitleg bij Familie De Boer');
    const details = summary.closest('details');
    expect(details?.open).toBe(false);
    await userEvent.click(summary);
    expect(details?.open).toBe(true);
    expect(within(card).getByRole('table', { name: 'Waarom Familie De Boer zo scoort' })).toBeDefined();
    expect(within(card).getByText('De plek past bij de huisdieren van het huishouden')).toBeDefined();
  });
});

describe('CandidatesPanel with many candidates', () => {
  it('shows the first five and the rest on demand', async () => {
    const [first] = candidates.items;
    const many = { ...candidates, items: Array.from({ length: 7 }, (_, index) => ({ ...first, placeId: `host-${index}`, name: `Plek ${index + 1}` })) } as Candidates;
    vi.mocked(matchingListCandidates).mockResolvedValue(sdkOk(many));
    vi.mocked(municipalitiesGetMunicipality).mockResolvedValue(sdkOk({ code: 'GM0344', name: 'Utrecht', province: 'Utrecht', lat: 52, lon: 5 }));
    const request = { id: 'request-2', status: 'matching', urgency: 'normal' } as RelocationRequest;
    renderApp(<CandidatesPanel request={request} chosen={null} onChoose={vi.fn()} onOfferMade={vi.fn()} />, { session: fakeSession().session });
    await screen.findByRole('article', { name: '5. Plek 5' });
    expect(screen.queryByRole('article', { name: '6. Plek 6' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Alle 7 passende plekken tonen' }));
    expect(screen.getByRole('article', { name: '7. Plek 7' })).toBeDefined();
  });
});

describe('leadingTerms', () => {
  it('takes the terms with most points, leaving out those worth nothing', () => {
    const terms = [
      { name: 'a', weight: 1, value: 0.5 },
      { name: 'b', weight: 3, value: 0.5 },
      { name: 'c', weight: 2, value: 0 },
      { name: 'd', weight: 1, value: 1 },
    ];
    expect(leadingTerms(terms).map((term) => term.name)).toEqual(['b', 'd']);
    expect(leadingTerms([{ name: 'c', weight: 2, value: 0 }])).toEqual([]);
  });
});
