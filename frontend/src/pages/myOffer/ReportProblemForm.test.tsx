import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { incidentsReportIncident } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { ReportProblemForm } from './ReportProblemForm';

vi.mock('../../client', () => ({ incidentsReportIncident: vi.fn() }));

describe('ReportProblemForm', () => {
  beforeEach(() => {
    vi.mocked(incidentsReportIncident).mockReset();
    renderApp(<ReportProblemForm hostFamilyId="host-1" />, { session: fakeSession().session });
  });

  it('says what happens next: matching pauses, and only administrators see who reported', () => {
    expect(screen.getByText(/worden er geen nieuwe huishoudens aan uw aanbod gekoppeld/)).toBeDefined();
    expect(screen.getByText('Alleen beheerders kunnen zien wie een melding heeft gedaan.')).toBeDefined();
    expect(screen.getByText('Is er nu gevaar? Bel 112.')).toBeDefined();
  });

  it('asks how serious it is and what happened before sending', async () => {
    await userEvent.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(screen.getAllByText('Dit is verplicht.')).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Laag' }));
    expect(incidentsReportIncident).not.toHaveBeenCalled();
  });

  it('reports about the host family and confirms calmly', async () => {
    vi.mocked(incidentsReportIncident).mockResolvedValue(sdkOk({ id: 'inc-1' }, 201));
    await userEvent.click(screen.getByRole('radio', { name: 'Hoog' }));
    await userEvent.type(screen.getByLabelText('Wat is er gebeurd?'), 'Onze gast voelt zich niet veilig.');
    await userEvent.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Uw melding is ontvangen.')).toBeDefined();
    expect(vi.mocked(incidentsReportIncident).mock.lastCall?.[0]?.body).toEqual({
      subjectType: 'host_family',
      subjectId: 'host-1',
      severity: 'high',
      description: 'Onze gast voelt zich niet veilig.',
    });
    expect((screen.getByLabelText('Wat is er gebeurd?') as HTMLTextAreaElement).value).toBe('');
  });
});
