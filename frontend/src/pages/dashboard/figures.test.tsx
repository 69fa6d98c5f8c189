import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OccupancyReport, RelocationForecast } from '../../api/reports';
import { RegionForecast, TerritoryForecast } from './ForecastFigures';
import { OccupancyFigures } from './OccupancyFigures';

// Every chart is an image to assistive technology: the figures it draws must be in the table
// beside it, row by row, so nobody depends on seeing the bars.

const row = (key: string, name: string, occupied: number, free: number, blocked: number) => ({
  key, name, locations: 2, beds: occupied + free + blocked, blocked, occupied, free, households: 3,
  hostFamilies: 0, hostFamilyBeds: 4, hostFamilyOccupied: 0, hostFamilyHouseholds: 0, scale: null,
});  // prettier-ignore

const occupancy = {
  on: '2026-12-03',
  groupBy: 'municipality',
  smallScaleMaxBeds: 50,
  periodDays: 365,
  groups: [row('GM0344', 'Utrecht', 1234, 56, 7), row('GM0363', 'Amsterdam', 89, 10, 0)],
  total: { ...row('', '', 1323, 66, 7), key: null, name: null },
} as unknown as OccupancyReport;

function week(startsOn: string, endings: number, placeable: number, shortfall: number) {
  return { startsOn, endsOn: startsOn, endings, people: endings * 2, withOpenRequest: 1, placeable, shortfall };
}

const forecast = {
  startsOn: '2026-12-03',
  weeks: 2,
  groupBy: 'safetyRegion',
  flaggedGroups: 1,
  groups: [
    { key: 'VR09', name: 'Utrecht', freePlaces: 3, freeBeds: 9, flagged: true, shortfallStartsOn: '2026-12-10', endings: 11,
      weeks: [week('2026-12-03', 4, 3, 1), week('2026-12-10', 7, 2, 6)] },
    { key: 'VR13', name: 'Amsterdam-Amstelland', freePlaces: 8, freeBeds: 20, flagged: false, shortfallStartsOn: null, endings: 5,
      weeks: [week('2026-12-03', 2, 2, 0), week('2026-12-10', 3, 3, 0)] },
  ],
} as unknown as RelocationForecast;  // prettier-ignore

/** The cells of the table row whose header is `name`. */
function cells(table: HTMLElement, name: RegExp) {
  return within(within(table).getByRole('row', { name })).getAllByRole('cell').map((c) => c.textContent);
}

describe('dashboard figures', () => {
  it('occupancy: the chart of occupied, free and blocked beds has a table with the same figures', () => {
    render(<OccupancyFigures report={occupancy} caption="Bedden per gemeente" />);
    screen.getByRole('img', { name: /Bedden per gemeente/ });
    const table = screen.getByRole('table', { name: 'Bedden per gemeente' });
    for (const group of occupancy.groups) {
      const figures = cells(table, new RegExp(`^${group.name}`));
      for (const value of [group.occupied, group.free, group.blocked]) {
        expect(figures).toContain(new Intl.NumberFormat('nl').format(value));
      }
    }
    expect(cells(table, /^Totaal/)).toContain('1.323');
  });

  it('forecast per region: the chart of placeable households and shortfall has a table with them', () => {
    render(<RegionForecast forecast={forecast} />);
    expect(screen.getAllByRole('img')).toHaveLength(1);
    const table = screen.getByRole('table');
    expect(cells(table, /^Utrecht/)).toEqual(expect.arrayContaining(['11', '3', '6']));
    expect(cells(table, /^Amsterdam-Amstelland/)).toEqual(expect.arrayContaining(['5', '8', '0']));
  });

  it('forecast of a territory: the weekly chart of endings and placeable ones has a table per week', () => {
    render(<TerritoryForecast forecast={forecast} />);
    expect(screen.getAllByRole('img')).toHaveLength(1);
    const table = screen.getAllByRole('table').at(-1) as HTMLElement;
    const [first, second, ...rest] = within(table).getAllByRole('row').slice(1);
    expect(rest).toHaveLength(0);
    const figures = (r: HTMLElement | undefined) => within(r as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    // Week 1: 4 + 2 endings, 3 + 2 placeable; week 2: 7 + 3 endings, 2 + 3 placeable.
    expect(figures(first)).toEqual(expect.arrayContaining(['6', '5']));
    expect(figures(second)).toEqual(expect.arrayContaining(['10', '5']));
  });
});
