import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { placeSearchSearchPlaces } from '../client';
import { fakeSession } from '../test/fakes';
import { renderApp } from '../test/render';
import { sdkOk, sdkProblem } from '../test/sdk';
import { CoordinatesFields } from './CoordinatesFields';
import { PlaceSearchField } from './PlaceSearchField';

vi.mock('../client', () => ({ placeSearchSearchPlaces: vi.fn() }));

const station = { label: 'Stationsplein 1, 3511ED Utrecht', kind: 'address', lat: 52.08942, lon: 5.11028, municipalityCode: 'GM0344', municipalityName: 'Utrecht' } as const;
const town = { label: 'Utrecht', kind: 'municipality', lat: 52.09, lon: 5.12, municipalityCode: 'GM0344', municipalityName: 'Utrecht' } as const;

describe('PlaceSearchField', () => {
  it('searches once typing pauses and hands the chosen place to the form', async () => {
    vi.mocked(placeSearchSearchPlaces).mockResolvedValue(sdkOk({ items: [station, town], source: 'pdok', addressSearchFailed: false }));
    const onSelect = vi.fn();
    renderApp(<PlaceSearchField label="Zoek een adres of plaats" name="place" onSelect={onSelect} />, { session: fakeSession().session });
    const box = screen.getByRole('combobox', { name: 'Zoek een adres of plaats' });
    await userEvent.type(box, 'Stationsplein');
    const option = await screen.findByRole('option', { name: /Stationsplein 1/ });
    expect(option.textContent).toContain('Adres · Utrecht');
    expect(placeSearchSearchPlaces).toHaveBeenCalledTimes(1);
    expect(vi.mocked(placeSearchSearchPlaces).mock.calls[0]?.[0]).toEqual({ query: { q: 'Stationsplein', limit: 8 } });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(station);
    expect(box).toHaveProperty('value', station.label);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText(/gekozen: de coördinaten zijn ingevuld/)).toBeTruthy();
  });

  it('does not search for a single letter', async () => {
    vi.mocked(placeSearchSearchPlaces).mockClear();
    renderApp(<PlaceSearchField label="Zoek" name="place" onSelect={vi.fn()} />, { session: fakeSession().session });
    await userEvent.type(screen.getByRole('combobox', { name: 'Zoek' }), 'U');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(placeSearchSearchPlaces).not.toHaveBeenCalled();
  });

  it('says when only municipalities are shown because the address search failed', async () => {
    vi.mocked(placeSearchSearchPlaces).mockResolvedValue(sdkOk({ items: [town], source: 'register', addressSearchFailed: true }));
    renderApp(<PlaceSearchField label="Zoek" name="place" onSelect={vi.fn()} />, { session: fakeSession().session });
    await userEvent.type(screen.getByRole('combobox', { name: 'Zoek' }), 'Utrecht');
    expect(await screen.findByText('Zoeken op adres lukt nu niet; alleen gemeenten worden getoond.')).toBeTruthy();
  });

  it('says so when the search fails', async () => {
    vi.mocked(placeSearchSearchPlaces).mockResolvedValue(sdkProblem({ status: 503 }));
    renderApp(<PlaceSearchField label="Zoek" name="place" onSelect={vi.fn()} />, { session: fakeSession().session });
    await userEvent.type(screen.getByRole('combobox', { name: 'Zoek' }), 'Utrecht');
    await waitFor(() => expect(screen.getAllByText(/Zoeken lukt nu niet/).length).toBeGreaterThan(0));
  });

  it('fills the coordinates of a form and tells it the place', async () => {
    vi.mocked(placeSearchSearchPlaces).mockResolvedValue(sdkOk({ items: [station], source: 'pdok', addressSearchFailed: false }));
    const onChange = vi.fn();
    const onPlaceFound = vi.fn();
    renderApp(<CoordinatesFields lat="" lon="" municipalityCode="" onChange={onChange} errors={{}} onPlaceFound={onPlaceFound} />, { session: fakeSession().session });
    await userEvent.type(screen.getByRole('combobox', { name: 'Zoek een adres of plaats' }), 'Stationsplein');
    await userEvent.click(await screen.findByRole('option', { name: /Stationsplein 1/ }));
    expect(onChange).toHaveBeenCalledWith({ lat: '52.08942', lon: '5.11028' });
    expect(onPlaceFound).toHaveBeenCalledWith(station);
  });
});
