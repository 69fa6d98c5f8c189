import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { constraintNames } from './explanation';
import { ExplanationView, FailedConstraints } from './ExplanationView';
import { TransitionButtons } from './TransitionPanel';
import nl from '../../i18n/nl.json';
import en from '../../i18n/en.json';
import uk from '../../i18n/uk.json';

const render = (ui: Parameters<typeof renderApp>[0]) => renderApp(ui, { session: fakeSession().session });

describe('ExplanationView', () => {
  it('shows each term with weight, value, points and the API detail, and the constraints checked', () => {
    render(
      <ExplanationView
        placeName="Familie De Boer"
        explanation={{
          terms: [
            { name: 'work', weight: 3, value: 0.5, detail: '2.7 km to Bakkerij' },
            { name: 'new_term', weight: 1, value: 1, detail: 'something new' },
          ],
          constraintsChecked: ['beds', 'wheelchair'],
          failedConstraints: [],
          distanceKm: 1.1,
        }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Waarom Familie De Boer zo scoort' });
    const work = within(table).getByRole('row', { name: /Afstand tot werk/ });
    expect(within(work).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '0,5', '1,5', '2.7 km to Bakkerij']);
    expect(within(work).getByText('2.7 km to Bakkerij').getAttribute('lang')).toBe('en');
    expect(within(table).getByRole('rowheader', { name: 'new_term' })).toBeDefined();
    expect(screen.getByText(/Voldoet aan alle 2 voorwaarden/).textContent).toContain('Niet genoeg vrije bedden');
    expect(screen.getByText('Afstand tot de huidige woonplek: 1,1 km')).toBeDefined();
  });

  it('words details from the facts in the interface language', () => {
    render(
      <ExplanationView
        placeName="Buurthuis De Linde"
        explanation={{
          terms: [
            { name: 'work', weight: 3, value: 0.5, detail: '2.7 km to Bakkerij', facts: { km: 2.7, anchor: 'Bakkerij' } },
            { name: 'language', weight: 1, value: 1, detail: 'speaks uk', facts: { languages: ['uk'] } },
            { name: 'care_fit', weight: 1.5, value: 1, detail: 'visiting open, self-catering', facts: { visitingRules: 'open', selfCatering: true } },
            { name: 'urgency', weight: 1, value: 0.8, detail: 'must move within 1 days', facts: { emergency: false, daysUntilDeadline: 1 } },
          ],
          constraintsChecked: ['beds'],
          failedConstraints: [],
          distanceKm: null,
        }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Waarom Buurthuis De Linde zo scoort' });
    const detail = (name: RegExp) => within(within(table).getByRole('row', { name })).getAllByRole('cell').at(-1)?.textContent;
    expect(detail(/Afstand tot werk/)).toBe('2,7 km naar Bakkerij');
    expect(detail(/Gedeelde taal/)).toBe('Spreekt Oekraïens');
    expect(detail(/Past bij mantelzorg/)).toBe(`${nl.enums.visitingRules.open}; Zelf koken`);
    expect(detail(/Urgentie/)).toBe('Moet binnen 1 dag verhuizen');
  });

  it('words the newer terms, the decay from 0 km and what separates two candidates, in nl, en and uk', async () => {
    const explanation = {
      terms: [
        { name: 'school', weight: 3, value: 0.9, detail: '1.0 km to Basisschool', facts: { km: 1, anchor: 'Basisschool' } },
        { name: 'bed_fit', weight: 0.5, value: 0.75, detail: '3 of 4 free beds used', facts: { freeBeds: 4, size: 3 } },
        { name: 'women_only_unit', weight: 1, value: 1, detail: 'a unit for women and children only', facts: { womenOnly: true } },
        { name: 'medical_support', weight: 1, value: 0, detail: 'no medical support nearby recorded', facts: { medicalSupportNearby: false } },
        { name: 'special_needs_school', weight: 2, value: 0.61, detail: 'special-needs school 5.0 km away', facts: { km: 5 } },
      ],
      constraintsChecked: ['beds'],
      failedConstraints: [],
      distanceKm: null,
      separation: {
        versusPlaceId: 'unit-2',
        versusPlaceName: 'Hotel Zuid',
        scoreDifference: 0.0421,
        terms: [
          { name: 'school', points: 0.03 },
          { name: 'bed_fit', points: -0.012 },
        ],
        detail: '0.042 ahead of Hotel Zuid: school +0.030, bed_fit -0.012',
      },
    };
    const { unmount } = render(<ExplanationView placeName="De Linde" explanation={explanation} />);
    const table = screen.getByRole('table', { name: 'Waarom De Linde zo scoort' });
    const detail = (name: RegExp) => within(within(table).getByRole('row', { name })).getAllByRole('cell').at(-1)?.textContent;
    expect(detail(/Past bij de vrije bedden/)).toBe('3 van 4 vrije bedden gebruikt');
    expect(detail(/Unit alleen voor vrouwen/)).toBe('Een unit alleen voor vrouwen en kinderen');
    expect(detail(/Medische zorg/)).toBe('Geen medische zorg in de buurt bekend');
    expect(detail(/School voor speciaal onderwijs/)).toBe('School voor speciaal onderwijs op 5 km');
    expect(within(table).queryAllByText(/[a-z]+ of \d|away|recorded/)).toEqual([]);
    screen.getByText(nl.explanation.proximity);
    screen.getByText('0,042 punten beter dan Hotel Zuid: Afstand tot school +0,03, Past bij de vrije bedden −0,012.');
    unmount();
    for (const [language, texts] of [['en', en], ['uk', uk]] as const) {
      await i18n.changeLanguage(language);
      const view = render(<ExplanationView placeName="De Linde" explanation={explanation} />);
      for (const name of ['bed_fit', 'women_only_unit', 'medical_support', 'special_needs_school'] as const) {
        expect(screen.getAllByText(texts.explanation.terms[name]).length).toBeGreaterThan(0);
      }
      screen.getByText(texts.explanation.proximity);
      view.unmount();
    }
    await i18n.changeLanguage('nl');
  });

  it('says why a place is excluded in plain words', () => {
    render(<FailedConstraints names={['wheelchair', 'not_declined_before', 'unknown_rule']} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Het huishouden heeft rolstoeltoegang nodig',
      'Het huishouden heeft deze plek eerder afgewezen',
      'unknown_rule',
    ]);
  });

  it('has every constraint of the API in every language', () => {
    for (const translation of [nl, en, uk]) {
      expect(Object.keys(translation.constraints).sort()).toEqual([...constraintNames].sort());
    }
  });
});

describe('TransitionButtons', () => {
  it('shows one button per legal next status and marks the chosen one', async () => {
    const onChoose = vi.fn();
    render(<TransitionButtons choices={['moved', 'matching', 'cancelled']} chosen="moved" onChoose={onChoose} />);
    const group = screen.getByRole('group', { name: 'Kies de nieuwe status' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Verhuisd', 'Zoeken starten', 'Annuleren']);
    expect(buttons[0]?.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onChoose).toHaveBeenCalledWith('cancelled');
  });

  it('says when a request is finished', () => {
    render(<TransitionButtons choices={[]} chosen={null} onChoose={vi.fn()} />);
    expect(screen.getByText('Dit verzoek is afgerond; de status verandert niet meer.')).toBeDefined();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
