import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Initiative } from '../../api/initiatives';
import { citizenInitiativesChangeStage } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { StageButtons, StageChangePanel } from './StageChangePanel';

vi.mock('../../client', () => ({
  citizenInitiativesChangeStage: vi.fn(),
  shelterLocationsListLocations: vi.fn(),
  municipalitiesGetMunicipality: vi.fn(),
}));

const initiative: Initiative = {
  id: 'ini-1',
  name: 'Mantelzorgwoningen Smit',
  municipalityCode: 'GM0344',
  kind: 'care_homes',
  description: null,
  plannedPlaces: 16,
  stage: 'preparing',
  permits: [],
  stakeholders: [],
  risks: [],
  supportNeeds: [],
  startsOn: null,
  endsOn: null,
  initiator: null,
  shelterLocationId: null,
  allowedNextStages: ['abandoned', 'open'],
};

const render = (ui: ReactElement) => renderApp(ui, { session: fakeSession().session });

describe('StageButtons', () => {
  it('shows one button per allowed stage, in pipeline order, and marks the chosen one', async () => {
    const onChoose = vi.fn();
    render(<StageButtons allowed={['abandoned', 'permits']} chosen="permits" onChoose={onChoose} />);
    const group = screen.getByRole('group', { name: 'Kies de nieuwe fase' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Naar vergunningen', 'Initiatief stoppen']);
    expect(buttons[0]?.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Initiatief stoppen' }));
    expect(onChoose).toHaveBeenCalledWith('abandoned');
  });

  it('says when the dossier is final', () => {
    render(<StageButtons allowed={[]} chosen={null} onChoose={vi.fn()} />);
    expect(screen.getByText('Dit dossier is afgesloten; de fase verandert niet meer.')).toBeDefined();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('StageChangePanel', () => {
  beforeEach(() => {
    vi.mocked(citizenInitiativesChangeStage).mockReset();
  });

  it('asks where an opening initiative runs before posting the stage change', async () => {
    vi.mocked(citizenInitiativesChangeStage).mockResolvedValue(sdkOk({ ...initiative, stage: 'open' }, 201));
    const onChanged = vi.fn();
    render(<StageChangePanel initiative={initiative} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Openen' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Naar de fase Open' }));
    expect((screen.getByRole('radio', { name: 'In een nieuwe kleinschalige locatie' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Bevestig: naar Open' }));
    expect(screen.getByLabelText('Adres').getAttribute('aria-invalid')).toBe('true');
    expect(citizenInitiativesChangeStage).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Adres'), 'Boerderijweg 8, Utrecht');
    await userEvent.type(screen.getByLabelText('Breedtegraad'), '52.1');
    await userEvent.type(screen.getByLabelText('Lengtegraad'), '5.1');
    await userEvent.click(screen.getByRole('button', { name: 'Bevestig: naar Open' }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledWith('open'));
    expect(vi.mocked(citizenInitiativesChangeStage).mock.lastCall?.[0]).toEqual({
      path: { initiativeId: 'ini-1' },
      body: { stage: 'open', note: null, address: 'Boerderijweg 8, Utrecht', lat: 52.1, lon: 5.1 },
    });
  });

  it('shows the API refusal of a stage change', async () => {
    vi.mocked(citizenInitiativesChangeStage).mockResolvedValue(
      sdkProblem({
        status: 409,
        type: 'https://onderdak.nl/problems/illegal-transition',
        detail: 'An initiative cannot go from closed to abandoned; allowed: none (the dossier is final).',
      }),
    );
    render(<StageChangePanel initiative={initiative} onChanged={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Initiatief stoppen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Bevestig: naar Gestopt' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De fase is niet gewijzigd.');
    expect(alert.textContent).toContain('Deze stap is in de huidige status niet mogelijk.');
    expect(alert.textContent).not.toContain('allowed');
  });
});
